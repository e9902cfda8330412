import { parseLink } from "./links";
import { linesOutsideCode } from "./note-links";
import type { CalendarDate } from "./types";

/**
 * Recognising notes the user already keeps (README, "Notes you already have"):
 * besides `type: contact` / `type: interview`, a note is adopted as one when it
 * lies in a recognised folder (sub-folders included), carries a recognised tag
 * (nested tags included, in the properties or the body), or has a recognised
 * property value (compared as links are, so `[[People]]` matches `People`).
 */
export interface AdoptRule {
	/** Folders, lower-cased, without leading or trailing slashes. */
	folders: readonly string[];
	/** Tags, lower-cased, without `#`. */
	tags: readonly string[];
	properties: readonly PropertyMatch[];
}

export interface PropertyMatch {
	name: string;
	value: string;
}

export interface Recognition {
	contact: AdoptRule;
	interview: AdoptRule;
	/** The link property an adopted interview takes its person from. */
	personProperty: string;
	/** The day recognition was turned on: adopted interviews dated before it yield no thank-you, thank-referrer or reach-out. */
	since: CalendarDate | null;
}

const NO_RULE: AdoptRule = Object.freeze({ folders: [], tags: [], properties: [] });

export const NO_RECOGNITION: Recognition = Object.freeze({ contact: NO_RULE, interview: NO_RULE, personProperty: "contact", since: null });

export type AdoptedKind = "contact" | "interview";

/** Whether any rule is set: without one no note is adopted and nothing more needs reading. */
export function recognitionActive(r: Recognition): boolean {
	return [r.contact, r.interview].some((rule) => rule.folders.length + rule.tags.length + rule.properties.length > 0);
}

/** Whether the recognition settings look at tags written in a note's body. */
export function readsTags(r: Recognition): boolean {
	return r.contact.tags.length + r.interview.tags.length > 0;
}

/**
 * The kind recognition gives a note, or null. `frontmatter` is the note's
 * properties ({} for none); `bodyTags` the tags of its body (with or without `#`).
 * A note whose `type` names anything is left to `type` (the caller reads
 * `contact` and `interview`; any other value means the note is something else).
 * When both rules match, the contact rule wins.
 */
export function adoptedKind(path: string, frontmatter: Record<string, unknown>, bodyTags: readonly string[], r: Recognition): AdoptedKind | null {
	if (saysType(frontmatter)) return null;
	if (!recognitionActive(r)) return null;
	const tags = [...propertyTags(frontmatter), ...bodyTags.map(normalTag)];
	if (matches(r.contact, path, frontmatter, tags)) return "contact";
	if (matches(r.interview, path, frontmatter, tags)) return "interview";
	return null;
}

/**
 * Whether a note's properties block, as written (`block`, its raw text), could
 * make the note a contact or an interview, so that it has to be parsed at all:
 * it mentions `type` (or holds an escape, which could spell it), or the
 * recognition settings could adopt the note (it lies in a recognised folder,
 * the block mentions a recognised property, or tags are recognised: the body
 * may carry one). A block that cannot is neither parsed nor reported.
 */
export function mayMakeRecord(path: string, block: string, r: Recognition): boolean {
	if (block.includes("type") || block.includes("\\")) return true;
	if (!recognitionActive(r)) return false;
	if (readsTags(r)) return true;
	if (inFolders(path, r.contact.folders) || inFolders(path, r.interview.folders)) return true;
	const names = [...r.contact.properties, ...r.interview.properties].map((p) => p.name.toLowerCase());
	if (names.length === 0) return false;
	const lower = block.toLowerCase();
	return names.some((name) => lower.includes(name));
}

function matches(rule: AdoptRule, path: string, fm: Record<string, unknown>, tags: readonly string[]): boolean {
	if (inFolders(path, rule.folders)) return true;
	if (rule.tags.some((want) => tags.some((t) => t === want || t.startsWith(`${want}/`)))) return true;
	return rule.properties.some((p) => propertyHolds(fm, p));
}

function inFolders(path: string, folders: readonly string[]): boolean {
	const lower = path.toLowerCase();
	return folders.some((f) => lower.startsWith(`${f}/`));
}

/** Whether a note's `type` holds any value (an empty `type: []` holds none). */
export function saysType(frontmatter: Record<string, unknown>): boolean {
	return hasValue(frontmatter.type);
}

function hasValue(v: unknown): boolean {
	if (v === null || v === undefined) return false;
	if (typeof v === "string") return v.trim() !== "";
	if (Array.isArray(v)) return v.some(hasValue);
	return true;
}

