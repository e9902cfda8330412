import { isValidCalendarDate } from "./dates";

/**
 * A small YAML writer for note frontmatter with simple values: text, numbers,
 * booleans, empty (null), and lists of those. Text is written plain when every
 * YAML 1.1 and 1.2 parser reads it back as the same text, double-quoted
 * otherwise. A valid `YYYY-MM-DD` is written plain on purpose: it is a calendar
 * date, written the way Obsidian writes a date property.
 */

/**
 * The lines between the `---` fences, each ending with `\n`. `undefined`
 * values are left out; `null` is written as an empty value (`key:`).
 * Throws a TypeError for values it cannot write (objects, nested lists).
 */
export function renderFrontmatter(obj: Readonly<Record<string, unknown>>): string {
	let out = "";
	for (const [key, value] of Object.entries(obj)) {
		if (value === undefined) continue;
		const k = yamlKey(key);
		if (Array.isArray(value)) {
			const items = value as unknown[];
			if (items.length === 0) {
				out += `${k}: []\n`;
				continue;
			}
			out += `${k}:\n`;
			for (const item of items) {
				const text = scalar(item, key);
				out += text === "" ? "  -\n" : `  - ${text}\n`;
			}
			continue;
		}
		const text = scalar(value, key);
		out += text === "" ? `${k}:\n` : `${k}: ${text}\n`;
	}
	return out;
}

/** A whole note: frontmatter between fences, then the body. */
export function renderNote(frontmatter: Readonly<Record<string, unknown>>, body: string): string {
	return `---\n${renderFrontmatter(frontmatter)}---\n${body}`;
}

function scalar(value: unknown, key: string): string {
	if (value === null || value === undefined) return "";
	if (typeof value === "boolean") return value ? "true" : "false";
	if (typeof value === "number") {
		if (Number.isNaN(value)) return ".nan";
		if (!Number.isFinite(value)) return value > 0 ? ".inf" : "-.inf";
		return String(value);
	}
	if (typeof value === "string") return yamlString(value);
	throw new TypeError(`Cannot write the value of "${key}" as simple frontmatter`);
}

function yamlKey(key: string): string {
	return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) && !needsQuotes(key) ? key : quote(key);
}

/** Text as a YAML scalar: plain when safe, else double-quoted. */
export function yamlString(s: string): string {
	if (isPlainDate(s)) return s;
	return needsQuotes(s) ? quote(s) : s;
}

function isPlainDate(s: string): boolean {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
	return m !== null && isValidCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Words some YAML parser reads as a boolean or null (YAML 1.1 included). */
const RESERVED = /^(?:true|false|yes|no|on|off|y|n|null|~)$/i;
/** Anything that might read as a number, an infinity, a timestamp or a sexagesimal. */
const NUMBER_LIKE = /^[-+]?(?:\.?\d|\.(?:inf|nan)$)/i;
/** Characters that start YAML syntax when first. */
const INDICATOR_FIRST = /^[-?:,[\]{}#&*!|>'"%@`=<]/;
// eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
const NEEDS_ESCAPE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ud800-\udfff]/u;

function needsQuotes(s: string): boolean {
	if (s === "") return true;
	if (s !== s.trim()) return true;
	if (RESERVED.test(s) || NUMBER_LIKE.test(s) || INDICATOR_FIRST.test(s)) return true;
	if (s.includes(": ") || s.endsWith(":") || s.includes(" #")) return true;
	if (NEEDS_ESCAPE.test(s)) return true;
	// `.` alone, `...` and `---` are document markers or odd in some parsers.
	if (/^(?:\.+|-{3})/.test(s)) return true;
	return false;
}

/** A double-quoted YAML scalar: JSON escapes, plus the line and paragraph separators. */
function quote(s: string): string {
	return JSON.stringify(s).replace(/[\u2028\u2029\u0085\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
