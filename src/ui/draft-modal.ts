import { Modal, Notice, Setting, type App } from "obsidian";
import { builtinTemplate, renderDraft, type RenderedDraft, type TemplateText } from "../domain/builtin-templates";
import { placeholdersIn } from "../domain/template";
import type { DraftPlan } from "../obsidian/draft-plans";
import { markSent, sentNotice } from "../obsidian/mark-sent";
import { loadTemplate } from "../obsidian/templates";
import type { PluginHost } from "./host";

/**
 * A message draft: the template filled from the notes, in an editable subject
 * line and body, with Copy, Open in email (when the recipient has an email
 * address) and Mark as sent (which records the message in the notes, see
 * mark-sent.ts). Placeholders with no value stay in the text, and the modal
 * names the ones still there: "Fill in before sending: insight, me.pitch".
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

/** Placeholders of `missing` still written in the text (the user may have replaced some). */
export function stillMissing(missing: readonly string[], text: string): string[] {
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
	private sending = false;

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
		contentEl.addClass("ii-draft-modal");
		const to = contentEl.createDiv({ cls: "ii-draft-to" });
		to.createSpan({ cls: "ii-muted", text: "To: " });
		to.appendText(plan.email ? `${plan.recipient} <${plan.email}>` : plan.recipient);
		this.missingEl = contentEl.createDiv({ cls: "ii-draft-missing", attr: { role: "status" } });
		if (draft.subject !== null) {
			const row = contentEl.createDiv({ cls: "ii-draft-field" });
			row.createEl("label", { text: "Subject", attr: { for: "ii-draft-subject" } });
			this.subjectEl = row.createEl("input", { cls: "ii-draft-subject", type: "text", attr: { id: "ii-draft-subject", spellcheck: "true" } });
			this.subjectEl.value = draft.subject;
			this.subjectEl.addEventListener("input", () => this.showMissing());
		}
		const row = contentEl.createDiv({ cls: "ii-draft-field" });
		row.createEl("label", { text: "Message", attr: { for: "ii-draft-body" } });
		this.bodyEl = row.createEl("textarea", { cls: "ii-draft-body", attr: { id: "ii-draft-body", rows: "14", spellcheck: "true" } });
		this.bodyEl.value = draft.body;
		this.bodyEl.addEventListener("input", () => this.showMissing());
		this.showMissing();
		const hint = this.hint();
		if (hint) contentEl.createEl("p", { cls: "ii-muted ii-draft-hint", text: hint });
		const buttons = new Setting(contentEl).setClass("ii-draft-buttons");
		buttons.addButton((b) => {
			b.setButtonText("Copy").onClick(() => void this.copy());
			b.buttonEl.addClass("ii-draft-copy");
		});
		const email = plan.email;
		if (email) {
			buttons.addButton((b) => {
				b.setButtonText("Open in email").onClick(() => this.openEmail(email));
				b.buttonEl.addClass("ii-draft-email");
			});
		}
		buttons.addButton((b) => {
			b.setButtonText("Mark as sent")
				.setCta()
				.onClick(() => void this.markSent());
			b.buttonEl.addClass("ii-draft-sent");
		});
	}

	override onClose(): void {
		this.contentEl.empty();
	}

	private showMissing(): void {
		if (!this.missingEl) return;
		const left = stillMissing(this.draft.missing, `${this.subject ?? ""}\n${this.body}`);
		this.missingEl.empty();
		this.missingEl.toggleClass("ii-hidden", left.length === 0);
		if (left.length > 0) this.missingEl.setText(`Fill in before sending: ${left.join(", ")}`);
	}

	private hint(): string | null {
		const { plan } = this;
		const who = plan.recipient;
		const noEmail = plan.email ? "" : `No email address in ${who}'s note: copy the text and send it your own way. `;
		switch (plan.target.kind) {
			case "new-interview":
				return `${noEmail}Mark as sent creates an interview note for ${who} that records the request.`;
			case "reach-out":
				return `${noEmail}Mark as sent creates ${plan.target.followUp.contact ? "an interview note" : "a contact note and an interview note"} that record the request.`;
			default:
				return noEmail === "" ? null : noEmail.trim();
		}
	}

	private async copy(): Promise<void> {
		try {
			await navigator.clipboard.writeText(this.body);
			new Notice("Message copied.");
		} catch {
			new Notice("Could not copy: select the text and copy it yourself.");
		}
	}

	private openEmail(email: string): void {
		window.open(mailtoUrl(email, this.subject, this.body));
	}

	private async markSent(): Promise<void> {
		if (this.sending) return;
		this.sending = true;
		const { app, host, plan } = this;
		const path = await markSent(app, host.live.index, host.settings, plan, host.live.today);
		this.sending = false;
		if (path === null) return;
		new Notice(sentNotice(plan, path));
		this.close();
	}
}
