import { Modal, Notice, Setting } from "obsidian";
import type { CalendarDate } from "../domain/types";
import { recordReachOut, unresolvedLinkText, type ReachOutPlan } from "../obsidian/new-notes";
import type { PluginHost } from "./host";
import { noteName } from "./view-model";
import { noticeOnFailure } from "../obsidian/failures";

/**
 * Done on a reach-out. No single property ends a reach-out: it ends when the
 * suggested person has an interview note. So Done asks first, then records the
 * request the way every request is recorded: an interview note with
 * `status: requested` and `requested: <today>`, and a contact note for the
 * person (referral, referred by whoever suggested them) when there is none,
 * where the interview's link finds it. Both come from the user's note
 * templates, as with the New contact and New interview commands. The new
 * interview note opens, ready for the outreach message.
 */
export class ReachOutModal extends Modal {
	constructor(
		private readonly host: PluginHost,
		private readonly plan: ReachOutPlan,
		private readonly today: CalendarDate,
	) {
		super(host.app);
	}

	override onOpen(): void {
		const { plan, contentEl } = this;
		this.setTitle(`Reach out to ${plan.person}`);
		contentEl.addClass("informational-interviews-reach-out-modal");
		contentEl.createEl("p", { text: `Record that you asked ${plan.person} for a conversation. This creates:` });
		const list = contentEl.createEl("ul");
		if (plan.newContact !== null) {
			const li = list.createEl("li");
			li.appendText("a contact note ");
			li.createEl("code", { text: plan.newContact });
			const from = plan.referrer === null ? null : "path" in plan.referrer ? noteName(plan.referrer.path) : plan.referrer.name;
			li.appendText(from ? ` (a referral from ${from})` : " (a referral)");
		}
		const li = list.createEl("li");
		li.appendText("an interview note ");
		li.createEl("code", { text: plan.interview });
		li.appendText(" with the status requested, sent today");
		if (plan.newContact !== null && !plan.linkResolves) {
			contentEl.createEl("p", {
				cls: "mod-warning",
				text: `A file name cannot hold some characters of [[${plan.target}]]: the note is named "${noteName(plan.newContact)}", and that link finds it only once you change it.`,
			});
		}
		contentEl.createEl("p", {
			cls: "informational-interviews-muted",
			text: `The follow-up ends once ${plan.person} has an interview note. Not ready yet? Snooze it instead.`,
		});
		new Setting(contentEl)
			.addButton((b) =>
				b
					.setButtonText("Create notes")
					.setCta()
					.onClick(() => void noticeOnFailure(() => this.create(), "Could not create the notes")),
			)
			.addButton((b) => b.setButtonText("Cancel").onClick(() => this.close()));
	}

	override onClose(): void {
		this.contentEl.empty();
	}

	private async create(): Promise<void> {
		this.close();
		try {
			const { live, settings } = this.host;
			const made = await recordReachOut(this.app, live.index, settings, this.plan, this.today);
			if (!made.linkResolves) new Notice(unresolvedLinkText(this.plan, made.contact.path), 0);
			await this.app.workspace.getLeaf(false).openFile(made.interview);
		} catch (e) {
			const reason = e instanceof Error ? e.message : String(e);
			new Notice(`Could not create the notes for ${this.plan.person}: ${reason}`);
		}
	}
}
