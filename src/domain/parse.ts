import { parseCadence } from "./cadence";
import { describe, parseDateValue, unwrapNestedLink } from "./dates";
import { baseName, linkNameProblem, parseLink, readLinkList } from "./links";
import { PROP } from "./properties";
import { adoptedKind, NO_RECOGNITION, type Recognition } from "./recognition";
import {
	CONTACT_LEVELS,
	CONTACT_STATUSES,
	INTERVIEW_STATUSES,
	type CalendarDate,
	type Contact,
	type ContactLevel,
	type ContactStatus,
	type Ended,
	type Interview,
	type InterviewStatus,
	type NoteRecord,
	type Problem,
} from "./types";

export type NoteKind = "contact" | "interview";

export interface ParseResult {
	/** The typed record, or null when the note is not a contact or an interview. */
	record: NoteRecord | null;
	problems: Problem[];
}

type Frontmatter = Record<string, unknown>;

/** The plugin's `type` of a frontmatter object (matched case-insensitively), or null. */
function noteKind(frontmatter: unknown): NoteKind | null {
	if (!isObject(frontmatter)) return null;
	const t = frontmatter[PROP.type];
	const text = typeof t === "string" ? t : Array.isArray(t) && t.length === 1 && typeof t[0] === "string" ? t[0] : null;
	if (text === null) return null;
	const k = text.trim().toLowerCase();
	return k === "contact" || k === "interview" ? k : null;
}

