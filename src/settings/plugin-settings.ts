import { formatCadence, parseCadence } from "../domain/cadence";
import { CADENCE_WINDOWS, DEFAULT_RULE_SETTINGS, NUMBER_WINDOWS, numberWindow, type CadenceWindowKey, type NumberWindowKey, type RuleSettings } from "../domain/rule-windows";
import { NO_RECOGNITION, recognitionFrom, type RecognitionTextKey, type RecognitionTexts } from "../domain/recognition";
import { DURATION_RANGE } from "../domain/schedule";
import type { CalendarDate } from "../domain/types";

/**
 * What the plugin keeps in `data.json`: the user's settings and two small
 * pieces of plugin state (whether the view was auto-opened once, the day of the
 * last digest). Nothing about people is ever kept here: that lives in notes.
 * The rule windows come from the one table in src/domain/rule-windows.ts; a
 * cadence is kept as the user typed it, e.g. "90 days", "3 months".
 */
export type PluginSettings = { [K in NumberWindowKey]: number } & { [K in CadenceWindowKey]: string } & RecognitionTexts & {
	/** Folder for new contact notes. */
	contactsFolder: string;
	/** Folder for new interview notes. */
	interviewsFolder: string;
	/** Folder of the user's own note templates (empty: built-in templates). */
	templatesFolder: string;

	/** Daily notes that link to a contact count as an interaction with them. */
	dailyNotes: boolean;

	/** The user's name, for message templates. */
	userName: string;
	/** A short pitch about the user, for message templates. */
	pitch: string;
	/** The most characters the outreach's LinkedIn connection note may have. */
	linkedInNoteLimit: number;

	/** Show one summary notice a day at start-up. */
	digest: boolean;

	/** Minutes the Schedule dialog offers when the interview note has no `duration`. */
	defaultDuration: number;

	/** Vault path of the calendar file the "Export follow-ups to a calendar file" command writes. */
	calendarFile: string;
	/** Folder where "Create the networking base" writes Networking.base. */
	baseFolder: string;
	/** The calendar file shows overdue follow-ups on the export day instead of their due day. */
	calendarOverdueToday: boolean;

	/** Recognise notes the user already keeps as contacts and interviews (README, "Notes you already have"). */
	recognise: boolean;
	/** The day recognition was last turned on. */
	recogniseSince: CalendarDate | null;

	// ---- plugin state (not shown in the settings tab) ----
	/** True once the follow-ups view was opened automatically on first enable. */
	viewOpenedOnce: boolean;
	/** The day the last start-up digest was shown (or skipped because nothing was due). */
	lastDigestDay: CalendarDate | null;
};

/** The length the guides suggest asking for, in minutes. */
const DEFAULT_DURATION = 30;

export const DEFAULT_SETTINGS: Readonly<PluginSettings> = Object.freeze({
	contactsFolder: "Networking/Contacts",
	interviewsFolder: "Networking/Interviews",
	templatesFolder: "",
	...(Object.fromEntries(NUMBER_WINDOWS.map((w) => [w.key, w.default])) as { [K in NumberWindowKey]: number }),
	...(Object.fromEntries(CADENCE_WINDOWS.map((w) => [w.key, formatCadence(w.default)])) as { [K in CadenceWindowKey]: string }),
	dailyNotes: DEFAULT_RULE_SETTINGS.dailyNotes,
	userName: "",
	pitch: "",
	linkedInNoteLimit: 200,
	digest: true,
	defaultDuration: DEFAULT_DURATION,
	calendarFile: "Networking/Follow-ups.ics",
	recognise: false,
	recogniseSince: null,
	contactFolders: "",
	contactTags: "",
	contactProperty: "",
	interviewFolders: "",
	interviewTags: "",
	interviewProperty: "",
	personProperty: "contact",
	baseFolder: "Networking",
	calendarOverdueToday: false,
	viewOpenedOnce: false,
	lastDigestDay: null,
});

type StringSettingKey = "contactsFolder" | "interviewsFolder" | "templatesFolder" | "userName" | "pitch" | "calendarFile" | "baseFolder" | RecognitionTextKey;
/** The recognition rows of the settings tab, in their order. */
const RECOGNITION_KEYS: readonly RecognitionTextKey[] = [
	"contactFolders",
	"contactTags",
	"contactProperty",
	"interviewFolders",
	"interviewTags",
	"interviewProperty",
	"personProperty",
];
const STRING_KEYS: readonly StringSettingKey[] = ["contactsFolder", "interviewsFolder", "templatesFolder", "userName", "pitch", "calendarFile", "baseFolder", ...RECOGNITION_KEYS];

/** The range of the LinkedIn note's length: LinkedIn's tightest limit today is 200 characters (the default). */
export const LINKEDIN_NOTE_RANGE: readonly [number, number] = [50, 2000];

/** A whole number within the window's range, from a number or a numeric string; null otherwise. */
export function readNumberSetting(key: NumberWindowKey, value: unknown): number | null {
	return readWholeNumber(value, numberWindow(key).range);
}

/** A whole number from `min` to `max`, from a number or a numeric string; null otherwise. */
export function readWholeNumber(value: unknown, [min, max]: readonly [number, number]): number | null {
	let n: number;
	if (typeof value === "number") n = value;
	else if (typeof value === "string" && /^\s*\d+\s*$/.test(value)) n = Number(value);
	else return null;
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
	for (const { key } of NUMBER_WINDOWS) {
		const v = readNumberSetting(key, raw[key]);
		if (v !== null) out[key] = v;
	}
	for (const { key } of CADENCE_WINDOWS) {
		const v = readCadenceSetting(raw[key]);
		if (v !== null) out[key] = v;
	}
	const duration = readWholeNumber(raw.defaultDuration, DURATION_RANGE);
	if (duration !== null) out.defaultDuration = duration;
	const limit = readWholeNumber(raw.linkedInNoteLimit, LINKEDIN_NOTE_RANGE);
	if (limit !== null) out.linkedInNoteLimit = limit;
	if (typeof raw.digest === "boolean") out.digest = raw.digest;
	if (typeof raw.dailyNotes === "boolean") out.dailyNotes = raw.dailyNotes;
	if (typeof raw.calendarOverdueToday === "boolean") out.calendarOverdueToday = raw.calendarOverdueToday;
	if (typeof raw.viewOpenedOnce === "boolean") out.viewOpenedOnce = raw.viewOpenedOnce;
	if (typeof raw.lastDigestDay === "string" && /^\d{4}-\d{2}-\d{2}$/.test(raw.lastDigestDay)) out.lastDigestDay = raw.lastDigestDay;
	if (typeof raw.recognise === "boolean") out.recognise = raw.recognise;
	if (typeof raw.recogniseSince === "string" && /^\d{4}-\d{2}-\d{2}$/.test(raw.recogniseSince)) out.recogniseSince = raw.recogniseSince;
	return out;
}

/** The windows the follow-up rules and the dashboard use. */
export function toRuleSettings(s: PluginSettings): RuleSettings {
	const out = { ...DEFAULT_RULE_SETTINGS };
	for (const { key } of NUMBER_WINDOWS) out[key] = s[key];
	for (const { key } of CADENCE_WINDOWS) {
		const cadence = parseCadence(s[key]);
		if (cadence.ok) out[key] = cadence.value;
	}
	out.dailyNotes = s.dailyNotes;
	out.recognition = s.recognise ? recognitionFrom(s, s.recogniseSince) : NO_RECOGNITION;
	return out;
}
