import { Modal, Notice, Setting, type App } from "obsidian";
import { builtinTemplate, renderDraft, type RenderedDraft, type TemplateText } from "../domain/builtin-templates";
import { linkedInNote } from "../domain/linkedin-note";
import { firstName, humanDate } from "../domain/message-context";
import { placeholdersIn, renderTemplate } from "../domain/template";
import type { DraftPlan } from "../index/draft-plans";
import { markSent, sentNotice, type SentResult } from "../obsidian/mark-sent";
import { scheduleButton } from "./schedule-modal";
import { noticeWithButtons, offerUndo } from "./undo-notice";
import { loadTemplate } from "../obsidian/templates";
import type { PluginHost } from "../plugin-host";
import { noticeOnFailure } from "../obsidian/failures";
import { AboutYouModal, type AboutYou } from "./about-you-modal";
import { renderLinkedInNote } from "./draft-linkedin";
import { DiscardEditsModal } from "./discard-edits-modal";

/**
 * A message draft: the template filled from the notes, in an editable subject
 * line and body, with Copy, Open in email (when the recipient has an email
 * address) and Mark as sent (which records the message in the notes, see
 * mark-sent.ts). Placeholders with no value stay in the text, and the modal
 * names the ones still there: "Fill in before sending: insight, me.pitch".
 *
 * An outreach request also comes as a LinkedIn connection note, within the
 * length the settings give, with a button that opens the contact's `linkedin`.
 * When your name or pitch is not set, the draft says so and offers to set them.
 *
 * Closing it (Escape, the close button, a click outside) after the text was
 * edited asks first, "Discard your edits?": the draft lives nowhere else. Text
 * that was just copied, handed to the email app or marked as sent is safe, and
 * closes without a question.
 */

/** `mailto:` with the subject and the body, line breaks as CRLF (RFC 6068). */
export function mailtoUrl(email: string, subject: string | null, body: string): string {
	const enc = (s: string) => encodeURIComponent(s.replace(/\r?\n/g, "\r\n"));
	const params: string[] = [];
	if (subject !== null && subject.trim() !== "") params.push(`subject=${enc(subject)}`);
	if (body.trim() !== "") params.push(`body=${enc(body)}`);
	const address = encodeURIComponent(email.trim()).replace(/%40/g, "@");
	return `mailto:${address}${params.length > 0 ? `?${params.join("&")}` : ""}`;
}

/** The placeholders only the settings fill, in the words the draft uses for them. */
const ABOUT_YOU: ReadonlyMap<string, string> = new Map([
	["me.name", "your name"],
	["me.first-name", "your name"],
	["me.pitch", "your pitch"],
]);

/** Placeholders of `missing` still written in the text (the user may have replaced some). */
function stillMissing(missing: readonly string[], text: string): string[] {
	const present = new Set(placeholdersIn(text));
	return missing.filter((name) => present.has(name));
}

/** Loads the template (the user's or the built-in), fills it, and opens the draft. */
export async function openDraft(host: PluginHost, plan: DraftPlan): Promise<DraftModal> {
	const template = await loadTemplate(host.app, host.settings.templatesFolder, plan.template);
	const modal = new DraftModal(host.app, host, plan, template);
	modal.open();
	return modal;
}

export class DraftModal extends Modal {
	readonly draft: RenderedDraft;
	private subjectEl: HTMLInputElement | null = null;
	private bodyEl: HTMLTextAreaElement | null = null;
	private missingEl: HTMLElement | null = null;
	private aboutEl: HTMLElement | null = null;
	private noteEl: HTMLTextAreaElement | null = null;
	private sending = false;
	/** Subject and body as last kept somewhere (rendered, copied, opened in email): closing loses nothing. */
	private kept = "";
	/** Closing without asking: the message was sent, or the user chose to discard their edits. */
	private closeNow = false;
	private confirm: DiscardEditsModal | null = null;
	private shown = false;

	constructor(
		app: App,
		private readonly host: PluginHost,
		readonly plan: DraftPlan,
		template: TemplateText,
	) {
		super(app);
		this.draft = renderDraft(template, plan.values);
	}

	get subject(): string | null {
		return this.subjectEl ? this.subjectEl.value : null;
	}

	get body(): string {
		return this.bodyEl?.value ?? this.draft.body;
	}

