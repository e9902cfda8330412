import type { Command, Editor } from "obsidian";
import { pickQuestions, renderQuestionChecklist, type Question } from "../domain/questions";
import { loadUserQuestions } from "../obsidian/templates";
import type { PluginHost } from "../ui/host";
import { QuestionsModal, type QuestionChoice } from "../ui/questions-modal";

/** "Insert interview questions": a checklist at the cursor, from the bank and the user's own question file. */
export function insertQuestionsCommand(host: PluginHost): Command {
	return {
		id: "insert-interview-questions",
		name: "Insert interview questions",
		editorCallback: (editor: Editor) => {
			void loadUserQuestions(host.app, host.settings.templatesFolder).then((own) => {
				new QuestionsModal(host.app, own.problems, (choice) => insertQuestions(editor, choice, own.questions)).open();
			});
		},
	};
}

export function questionChecklist(choice: QuestionChoice, extra: readonly Question[]): string {
	const questions = pickQuestions({ topics: choice.topics, level: choice.level, perTopic: choice.perTopic > 0 ? choice.perTopic : undefined, extra });
	return renderQuestionChecklist(questions);
}

function insertQuestions(editor: Editor, choice: QuestionChoice, extra: readonly Question[]): void {
	const text = questionChecklist(choice, extra);
	const cursor = editor.getCursor("from");
	const atLineStart = cursor.ch === 0;
	editor.replaceSelection(`${atLineStart ? "" : "\n"}${text}\n`);
}
