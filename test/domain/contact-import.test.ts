import { describe, expect, it } from "vitest";
import { emailKey, importedNoteBody, isLinkedInUrl, normalizeLinkedInUrl, planContactNotes, type ImportedPerson } from "../../src/domain/contact-import";

const FOLDER = "People";

function person(name: string, extra: Partial<ImportedPerson> = {}): ImportedPerson {
	return { name, linkedin: null, email: null, frontmatter: { type: "contact" }, body: "", ...extra };
}

describe("planContactNotes", () => {
	it("skips a person whose email a contact already has, whatever its case or a mailto: prefix", () => {
		const plan = planContactNotes(
			[person("Grace L.", { email: "Grace.Liu@Example.com" }), person("Kim Park", { email: "kim@example.com" })],
			[{ name: "People/Grace Liu.md", linkedin: null, email: "mailto:grace.liu@example.com " }],
			FOLDER,
			() => false,
		);
		expect(plan.create.map((c) => c.path)).toEqual(["People/Kim Park.md"]);
		expect(plan.skip).toEqual([{ name: "Grace L.", reason: "a contact has the same email address", existing: "Grace Liu" }]);
	});

	it("skips a second card with the same email; keeps two people of one name told apart by their emails", () => {
		const plan = planContactNotes(
			[
				person("Ann Lee", { email: "ann@a.example" }),
				person("Ann Lee", { email: "ann@b.example" }),
				person("A. Lee", { email: "ANN@a.example" }),
				person("Sam Roe"),
				person("Sam Roe", { email: "sam@example.com" }),
			],
			[],
			FOLDER,
			() => false,
		);
		expect(plan.create.map((c) => c.path)).toEqual(["People/Ann Lee.md", "People/Ann Lee 2.md", "People/Sam Roe.md"]);
		expect(plan.skip.map((s) => s.name)).toEqual(["A. Lee", "Sam Roe"]);
		expect(new Set(plan.skip.map((s) => s.reason))).toEqual(new Set(["listed more than once in the export"]));
	});

	it("names the first contact when several have the same profile, email or name", () => {
		const plan = planContactNotes(
			[
				person("Jane Doe", { linkedin: "https://linkedin.com/in/jane" }),
				person("Ann Lee", { email: "ann@example.com" }),
				person("Kim Park"),
			],
			[
				{ name: "People/Jane D.md", linkedin: "linkedin.com/in/jane" },
				{ name: "People/J. Doe.md", linkedin: "https://www.linkedin.com/in/jane/" },
				{ name: "People/Ann L.md", linkedin: null, email: "ann@example.com" },
				{ name: "People/A. Lee.md", linkedin: null, email: "ANN@example.com" },
				{ name: "People/Kim Park.md", linkedin: null },
				{ name: "Archive/KIM PARK.md", linkedin: null },
			],
			FOLDER,
			() => false,
		);
		expect(plan.skip.map((s) => s.existing)).toEqual(["Jane D", "Ann L", "Kim Park"]);
	});

	it("matches a contact note whose file name has spaces doubled or at an end", () => {
		const plan = planContactNotes([person("Ann Lee"), person("Kim Park")], [{ name: "People/Ann  Lee.md", linkedin: null }, { name: "People/Kim Park .md", linkedin: null }], FOLDER, () => false);
		expect(plan.create).toEqual([]);
		expect(plan.skip.map((s) => s.existing)).toEqual(["Ann  Lee", "Kim Park "]);
	});

	it("does not take names that differ by a space for the same name", () => {
		const plan = planContactNotes([person("Mary Ann Lee")], [{ name: "People/Maryann Lee.md", linkedin: null }], FOLDER, () => false);
		expect(plan.create.map((c) => c.path)).toEqual(["People/Mary Ann Lee.md"]);
	});

	it("never matches a blank name to a contact whose name is blank", () => {
		const plan = planContactNotes([person(" ")], [{ name: "People/ .md", linkedin: null }], FOLDER, () => false);
		expect(plan.skip).toEqual([]);
		expect(plan.create.map((c) => c.path)).toEqual(["People/Untitled.md"]);
	});

	it("skips a second card whose name differs only by characters a file name cannot hold", () => {
		const plan = planContactNotes([person("Bob O'Neil Jr"), person("Bob O'Neil: <Jr>")], [], FOLDER, () => false);
		expect(plan.create.map((c) => c.path)).toEqual(["People/Bob O'Neil Jr.md"]);
		expect(plan.skip).toEqual([{ name: "Bob O'Neil: <Jr>", reason: "listed more than once in the export" }]);
	});

	it("keeps two people of one name told apart by their emails when the name has characters a file name cannot hold", () => {
		const plan = planContactNotes(
			[person("Ann Lee | Acme", { email: "ann@a.example" }), person("Ann Lee | Acme", { email: "ann@b.example" })],
			[],
			FOLDER,
			() => false,
		);
		expect(plan.create.map((c) => c.path)).toEqual(["People/Ann Lee Acme.md", "People/Ann Lee Acme 2.md"]);
		expect(plan.skip).toEqual([]);
	});

	it("keeps skipping a name once a card of it had nothing to tell people apart", () => {
		const plan = planContactNotes(
			[person("Sam Roe"), person("Sam Roe", { email: "sam@a.example" }), person("Sam Roe", { email: "sam@b.example" })],
			[],
			FOLDER,
			() => false,
		);
		expect(plan.create.map((c) => c.path)).toEqual(["People/Sam Roe.md"]);
		expect(plan.skip.map((s) => s.name)).toEqual(["Sam Roe", "Sam Roe"]);
	});

	it("takes a .md off the end of a name once, as every new note's name does", () => {
		const plan = planContactNotes([person("Minutes.md.md"), person("Notes.md?")], [], FOLDER, () => false);
		expect(plan.create.map((c) => c.path)).toEqual(["People/Minutes.md.md", "People/Notes.md.md"]);
	});

	it("writes the person's own frontmatter and body", () => {
		const plan = planContactNotes([person("Ann Lee", { frontmatter: { type: "contact", phone: "1" }, body: "Hi\n" })], [], "", () => false);
		expect(plan.create).toEqual([{ path: "Ann Lee.md", name: "Ann Lee", frontmatter: { type: "contact", phone: "1" }, body: "Hi\n" }]);
	});
});

