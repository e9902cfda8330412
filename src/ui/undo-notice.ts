import { Notice, type App } from "obsidian";
import { baseName } from "../domain/links";
import type { PropertyChange } from "../domain/property-change";
import { noticeOnFailure } from "../obsidian/failures";
import { staleUndoMessage, writeIfUnchanged, type WriteOutcome } from "../obsidian/write";

/** How long the Undo offer stays (ms). */
const UNDO_NOTICE_MS = 10_000;

interface Undoable {
	undo: PropertyChange;
	/** What was done, for the command's notice. */
	done: string;
	onUndone?: () => void;
	used: boolean;
}

/** The latest write of each vault that can still be undone, for the "Undo the last change" command. */
const latest = new WeakMap<App, Undoable>();

/**
 * Writes `change` (see writeIfUnchanged) and, once written, shows `done` in a
 * Notice with an Undo button. Undo restores the earlier values exactly (a
 * property that was missing is removed again), and only while the note still
 * holds what was written; `onUndone` runs after it restored them. The same
 * write can be undone by the command "Undo the last change" until another
 * write takes its place.
 */
export async function writeWithUndo(app: App, change: PropertyChange, done: string, onUndone?: () => void): Promise<WriteOutcome> {
	const outcome = await writeIfUnchanged(app, change);
	if (outcome.status === "written") offerUndo(app, outcome.undo, done, onUndone);
	return outcome;
}

/** Offers Undo of a change already written (`undo` is what takes it back; see `undoOf`), with `also` after it in the notice. */
export function offerUndo(app: App, undo: PropertyChange, done: string, onUndone?: () => void, also: readonly NoticeButton[] = []): void {
	const entry: Undoable = { undo, done, onUndone, used: false };
	latest.set(app, entry);
	noticeWithButtons(done, [{ label: "Undo", cls: "informational-interviews-undo", onClick: () => void runUndo(app, entry) }, ...also]);
}

/** The write the "Undo the last change" command would take back, or null when there is none. */
export function lastUndoable(app: App): { done: string } | null {
	const entry = latest.get(app);
	return entry && !entry.used ? { done: entry.done } : null;
}

/** Takes back the latest write not undone yet (see `lastUndoable`). */
export function undoLast(app: App): Promise<void> {
	const entry = latest.get(app);
	if (!entry || entry.used) {
		new Notice("Nothing to undo.");
		return Promise.resolve();
	}
	return runUndo(app, entry);
}

function runUndo(app: App, entry: Undoable): Promise<void> {
	if (entry.used) return Promise.resolve();
	entry.used = true;
	return noticeOnFailure(async () => {
		const outcome = await writeIfUnchanged(app, entry.undo, staleUndoMessage);
		if (outcome.status !== "written") return;
		new Notice(`Undone: "${baseName(entry.undo.path)}" is as it was.`);
		entry.onUndone?.();
	}, "Could not undo");
}

export interface NoticeButton {
	label: string;
	/** Its CSS class. */
	cls: string;
	onClick: () => void;
}

/** `message` in a Notice (shown for UNDO_NOTICE_MS) followed by buttons; a click hides the notice and runs the button's `onClick`. */
export function noticeWithButtons(message: string, buttons: readonly NoticeButton[]): void {
	const fragment = createFragment((frag) => {
		frag.createSpan({ text: `${message} ` });
		for (const { label, cls, onClick } of buttons) {
			frag.createEl("button", { text: label, cls }).addEventListener("click", (evt) => {
				evt.stopPropagation();
				notice.hide();
				onClick();
			});
		}
	});
	const notice = new Notice(fragment, UNDO_NOTICE_MS);
}