	override onOpen(): void {
		const { contentEl, plan, draft } = this;
		this.setTitle(builtinTemplate(plan.template).label);
		contentEl.addClass("informational-interviews-draft-modal");
		const to = contentEl.createDiv({ cls: "informational-interviews-draft-to" });
		to.createSpan({ cls: "informational-interviews-muted", text: "To: " });
		to.appendText(plan.email ? `${plan.recipient} <${plan.email}>` : plan.recipient);
		this.missingEl = contentEl.createDiv({ cls: "informational-interviews-draft-missing", attr: { role: "status" } });
		this.aboutEl = contentEl.createDiv({ cls: "informational-interviews-draft-about" });
		if (draft.subject !== null) {
			const row = contentEl.createDiv({ cls: "informational-interviews-draft-field" });
			row.createEl("label", { text: "Subject", attr: { for: "informational-interviews-draft-subject" } });
			this.subjectEl = row.createEl("input", { cls: "informational-interviews-draft-subject", type: "text", attr: { id: "informational-interviews-draft-subject", spellcheck: "true" } });
			this.subjectEl.value = draft.subject;
			this.subjectEl.addEventListener("input", () => this.showMissing());
		}
		const row = contentEl.createDiv({ cls: "informational-interviews-draft-field" });
		row.createEl("label", { text: "Message", attr: { for: "informational-interviews-draft-body" } });
		this.bodyEl = row.createEl("textarea", { cls: "informational-interviews-draft-body", attr: { id: "informational-interviews-draft-body", rows: "14", spellcheck: "true" } });
		this.bodyEl.value = draft.body;
		this.bodyEl.addEventListener("input", () => this.showMissing());
		const hint = this.hint();
		if (hint) contentEl.createEl("p", { cls: "informational-interviews-muted informational-interviews-draft-hint", text: hint });
		if (plan.template === "outreach") {
			this.noteEl = renderLinkedInNote(contentEl, plan, this.host.settings.linkedInNoteLimit, (text) => noticeOnFailure(() => this.copyText(text, "LinkedIn note copied."), "Could not copy"));
		}
		this.kept = this.snapshot();
		this.closeNow = false;
		this.shown = true;
		this.showMissing();
		const buttons = new Setting(contentEl).setClass("informational-interviews-draft-buttons");
		buttons.addButton((b) => {
			b.setButtonText("Copy").onClick(() => void noticeOnFailure(() => this.copy(), "Could not copy"));
			b.buttonEl.addClass("informational-interviews-draft-copy");
		});
		const email = plan.email;
		if (email) {
			buttons.addButton((b) => {
				b.setButtonText("Open in email").onClick(() => this.openEmail(email));
				b.buttonEl.addClass("informational-interviews-draft-email");
			});
		}
		buttons.addButton((b) => {
			b.setButtonText("Mark as sent")
				.setCta()
				.onClick(() => void noticeOnFailure(() => this.markSent(), "Could not mark the message as sent"));
			b.buttonEl.addClass("informational-interviews-draft-sent");
		});
	}

	/** True when the subject or body holds words that closing would lose. */
	get edited(): boolean {
		return this.shown && this.snapshot() !== this.kept;
	}

	/** Escape, the close button and a click outside all come here: edited text is not thrown away unasked. */
	override close(): void {
		if (this.closeNow || !this.edited) {
			this.confirm?.close();
			super.close();
			return;
		}
		if (this.confirm) return;
		this.confirm = new DiscardEditsModal(this.app, (discard) => {
			this.confirm = null;
			if (!discard) {
				this.bodyEl?.focus();
				return;
			}
			this.closeNow = true;
			this.close();
		});
		this.confirm.open();
	}

	override onClose(): void {
		this.shown = false;
		this.contentEl.empty();
	}

	private snapshot(): string {
		return JSON.stringify([this.subject, this.body, this.noteEl?.value ?? null]);
	}

	/** Your name or pitch missing from the settings: say so, with a button to set them; the draft fills them in. */
	private showAbout(): void {
		const box = this.aboutEl;
		if (!box) return;
		box.empty();
		const text = `${this.subject ?? ""}\n${this.body}\n${this.noteEl?.value ?? ""}`;
		const present = new Set(placeholdersIn(text));
		const missing = [...new Set([...ABOUT_YOU].filter(([name]) => present.has(name)).map(([, what]) => what))];
		box.toggleClass("informational-interviews-hidden", missing.length === 0);
		if (missing.length === 0) return;
		box.createSpan({ text: `The settings do not have ${missing.join(" or ")} yet, so the draft leaves a gap for ${missing.length === 1 ? "it" : "them"}. ` });
		const button = box.createEl("button", { cls: "informational-interviews-draft-about-set", text: "Set your name and pitch", attr: { type: "button" } });
		button.addEventListener("click", () => {
			const { settings } = this.host;
			new AboutYouModal(this.app, { name: settings.userName, pitch: settings.pitch }, (about) => void noticeOnFailure(() => this.setAbout(about), "Could not save the settings")).open();
		});
	}