describe("import helpers", () => {
	it("isLinkedInUrl knows linkedin.com and its subdomains only", () => {
		for (const u of ["https://www.linkedin.com/in/x", "linkedin.com/in/x", "http://uk.linkedin.com/in/x", "HTTPS://LINKEDIN.COM"]) expect(isLinkedInUrl(u), u).toBe(true);
		for (const u of ["https://notlinkedin.com/in/x", "https://linkedin.com.evil.example/in/x", "https://example.com/?u=linkedin.com/in/x", ""]) expect(isLinkedInUrl(u), u).toBe(false);
	});

	it("isLinkedInUrl ignores blanks around the address", () => {
		expect(isLinkedInUrl(" https://www.linkedin.com/in/x ")).toBe(true);
		expect(isLinkedInUrl("\tlinkedin.com\n")).toBe(true);
	});

	it("normalizeLinkedInUrl drops a scheme, www. and a country prefix only at the start", () => {
		expect(normalizeLinkedInUrl("linkedin.com/in/jane/https://example.com")).toBe("linkedin.com/in/jane/https://example.com");
		expect(normalizeLinkedInUrl("https://linkedin.com/in/www.jane")).toBe("linkedin.com/in/www.jane");
		expect(normalizeLinkedInUrl("https://mobile.linkedin.com/in/jane")).toBe("mobile.linkedin.com/in/jane");
	});

	it("emailKey ignores case, spaces and mailto:", () => {
		expect(emailKey(" MailTo:Ann@Example.COM ")).toBe("ann@example.com");
		expect(emailKey("team-mailto:ann@example.com")).toBe("team-mailto:ann@example.com");
		expect(emailKey(null)).toBe("");
	});

	it("importedNoteBody names the source and the day and puts the notes under Notes", () => {
		expect(importedNoteBody("a vCard file", "2026-11-22", "Line one\r\nLine two\n")).toBe(
			"Imported from a vCard file on 2026-11-22. Say how you know them under relationship, and the field they work in, before you ask for a conversation.\n\n## Notes\n\nLine one\nLine two\n",
		);
		expect(importedNoteBody("LinkedIn", "2026-11-22")).toMatch(/## Notes\n\n$/);
		expect(importedNoteBody("LinkedIn", "2026-11-22", "Line one\rLine two")).toMatch(/## Notes\n\nLine one\nLine two\n$/);
	});
});
