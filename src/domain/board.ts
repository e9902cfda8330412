import { daysBetween } from "./dates";
import { followUpKind } from "./follow-up-kinds";
import { completionValues, guardedChange } from "./follow-up-writes";
import type { Properties, PropertyChange } from "./property-change";
import { PROP } from "./properties";
import { relativeDue, shortDate } from "./relative";
import { tookPlace } from "./rules";
import { formatList } from "./template";
import type { CalendarDate, FollowUp, Interview } from "./types";

/**
 * The pipeline board (README: "The pipeline board in Bases"): one column per
 * stage of an interview, a card per interview note, and what moving a card to
 * another column writes. Pure: the Bases view (src/ui/board-view.ts) renders
 * this and writes the changes through the conditional write.
 */

export type ColumnId = "preparing" | "requested" | "scheduled" | "done" | "declined" | "cancelled" | "no-response";

export interface BoardColumn {
	id: ColumnId;
	name: string;
	/** The ends of a request that went nowhere: shown folded after the others, opened on demand. */
	folded: boolean;
	/** A card can be moved here (Preparing is where a note starts: nothing to write would put it back). */
	target: boolean;
}

export const BOARD_COLUMNS: readonly BoardColumn[] = [
	{ id: "preparing", name: "Preparing", folded: false, target: false },
	{ id: "requested", name: "Requested", folded: false, target: true },
	{ id: "scheduled", name: "Scheduled", folded: false, target: true },
	{ id: "done", name: "Done", folded: false, target: true },
	{ id: "declined", name: "Declined", folded: true, target: true },
	{ id: "cancelled", name: "Cancelled", folded: true, target: true },
	{ id: "no-response", name: "No response", folded: true, target: true },
];

/**
 * The column of an interview, as the rules read it: its status, or without
 * one, prepared (nothing sent yet), requested (a request date, no date),
 * scheduled (a date still ahead) or done (a date past). Null for a status the
 * plugin does not know (reported under Needs attention, not placed).
 */
export function columnOf(iv: Interview, today: CalendarDate): ColumnId | null {
	if (iv.statusUnknown) return null;
	if (iv.status !== null) return iv.status;
	if (iv.prepared) return "preparing";
	if (iv.date !== null) return tookPlace(iv, today) ? "done" : "scheduled";
	return iv.requested !== null ? "requested" : "preparing";
}

export interface BoardCard {
	path: string;
	column: ColumnId;
	/** Whom the conversation is with. */
	person: string;
	/** The date (and time) of the conversation, or how long the request has waited, or null. */
	when: string | null;
	/** The interview's next follow-up: "Nudge Bo Chen about your request · today" (or "· snoozed until Tue 1 Dec"). */
	next: string | null;
	/** A property that decides the card's place could not be read: "Cannot read its date: see Needs attention". */
	problem: string | null;
}

/** A card for an interview, with `followUps` the index's follow-ups of its note (any order). */
export function boardCard(iv: Interview, person: string, followUps: readonly FollowUp[], today: CalendarDate): BoardCard | null {
	const column = columnOf(iv, today);
	if (column === null) return null;
	const first = [...followUps].sort((a, b) => a.due.localeCompare(b.due))[0];
	return { path: iv.path, column, person, when: whenText(iv, column, today), next: first ? `${first.title} · ${dueText(iv, first, today)}` : null, problem: problemText(iv) };
}

/** When the follow-up is due; a snooze that decides the day says so (the card would otherwise just read "in 3 days"). */
function dueText(iv: Interview, f: FollowUp, today: CalendarDate): string {
	return iv.snoozeUntil !== null && iv.snoozeUntil > today && f.due === iv.snoozeUntil ? `snoozed until ${shortDate(f.due)}` : relativeDue(f.due, today);
}

/** A card placed without its date or status being readable would sit in its column unexplained. */
function problemText(iv: Interview): string | null {
	const unread = [PROP.date, PROP.status, PROP.requested].filter((p) => iv.unreadable.has(p));
	return unread.length === 0 ? null : `Cannot read its ${formatList(unread)}: see Needs attention`;
}

function whenText(iv: Interview, column: ColumnId, today: CalendarDate): string | null {
	if (iv.date !== null) return `${shortDate(iv.date)}${iv.time ? ` at ${iv.time}` : ""}`;
	if (column === "requested" && iv.requested !== null) {
		const days = daysBetween(iv.requested, today);
		return days <= 0 ? "asked today" : `waiting ${days} ${days === 1 ? "day" : "days"}`;
	}
	return null;
}

/** The properties a move expects unchanged: those that decide the column (and those it writes). */
const MOVE_READS: readonly string[] = [PROP.status, PROP.requested, PROP.date];

/**
 * What moving a card to `to` writes, or null when the move opens the Schedule
 * dialog instead (to Scheduled) or writes nothing (to its own column, or to
 * Preparing). To Requested does what Mark as sent on the request does:
 * `status: requested`, and `requested: <today>` when the note has none; to any
 * other column, `status` only.
 */
export function moveChange(path: string, seen: Properties | null, from: ColumnId, to: ColumnId, today: CalendarDate): PropertyChange | null {
	if (to === from || to === "preparing" || to === "scheduled") return null;
	if (to === "requested") {
		// Mark as sent's values (each where missing), with the status set whatever it was.
		const sent = { ...completionValues(followUpKind("send-request").ends, seen, today), [PROP.status]: to };
		return guardedChange(path, seen, followUpKind("send-request").reads, sent);
	}
	return guardedChange(path, seen, MOVE_READS, { [PROP.status]: to });
}
