import { isValidCalendarDate } from "./dates";
import { MONTHS, WEEKDAYS } from "./relative";
import type { CalendarDate } from "./types";

/** The core Daily notes plugin's settings file, in the vault's configuration folder. */
export const DAILY_NOTES_CONFIG = "daily-notes.json";

const DEFAULT_DAILY_FORMAT = "YYYY-MM-DD";

/** Where daily notes live and how to read a day from a note's path. */
export interface DailyNotes {
	/** The folder, without slashes at either end ("" for the vault root). */
	folder: string;
	format: string;
	/** The day a note is the daily note of, or null when it is not a daily note. */
	dateOf(path: string): CalendarDate | null;
}

export type DailyNotesSetup = { ok: true; daily: DailyNotes } | { ok: false; message: string };

/**
 * Reads `daily-notes.json` (null when the file does not exist): its `folder`
 * (default: the vault root) and `format` (default `YYYY-MM-DD`). A file that is
 * not JSON, or a format this cannot read, is an error: daily notes then do not count.
 */
export function readDailyNotesConfig(text: string | null): DailyNotesSetup {
	let data: unknown = {};
	if (text !== null && text.trim() !== "") {
		try {
			data = JSON.parse(text);
		} catch {
			return { ok: false, message: "is not valid JSON, so daily notes do not count as contact; fix it in Settings → Daily notes" };
		}
	}
	const obj = typeof data === "object" && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
	const folder = typeof obj.folder === "string" ? obj.folder.trim().replace(/^\/+|\/+$/g, "") : "";
	const format = typeof obj.format === "string" && obj.format.trim() !== "" ? obj.format.trim() : DEFAULT_DAILY_FORMAT;
	const parser = compileFormat(format);
	if (typeof parser === "string") {
		return { ok: false, message: `the daily note format "${format}" cannot be read (${parser}), so daily notes do not count as contact` };
	}
	const prefix = folder === "" ? "" : `${folder}/`;
	return {
		ok: true,
		daily: {
			folder,
			format,
			dateOf(path: string): CalendarDate | null {
				if (!path.startsWith(prefix) || !path.toLowerCase().endsWith(".md")) return null;
				return parser(path.slice(prefix.length, -3));
			},
		},
	};
}

type Token =
	| { kind: "literal"; text: string }
	| { kind: "YYYY" | "YY" | "MMMM" | "MMM" | "MM" | "M" | "DD" | "Do" | "D" | "dddd" | "ddd" };

/** The supported moment.js tokens, by letter and length of the run of that letter. */
const TOKENS: Readonly<Record<string, readonly (Exclude<Token["kind"], "literal"> | null)[]>> = {
	Y: [null, null, "YY", null, "YYYY"],
	M: [null, "M", "MM", "MMM", "MMMM"],
	D: [null, "D", "DD"],
	d: [null, null, null, "ddd", "dddd"],
};

/** The tokens of a format, or a message naming the first part that is not supported. */
export function tokenize(format: string): Token[] | string {
	const out: Token[] = [];
	let i = 0;
	while (i < format.length) {
		const ch = format.charAt(i);
		if (ch === "[") {
			const end = format.indexOf("]", i + 1);
			if (end < 0) return "a [ is never closed";
			out.push({ kind: "literal", text: format.slice(i + 1, end) });
			i = end + 1;
			continue;
		}
		if (!/[A-Za-z]/.test(ch)) {
			out.push({ kind: "literal", text: ch });
			i++;
			continue;
		}
		let j = i;
		while (format.charAt(j) === ch) j++;
		if (ch === "D" && j - i === 1 && format.charAt(j) === "o") {
			out.push({ kind: "Do" });
			i = j + 1;
			continue;
		}
		const token = TOKENS[ch]?.[j - i] ?? null;
		if (token === null) return `"${format.slice(i, j)}" is not supported`;
		out.push({ kind: token });
		i = j;
	}
	return out;
}

const ORDINALS: Record<string, string> = { "1": "st", "2": "nd", "3": "rd" };

function ordinal(n: number): string {
	if (n % 100 >= 11 && n % 100 <= 13) return "th";
	return ORDINALS[String(n % 10)] ?? "th";
}

/** A strict reader of the whole text in the format, or a message saying why the format cannot be read. */
function compileFormat(format: string): ((text: string) => CalendarDate | null) | string {
	const tokens = tokenize(format);
	if (typeof tokens === "string") return tokens;
	const has = (...kinds: string[]) => tokens.some((t) => kinds.includes(t.kind));
	if (!has("YYYY", "YY") || !has("MMMM", "MMM", "MM", "M") || !has("DD", "Do", "D")) {
		return "it needs a year, a month and a day";
	}
	return (text) => parseStrict(tokens, text);
}

function parseStrict(tokens: readonly Token[], text: string): CalendarDate | null {
	let at = 0;
	let year: number | null = null;
	let month: number | null = null;
	let day: number | null = null;
	let weekday: number | null = null;
	const agree = (old: number | null, value: number): number | null => (old === null || old === value ? value : null);
	const digits = (min: number, max: number): number | null => {
		let j = at;
		while (j < text.length && j - at < max && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
		if (j - at < min) return null;
		const n = Number(text.slice(at, j));
		at = j;
		return n;
	};
	const name = (names: readonly string[]): number | null => {
		// No name of a list starts another (MMMM and MMM have lists of their own), so the first that matches is the one.
		for (const [i, n] of names.entries()) {
			if (text.slice(at, at + n.length).toLowerCase() === n.toLowerCase()) {
				at += n.length;
				return i;
			}
		}
		return null;
	};
	for (const t of tokens) {
		let v: number | null;
		switch (t.kind) {
			case "literal":
				if (!text.startsWith(t.text, at)) return null;
				at += t.text.length;
				continue;
			case "YYYY":
				v = digits(4, 4);
				if (v === null || (year = agree(year, v)) === null) return null;
				continue;
			case "YY":
				v = digits(2, 2);
				if (v === null || (year = agree(year, v + (v > 68 ? 1900 : 2000))) === null) return null;
				continue;
			case "MMMM":
			case "MMM":
			case "MM":
			case "M":
				v = t.kind === "MMMM" ? name(MONTHS) : t.kind === "MMM" ? name(MONTHS.map((m) => m.slice(0, 3))) : digits(t.kind === "MM" ? 2 : 1, 2);
				if (v === null) return null;
				if (t.kind === "MMMM" || t.kind === "MMM") v += 1;
				if ((month = agree(month, v)) === null) return null;
				continue;
			case "DD":
			case "D":
			case "Do":
				v = digits(t.kind === "DD" ? 2 : 1, 2);
				if (v === null) return null;
				if (t.kind === "Do") {
					const suffix = ordinal(v);
					if (text.slice(at, at + 2).toLowerCase() !== suffix) return null;
					at += 2;
				}
				if ((day = agree(day, v)) === null) return null;
				continue;
			case "dddd":
			case "ddd":
				v = name(t.kind === "dddd" ? WEEKDAYS : WEEKDAYS.map((d) => d.slice(0, 3)));
				if (v === null || (weekday = agree(weekday, v)) === null) return null;
				continue;
		}
	}
	if (at !== text.length || year === null || month === null || day === null) return null;
	if (!isValidCalendarDate(year, month, day)) return null;
	const date = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
	if (weekday !== null && new Date(Date.UTC(year, month - 1, day)).getUTCDay() !== weekday) return null;
	return date;
}
