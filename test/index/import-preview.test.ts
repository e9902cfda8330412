import { describe, expect, it } from "vitest";
import { existingContacts } from "../../src/index/import-preview";
import { C, build } from "../builders";

describe("existingContacts", () => {
	it("lists every contact, and by name each note whose properties cannot be read, but not a note with one bad property or a folder", () => {
		const index = build({
			"People/Ann.md": C({ linkedin: "https://www.linkedin.com/in/ann", email: "ann@example.com" }),
			"People/Bo.md": C({ status: "somewhere" }),
		});
		index.setUnreadable("People/Cy.md", "the properties are not valid YAML");
		index.setUnreadable("People/Private", "cannot be read: EACCES");
		expect(index.problems().map((p) => [p.note, p.property])).toEqual([
			["People/Bo.md", "status"],
			["People/Cy.md", null],
			["People/Private", null],
		]);
		expect(existingContacts(index)).toEqual([
			{ name: "People/Ann.md", linkedin: "https://www.linkedin.com/in/ann", email: "ann@example.com" },
			{ name: "People/Bo.md", linkedin: null, email: null },
			{ name: "People/Cy.md", linkedin: null },
		]);
	});
});
