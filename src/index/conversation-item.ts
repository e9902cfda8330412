import { openableLocation } from "../domain/locations";
import type { CalendarDate, Conversation } from "../domain/types";

/** One conversation of the view's first section, worded for display. */
export interface ConversationItem {
	conversation: Conversation;
	/** "Today at 16:00", "Tomorrow", "Today". */
	when: string;
	/** The format as written ("video"), or null. */
	format: string | null;
	/** The location as written, or null. */
	location: string | null;
	/** The address a click on the location opens (http(s) or mailto: only), else null. */
	href: string | null;
}

/** Words a conversation dated today or tomorrow (the section shows no other days). */
export function describeConversation(c: Conversation, today: CalendarDate): ConversationItem {
	const day = c.date === today ? "Today" : "Tomorrow";
	return {
		conversation: c,
		when: c.time === null ? day : `${day} at ${c.time}`,
		format: c.format,
		location: c.location,
		href: openableLocation(c.location),
	};
}

/** The status bar's words for the next conversation today: "Conversation at 16:00", or "Conversation today" without a time. */
export function nextConversationText(c: Conversation): string {
	return c.time === null ? "Conversation today" : `Conversation at ${c.time}`;
}

/** The local time as `HH:mm`, which a conversation's time is compared with. */
export function clockTime(now: Date): string {
	return `${String(now.getHours()).padStart(2, "0")}:${String(now.getMinutes()).padStart(2, "0")}`;
}
