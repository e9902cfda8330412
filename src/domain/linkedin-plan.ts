import { importedNoteBody, planContactNotes, type ExistingContact, type ImportedPerson, type ImportPlan } from "./contact-import";
import type { LinkedInPerson } from "./linkedin-csv";
import { levelFromTitle } from "./levels";
import { PROP } from "./properties";
import type { CalendarDate } from "./types";

/**
 * A LinkedIn import's notes: what a person of `Connections.csv` becomes as a
 * contact note. Reading the CSV is linkedin-csv.ts; planning, shared with the
 * vCard import, is contact-import.ts.
 */

/** What importing the export would do (see planContactNotes); `today` dates the notes' body. */
export function planImport(
	people: readonly LinkedInPerson[],
	existing: readonly ExistingContact[],
	folder: string,
	exists: (path: string) => boolean,
	today: CalendarDate,
): ImportPlan {
	return planContactNotes(
		people.map((p) => linkedInContact(p, today)),
		existing,
		folder,
		exists,
	);
}

/** A person of the export with the contact note they would get. */
export function linkedInContact(person: LinkedInPerson, today: CalendarDate): ImportedPerson {
	return { name: person.fullName, linkedin: person.url, email: person.email, frontmatter: contactFrontmatter(person), body: importedNoteBody("LinkedIn", today) };
}

/**
 * Every key a contact uses is written, empty when unknown: Obsidian's Properties
 * then shows the same fields on every imported contact, ready to fill in, and an
 * empty (null) value keeps its property type, where `""` or a placeholder word
 * would be read as a value by Properties, Dataview and Bases alike.
 */
function contactFrontmatter(person: LinkedInPerson): Record<string, unknown> {
	return {
		[PROP.type]: "contact",
		[PROP.organization]: person.company,
		[PROP.role]: person.position,
		[PROP.level]: levelFromTitle(person.position),
		[PROP.field]: null,
		[PROP.relationship]: null,
		[PROP.linkedin]: person.url,
		[PROP.email]: person.email,
		[PROP.connected]: person.connectedOn,
		[PROP.status]: "active",
	};
}
