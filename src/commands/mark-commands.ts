import { Notice } from "obsidian";
import { baseName } from "../domain/links";
import { PROP } from "../domain/properties";
import type { Interview } from "../domain/types";
import { logContact, setProperty } from "../obsidian/write";
import type { PluginHost } from "../plugin-host";
import { contactNote, conversationAhead, conversationTookPlace, onNote, type CommandEntry, type NoteContext } from "./command-entry";

/** Recording by hand what happened today: an interaction with a contact, a confirmation, a thank-you. */

async function recorded(ok: Promise<boolean>, what: string, path: string): Promise<void> {
	if (await ok) new Notice(`Recorded ${what} in "${baseName(path)}".`);
}

export const logInteractionCommand: CommandEntry = {
	id: "log-interaction",
	name: "Log an interaction today",
	context: contactNote,
	handler: onNote(
		(_host, note) => (note.kind === "contact" ? note : null),
		(host, c) => recorded(logContact(host.app, c.path, host.live.today), "today as the last contact", c.path),
	),
};

function markCommand(id: string, name: string, context: NoteContext, property: string, what: string, applies: (host: PluginHost, iv: Interview) => boolean): CommandEntry {
	return {
		id,
		name,
		context,
		handler: onNote(
			(host, note) => (note.kind === "interview" && applies(host, note) ? note : null),
			(host, iv) => recorded(setProperty(host.app, iv.path, property, host.live.today), what, iv.path),
		),
	};
}

function referrerKnown(host: PluginHost, iv: Interview): boolean {
	const contact = host.live.index.contactOf(iv);
	return contact !== null && contact.referredBy !== null;
}

/**
 * Each offered only where it makes sense (README.md: "When each command is
 * offered"): a confirmation for a conversation still ahead, thanks once it
 * took place, and never twice.
 */
export const markCommands: readonly CommandEntry[] = [
	markCommand("mark-confirmed", "Mark confirmed", conversationAhead, PROP.confirmed, "today as confirmed", (_host, iv) => iv.confirmed === null),
	markCommand("mark-thank-you-sent", "Mark thank-you sent", conversationTookPlace, PROP.thankYouSent, "the thank-you as sent today", (_host, iv) => iv.thankYouSent === null),
	markCommand("mark-referrer-thanked", "Mark referrer thanked", conversationTookPlace, PROP.referrerThanked, "the referrer as thanked today", (host, iv) => iv.referrerThanked === null && referrerKnown(host, iv)),
];
