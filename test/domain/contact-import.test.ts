import { describe, expect, it } from "vitest";
import { emailKey, importedNoteBody, isLinkedInUrl, planContactNotes, type ImportedPerson } from "../../src/domain/contact-import";

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

	it("emailKey ignores case, spaces and mailto:", () => {
		expect(emailKey(" MailTo:Ann@Example.COM ")).toBe("ann@example.com");
		expect(emailKey(null)).toBe("");
	});

	it("importedNoteBody names the source and the day and puts the notes under Notes", () => {
		expect(importedNoteBody("a vCard file", "2026-11-22", "Line one\r\nLine two\n")).toBe(
			"Imported from a vCard file on 2026-11-22. Say how you know them under relationship, and the field they work in, before you ask for a conversation.\n\n## Notes\n\nLine one\nLine two\n",
		);
		expect(importedNoteBody("LinkedIn", "2026-11-22")).toMatch(/## Notes\n\n$/);
	});
});
