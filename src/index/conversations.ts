import { compareConversations, conversationOf } from "../domain/conversations";
import { addDays } from "../domain/dates";
import type { CalendarDate, Conversation } from "../domain/types";
import type { VaultIndex } from "./vault-index";

/**
 * The conversations from `today` through `days` days later (inclusive): every
 * interview with status `scheduled` or none dated in that span, archived
 * contacts' left out; by date, then time (untimed first), then note path.
 */
export function conversations(index: VaultIndex, today: CalendarDate, days: number): Conversation[] {
	const until = addDays(today, days);
	const out: Conversation[] = [];
	// Only interviews dated in the span can be one: looked up by day, not by reading every interview.
	for (const iv of index.interviewsDated(today, until)) {
		const c = conversationOf(iv, index.contactOf(iv), today, until);
		if (c) out.push(c);
	}
	return out.sort(compareConversations);
}

/** The last `conversationsSoon` of each index, with the revision and day it holds for. */
const soonCache = new WeakMap<VaultIndex, { revision: number; today: CalendarDate; list: readonly Conversation[] }>();

/**
 * Today's and tomorrow's conversations, for the top of the Follow-ups view
 * and the status bar: worked out once per change of the index (or of the day),
 * however many ask.
 */
export function conversationsSoon(index: VaultIndex, today: CalendarDate): readonly Conversation[] {
	const cached = soonCache.get(index);
	if (cached?.revision === index.revision && cached.today === today) return cached.list;
	const list = conversations(index, today, 1);
	soonCache.set(index, { revision: index.revision, today, list });
	return list;
}

/**
 * The next conversation today at or after `now` (`HH:mm`): the earliest timed
 * one not yet begun, else one today without a time; null when none is left.
 */
export function nextConversation(index: VaultIndex, today: CalendarDate, now: string): Conversation | null {
	const todays = conversationsSoon(index, today).filter((c) => c.date === today);
	return todays.find((c) => c.time !== null && c.time >= now) ?? todays.find((c) => c.time === null) ?? null;
}
