import { Modal, Setting, type App } from "obsidian";
import { QUESTION_LEVELS, QUESTION_TOPICS, type QuestionLevel, type QuestionTopic } from "../domain/questions";

export interface QuestionChoice {
	topics: QuestionTopic[];
	level: QuestionLevel;
	/** At most this many questions per topic; 0 for all. */
	perTopic: number;
}

const PER_TOPIC: Record<string, string> = { "1": "1", "2": "2", "3": "3", "0": "All" };

/**
 * "Insert interview questions": pick the topics and the person's level (a
 * vice-president is not asked the basics). The referral question ("who else
 * should I talk to?") is always added last.
 */
export class QuestionsModal extends Modal {
	readonly chosen = new Set<QuestionTopic>(QUESTION_TOPICS.map((t) => t.id));
	level: QuestionLevel = "any";
	perTopic = 2;

	constructor(
		app: App,
		private readonly problems: readonly string[],
		private readonly onSubmit: (choice: QuestionChoice) => void,
	) {
		super(app);
	}

	override onOpen(): void {
		const { contentEl } = this;
		this.setTitle("Insert interview questions");
		contentEl.addClass("informational-interviews-questions-modal");
		new Setting(contentEl)
			.setName("Their level")
			.setDesc("Senior leaders are not asked the basics; early-career people are not asked about leading.")
			.addDropdown((d) => {
				for (const l of QUESTION_LEVELS) d.addOption(l.id, l.label);
				d.setValue(this.level).onChange((v) => {
					this.level = QUESTION_LEVELS.find((l) => l.id === v)?.id ?? "any";
				});
				d.selectEl.addClass("informational-interviews-questions-level");
			});
		new Setting(contentEl).setName("Questions per topic").addDropdown((d) => {
			d.addOptions(PER_TOPIC)
				.setValue(String(this.perTopic))
				.onChange((v) => {
					this.perTopic = Number(v);
				});
			d.selectEl.addClass("informational-interviews-questions-per-topic");
		});
		new Setting(contentEl).setName("Topics").setHeading();
		for (const topic of QUESTION_TOPICS) {
			const always = topic.id === "referrals";
			new Setting(contentEl)
				.setName(topic.label)
				.setDesc(always ? "“Who else should I talk to?” is always asked." : "")
				.addToggle((t) => {
					t.setValue(true).onChange((on) => {
						if (on) this.chosen.add(topic.id);
						else this.chosen.delete(topic.id);
					});
					t.toggleEl.dataset.topic = topic.id;
				});
		}
		if (this.problems.length > 0) {
			const box = contentEl.createDiv({ cls: "informational-interviews-questions-problems" });
			box.createEl("p", { text: "Some lines of your question file were left out:" });
			const list = box.createEl("ul");
			for (const p of this.problems.slice(0, 10)) list.createEl("li", { text: p });
		}
		new Setting(contentEl)
			.addButton((b) =>
				b
					.setButtonText("Insert")
					.setCta()
					.onClick(() => this.submit()),
			)
			.addButton((b) => b.setButtonText("Cancel").onClick(() => this.close()));
	}

	override onClose(): void {
		this.contentEl.empty();
	}

	submit(): void {
		this.close();
		this.onSubmit({ topics: QUESTION_TOPICS.map((t) => t.id).filter((id) => this.chosen.has(id)), level: this.level, perTopic: this.perTopic });
	}
}
