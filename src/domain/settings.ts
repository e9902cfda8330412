import type { Cadence } from "./types";

/** Windows of the follow-up rules and of the dashboard (DESIGN.md defaults). */
export interface RuleSettings {
	/** Days after the request (or the last nudge) before a nudge is due. */
	nudgeDays: number;
	/** How many nudges are offered before suggesting to close the request. */
	maxNudges: number;
	/** Days before the conversation that the confirmation is due. */
	confirmDaysBefore: number;
	/** Days after the conversation that the thank-you is due. */
	thankYouDays: number;
	/** Days after the first conversation that thanking the referrer is due. */
	thankReferrerDays: number;
	/** Days after the conversation that reaching out to a suggested person is due. */
	reachOutDays: number;
	/** Keep-in-touch cadence for contacts that do not set their own. */
	keepInTouch: Cadence;
	/** Upcoming follow-ups are shown when due within this many days. */
	horizonDays: number;
	/** Conversations to aim for in each field. */
	fieldTarget: number;
}

export const DEFAULT_RULE_SETTINGS: Readonly<RuleSettings> = Object.freeze({
	nudgeDays: 7,
	maxNudges: 2,
	confirmDaysBefore: 1,
	thankYouDays: 2,
	thankReferrerDays: 2,
	reachOutDays: 7,
	keepInTouch: Object.freeze<Cadence>({ count: 90, unit: "days" }),
	horizonDays: 14,
	fieldTarget: 3,
});

/** Property names as they appear in frontmatter. */
export const PROP = {
	type: "type",
	status: "status",
	organization: "organization",
	role: "role",
	field: "field",
	level: "level",
	email: "email",
	phone: "phone",
	linkedin: "linkedin",
	relationship: "relationship",
	referredBy: "referred-by",
	lastContact: "last-contact",
	keepInTouch: "keep-in-touch",
	snoozeUntil: "snooze-until",
	contact: "contact",
	requested: "requested",
	date: "date",
	format: "format",
	location: "location",
	duration: "duration",
	confirmed: "confirmed",
	thankYouSent: "thank-you-sent",
	referrerThanked: "referrer-thanked",
	nudged: "nudged",
	nudges: "nudges",
	topics: "topics",
	referrals: "referrals",
	connected: "connected",
} as const;
