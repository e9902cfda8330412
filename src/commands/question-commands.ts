import type { Editor } from "obsidian";
import { questionLevelOf } from "../domain/levels";
import { renderQuestionChecklist } from "../domain/questions";
import type { ContactLevel } from "../domain/types";
import { loadUserQuestions } from "../obsidian/templates";
import type { PluginHost } from "../plugin-host";
import { activeRecord } from "./active-note";
import { QuestionsModal } from "../ui/questions-modal";
import { anyNote, inEditor, type CommandEntry } from "./command-entry";

/** The level of the person the active note is about: a contact's own, or an interview's contact's. */
function activePersonLevel(host: PluginHost): ContactLevel | null {
	const r = activeRecord(host);
	if (r?.kind === "contact") return r.level;
	return r?.kind === "interview" ? (host.live.index.contactOf(r)?.level ?? null) : null;
}

/** "Insert interview questions": a checklist at the cursor, from the bank and the user's own question file. */
export const insertQuestionsCommand: CommandEntry = {
	id: "insert-interview-questions",
	name: "Insert interview questions",
	context: anyNote,
	handler: inEditor((host: PluginHost, editor: Editor) => {
		// Returned, so the registry says a failure to read the question file (src/commands/command-entry.ts).
		return loadUserQuestions(host.app, host.settings.templatesFolder).then((own) => {
			const modal = new QuestionsModal(host.app, own.problems, own.questions, (questions) => insertQuestions(editor, renderQuestionChecklist(questions)));
			modal.level = questionLevelOf(activePersonLevel(host));
			modal.open();
		});
	}),
};

/**
 * Inserts the checklist after the selection (or at the cursor), deleting
 * nothing: at the start of a line it goes in before that line's text; in the
 * middle of a line, after the end of that line, so no line is split. The
 * cursor ends after the checklist.
 */
function insertQuestions(editor: Editor, text: string): void {
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
