/**
 * A tiny `{{placeholder}}` renderer for note templates and message drafts.
 *
 * - Names are matched case-insensitively and may hold letters, digits, `-` and
 *   `.`; spaces inside the braces around the name are allowed: `{{ contact.name }}`.
 * - A text value is inserted as it is. A list reads as a sentence: `a`, `a and b`,
 *   `a, b and c`. Adding `.list` to the name of any value (`{{topics.list}}`)
 *   renders it as a bullet list instead, one `- item` per line.
 * - A placeholder with no value (null, empty text, empty list) or with a name the
 *   values do not know is left in the text exactly as written, so the reader sees
 *   what is still to fill in, and its name is listed in `missing`.
 * - `\{{` writes a literal `{{` (the backslash is dropped and nothing is replaced).
 * - Values are inserted once: braces inside a value are never expanded again.
 *
 * When the text opens with a YAML frontmatter block (`---` … `---`), placeholders
 * inside it are rendered so that the YAML stays valid: a property whose whole
 * value is one placeholder gets a quoted scalar when needed, a list becomes a
 * block list, and a missing value leaves the property empty (still listed in
 * `missing`) rather than writing placeholder text into the note's properties.
 */

export type TemplateValue = string | readonly string[] | null | undefined;
export type TemplateValues = Readonly<Record<string, TemplateValue>>;

export interface RenderResult {
	text: string;
	/** Lower-cased names of placeholders left unfilled, in order of first use, without repeats. */
	missing: string[];
	/** The part of `missing` whose names the values did not know at all (likely typos). */
	unknown: string[];
}