function isObject(v: unknown): v is Frontmatter {
	return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

/**
 * Reads one note's frontmatter into a typed record. Never throws: whatever
 * cannot be read becomes a problem naming the note and the property, and that
 * property is left out (and listed in `unreadable`).
 */
export function parseNote(path: string, frontmatter: unknown, recognition: Recognition = NO_RECOGNITION, bodyTags: readonly string[] = []): ParseResult {
	const fm = frontmatter === undefined || frontmatter === null ? {} : frontmatter;
	if (!isObject(fm)) return { record: null, problems: [] };
	const typed = noteKind(fm);
	const kind = typed ?? adoptedKind(path, fm, bodyTags, recognition);
	if (kind === null) return { record: null, problems: [] };
	const reader = new Reader(path, fm, typed === null);
	const record = kind === "contact" ? readContact(reader) : readInterview(reader, recognition);
	return { record, problems: reader.problems };
}

/** Whether a note is a contact or an interview, by its `type` or by recognition. */
export function recordKind(path: string, frontmatter: unknown, recognition: Recognition, bodyTags: readonly string[] = []): NoteKind | null {
	const fm = frontmatter === undefined || frontmatter === null ? {} : frontmatter;
	if (!isObject(fm)) return null;
	return noteKind(fm) ?? adoptedKind(path, fm, bodyTags, recognition);
}

/** The `unreadable` of a note whose properties all read: one shared empty set, not one per note (never added to). */
const ALL_READ: ReadonlySet<string> = new Set<string>();

class Reader {
	readonly problems: Problem[] = [];
	readonly unreadable = new Set<string>();
	readonly name: string;
	constructor(
		readonly path: string,
		readonly fm: Frontmatter,
		/** Recognised without `type`: a `status` of the user's own is theirs, not a problem. */
		readonly adopted = false,
	) {
		this.name = baseName(path);
		this.values = new Map();
		for (const k in fm) if (Object.prototype.hasOwnProperty.call(fm, k)) this.values.set(k, fm[k]);
	}

	/** The note's own properties: a Map answers "absent" quickly, where an object of a rare shape does not. */
	private readonly values: Map<string, unknown>;

	/** Whether the note has a value for `key` (an empty value counts as none). */
	has(key: string): boolean {
		return this.present(key) !== undefined;
	}

	private present(key: string): unknown {
		const v = this.values.get(key);
		if (v === null || v === undefined) return undefined;
		if (typeof v === "string" && v.trim() === "") return undefined;
		if (Array.isArray(v) && v.length === 0) return undefined;
		return v;
	}

	problem(key: string | null, message: string): void {
		this.problems.push({ note: this.path, property: key, message });
		if (key !== null) this.unreadable.add(key);
	}

	text(key: string): string | null {
		const v = unwrapNestedLink(this.present(key));
		if (v === undefined) return null;
		if (typeof v === "string") return v.trim();
		if (typeof v === "number" || typeof v === "boolean") return String(v);
		if (Array.isArray(v) && v.every((x) => typeof x === "string" || typeof x === "number")) return v.join(", ");
		this.problem(key, `expected text, found ${describe(v)}`);
		return null;
	}

	/** Text alone (a number is read as text): a list, a group of properties or yes/no is a problem. */
	plainText(key: string): string | null {
		const v = unwrapNestedLink(this.present(key));
		if (v === undefined) return null;
		if (typeof v === "string") return v.trim();
		if (typeof v === "number") return String(v);
		this.problem(key, `expected text, found ${describe(v)}`);
		return null;
	}

	/** One of `early-career`, `mid-career`, `senior`; spaces, hyphens, underscores and case do not matter. */
	level(): ContactLevel | null {
		const v = this.present(PROP.level);
		if (v === undefined) return null;
		const key = typeof v === "string" ? v.trim().toLowerCase().replace(/[\s_-]+/g, "-") : null;
		const found = CONTACT_LEVELS.find((l) => l === key);
		if (found) return found;
		this.problem(PROP.level, `unknown level ${describe(v)}: use one of ${CONTACT_LEVELS.join(", ")}`);
		return null;
	}

	textList(key: string): string[] {
		const v = this.present(key);
		if (v === undefined) return [];
		const items: unknown[] = Array.isArray(v) ? v : [v];
		const out: string[] = [];
		for (const item of items) {
			const inner = unwrapNestedLink(item);
			if (typeof inner === "string" || typeof inner === "number") {
				const s = String(inner).trim();
				if (s !== "") out.push(s);
			} else if (Array.isArray(item) && item.length === 1 && typeof item[0] === "string") {
				out.push(`[[${item[0]}]]`);
			} else if (inner !== null && inner !== undefined) {
				this.problem(key, `expected a list of text, found ${describe(inner)} in it`);
				return out;
			}
		}
		return out;
	}

	date(key: string): { date: CalendarDate; time: string | null } | null {
		const v = this.present(key);
		if (v === undefined) return null;
		const r = parseDateValue(v);
		if (r.ok) return r.value;
		this.problem(key, r.message);
		return null;
	}

	/** A date that ends a step; `true`/`yes`/`done` count as done on an unknown day, `false`/`no` as not done. */
	ended(key: string): Ended {
		const v = this.present(key);
		if (typeof v === "boolean") return v ? true : null;
		if (typeof v === "string") {
			const t = v.trim().toLowerCase();
			if (t === "yes" || t === "true" || t === "done" || t === "sent") return true;
			if (t === "no" || t === "false") return null;
		}
		return this.day(key);
	}

	day(key: string): CalendarDate | null {
		return this.date(key)?.date ?? null;
	}

	link(key: string) {
		const v = this.present(key);
		if (v === undefined) return null;
		const link = parseLink(v);
		if (link === null) {
			// "[[#Heading]]" and the like: text that is a link to no one.
			if (typeof unwrapNestedLink(v) === "string") this.problem(key, `${describe(unwrapNestedLink(v))} names no one: write a link like [[Jane Doe]]`);
			else this.problem(key, `expected a link like [[Jane Doe]], found ${describe(v)}`);
			return null;
		}
		const problem = linkNameProblem(link);
		if (problem === null) return link;
		this.problem(key, `${describe(unwrapNestedLink(v))} ${problem}: write a link like [[Jane Doe]]`);
		return null;
	}

	/** A link, or the first of a list of links (a meeting note's `people: ["[[Ann]]", "[[Bo]]"]`). */
	firstLink(key: string) {
		const v = this.present(key);
		if (Array.isArray(v) && v.length > 0 && !Array.isArray(v[0])) {
			const first = this.links(key)[0];
			return first ?? null;
		}
		return this.link(key);
	}

	/** The links that name someone; each one that does not is a problem (the others still count). */
	links(key: string) {
		const v = this.present(key);
		if (v === undefined) return [];
		const { links, refused } = readLinkList(v);
		for (const r of refused) this.problem(key, `${describe(unwrapNestedLink(r.written))} ${r.problem}: write a link like [[Jane Doe]]`);
		return links;
	}

	count(key: string): number | null {
		const v = this.present(key);
		if (v === undefined) return null;
		const n = typeof v === "number" ? v : typeof v === "string" && /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
		if (!Number.isInteger(n) || n < 0) {
			this.problem(key, `expected a whole number, found ${describe(v)}`);
			return null;
		}
		return n;
	}

	minutes(key: string): number | null {
		const v = this.present(key);
		if (v === undefined) return null;
		const m = typeof v === "number" ? [String(v), String(v)] : typeof v === "string" ? /^\s*(\d+(?:\.\d+)?)\s*(?:m|min|mins|minutes?)?\s*$/i.exec(v) : null;
		const n = m ? Number(m[1]) : NaN;
		if (!Number.isFinite(n) || n <= 0) {
			this.problem(key, `expected a number of minutes, found ${describe(v)}`);
			return null;
		}
		return n;
	}

	status<S extends string>(allowed: readonly S[]): { value: S | null; unknown: boolean } {
		const v = this.present(PROP.status);
		if (v === undefined) return { value: null, unknown: false };
		const text = typeof v === "string" ? v.trim().toLowerCase().replace(/[\s_]+/g, "-") : null;
		const found = allowed.find((s) => s === text);
		if (found) return { value: found, unknown: false };
		if (this.adopted) return { value: null, unknown: false };
		this.problem(PROP.status, `unknown status ${describe(v)}: use one of ${allowed.join(", ")}`);
		return { value: null, unknown: true };
	}
}

function readContact(r: Reader): Contact {
	const status = r.status<ContactStatus>(CONTACT_STATUSES);
	const cadenceValue = r.fm[PROP.keepInTouch];
	let keepInTouch = null;
	if (cadenceValue !== null && cadenceValue !== undefined && cadenceValue !== "") {
		const c = parseCadence(cadenceValue);
		if (c.ok) keepInTouch = c.value;
		else r.problem(PROP.keepInTouch, c.message);
	}
	return {
		kind: "contact",
		path: r.path,
		name: r.name,
		organization: r.text(PROP.organization),
		role: r.text(PROP.role),
		fields: uniqueCaseless(r.textList(PROP.field)),
		email: r.text(PROP.email),
		phone: r.text(PROP.phone),
		linkedin: r.text(PROP.linkedin),
		relationship: r.text(PROP.relationship),
		referredBy: r.link(PROP.referredBy),
		lastContact: r.day(PROP.lastContact),
		keepInTouch,
		snoozeUntil: r.day(PROP.snoozeUntil),
		// An unknown contact status is reported; the contact is then treated as active.
		status: status.value ?? "active",
		level: r.level(),
		unreadable: r.unreadable.size === 0 ? ALL_READ : r.unreadable,
	};
}

function readInterview(r: Reader, recognition: Recognition): Interview {
	// Prepared: written before the request is sent. Only then does `created` matter (and get checked).
	const prepared = !r.has(PROP.status) && !r.has(PROP.requested) && !r.has(PROP.date);
	const created = prepared ? r.day(PROP.created) : null;
	const status = r.status<InterviewStatus>(INTERVIEW_STATUSES);
	const when = r.date(PROP.date);
	if (status.value === "requested" && when !== null) {
		// No rule covers this state: a nudge needs no date, the rest need `scheduled`. Say so.
		r.problems.push({
			note: r.path,
			property: PROP.status,
			message: 'Still "requested" although a date is set: set the status to scheduled (or done) so that confirming and thanking come up',
		});
	}
	return {
		kind: "interview",
		path: r.path,
		name: r.name,
		contact: r.adopted ? r.firstLink(recognition.personProperty) : r.link(PROP.contact),
		status: status.value,
		statusUnknown: status.unknown,
		requested: r.day(PROP.requested),
		date: when?.date ?? null,
		time: when?.time ?? null,
		format: r.plainText(PROP.format),
		duration: r.minutes(PROP.duration),
		location: r.plainText(PROP.location),
		created,
		prepared,
		confirmed: r.ended(PROP.confirmed),
		thankYouSent: r.ended(PROP.thankYouSent),
		referrerThanked: r.ended(PROP.referrerThanked),
		nudged: r.day(PROP.nudged),
		nudges: r.count(PROP.nudges) ?? 0,
		topics: r.textList(PROP.topics),
		referrals: r.links(PROP.referrals),
		notPursued: r.links(PROP.notPursued),
		snoozeUntil: r.day(PROP.snoozeUntil),
		...(r.adopted && predatesAdoption(recognition.since, when?.date ?? null, prepared, created) ? { predatesAdoption: true as const } : {}),
		unreadable: r.unreadable.size === 0 ? ALL_READ : r.unreadable,
	};
}

/**
 * Whether an adopted interview comes from before recognition was turned on
 * (`since`): dated before that day, or, with no date and nothing sent, made
 * before it (`created` earlier or missing), so that old meeting notes ask for
 * nothing. Never, when the day is not known.
 */
function predatesAdoption(since: CalendarDate | null, date: CalendarDate | null, prepared: boolean, created: CalendarDate | null): boolean {
	if (since === null) return false;
	if (date !== null) return date < since;
	return prepared && (created === null || created < since);
}

function uniqueCaseless(values: string[]): string[] {
	const seen = new Set<string>();
	return values.filter((v) => {
		const k = v.toLowerCase();
		if (seen.has(k)) return false;
		seen.add(k);
		return true;
	});
}
