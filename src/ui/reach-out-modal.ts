import { Modal, Notice, Setting, type App } from "obsidian";
import type { CalendarDate } from "../domain/types";
import { recordReachOut, type ReachOutPlan } from "../obsidian/create-notes";
import { noteName } from "./view-model";

/**
 * Done on a reach-out. No single property ends a reach-out: it ends when the
 * suggested person has an interview note. So Done asks first, then records the
 * request the way every request is recorded: an interview note with
 * `status: requested` and `requested: <today>`, and a contact note for the
 * person (referral, referred by whoever suggested them) when there is none.
 * The new interview note opens, ready for the outreach message.
 */
export class ReachOutModal extends Modal {
	constructor(
		app: App,
		private readonly plan: ReachOutPlan,
		private readonly today: CalendarDate,
	) {
		super(app);
	}

	override onOpen(): void {
		const { plan, contentEl } = this;
		this.setTitle(`Reach out to ${plan.person}`);
		contentEl.addClass("ii-reach-out-modal");
		contentEl.createEl("p", { text: `Record that you asked ${plan.person} for a conversation. This creates:` });
		const list = contentEl.createEl("ul");
		if (plan.newContact !== null) {
			const li = list.createEl("li");
			li.appendText("a contact note ");
			li.createEl("code", { text: plan.newContact });
			li.appendText(plan.referrer ? ` (a referral from ${noteName(plan.referrer)})` : " (a referral)");
		}
		const li = list.createEl("li");
		li.appendText("an interview note ");
		li.createEl("code", { text: plan.interview });
		li.appendText(" with the status requested, sent today");
		contentEl.createEl("p", {
			cls: "ii-muted",
			text: `The follow-up ends once ${plan.person} has an interview note. Not ready yet? Snooze it instead.`,
		});
		new Setting(contentEl)
			.addButton((b) =>
				b
					.setButtonText("Create notes")
					.setCta()
					.onClick(() => void this.create()),
			)
			.addButton((b) => b.setButtonText("Cancel").onClick(() => this.close()));
	}

	override onClose(): void {
		this.contentEl.empty();
	}

	private async create(): Promise<void> {
		this.close();
		try {
			const file = await recordReachOut(this.app, this.plan, this.today);
			await this.app.workspace.getLeaf(false).openFile(file);
		} catch (e) {
			const reason = e instanceof Error ? e.message : String(e);
			new Notice(`Could not create the notes for ${this.plan.person}: ${reason}`);
		}
	}
}
