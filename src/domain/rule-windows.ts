import { NO_RECOGNITION, type Recognition } from "./recognition";
import type { Cadence } from "./types";

/**
 * Every window of the follow-up rules and of the dashboard, declared once.
 * Each row feeds the rules (`RuleSettings`), the plugin's defaults and the
 * validation of `data.json` (src/settings/plugin-settings.ts), the settings tab
 * rows, and the command line, which reads the same `data.json`. A row is plain
 * data: key, name, description, default and range (see docs/ARCHITECTURE.md).
 */

interface NumberWindow {
	type: "number";
	key: string;
	/** Where the settings tab lists it. */
	group: "rules" | "view";
	name: string;
	description: string;
	default: number;
	/** Accepted whole numbers, inclusive. */
	range: readonly [number, number];
}

interface CadenceWindow {
	type: "cadence";
	key: string;
	group: "rules" | "view";
	name: string;
	description: string;
	default: Cadence;
}

export const RULE_WINDOWS = [
	{
		type: "number",
		key: "nudgeDays",
		group: "rules",
		name: "Nudge after (days)",
		description: "Days without a reply to a request, or since the last nudge, before a nudge is due.",
		default: 7,
		range: [1, 365],
	},
	{
		type: "number",
		key: "maxNudges",
		group: "rules",
		name: "Nudges at most",
		description: "How many nudges to send before the follow-up suggests closing the request as no-response.",
		default: 2,
		range: [0, 20],
	},
	{
		type: "number",
		key: "confirmDaysBefore",
		group: "rules",
		name: "Confirm (days before)",
		description: "Days before a conversation to confirm its time and purpose.",
		default: 1,
		range: [0, 60],
	},
	{
		type: "number",
		key: "thankYouDays",
		group: "rules",
		name: "Thank-you within (days)",
		description: "Days after a conversation to send a thank-you.",
		default: 2,
		range: [0, 60],
	},
	{
		type: "number",
		key: "thankReferrerDays",
		group: "rules",
		name: "Thank the referrer within (days)",
		description: "Days after a first conversation to thank the person who introduced you.",
		default: 2,
		range: [0, 60],
	},
	{
		type: "number",
		key: "reachOutDays",
		group: "rules",
		name: "Reach out within (days)",
		description: "Days after a conversation to contact the people it suggested.",
		default: 7,
		range: [0, 365],
	},
	{
		type: "number",
		key: "sendRequestDays",
		group: "rules",
		name: "Send a prepared request within (days)",
		description: "Days after an interview note is created, before the request is sent, that sending it is due.",
		default: 2,
		range: [0, 365],
	},
	{
		type: "cadence",
		key: "keepInTouch",
		group: "rules",
		name: "Keep in touch every",
		description: "For contacts without their own keep-in-touch property: a number of days, or a period such as 6 weeks or 3 months.",
		default: { count: 90, unit: "days" },
	},
	{
		type: "number",
		key: "horizonDays",
		group: "view",
		name: "Upcoming horizon (days)",
		description: "Upcoming follow-ups are listed when due within this many days.",
		default: 14,
		range: [0, 365],
	},
	{
		type: "number",
		key: "fieldTarget",
		group: "view",
		name: "Conversations per field",
		description: "How many people to meet in each field you explore: three to five is a good aim.",
		default: 3,
		range: [1, 100],
	},
] as const satisfies readonly (NumberWindow | CadenceWindow)[];

type Row = (typeof RULE_WINDOWS)[number];
export type NumberWindowKey = Extract<Row, { type: "number" }>["key"];
export type CadenceWindowKey = Extract<Row, { type: "cadence" }>["key"];

/**
 * The windows the follow-up rules and the dashboard use, one per row of
 * RULE_WINDOWS, and whether daily notes that link to a contact count as an
 * interaction with them (an on/off plugin setting, not a window), and what
 * besides `type` makes a note a contact or an interview (README, "Notes you
 * already have").
 */
export type RuleSettings = { [K in NumberWindowKey]: number } & { [K in CadenceWindowKey]: Cadence } & { dailyNotes: boolean; recognition: Recognition };

export const NUMBER_WINDOWS: readonly Extract<Row, { type: "number" }>[] = RULE_WINDOWS.filter((w) => w.type === "number");
export const CADENCE_WINDOWS: readonly Extract<Row, { type: "cadence" }>[] = RULE_WINDOWS.filter((w) => w.type === "cadence");

export const DEFAULT_RULE_SETTINGS: Readonly<RuleSettings> = Object.freeze(
	Object.fromEntries([...RULE_WINDOWS.map((w) => [w.key, w.type === "cadence" ? Object.freeze({ ...w.default }) : w.default]), ["dailyNotes", true], ["recognition", NO_RECOGNITION]]) as RuleSettings,
);

/** The row of a number window. */
export function numberWindow(key: NumberWindowKey): Extract<Row, { type: "number" }> {
	const row = NUMBER_WINDOWS.find((w) => w.key === key);
	if (!row) throw new Error(`No rule window "${key}"`);
	return row;
}