	/** Saves your name and pitch in the settings and puts them where the draft left a gap for them. */
	private async setAbout(about: AboutYou): Promise<void> {
		await this.host.updateSettings((s) => {
			s.userName = about.name;
			s.pitch = about.pitch;
		});
		const values = { "me.name": about.name, "me.first-name": firstName(about.name), "me.pitch": about.pitch };
		// Only these three: anything else still to fill in, and every edit, stays as it is.
		const fill = (text: string) => renderTemplate(text, values).text;
		if (this.subjectEl) this.subjectEl.value = fill(this.subjectEl.value);
		if (this.bodyEl) this.bodyEl.value = fill(this.bodyEl.value);
		if (this.noteEl) {
			this.noteEl.value = linkedInNote({ ...this.plan.values, ...values }, this.host.settings.linkedInNoteLimit);
			this.noteEl.dispatchEvent(new Event("input"));
		}
		this.showMissing();
	}

	private showMissing(): void {
		this.showAbout();
		if (!this.missingEl) return;
		// Your name and pitch have their own line (with the button that sets them): not named here again.
		const left = stillMissing(this.draft.missing, `${this.subject ?? ""}\n${this.body}`).filter((name) => !ABOUT_YOU.has(name));
		this.missingEl.empty();
		this.missingEl.toggleClass("informational-interviews-hidden", left.length === 0);
		if (left.length > 0) this.missingEl.setText(`Fill in before sending: ${left.join(", ")}`);
	}

	private hint(): string | null {
		const { plan } = this;
		const who = plan.recipient;
		const noEmail = plan.email ? "" : `No email address in ${who}'s note: copy the text and send it your own way. `;
		switch (plan.target.kind) {
			case "new-interview":
				return `${noEmail}Mark as sent creates an interview note for ${who} that records the request.`;
			case "suggested":
				return `${noEmail}Mark as sent creates ${plan.target.followUp.contact ? "an interview note that records" : "a contact note and an interview note that record"} the request.`;
			case "interview":
				if (plan.template === "outreach" && plan.target.requestedOn) {
					const first = humanDate(plan.target.requestedOn, this.host.live.today);
					return `${noEmail}You first asked on ${first}: sending it again is a nudge, and Mark as sent records it as one (the request date stays).`;
				}
				return noEmail === "" ? null : noEmail.trim();
			default:
				return noEmail === "" ? null : noEmail.trim();
		}
	}

	private async copy(): Promise<void> {
		// The subject too, as its own first line: pasted into a mail or a message, nothing is left behind.
		const subject = this.subject?.trim() ?? "";
		await this.copyText(subject === "" ? this.body : `Subject: ${subject}\n\n${this.body}`, ["Message copied.", this.gapsLeft()].filter(Boolean).join(" "));
	}

	/**
	 * When the message still holds placeholders (your name, an insight), a
	 * reminder that they go wherever the text goes: a message must never reach
	 * its reader with `{{me.name}}` in it unnoticed. Null when none is left.
	 */
	private gapsLeft(): string | null {
		const left = stillMissing(this.draft.missing, `${this.subject ?? ""}\n${this.body}`);
		const gaps = [...new Set(left.map((name) => ABOUT_YOU.get(name) ?? `{{${name}}}`))];
		return gaps.length === 0 ? null : `It still has gaps to fill in before you send it: ${gaps.join(", ")}.`;
	}

	private async copyText(text: string, done: string): Promise<void> {
		try {
			const kept = this.snapshot();
			await navigator.clipboard.writeText(text);
			this.kept = kept;
			new Notice(done);
		} catch {
			new Notice("Could not copy: select the text and copy it yourself.");
		}
	}

	private openEmail(email: string): void {
		window.open(mailtoUrl(email, this.subject, this.body));
		this.kept = this.snapshot();
		const gaps = this.gapsLeft();
		if (gaps !== null) new Notice(`Opened in your email app. ${gaps}`);
	}

	private async markSent(): Promise<void> {
		if (this.sending) return;
		this.sending = true;
		const { app, host, plan } = this;
		let sent: SentResult | null;
		try {
			sent = await markSent(app, host.live.index, host.settings, plan, host.live.today);
		} finally {
			this.sending = false;
		}
		if (sent === null) return;
		// After an outreach, the reply may already hold a date: the notice offers Schedule….
		const also = plan.template === "outreach" ? [scheduleButton(app, sent.path, plan.recipient, host.settings.defaultDuration)] : [];
		const message = sentNotice(plan, sent.path);
		if (sent.undo) offerUndo(app, sent.undo, message, undefined, also);
		else if (also.length > 0) noticeWithButtons(message, also);
		else new Notice(message);
		this.closeNow = true;
		this.close();
	}
}
