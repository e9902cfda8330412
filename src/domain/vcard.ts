import ICAL from "ical.js";
import { importedNoteBody, isLinkedInUrl, type ImportedPerson, type ImportRead } from "./contact-import";
import { levelFromTitle } from "./levels";
import { PROP } from "./properties";
import type { CalendarDate } from "./types";
import { cardText, splitCards, type CardLines, type LogicalLine } from "./vcard-lines";

/**
 * Contacts exported from a phone or an address book as a `.vcf` file: vCard
 * 2.1 (Android), 3.0 (iOS, Google Contacts) and 4.0. ical.js reads each card's
 * properties — parameters, escapes, structured N and ORG, both design sets —
 * after vcard-lines.ts has found the cards and brought 2.1 into 3.0 syntax.
 *
 * Mapping: FN (or the parts of N) → the note's name, ORG → organization,
 * TITLE → role and a guessed level, the preferred or first EMAIL → email, the
 * preferred, mobile or first TEL → phone, a URL (or iOS's X-SOCIALPROFILE) on
 * linkedin.com → linkedin, NOTE → the note's body. A card without a name is
 * skipped and reported.
 */

/** The properties read; every other line of a card (photos included) is dropped before parsing. */
const READ = new Set(["FN", "N", "ORG", "TITLE", "EMAIL", "TEL", "URL", "X-SOCIALPROFILE", "NOTE"]);

export interface VCardRead extends ImportRead {
	/** False when the text holds no card at all. */
	isVCard: boolean;
}

export function parseVCards(text: string, today: CalendarDate): VCardRead {
	const split = splitCards(text, READ);
	const out: VCardRead = { isVCard: split.found, people: [], skipped: [], problems: split.problems };
	for (const card of split.cards) {
		const component = readComponent(card, out.problems);
		const person = readCard(component, today);
		if (typeof person === "string") out.skipped.push({ row: card.line, reason: person });
		else out.people.push(person);
	}
	return out;
}

/**
 * The card through ical.js. ical.js refuses a whole card for one line it
 * cannot read (an empty parameter name, say); then each line is tried alone
 * and only the unreadable ones are left out and reported.
 */
function readComponent(card: CardLines, problems: string[]): ICAL.Component {
	const parse = (lines: readonly LogicalLine[]) => new ICAL.Component(ICAL.parse(cardText(card.version, lines)) as unknown[]);
	try {
		return parse(card.properties);
	} catch {
		const readable = card.properties.filter((p) => {
			try {
				parse([p]);
				return true;
			} catch (e) {
				problems.push(`Line ${p.line}: ${e instanceof Error ? e.message : String(e)}; the line was ignored`);
				return false;
			}
		});
		return parse(readable);
	}
}

/** The person a card describes, or why it is skipped. */
function readCard(card: ICAL.Component, today: CalendarDate): ImportedPerson | string {
	const organization = structured(card.getFirstPropertyValue("org")).find((part) => part !== "") ?? null;
	const name = fullName(card);
	if (name === "") return organization === null ? "no name" : `no name (a card for ${organization})`;
	const role = textOf(card.getFirstPropertyValue("title"));
	const email = chosen(card.getAllProperties("email"), () => false);
	const phone = chosen(card.getAllProperties("tel"), (types) => types.includes("cell") || types.includes("mobile"))?.replace(/^tel:/i, "") ?? null;
	const linkedin = [...card.getAllProperties("url"), ...card.getAllProperties("x-socialprofile")]
		// Google Contacts escapes the colon of a URL (`https\://…`); the escape means nothing in an address.
		.map((p) => (textOf(p.getFirstValue()) ?? "").replace(/\\([:,;\\])/g, "$1"))
		.find(isLinkedInUrl);
	const notes = card
		.getAllProperties("note")
		.map((p) => textOf(p.getFirstValue()))
		.filter((n): n is string => n !== null);
	return {
		name,
		linkedin: linkedin === undefined ? null : withScheme(linkedin),
		email,
		frontmatter: {
			[PROP.type]: "contact",
			[PROP.organization]: organization,
			[PROP.role]: role,
			[PROP.level]: levelFromTitle(role),
			[PROP.field]: null,
			[PROP.relationship]: null,
			[PROP.linkedin]: linkedin === undefined ? null : withScheme(linkedin),
			[PROP.email]: email,
			[PROP.phone]: phone,
			[PROP.status]: "active",
		},
		body: importedNoteBody("a vCard file", today, notes.join("\n\n")),
	};
}

/** FN, or when it is empty the given, middle and family names from N (titles and suffixes left out). */
function fullName(card: ICAL.Component): string {
	const fn = clean(textOf(card.getFirstPropertyValue("fn")) ?? "");
	if (fn !== "") return fn;
	const [family = "", given = "", middle = ""] = structured(card.getFirstPropertyValue("n"));
	return [given, middle, family].filter((p) => p !== "").join(" ");
}

/**
 * The value of the preferred property — PREF=1 (4.0, the lowest number wins)
 * or TYPE=pref (2.1, 3.0) — else of the first that `second` picks by its
 * types, else the first.
 */
function chosen(props: ICAL.Property[], second: (types: string[]) => boolean): string | null {
	const readable = props
		.map((p) => ({ value: textOf(p.getFirstValue()), types: params(p, "type"), pref: Number(params(p, "pref")[0] ?? NaN) }))
		.filter((p): p is { value: string; types: string[]; pref: number } => p.value !== null);
	const ranked = readable.filter((p) => p.pref > 0).sort((a, b) => a.pref - b.pref);
	const best = ranked[0] ?? readable.find((p) => p.types.includes("pref")) ?? readable.find((p) => second(p.types)) ?? readable[0];
	return best?.value ?? null;
}

/** A parameter's values in lower case, `TYPE=a,b` and `TYPE=a;TYPE=b` alike. */
function params(prop: ICAL.Property, name: string): string[] {
	const raw = prop.getParameter(name) as unknown;
	const list = Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw];
	return list.flatMap((v) => String(v).split(",")).map((v) => v.trim().toLowerCase());
}

/** The parts of N or ORG as text; a part holding several values (`Jane,Mary`) is joined with spaces. */
function structured(value: unknown): string[] {
	if (typeof value === "string") return [clean(value)];
	if (!Array.isArray(value)) return [];
	return value.map((part) => clean(Array.isArray(part) ? part.map(String).join(" ") : String(part ?? "")));
}

/** Text with `\;` unescaped (ical.js leaves it in single values), or null when empty. */
function textOf(value: unknown): string | null {
	if (typeof value !== "string") return null;
	const text = value.replace(/\\;/g, ";").trim();
	return text === "" ? null : text;
}

/** One line: line breaks and runs of spaces become one space (a name or an organization). */
function clean(text: string): string {
	return text.replace(/\\;/g, ";").replace(/\s+/g, " ").trim();
}

function withScheme(url: string): string {
	const u = url.trim();
	return /^[a-z][a-z0-9+.-]*:\/\//i.test(u) ? u : `https://${u}`;
}
