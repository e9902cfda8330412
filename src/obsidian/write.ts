import { Notice, TFile, type App } from "obsidian";
import { errorText } from "../domain/error-text";
import { applyValues, changedSince, pickValues, propertyList, undoOf, type Properties, type PropertyChange } from "../domain/property-change";

/**
 * The one way the plugin changes a note that exists: `writeIfUnchanged`, over
 * `fileManager.processFrontMatter` (Obsidian rewrites the properties block and
 * leaves the rest of the note as it was). A change carries the values the user
 * saw (see src/domain/property-change.ts) and is written only while the note
 * still holds them, in the same `processFrontMatter` call that writes it:
 * Obsidian reads, changes and saves a note in one step, so two writes to one
 * note cannot interleave. When the note changed, the callback throws before
 * anything is changed, so Obsidian writes nothing (not even a reformatted
 * block), and a Notice names what changed. A write that fails (the note's YAML
 * does not parse, the note is gone) shows a Notice naming the note and changes
 * nothing. Dates are written as `YYYY-MM-DD` text.
 */

export type WriteOutcome =
	/** Written; `undo` is the change that takes it back (see `undoOf`). */
	| { status: "written"; change: PropertyChange; undo: PropertyChange }
	/** The note no longer holds what the change expects: `changed` names those properties. */
	| { status: "stale"; changed: string[] }
	| { status: "failed" };

class NoteChanged extends Error {
	constructor(readonly changed: string[]) {
		super("the note changed since it was shown");
	}
}

/** Writes `change` if its note still holds `change.expected`; `staleText` words the Notice when it does not. */
export async function writeIfUnchanged(app: App, change: PropertyChange, staleText: (name: string, changed: readonly string[]) => string = staleMessage): Promise<WriteOutcome> {
	const file = app.vault.getFileByPath(change.path);
	if (!(file instanceof TFile)) {
		new Notice(`Could not update "${change.path}": the note no longer exists. Nothing was changed.`);
		return { status: "failed" };
	}
	let before: Properties = {};
	try {
		await app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => {
			const changed = changedSince(fm, change.expected);
			if (changed.length > 0) throw new NoteChanged(changed);
			before = pickValues(fm, Object.keys(change.values));
			applyValues(fm, change.values);
		});
	} catch (e) {
		if (e instanceof NoteChanged) {
			new Notice(staleText(file.basename, e.changed));
			return { status: "stale", changed: e.changed };
		}
		new Notice(`Could not update "${file.path}": ${failureReason(e)} Nothing was changed.`);
		return { status: "failed" };
	}
	return { status: "written", change, undo: undoOf(change, before) };
}

function failureReason(e: unknown): string {
	const text = e instanceof Error ? `${e.name} ${e.message}` : String(e);
	if (/yaml|frontmatter|properties/i.test(text)) {
		return "its properties are not valid YAML. Fix them in the note (or in source mode) and try again.";
	}
	const message = errorText(e);
	return `${message.split("\n")[0] ?? "the note could not be written"}.`;
}

/** The Notice when a write finds the note changed since it was shown; `then` says what the user sees next. */
export function staleMessage(name: string, changed: readonly string[], then = "What you see now is the note as it is."): string {
	return `"${name}" changed since it was shown (${propertyList(changed)}), so nothing was written. ${then}`;
}

/** The Notice when Undo finds the note changed since the plugin wrote it. */
export function staleUndoMessage(name: string, changed: readonly string[]): string {
	return `"${name}" changed since (${propertyList(changed)}), so Undo left it as it is.`;
}

