import { isLinkedInUrl } from "./contact-import";

/**
 * The link that adds a contact:
 * `obsidian://informational-interviews-new-contact?name=…&organization=…&role=…&linkedin=…&email=…`.
 * It only fills in the New contact form; the user reads every value and
 * creates the note (or not). The README's bookmarklet sends the open page's
 * `title` and `url` and its `og:` tags instead; a LinkedIn profile's name,
 * headline and address are read from those here.
 *
 * Whatever the link holds is untrusted: each value becomes one line of plain
 * text (line breaks and control characters are spaces, at most MAX_LENGTH
 * characters), the form shows it as text, and the note's file name goes
 * through the same safe-name rules as a typed name.
 */

export interface ContactFromLink {
	name: string;
	organization: string;
	role: string;
	linkedin: string;
	email: string;
	/** Values the form does not take, one sentence each, to show beside it. */
	leftOut: string[];
}

/** Longer than any name, headline or address; a longer value is cut here. */
const MAX_LENGTH = 300;

/** One line of text: control characters and line breaks become spaces, runs of spaces one, at most MAX_LENGTH. */
function line(value: unknown): string {
	if (typeof value !== "string") return "";
	// eslint-disable-next-line no-control-regex -- control characters are exactly what goes
	const text = value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, " ").replace(/\s+/g, " ").trim();
	return [...text].slice(0, MAX_LENGTH).join("").trim();
}

/** What the form is filled with, from the link's parameters (Obsidian's own `action` key is ignored). */
export function contactFromLink(params: Readonly<Record<string, unknown>>): ContactFromLink {
	const get = (key: string) => line(params[key]);
	const page = fromPage(get("og:title") || get("title"), get("og:url") || get("url"));
	const out: ContactFromLink = {
		name: get("name") || page.name,
		organization: get("organization") || page.organization,
		role: get("role") || page.role,
		linkedin: get("linkedin") || page.linkedin,
		email: get("email"),
		leftOut: [],
	};
	if (out.linkedin !== "" && !/^https?:\/\//i.test(out.linkedin)) {
		out.leftOut.push(`The LinkedIn profile "${out.linkedin}" is not a web address (http or https), so it was left out.`);
		out.linkedin = "";
	}
	return out;
}

/**
 * A page's title as LinkedIn writes it for a profile — `(3) Jane Doe - Research
 * Lead at Acme | LinkedIn`, or `Jane Doe - Research Lead - Acme | LinkedIn` —
 * read as name, headline (the role) and organization, and the address kept as
 * the profile. On any other site only the title's first part is used, as the
 * name.
 */
function fromPage(title: string, url: string): { name: string; role: string; organization: string; linkedin: string } {
	const cleaned = title
		.replace(/^\(\d+\+?\)\s*/, "")
		.replace(/\s*\|\s*LinkedIn\s*$/i, "")
		.trim();
	const [name = "", headline = "", organization = ""] = cleaned.split(/\s+[-–—|]\s+/).map((p) => p.trim());
	if (!isLinkedInUrl(url)) return { name, role: "", organization: "", linkedin: "" };
	const at = organization === "" ? /^(.+?)\s+at\s+(.+)$/i.exec(headline) : null;
	return {
		name,
		role: at ? (at[1] ?? "") : headline,
		organization: at ? (at[2] ?? "") : organization,
		linkedin: url.replace(/[?#].*$/, ""),
	};
}
