import { Notice } from "obsidian";
import { recognitionFrom, saysType, singleRules, type AdoptedKind } from "../domain/recognition";
import { noticeOnFailure } from "../obsidian/failures";
import { isMarkdown, notesTheRuleMatches, writeType } from "../obsidian/mark-type";
import type { PluginHost } from "../plugin-host";
import { MarkTypeModal, type MarkChoice } from "../ui/mark-type-modal";
import { inTemplatesFolder } from "./active-note";
import { anyNote, run, type CommandEntry } from "./command-entry";

/**
 * "Mark as contact" and "Mark as interview", for users who prefer `type` in
 * their notes: on the active note, or on every note one recognition rule of the
 * settings matches (whether or not recognition is on), after a preview. Offered
 * on any note: with no note open, a rule's notes can still be marked.
 */
function markTypeCommand(kind: AdoptedKind): CommandEntry {
	return { id: `mark-as-${kind}`, name: `Mark as ${kind}`, context: anyNote, handler: run((host) => openMarkType(host, kind)) };
}

export const markTypeCommands: readonly CommandEntry[] = [markTypeCommand("contact"), markTypeCommand("interview")];

function openMarkType(host: PluginHost, kind: AdoptedKind): void {
	const choices = markChoices(host, kind);
	if (choices.length === 0) {
		new Notice(`Nothing to mark as ${kind}: open a note without a type, or set a folder, tag or property under "Notes you already have".`);
		return;
	}
	new MarkTypeModal(host.app, kind, choices, (files) =>
		noticeOnFailure(async () => {
			const failed = await writeType(host.app, files, kind);
			const done = files.length - failed.length;
			new Notice(`Marked ${done} ${done === 1 ? "note" : "notes"} as ${kind}.${failed.length > 0 ? ` Could not write: ${failed.join(", ")}.` : ""}`);
		}, `Could not mark the notes as ${kind}s`),
	).open();
}

function markChoices(host: PluginHost, kind: AdoptedKind): MarkChoice[] {
	const choices: MarkChoice[] = [];
	const file = host.app.workspace.getActiveFile();
	if (isMarkdown(file) && !inTemplatesFolder(host, file.path)) {
		const cache = host.app.metadataCache.getFileCache(file);
		const unreadable = cache?.frontmatter === undefined && cache?.frontmatterPosition !== undefined;
		if (!unreadable && !saysType(cache?.frontmatter ?? {})) choices.push({ label: `This note, ${file.basename}`, files: [file] });
	}
	const recognition = recognitionFrom(host.settings, host.settings.recogniseSince);
	for (const rule of singleRules(recognition, kind)) {
		choices.push({ label: rule.label, files: notesTheRuleMatches(host.app, rule.recognition, kind, (p) => inTemplatesFolder(host, p)) });
	}
	return choices;
}