const TOKEN = /\\\{\{|\{\{[ \t]*([A-Za-z0-9][A-Za-z0-9.-]*)[ \t]*\}\}/g;
const LIST_SUFFIX = ".list";

type Found = { kind: "text"; value: string } | { kind: "list"; items: string[]; bullets: boolean } | { kind: "missing"; unknown: boolean };

class Lookup {
	private readonly map = new Map<string, TemplateValue>();
	readonly missing: string[] = [];
	readonly unknown: string[] = [];

	constructor(values: TemplateValues) {
		for (const [key, value] of Object.entries(values)) this.map.set(key.trim().toLowerCase(), value);
	}

	find(rawName: string): Found {
		const name = rawName.toLowerCase();
		let found: Found;
		if (this.map.has(name)) found = classify(this.map.get(name), false);
		else if (name.endsWith(LIST_SUFFIX) && this.map.has(name.slice(0, -LIST_SUFFIX.length))) {
			found = classify(this.map.get(name.slice(0, -LIST_SUFFIX.length)), true);
		} else found = { kind: "missing", unknown: true };
		if (found.kind === "missing") {
			if (!this.missing.includes(name)) this.missing.push(name);
			if (found.unknown && !this.unknown.includes(name)) this.unknown.push(name);
		}
		return found;
	}
}

function classify(value: TemplateValue, bullets: boolean): Found {
	if (value === null || value === undefined) return { kind: "missing", unknown: false };
	if (typeof value === "string") {
		if (value.trim() === "") return { kind: "missing", unknown: false };
		return bullets ? { kind: "list", items: [value.trim()], bullets } : { kind: "text", value };
	}
	const items = value.map((v) => v.trim()).filter((v) => v !== "");
	if (items.length === 0) return { kind: "missing", unknown: false };
	return { kind: "list", items, bullets };
}

/**
 * `a`, `a and b`, `a, b, and c` (with the serial comma, so that an item with
 * "and" of its own, "ethics review and consent", still reads as one item);
 * empty entries are skipped.
 */
export function formatList(items: readonly string[]): string {
	const list = items.map((v) => v.trim()).filter((v) => v !== "");
	if (list.length <= 2) return list.join(" and ");
	return `${list.slice(0, -1).join(", ")}, and ${list[list.length - 1] ?? ""}`;
}

function asText(found: Found): string | null {
	if (found.kind === "text") return found.value;
	if (found.kind === "list") return found.bullets ? found.items.map((i) => `- ${i}`).join("\n") : formatList(found.items);
	return null;
}

function substitute(text: string, lookup: Lookup, escape: (value: string) => string = (v) => v): string {
	return text.replace(TOKEN, (whole: string, name: string | undefined) => {
		if (name === undefined) return "{{";
		const value = asText(lookup.find(name));
		return value === null ? whole : escape(value);
	});
}

/** Fills the placeholders of a template; see the module comment for the rules. */
export function renderTemplate(text: string, values: TemplateValues): RenderResult {
	const lookup = new Lookup(values);
	const fm = splitFrontmatter(text);
	const rendered = fm
		? fm.open + fm.lines.map((line) => renderYamlLine(line, lookup, fm.eol)).join(fm.eol) + fm.close + substitute(fm.rest, lookup)
		: substitute(text, lookup);
	return { text: rendered, missing: lookup.missing, unknown: lookup.unknown };
}

/** Lower-cased names of the placeholders a template uses (escaped ones excluded), without repeats. */
export function placeholdersIn(text: string): string[] {
	const names: string[] = [];
	for (const m of text.matchAll(TOKEN)) {
		const name = m[1]?.toLowerCase();
		if (name !== undefined && !names.includes(name)) names.push(name);
	}
	return names;
}

interface FrontmatterSplit {
	open: string;
	/** The line ending the block uses, kept for the lines rendering adds. */
	eol: string;
	lines: string[];
	close: string;
	rest: string;
}

function splitFrontmatter(text: string): FrontmatterSplit | null {
	const m = /^(\uFEFF?---[ \t]*\r?\n)([\s\S]*?)(\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$))/.exec(text);
	if (!m) {
		const empty = /^(\uFEFF?---[ \t]*\r?\n)((?:---|\.\.\.)[ \t]*(?:\r?\n|$))/.exec(text);
		if (!empty) return null;
		return { open: empty[1] ?? "", eol: "\n", lines: [], close: empty[2] ?? "", rest: text.slice(empty[0].length) };
	}
	const open = m[1] ?? "";
	const eol = open.endsWith("\r\n") ? "\r\n" : "\n";
	return { open, eol, lines: (m[2] ?? "").split(/\r?\n/), close: m[3] ?? "", rest: text.slice(m[0].length) };
}

const WHOLE_VALUE = /^(\s*(?:-|[^\s#:"'][^:#]*:))[ \t]*\{\{[ \t]*([A-Za-z0-9][A-Za-z0-9.-]*)[ \t]*\}\}[ \t]*$/;
const KEY_VALUE = /^(\s*(?:-|[^\s#:"'][^:#]*:)[ \t]+)(.*)$/;

function renderYamlLine(line: string, lookup: Lookup, eol: string): string {
	const whole = WHOLE_VALUE.exec(line);
	if (whole) {
		const prefix = whole[1] ?? "";
		const isItem = prefix.trim() === "-";
		const indent = /^\s*/.exec(prefix)?.[0] ?? "";
		const found = lookup.find(whole[2] ?? "");
		if (found.kind === "missing") return isItem ? `${indent}-` : prefix;
		if (found.kind === "text") return `${prefix} ${yamlScalar(found.value)}`;
		const items = found.items.map((i) => `- ${yamlScalar(i)}`);
		if (isItem) return items.map((i) => indent + i).join(eol);
		return [prefix, ...items.map((i) => `${indent}  ${i}`)].join(eol);
	}
	const kv = KEY_VALUE.exec(line);
	if (!kv) return substitute(line, lookup);
	const prefix = kv[1] ?? "";
	const value = kv[2] ?? "";
	if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
		return `${prefix}"${substitute(value.slice(1, -1), lookup, (v) => JSON.stringify(v).slice(1, -1))}"`;
	}
	if (value.length >= 2 && value.startsWith("'") && value.endsWith("'")) {
		return `${prefix}'${substitute(value.slice(1, -1), lookup, (v) => v.replace(/'/g, "''").replace(/\r?\n/g, " "))}'`;
	}
	const rendered = substitute(value, lookup);
	return rendered === value ? line : prefix + yamlScalar(rendered);
}

const RESERVED = /^(?:true|false|yes|no|on|off|null|y|n|~)$/i;
const NUMERIC = /^[-+]?(?:\.?\d[\d_]*(?:\.\d*)?(?:e[-+]?\d+)?|0x[0-9a-f]+|0o[0-7]+|\.inf|\.nan)$/i;

/** A YAML scalar for a text value: plain when that reads back as the same text (or as a whole number or a date), else double-quoted. */
export function yamlScalar(value: string): string {
	const v = value.trim();
	const plainSafe =
		/^[\p{L}\p{N}][\p{L}\p{N} _.,()/&+@'-]*(?::[^\s][\p{L}\p{N} _.,()/&+@'-]*)*$/u.test(v) &&
		!/\s$/.test(v) &&
		!RESERVED.test(v) &&
		(!NUMERIC.test(v) || /^(?:0|[1-9]\d{0,14})$/.test(v));
	return plainSafe ? v : JSON.stringify(v);
}
