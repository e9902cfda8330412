import { freeName, joinVaultPath, safeFileName } from "./filenames";
import { baseName } from "./links";
import type { CalendarDate } from "./types";

/**
 * Planning a contact import, whatever the source (LinkedIn's Connections.csv,
 * a phone's or Google's vCard export): which people get a new contact note,
 * where, and who is skipped because the vault already knows them. Pure: the
 * command line and the plugin each write the plan their own way, and neither
 * ever overwrites a file.
 */

/** One person read from an export, with the note that would be written for them. */
export interface ImportedPerson {
	/** Full name as the export gives it: the note is named after it. */
	name: string;
	/** Profile address, used to recognise the person; null when unknown. */
	linkedin: string | null;
	/** Email address, used to recognise the person; null when unknown. */
	email: string | null;
	frontmatter: Record<string, unknown>;
	body: string;
}

/** What a source reader found in an export. */
export interface ImportRead {
	people: ImportedPerson[];
	/** Entries that are not imported; `row` is the line of the file where the entry starts (1-based). */
	skipped: { row: number; reason: string }[];
	/** What could not be read; people are still imported when only a detail is wrong. */
	problems: string[];
}

export interface ExistingContact {
	/** The contact note's name (a path is accepted: its file name is used). */
	name: string;
	linkedin: string | null;
	email?: string | null;
}

interface PlannedNote {
	path: string;
	name: string;
	frontmatter: Record<string, unknown>;
	body: string;
}

export interface ImportPlan {
	create: PlannedNote[];
	skip: { name: string; reason: string; existing?: string }[];
}

/**
 * What importing would do, without touching anything: a note per new person,
 * and who is skipped because a contact already has their LinkedIn address,
 * their email or their name (ignoring case and accents), or because the export
 * lists them twice. `exists` tells whether a vault path is taken.
 */
export function planContactNotes(
	people: readonly ImportedPerson[],
	existing: readonly ExistingContact[],
	folder: string,
	exists: (path: string) => boolean,
): ImportPlan {
	const plan: ImportPlan = { create: [], skip: [] };
	const byUrl = new Map<string, string>();
	const byEmail = new Map<string, string>();
	const byName = new Map<string, string>();
	const remember = (map: Map<string, string>, key: string, name: string) => {
		if (key !== "" && !map.has(key)) map.set(key, name);
	};
	for (const c of existing) {
		const name = baseName(c.name);
		remember(byUrl, c.linkedin ? normalizeLinkedInUrl(c.linkedin) : "", name);
		remember(byEmail, emailKey(c.email), name);
		remember(byName, nameKey(name), name);
	}
	const seenUrls = new Set<string>();
	const seenEmails = new Set<string>();
	/** Name key → whether a person of that name had nothing (no profile, no email) to tell them apart. */
	const seenNames = new Map<string, boolean>();
	const taken = new Set<string>();
	const isTaken = (path: string) => taken.has(path.toLowerCase()) || exists(path);

	for (const person of people) {
		const url = person.linkedin ? normalizeLinkedInUrl(person.linkedin) : "";
		const email = emailKey(person.email);
		const anonymous = url === "" && email === "";
		const keys = [nameKey(person.name), nameKey(safeFileName(person.name))];
		const sameUrl = url === "" ? undefined : byUrl.get(url);
		const sameEmail = email === "" ? undefined : byEmail.get(email);
		const sameName = keys.map((k) => byName.get(k)).find((n) => n !== undefined);
		const match = sameUrl ?? sameEmail ?? sameName;
		if (match !== undefined) {
			const reason =
				sameUrl !== undefined
					? "a contact has the same LinkedIn profile"
					: sameEmail !== undefined
						? "a contact has the same email address"
						: "a contact has the same name";
			plan.skip.push({ name: person.name, reason, existing: match });
		} else if (
			(url !== "" && seenUrls.has(url)) ||
			(email !== "" && seenEmails.has(email)) ||
			keys.some((k) => seenNames.get(k) === true || (seenNames.has(k) && anonymous))
		) {
			// Same profile or email twice, or the same name where one of them has nothing to tell them apart.
			plan.skip.push({ name: person.name, reason: "listed more than once in the export" });
		} else {
			const path = freeName(joinVaultPath(folder, person.name), isTaken);
			taken.add(path.toLowerCase());
			plan.create.push({ path, name: person.name, frontmatter: person.frontmatter, body: person.body });
		}
		if (url !== "") seenUrls.add(url);
		if (email !== "") seenEmails.add(email);
		for (const k of keys) seenNames.set(k, seenNames.get(k) === true || anonymous);
	}
	return plan;
}

/**
 * The body of an imported contact note: where it came from and when, what to
 * fill in next, and a Notes section holding `notes` (the card's NOTE) if any.
 */
export function importedNoteBody(source: string, today: CalendarDate, notes = ""): string {
	const intro =
		`Imported from ${source} on ${today}. Say how you know them under relationship, ` +
		"and the field they work in, before you ask for a conversation.\n\n## Notes\n\n";
	const text = notes.replace(/\r\n?/g, "\n").trim();
	return text === "" ? intro : `${intro}${text}\n`;
}

/** `HTTPS://www.LinkedIn.com/in/Jane-Doe/?trk=x` → `linkedin.com/in/jane-doe`. */
export function normalizeLinkedInUrl(url: string): string {
	let u = url.trim().toLowerCase();
	try {
		u = decodeURIComponent(u);
	} catch {
		// keep it encoded
	}
	u = u.replace(/^[a-z][a-z0-9+.-]*:\/\//, "").replace(/[?#].*$/, "");
	u = u.replace(/^www\./, "").replace(/^[a-z]{2}\.linkedin\.com\//, "linkedin.com/");
	return u.replace(/\/+$/, "");
}

/** Whether an address is a LinkedIn page (`linkedin.com`, `www.` or a country prefix, any scheme or none). */
export function isLinkedInUrl(url: string): boolean {
	return /^([a-z][a-z0-9+.-]*:\/\/)?([a-z0-9-]+\.)*linkedin\.com(\/|$)/i.test(url.trim());
}

/** `Mailto:Jane@Example.com ` → `jane@example.com`; "" when there is none. */
export function emailKey(email: string | null | undefined): string {
	return (email ?? "").trim().replace(/^mailto:/i, "").toLowerCase();
}

/** Case- and accent-insensitive: `José  Ñúñez` and `jose nunez` match. */
function nameKey(name: string): string {
	return name.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}
