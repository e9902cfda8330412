import { Modal, Setting, type App } from "obsidian";
import { normalizeQuestion, pickQuestions, QUESTION_LEVELS, QUESTION_TOPICS, topicLabel, type Question, type QuestionLevel, type QuestionTopic } from "../domain/questions";

const PER_TOPIC: Record<string, string> = { "1": "1", "2": "2", "3": "3", "0": "All" };

/**
 * "Insert interview questions": pick the person's level (it starts at the
 * level of the note's contact; a vice-president is not asked the basics), the
 * topics and how many questions per topic, then read the questions in the
 * preview and untick any before inserting. The referral question ("who else
 * should I talk to?") is offered last whatever the topics. The preview
 * scrolls on its own, so the dialog fits a 900-pixel-high window with Insert
 * in view (styles.css).
 */
export class QuestionsModal extends Modal {
	readonly chosen = new Set<QuestionTopic>(QUESTION_TOPICS.map((t) => t.id));
	level: QuestionLevel = "any";
	perTopic = 2;
	/** Questions the user unticked, by their normalized text: kept while the level, topics or count change. */
	readonly unticked = new Set<string>();
	private previewEl: HTMLElement | null = null;
	private countEl: HTMLElement | null = null;
	private insertButton: HTMLButtonElement | null = null;

	constructor(
		app: App,
		private readonly problems: readonly string[],
		/** The user's own questions (their question file), merged after the bank's. */
		private readonly extra: readonly Question[],
		private readonly onSubmit: (questions: Question[]) => void,
	) {
		super(app);
	}

	/** The questions the level, topics and count give, in the order they would be asked. */
	offered(): Question[] {
		return pickQuestions({ topics: QUESTION_TOPICS.map((t) => t.id).filter((id) => this.chosen.has(id)), level: this.level, perTopic: this.perTopic > 0 ? this.perTopic : undefined, extra: this.extra });
	}

	/** What Insert inserts: the offered questions still ticked. */
	selected(): Question[] {
		return this.offered().filter((q) => !this.unticked.has(normalizeQuestion(q.text)));
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
					this.renderPreview();
				});
				d.selectEl.addClass("informational-interviews-questions-level");
			});
		new Setting(contentEl).setName("Questions per topic").addDropdown((d) => {
			d.addOptions(PER_TOPIC)
				.setValue(String(this.perTopic))
				.onChange((v) => {
					this.perTopic = Number(v);
					this.renderPreview();
				});
			d.selectEl.addClass("informational-interviews-questions-per-topic");
		});
		this.renderTopics(contentEl);
		if (this.problems.length > 0) {
			const box = contentEl.createDiv({ cls: "informational-interviews-questions-problems" });
			box.createEl("p", { text: "Some lines of your question file were left out:" });
			const list = box.createEl("ul");
			for (const p of this.problems.slice(0, 10)) list.createEl("li", { text: p });
		}
		this.countEl = contentEl.createDiv({ cls: "informational-interviews-questions-count", attr: { role: "status" } });
		this.previewEl = contentEl.createDiv({ cls: "informational-interviews-questions-preview", attr: { tabindex: "0", role: "group", "aria-label": "Questions to insert" } });
		new Setting(contentEl)
			.setClass("informational-interviews-questions-buttons")
			.addButton((b) => {
				b.setButtonText("Insert")
					.setCta()
					.onClick(() => this.submit());
				this.insertButton = b.buttonEl;
				b.buttonEl.addClass("informational-interviews-questions-insert");
			})
			.addButton((b) => b.setButtonText("Cancel").onClick(() => this.close()));
		this.renderPreview();
	}

	/** The topics as a block of small checkboxes (a toggle per row would push Insert out of a short window). */
	private renderTopics(parent: HTMLElement): void {
		const box = parent.createEl("fieldset", { cls: "informational-interviews-questions-topics" });
		box.createEl("legend", { text: "Topics" });
		for (const topic of QUESTION_TOPICS) {
			const label = box.createEl("label", { cls: "informational-interviews-questions-topic" });
			const input = label.createEl("input", { type: "checkbox", attr: { "data-topic": topic.id } });
			input.checked = this.chosen.has(topic.id);
			input.addEventListener("change", () => {
				if (input.checked) this.chosen.add(topic.id);
				else this.chosen.delete(topic.id);
				this.renderPreview();
			});
			label.appendText(topic.label);
		}
	}

	/** The questions the choices give, grouped by topic, each with a checkbox. */
	private renderPreview(): void {
		const preview = this.previewEl;
		if (!preview) return;
		preview.empty();
		const offered = this.offered();
		let topic: QuestionTopic | null = null;
		let list: HTMLElement | null = null;
		for (const q of offered) {
			if (q.topic !== topic || !list) {
				topic = q.topic;
				preview.createDiv({ cls: "informational-interviews-questions-preview-topic", text: topicLabel(q.topic) });
				list = preview.createEl("ul", { cls: "informational-interviews-questions-preview-list" });
			}
			const key = normalizeQuestion(q.text);
			const label = list.createEl("li").createEl("label", { cls: "informational-interviews-questions-question" });
			const input = label.createEl("input", { type: "checkbox" });
			input.checked = !this.unticked.has(key);
			input.addEventListener("change", () => {
				if (input.checked) this.unticked.delete(key);
				else this.unticked.add(key);
				this.showCount();
			});
			label.appendText(q.text);
		}
		this.showCount();
	}

	private showCount(): void {
		const offered = this.offered().length;
		const selected = this.selected().length;
		const questions = (n: number) => `${n} question${n === 1 ? "" : "s"}`;
		this.countEl?.setText(selected === offered ? questions(offered) : `${selected} of ${questions(offered)}`);
		if (this.insertButton) this.insertButton.disabled = selected === 0;
	}

	override onClose(): void {
		this.contentEl.empty();
		this.previewEl = null;
		this.countEl = null;
		this.insertButton = null;
	}

	submit(): void {
		const questions = this.selected();
		if (questions.length === 0) return;
		this.close();
		this.onSubmit(questions);
	}
}
