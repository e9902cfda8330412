import { freeName, joinVaultPath, safeFileName } from "./filenames";
import type { LinkedInPerson } from "./linkedin-csv";
import { levelFromTitle } from "./levels";
import { baseName } from "./links";
import type { CalendarDate } from "./types";

/**
 * Planning a LinkedIn import: which people of the export get a contact note,
 * under which name, and who is skipped. Reading the CSV is linkedin-csv.ts.
 */

export interface ExistingContact {
	/** The contact note's name (a path is accepted: its file name is used). */
	name: string;
	linkedin: string | null;
}

export interface PlannedNote {
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
 * and who is skipped because a contact already has their LinkedIn URL or their
 * name (ignoring case and accents), or because the export lists them twice.
 * `exists` tells whether a vault path is taken; `today` dates the note's body.
 */
export function planImport(
	people: readonly LinkedInPerson[],
	existing: readonly ExistingContact[],
	folder: string,
	exists: (path: string) => boolean,
	today: CalendarDate,
): ImportPlan {
	const plan: ImportPlan = { create: [], skip: [] };
	const byUrl = new Map<string, string>();
	const byName = new Map<string, string>();
	for (const c of existing) {
		const name = baseName(c.name);
		const url = c.linkedin ? normalizeLinkedInUrl(c.linkedin) : "";
		if (url !== "" && !byUrl.has(url)) byUrl.set(url, name);
		const key = nameKey(name);
		if (key !== "" && !byName.has(key)) byName.set(key, name);
	}
	const seenUrls = new Set<string>();
	const seenNames = new Map<string, boolean>();
	const taken = new Set<string>();
	const isTaken = (path: string) => taken.has(path.toLowerCase()) || exists(path);

	for (const person of people) {
		const url = person.url ? normalizeLinkedInUrl(person.url) : "";
		const keys = [nameKey(person.fullName), nameKey(safeFileName(person.fullName))];
		const sameUrl = url === "" ? undefined : byUrl.get(url);
		const sameName = keys.map((k) => byName.get(k)).find((n) => n !== undefined);
		if (sameUrl !== undefined || sameName !== undefined) {
			const reason = sameUrl !== undefined ? "a contact has the same LinkedIn profile" : "a contact has the same name";
			plan.skip.push({ name: person.fullName, reason, existing: sameUrl ?? sameName });
		} else if ((url !== "" && seenUrls.has(url)) || keys.some((k) => seenNames.get(k) === true || (seenNames.has(k) && url === ""))) {
			// Same profile twice, or the same name where one of them has no profile to tell them apart.
			plan.skip.push({ name: person.fullName, reason: "listed more than once in the export" });
		} else {
			const base = joinVaultPath(folder, person.fullName).slice(0, -3);
			const path = freeName(base, isTaken);
			taken.add(path.toLowerCase());
			plan.create.push({ path, name: person.fullName, frontmatter: contactFrontmatter(person), body: contactBody(today) });
		}
		if (url !== "") seenUrls.add(url);
		for (const k of keys) seenNames.set(k, seenNames.get(k) === true || url === "");
	}
	return plan;
}

/**
 * Every key a contact uses is written, empty when unknown: Obsidian's Properties
 * then shows the same fields on every imported contact, ready to fill in, and an
 * empty (null) value keeps its property type, where `""` or a placeholder word
 * would be read as a value by Properties, Dataview and Bases alike.
 */
function contactFrontmatter(person: LinkedInPerson): Record<string, unknown> {
	return {
		type: "contact",
		organization: person.company,
		role: person.position,
		level: levelFromTitle(person.position),
		field: null,
		relationship: null,
		linkedin: person.url,
		email: person.email,
		connected: person.connectedOn,
		status: "active",
	};
}

function contactBody(today: CalendarDate): string {
	return (
		`Imported from LinkedIn on ${today}. Say how you know them under relationship, ` +
		"and the field they work in, before you ask for a conversation.\n\n## Notes\n\n"
	);
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

/** Case- and accent-insensitive: `José  Ñúñez` and `jose nunez` match. */
function nameKey(name: string): string {
	return name.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}
