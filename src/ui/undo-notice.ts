import { Notice, type App } from "obsidian";
import type { PropertyChange } from "../domain/property-change";
import { staleUndoMessage, writeIfUnchanged, type WriteOutcome } from "../obsidian/conditional-write";
import { noticeOnFailure } from "../obsidian/failures";

/** How long the Undo offer stays (ms). */
export const UNDO_NOTICE_MS = 10_000;

/**
 * Writes `change` (see writeIfUnchanged) and, once written, shows `done` in a
 * Notice with an Undo button. Undo restores the earlier values exactly (a
 * property that was missing is removed again), and only while the note still
 * holds what was written; `onUndone` runs after it restored them.
 */
export async function writeWithUndo(app: App, change: PropertyChange, done: string, onUndone?: () => void): Promise<WriteOutcome> {
	const outcome = await writeIfUnchanged(app, change);
	if (outcome.status === "written") offerUndo(app, outcome.undo, done, onUndone);
	return outcome;
}

function offerUndo(app: App, undo: PropertyChange, done: string, onUndone?: () => void): void {
	let used = false;
	noticeWithButton(done, "Undo", "informational-interviews-undo", () => {
		if (used) return;
		used = true;
		void noticeOnFailure(async () => {
			const name = undo.path.split("/").pop()?.replace(/\.md$/, "") ?? undo.path;
			const outcome = await writeIfUnchanged(app, undo, staleUndoMessage);
			if (outcome.status !== "written") return;
			new Notice(`Undone: "${name}" is as it was.`);
			onUndone?.();
		}, "Could not undo");
	});
}

/** `message` in a Notice (shown for UNDO_NOTICE_MS) followed by a button; a click hides the notice and runs `onClick`. */
export function noticeWithButton(message: string, label: string, cls: string, onClick: () => void): void {
	const fragment = createFragment((frag) => {
		frag.createSpan({ text: `${message} ` });
		frag.createEl("button", { text: label, cls }).addEventListener("click", (evt) => {
			evt.stopPropagation();
			notice.hide();
			onClick();
		});
	});
	const notice = new Notice(fragment, UNDO_NOTICE_MS);
}
