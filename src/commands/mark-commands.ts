import { Notice, type Command } from "obsidian";
import { stillAhead } from "../domain/conversations";
import { PROP } from "../domain/settings";
import type { Interview } from "../domain/types";
import { logContact, setProperty } from "../obsidian/write";
import type { PluginHost } from "../ui/host";
import { noteName } from "../ui/view-model";
import { activeContact, activeInterview, noteCommand } from "./active";

/** Recording by hand what happened today: an interaction with a contact, a confirmation, a thank-you. */

async function recorded(ok: Promise<boolean>, what: string, path: string): Promise<void> {
	if (await ok) new Notice(`Recorded ${what} in "${noteName(path)}".`);
}

export function logInteractionCommand(host: PluginHost): Command {
	return noteCommand("log-interaction", "Log an interaction today", () => activeContact(host), (c) =>
		recorded(logContact(host.app, c.path, host.live.today), "today as the last contact", c.path),
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
		(iv) => recorded(setProperty(host.app, iv.path, property, host.live.today), what, iv.path),
	);
}

/**
 * Each offered only where it makes sense (README: "When each command is
 * offered"): a confirmation for a conversation still ahead, thanks once it
 * took place, and never twice.
 */
export function markCommands(host: PluginHost): Command[] {
	const { live } = host;
	const referrerKnown = (iv: Interview) => {
		const contact = live.index.contactOf(iv);
		return contact !== null && contact.referredBy !== null;
	};
	const took = (iv: Interview) => live.index.tookPlace(iv, live.today);
	return [
		markCommand(host, "mark-confirmed", "Mark confirmed", PROP.confirmed, "today as confirmed", (iv) => iv.confirmed === null && stillAhead(iv, live.today)),
		markCommand(host, "mark-thank-you-sent", "Mark thank-you sent", PROP.thankYouSent, "the thank-you as sent today", (iv) => iv.thankYouSent === null && took(iv)),
		markCommand(host, "mark-referrer-thanked", "Mark referrer thanked", PROP.referrerThanked, "the referrer as thanked today", (iv) => iv.referrerThanked === null && took(iv) && referrerKnown(iv)),
	];
}
