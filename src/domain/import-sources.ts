import type { ImportRead } from "./contact-import";
import { notAnExport, parseLinkedInCsv } from "./linkedin-csv";
import { linkedInContact } from "./linkedin-plan";
import type { CalendarDate } from "./types";
import { parseVCards } from "./vcard";

/**
 * The exports contacts can be imported from. The command line and the plugin
 * take everything source-specific from here (how to read the file, what to
 * call it, what each note holds); reading the vault, planning and writing
 * are the same for all.
 */
export interface ContactSource {
	/** Names the import in messages: "LinkedIn import: 3 contact notes created…". */
	label: string;
	/** The file as the preview names it: "From the LinkedIn export Connections.csv". */
	fileKind: string;
	/** The people in the file, or null when the file is not of this kind. */
	read(text: string, today: CalendarDate): ImportRead | null;
	/** Why a file that `read` refused is not of this kind, after its name: `"x.csv" is not …`. */
	notThisKind: string;
	/** What a new note holds, for the preview. */
	fills: string;
	/** What the file picker offers; some Android file providers give CSV and vCard files their own types. */
	accept: string;
	/** Larger than any real export of this kind, so a wrong file is refused before it is read. */
	maxBytes: number;
}

export const LINKEDIN_SOURCE: ContactSource = {
	label: "LinkedIn",
	fileKind: "LinkedIn export",
	read(text, today) {
		const parsed = parseLinkedInCsv(text);
		if (notAnExport(parsed)) return null;
		return { people: parsed.people.map((p) => linkedInContact(p, today)), skipped: parsed.skipped, problems: parsed.problems };
	},
	notThisKind: "LinkedIn's Connections.csv: no line starts First Name,Last Name",
	fills: "organization, role, LinkedIn profile, email and the day you connected",
	accept: ".csv,text/csv,text/comma-separated-values",
	// Tens of thousands of connections are a few MB.
	maxBytes: 50 * 1024 * 1024,
};

export const VCARD_SOURCE: ContactSource = {
	label: "vCard",
	fileKind: "vCard file",
	read(text, today) {
		const parsed = parseVCards(text, today);
		return parsed.isVCard ? parsed : null;
	},
	notThisKind: "a vCard file: it holds no BEGIN:VCARD line",
	fills: "organization, role and a level guessed from it, email, phone, LinkedIn profile and the card's note",
	accept: ".vcf,.vcard,text/vcard,text/x-vcard,text/directory",
	// A phone's export carries every contact's photo in base64: a few thousand contacts can reach tens of MB.
	maxBytes: 150 * 1024 * 1024,
};
