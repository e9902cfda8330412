import { noticeOnFailure } from "../obsidian/failures";
import type { ItemActionProvider, PluginHost } from "../plugin-host";
import { openBrief } from "../ui/brief-view";
import { onNote, personNote, type CommandEntry } from "./command-entry";

/** "Brief me on this person": on a contact note, or an interview note for its person. */
export const briefCommand: CommandEntry = {
	id: "brief-me",
	name: "Brief me on this person",
	context: personNote,
	handler: onNote(
		(_host, note) => note.path,
		(host, path) => openBrief(host, path),
	),
};

/** A Brief button on each confirm item: the day before a conversation is when a brief helps. */
export function briefActionProvider(host: PluginHost): ItemActionProvider {
	return (item) => {
		const f = item.followUp;
		if (f.kind !== "confirm") return [];
		return [{ id: "brief", label: "Brief", tooltip: "Everything your notes say about them, before you talk", icon: "user", run: () => void noticeOnFailure(() => openBrief(host, f.note), "Could not open the brief") }];
	};
}
