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
	const message = createFragment((frag) => {
		frag.createSpan({ text: `${done} ` });
		const button = frag.createEl("button", { text: "Undo", cls: "informational-interviews-undo" });
		button.addEventListener("click", (evt) => {
			evt.stopPropagation();
			notice.hide();
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
	});
	const notice = new Notice(message, UNDO_NOTICE_MS);
}
