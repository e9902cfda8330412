import { formatCadence, parseCadence } from "./domain/cadence";
import { DEFAULT_RULE_SETTINGS, type RuleSettings } from "./domain/settings";
import type { CalendarDate } from "./domain/types";

/**
 * What the plugin keeps in `data.json`: the user's settings and two small
 * pieces of plugin state (whether the view was auto-opened once, the day of the
 * last digest). Nothing about people is ever kept here: that lives in notes.
 */
export interface PluginSettings {
	/** Folder for new contact notes. */
	contactsFolder: string;
	/** Folder for new interview notes. */
	interviewsFolder: string;
	/** Folder of the user's own note templates (empty: built-in templates). */
	templatesFolder: string;

	nudgeDays: number;
	maxNudges: number;
	confirmDaysBefore: number;
	thankYouDays: number;
	thankReferrerDays: number;
	reachOutDays: number;
	/** Default keep-in-touch cadence as the user typed it, e.g. "90 days", "3 months". */
	keepInTouch: string;
	horizonDays: number;
	fieldTarget: number;

	/** The user's name, for message templates. */
	userName: string;
	/** A short pitch about the user, for message templates. */
	pitch: string;

	/** Show one summary notice a day at start-up. */
	digest: boolean;

	/** Vault path of the calendar file the "Export follow-ups to a calendar file" command writes. */
	calendarFile: string;
	/** Folder where "Create the networking base" writes Networking.base. */
	baseFolder: string;

	// ---- plugin state (not shown in the settings tab) ----
	/** True once the follow-ups view was opened automatically on first enable. */
	viewOpenedOnce: boolean;
	/** The day the last start-up digest was shown (or skipped because nothing was due). */
	lastDigestDay: CalendarDate | null;
}

export const DEFAULT_SETTINGS: Readonly<PluginSettings> = Object.freeze({
	contactsFolder: "Networking/Contacts",
	interviewsFolder: "Networking/Interviews",
	templatesFolder: "",
	nudgeDays: DEFAULT_RULE_SETTINGS.nudgeDays,
	maxNudges: DEFAULT_RULE_SETTINGS.maxNudges,
	confirmDaysBefore: DEFAULT_RULE_SETTINGS.confirmDaysBefore,
	thankYouDays: DEFAULT_RULE_SETTINGS.thankYouDays,
	thankReferrerDays: DEFAULT_RULE_SETTINGS.thankReferrerDays,
	reachOutDays: DEFAULT_RULE_SETTINGS.reachOutDays,
	keepInTouch: formatCadence(DEFAULT_RULE_SETTINGS.keepInTouch),
	horizonDays: DEFAULT_RULE_SETTINGS.horizonDays,
	fieldTarget: DEFAULT_RULE_SETTINGS.fieldTarget,
	userName: "",
	pitch: "",
	digest: true,
	calendarFile: "Networking/Follow-ups.ics",
	baseFolder: "Networking",
	viewOpenedOnce: false,
	lastDigestDay: null,
});

export type NumberSettingKey =
	| "nudgeDays"
	| "maxNudges"
	| "confirmDaysBefore"
	| "thankYouDays"
	| "thankReferrerDays"
	| "reachOutDays"
	| "horizonDays"
	| "fieldTarget";

/** Accepted range of every number setting (whole numbers, inclusive). */
export const NUMBER_RANGES: Readonly<Record<NumberSettingKey, readonly [number, number]>> = Object.freeze({
	nudgeDays: [1, 365],
	maxNudges: [0, 20],
	confirmDaysBefore: [0, 60],
	thankYouDays: [0, 60],
	thankReferrerDays: [0, 60],
	reachOutDays: [0, 365],
	horizonDays: [0, 365],
	fieldTarget: [1, 100],
});

type StringSettingKey = "contactsFolder" | "interviewsFolder" | "templatesFolder" | "userName" | "pitch" | "calendarFile" | "baseFolder";
const STRING_KEYS: readonly StringSettingKey[] = ["contactsFolder", "interviewsFolder", "templatesFolder", "userName", "pitch", "calendarFile", "baseFolder"];

/** A whole number within the key's range, from a number or a numeric string; null otherwise. */
export function readNumberSetting(key: NumberSettingKey, value: unknown): number | null {
	let n: number;
	if (typeof value === "number") n = value;
	else if (typeof value === "string" && /^\s*\d+\s*$/.test(value)) n = Number(value);
	else return null;
	const [min, max] = NUMBER_RANGES[key];
	return Number.isInteger(n) && n >= min && n <= max ? n : null;
}

/** A cadence as text ("90 days"), from a number of days or a readable period; null otherwise. */
export function readCadenceSetting(value: unknown): string | null {
	const parsed = parseCadence(value);
	if (!parsed.ok) return null;
	return typeof value === "string" ? value.trim() : formatCadence(parsed.value);
}

/**
 * Settings from whatever `loadData()` returned: missing keys and keys of the
 * wrong type or out of range take their default, one key at a time; anything
 * that is not an object (null, a list, text) gives all defaults. Never throws.
 */
export function loadSettings(data: unknown): PluginSettings {
	const out: PluginSettings = { ...DEFAULT_SETTINGS };
	if (typeof data !== "object" || data === null || Array.isArray(data)) return out;
	const raw = data as Record<string, unknown>;
	for (const key of STRING_KEYS) {
		const v = raw[key];
		if (typeof v === "string") out[key] = v;
	}
	for (const key of Object.keys(NUMBER_RANGES) as NumberSettingKey[]) {
		const v = readNumberSetting(key, raw[key]);
		if (v !== null) out[key] = v;
	}
	const cadence = readCadenceSetting(raw.keepInTouch);
	if (cadence !== null) out.keepInTouch = cadence;
	if (typeof raw.digest === "boolean") out.digest = raw.digest;
	if (typeof raw.viewOpenedOnce === "boolean") out.viewOpenedOnce = raw.viewOpenedOnce;
	if (typeof raw.lastDigestDay === "string" && /^\d{4}-\d{2}-\d{2}$/.test(raw.lastDigestDay)) out.lastDigestDay = raw.lastDigestDay;
	return out;
}

/** The windows the follow-up rules and the dashboard use. */
export function toRuleSettings(s: PluginSettings): RuleSettings {
	const cadence = parseCadence(s.keepInTouch);
	return {
		nudgeDays: s.nudgeDays,
		maxNudges: s.maxNudges,
		confirmDaysBefore: s.confirmDaysBefore,
		thankYouDays: s.thankYouDays,
		thankReferrerDays: s.thankReferrerDays,
		reachOutDays: s.reachOutDays,
		keepInTouch: cadence.ok ? cadence.value : DEFAULT_RULE_SETTINGS.keepInTouch,
		horizonDays: s.horizonDays,
		fieldTarget: s.fieldTarget,
	};
}
