import type { Command } from "obsidian";
import { guardedChange } from "../domain/follow-up-writes";
import { tookPlace } from "../domain/rules";
import { DEFAULT_DURATION } from "../domain/schedule";
import { PROP } from "../domain/settings";
import type { Interview } from "../domain/types";
import type { PluginHost } from "../ui/host";
import { openScheduleModal } from "../ui/schedule-modal";
import { writeWithUndo } from "../ui/undo-notice";
import { noteName } from "../ui/view-model";
import { activeContact, activeInterview, noteCommand } from "./active";

/**
 * Recording by hand what happened: an interaction with a contact, a
 * confirmation, a thank-you, the conversation agreed on. Each write expects the
 * note's properties as the index last read them (see property-change.ts) and
 * offers Undo.
 */

/** Writes today into `property` of the note at `path`, guarded by `reads` as the index has them. */
async function recordToday(host: PluginHost, path: string, property: string, reads: readonly string[], what: string): Promise<void> {
	const change = guardedChange(path, host.live.index.propertiesOf(path), reads, { [property]: host.live.today });
	await writeWithUndo(host.app, change, `Recorded ${what} in "${noteName(path)}".`);
}

export function logInteractionCommand(host: PluginHost): Command {
	return noteCommand("log-interaction", "Log an interaction today", () => activeContact(host), (c) =>
		recordToday(host, c.path, PROP.lastContact, [], "today as the last contact"),
	);
}

/** On an interview still ahead (requested, or scheduled and not yet past): the Schedule modal. */
export function scheduleCommand(host: PluginHost): Command {
	const open = (iv: Interview) =>
		!iv.statusUnknown && (iv.status === null || iv.status === "requested" || iv.status === "scheduled") && !tookPlace(iv, host.live.today);
	return noteCommand(
		"schedule-conversation",
		"Schedule the conversation",
		() => {
			const iv = activeInterview(host);
			return iv && open(iv) ? iv : null;
		},
		(iv) => openScheduleModal(host.app, iv.path, iv.contact?.display ?? noteName(iv.path), DEFAULT_DURATION),
	);
}

function markCommand(host: PluginHost, id: string, name: string, property: string, what: string, applies: (iv: Interview) => boolean): Command {
	return noteCommand(
		id,
		name,
		() => {
			const iv = activeInterview(host);
			return iv && applies(iv) ? iv : null;
		},
		(iv) => recordToday(host, iv.path, property, [PROP.status, PROP.date], what),
	);
}

export function markCommands(host: PluginHost): Command[] {
	const referrerKnown = (iv: Interview) => {
		const contact = host.live.index.contactOf(iv);
		return contact !== null && contact.referredBy !== null;
	};
	return [
		markCommand(host, "mark-confirmed", "Mark confirmed", PROP.confirmed, "today as confirmed", (iv) => iv.confirmed === null),
		markCommand(host, "mark-thank-you-sent", "Mark thank-you sent", PROP.thankYouSent, "the thank-you as sent today", (iv) => iv.thankYouSent === null),
		markCommand(host, "mark-referrer-thanked", "Mark referrer thanked", PROP.referrerThanked, "the referrer as thanked today", (iv) => iv.referrerThanked === null && referrerKnown(iv)),
	];
}
