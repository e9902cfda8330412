import type { Command, Editor } from "obsidian";
import { questionLevelOf } from "../domain/levels";
import { pickQuestions, renderQuestionChecklist, type Question } from "../domain/questions";
import type { ContactLevel } from "../domain/types";
import { loadUserQuestions } from "../obsidian/templates";
import { activeRecord } from "./active";
import type { PluginHost } from "../ui/host";
import { QuestionsModal, type QuestionChoice } from "../ui/questions-modal";
import { noticeOnFailure } from "../obsidian/failures";

/** The level of the person the active note is about: a contact's own, or an interview's contact's. */
function activePersonLevel(host: PluginHost): ContactLevel | null {
	const r = activeRecord(host);
	if (r?.kind === "contact") return r.level;
	return r?.kind === "interview" ? (host.live.index.contactOf(r)?.level ?? null) : null;
}

/** "Insert interview questions": a checklist at the cursor, from the bank and the user's own question file. */
export function insertQuestionsCommand(host: PluginHost): Command {
	return {
		id: "insert-interview-questions",
		name: "Insert interview questions",
		editorCallback: (editor: Editor) => {
			void noticeOnFailure(
				() =>
					loadUserQuestions(host.app, host.settings.templatesFolder).then((own) => {
						const modal = new QuestionsModal(host.app, own.problems, (choice) => insertQuestions(editor, choice, own.questions));
						modal.level = questionLevelOf(activePersonLevel(host));
						modal.open();
					}),
				"Could not read your questions",
			);
		},
	};
}

export function questionChecklist(choice: QuestionChoice, extra: readonly Question[]): string {
	const questions = pickQuestions({ topics: choice.topics, level: choice.level, perTopic: choice.perTopic > 0 ? choice.perTopic : undefined, extra });
	return renderQuestionChecklist(questions);
}

/**
 * Inserts the checklist after the selection (or at the cursor), deleting
 * nothing: at the start of a line it goes in before that line's text; in the
 * middle of a line, after the end of that line, so no line is split. The
 * cursor ends after the checklist.
 */
function insertQuestions(editor: Editor, choice: QuestionChoice, extra: readonly Question[]): void {
	const text = questionChecklist(choice, extra);
	const end = editor.getCursor("to");
	if (end.ch === 0) {
		editor.replaceRange(`${text}\n`, end);
		editor.setCursor({ line: end.line + text.split("\n").length, ch: 0 });
		return;
	}
	const lineEnd = { line: end.line, ch: editor.getLine(end.line).length };
	editor.replaceRange(`\n${text}`, lineEnd);
	const lines = text.split("\n");
	editor.setCursor({ line: end.line + lines.length, ch: (lines.at(-1) ?? "").length });
}
