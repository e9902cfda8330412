import type { FollowUpKind } from "../domain/types";

/**
 * The icon before each follow-up's text, one per kind, so a glance down the
 * list tells what each row asks for (Lucide names, as Obsidian ships them).
 */
export const KIND_ICONS: Readonly<Record<FollowUpKind, string>> = {
	nudge: "bell-ring",
	confirm: "calendar-check",
	"thank-you": "heart-handshake",
	"thank-referrer": "gift",
	"reach-out": "user-plus",
	"keep-in-touch": "repeat",
	"send-request": "send",
};

/** The icon of a conversation row. */
export const CONVERSATION_ICON = "calendar-clock";