/** The tags of the properties `tags` (or `tag`): a list, or text separated by commas or spaces. */
function propertyTags(fm: Record<string, unknown>): string[] {
	const out: string[] = [];
	for (const key of ["tags", "tag", "Tags"]) {
		const v = fm[key];
		const items: unknown[] = Array.isArray(v) ? v : [v];
		for (const item of items) {
			if (typeof item !== "string") continue;
			for (const t of item.split(/[\s,]+/)) if (t.replace(/^#/, "") !== "") out.push(normalTag(t));
		}
	}
	return out;
}

function normalTag(tag: string): string {
	return tag.trim().replace(/^#/, "").toLowerCase();
}

function propertyHolds(fm: Record<string, unknown>, want: PropertyMatch): boolean {
	const key = want.name in fm ? want.name : Object.keys(fm).find((k) => k.toLowerCase() === want.name.toLowerCase());
	if (key === undefined) return false;
	const v = fm[key];
	const wanted = linkText(want.value);
	if (wanted === null) return false;
	const items: unknown[] = Array.isArray(v) && !isNestedLink(v) ? v : [v];
	return items.some((item) => {
		const have = linkText(typeof item === "number" || typeof item === "boolean" ? String(item) : item);
		return have !== null && (have === wanted || have.endsWith(`/${wanted}`) || wanted.endsWith(`/${have}`));
	});
}

/** An unquoted `[[X]]`, which YAML reads as a list holding a list. */
function isNestedLink(v: unknown[]): boolean {
	return v.length === 1 && Array.isArray(v[0]);
}

function linkText(v: unknown): string | null {
	const link = parseLink(v);
	return link === null ? null : link.target.toLowerCase();
}

/** A tag as Obsidian reads one in a body: `#` after a space or the line's start, then letters, digits, `_`, `-`, `/` (not digits alone). */
const BODY_TAG = /(?:^|\s)#([\p{L}\p{N}_\-/]+)/gu;

/** The tags written in a note's body, outside code, lower-cased and without `#`. */
export function bodyTags(body: string): string[] {
	const out: string[] = [];
	for (const line of linesOutsideCode(body)) {
		for (const m of line.matchAll(BODY_TAG)) {
			const tag = (m[1] ?? "").toLowerCase();
			if (!/^[\d/]*$/.test(tag)) out.push(tag);
		}
	}
	return out;
}

/** The recognition settings as the user types them, one text per row of the settings tab. */
export interface RecognitionTexts {
	/** Folders, comma-separated, whose notes are contacts. */
	contactFolders: string;
	/** Tags, comma-separated, that make a note a contact. */
	contactTags: string;
	/** `property: value` pairs, comma-separated, that make a note a contact. */
	contactProperty: string;
	interviewFolders: string;
	interviewTags: string;
	interviewProperty: string;
	/** The link property an adopted interview names its person in. */
	personProperty: string;
}

export type RecognitionTextKey = keyof RecognitionTexts;

/** Reads one row: the parsed values, or a message saying what is wrong with what was typed. */
interface ReadRow {
	folders?: string[];
	tags?: string[];
	properties?: PropertyMatch[];
	name?: string;
}

export function readRecognitionText(key: RecognitionTextKey, text: string): (ReadRow & { ok: true }) | { ok: false; message: string } {
	const items = text
		.split(",")
		.map((s) => s.trim())
		.filter((s) => s !== "");
	if (key === "contactFolders" || key === "interviewFolders") {
		return { ok: true, folders: items.map((f) => f.replace(/\\/g, "/").replace(/^\/+|\/+$/g, "").toLowerCase()).filter((f) => f !== "") };
	}
	if (key === "contactTags" || key === "interviewTags") {
		const spaced = items.find((t) => /\s/.test(t));
		if (spaced !== undefined) return { ok: false, message: `A tag has no spaces: "${spaced}". Separate tags with commas.` };
		const bad = items.find((t) => !/^#?[\p{L}\p{N}_\-/]+$/u.test(t) || /^#?[\d/]+$/.test(t));
		if (bad !== undefined) return { ok: false, message: `"${bad}" is not a tag: use letters, digits, _, - and / (not digits alone).` };
		return { ok: true, tags: items.map(normalTag) };
	}
	if (key === "personProperty") {
		const name = text.trim();
		if (/[:\n]/.test(name)) return { ok: false, message: "Write one property name, without a colon." };
		return { ok: true, name: name === "" ? "contact" : name };
	}
	const properties: PropertyMatch[] = [];
	for (const item of items) {
		const colon = item.indexOf(":");
		const name = colon < 0 ? "" : item.slice(0, colon).trim();
		const value = colon < 0 ? "" : item.slice(colon + 1).trim();
		if (name === "" || value === "" || parseLink(value) === null) {
			return { ok: false, message: `Write a property and its value, like categories: [[People]] (found "${item}").` };
		}
		properties.push({ name, value });
	}
	return { ok: true, properties };
}

/** The recognition the settings describe; rows that cannot be read count as empty (the settings tab says why). */
export function recognitionFrom(texts: RecognitionTexts, since: CalendarDate | null): Recognition {
	const read = (key: RecognitionTextKey): ReadRow => {
		const r = readRecognitionText(key, texts[key]);
		return r.ok ? r : {};
	};
	return {
		contact: { folders: read("contactFolders").folders ?? [], tags: read("contactTags").tags ?? [], properties: read("contactProperty").properties ?? [] },
		interview: { folders: read("interviewFolders").folders ?? [], tags: read("interviewTags").tags ?? [], properties: read("interviewProperty").properties ?? [] },
		personProperty: read("personProperty").name ?? "contact",
		since,
	};
}

/** One recognition rule of a kind on its own (a folder, a tag or a property), with a label for a person. */
export interface SingleRule {
	label: string;
	recognition: Recognition;
}

/** Each folder, tag and property of `kind`'s rule apart, for "Mark as contact/interview" to offer one at a time. */
export function singleRules(r: Recognition, kind: AdoptedKind): SingleRule[] {
	const rule = r[kind];
	const only = (part: Partial<AdoptRule>): Recognition => ({ ...r, contact: NO_RULE, interview: NO_RULE, [kind]: { ...NO_RULE, ...part } });
	return [
		...rule.folders.map((f) => ({ label: `Notes in the folder ${f}`, recognition: only({ folders: [f] }) })),
		...rule.tags.map((t) => ({ label: `Notes tagged #${t}`, recognition: only({ tags: [t] }) })),
		...rule.properties.map((p) => ({ label: `Notes with ${p.name}: ${p.value}`, recognition: only({ properties: [p] }) })),
	];
}
