import { personOf } from "./rules";
import type { CalendarDate, Contact, Conversation, Interview } from "./types";

/**
 * The interview as a conversation to show, when it is one: status `scheduled`
 * or none, a `date` from `from` through `until` (both included), and a contact
 * that is not archived. A snooze does not hide a conversation.
 */
export function conversationOf(iv: Interview, contact: Contact | null, from: CalendarDate, until: CalendarDate): Conversation | null {
	if (iv.statusUnknown || (iv.status !== null && iv.status !== "scheduled")) return null;
	if (iv.date === null || iv.date < from || iv.date > until) return null;
	if (contact?.status === "archived") return null;
	return {
		date: iv.date,
		time: iv.time,
		note: iv.path,
		contact: contact?.path ?? null,
		format: iv.format,
		location: iv.location,
		duration: iv.duration,
		person: personOf(contact, iv),
	};
}

/**
 * A conversation still ahead: scheduled (or no status) and dated today or
 * later. Only such a conversation can be confirmed.
 */
export function stillAhead(iv: Interview, today: CalendarDate): boolean {
	if (iv.statusUnknown || (iv.status !== null && iv.status !== "scheduled")) return false;
	return iv.date !== null && iv.date >= today;
}

/** A request sent and not yet answered with a date (status `requested`, or `requested` with no status): what a nudge is for. */
export function awaitingReply(iv: Interview): boolean {
	if (iv.statusUnknown || iv.date !== null) return false;
	return iv.status === "requested" || (iv.status === null && iv.requested !== null);
}

/** By date, then time (a conversation without one first), then note path. */
export function compareConversations(a: Conversation, b: Conversation): number {
	if (a.date !== b.date) return a.date < b.date ? -1 : 1;
	if (a.time !== b.time) {
		if (a.time === null) return -1;
		if (b.time === null) return 1;
		return a.time < b.time ? -1 : 1;
	}
	return a.note < b.note ? -1 : a.note > b.note ? 1 : 0;
}
