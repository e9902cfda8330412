import { Notice, TFile, type App } from "obsidian";
import { applyValues, changedSince, pickValues, propertyList, undoOf, type Properties, type PropertyChange } from "../domain/property-change";
import { failureReason } from "./write";

/**
 * The one way the view, the modals and the commands change a note the user
 * saw: `writeIfUnchanged` writes a change only while the note still holds the
 * values the change expects, in the same `processFrontMatter` call that writes
 * it (Obsidian reads, changes and saves a note in one step, so two writes to one
 * note cannot interleave). When the note changed, the callback throws before
 * anything is changed, so Obsidian writes nothing (not even a reformatted
 * block), and a Notice names what changed.
 */

export type WriteOutcome =
	| { status: "written"; change: PropertyChange; undo: PropertyChange }
	| { status: "stale"; changed: string[] }
	| { status: "failed" };

class NoteChanged extends Error {
	constructor(readonly changed: string[]) {
		super("the note changed since it was shown");
	}
}

export async function writeIfUnchanged(app: App, change: PropertyChange, staleText = staleMessage): Promise<WriteOutcome> {
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

function staleMessage(name: string, changed: readonly string[]): string {
	return `"${name}" changed since the list showed it (${propertyList(changed)}), so nothing was written. The list now shows the note as it is.`;
}

/** The Notice when Undo finds the note changed since the plugin wrote it. */
export function staleUndoMessage(name: string, changed: readonly string[]): string {
	return `"${name}" changed since (${propertyList(changed)}), so Undo left it as it is.`;
}
