import { Modal, Setting } from "obsidian";
import { humanDate, readable } from "../domain/message-context";
import { messageSettings } from "../obsidian/new-notes";
import { advisors, planLanded, type Advisor } from "../obsidian/draft-plans";
import { openDraft } from "./draft-modal";
import type { PluginHost } from "./host";
import { noticeOnFailure } from "../obsidian/failures";

/**
 * "I landed a position": every advisor (a contact, not archived, with a
 * conversation that took place), each with a Draft thanks button. The
 * position typed at the top fills `{{new-role}}` in every draft.
 */
export class LandedModal extends Modal {
	private newRole = "";
	readonly advisors: Advisor[];

	constructor(
		private readonly host: PluginHost,
		include: (path: string) => boolean = () => true,
	) {
		super(host.app);
		this.advisors = advisors(host.live.index, host.live.today).filter((a) => include(a.contact.path));
	}

	override onOpen(): void {
		const { contentEl, host } = this;
		this.setTitle("I landed a position");
		contentEl.addClass("informational-interviews-landed-modal");
		if (this.advisors.length === 0) {
			contentEl.createEl("p", { text: "Nobody to thank yet: no contact has a conversation that took place." });
			return;
		}
		contentEl.createEl("p", {
			text: `Congratulations! Write to each of the ${this.advisors.length === 1 ? "person" : `${this.advisors.length} people`} who gave you their time, to thank them for their part in it.`,
		});
		new Setting(contentEl)
			.setName("The position you accepted")
			.setDesc("Fills in every draft, e.g. “junior researcher at a health charity”.")
			.addText((t) =>
				t.onChange((v) => {
					this.newRole = v;
				}),
			);
		const list = contentEl.createDiv({ cls: "informational-interviews-landed-list" });
		const today = host.live.today;
		for (const advisor of this.advisors) {
			const { contact, interview } = advisor;
			const org = readable(contact.organization);
			const met = interview.date ? `Spoke on ${humanDate(interview.date, today)}` : "Spoke with you";
			const row = new Setting(list)
				.setName(contact.name)
				.setDesc(org ? `${met} · ${org}` : met)
				.addButton((b) =>
					b.setButtonText("Draft thanks").onClick(() => {
						const settings = messageSettings(host.settings, host.live.today);
						void noticeOnFailure(() => openDraft(host, planLanded(host.live.index, advisor, settings, this.newRole)), "Could not open the draft");
					}),
				);
			row.settingEl.addClass("informational-interviews-landed-advisor");
			row.settingEl.dataset.path = contact.path;
		}
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}
