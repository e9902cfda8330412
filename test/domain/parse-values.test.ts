import { describe, expect, it } from "vitest";
import { parseNote, recordKind } from "../../src/domain/parse";
import { NO_RECOGNITION, recognitionFrom } from "../../src/domain/recognition";

// Every value is read inside its test: Stryker switches a mutant on after the file is collected.

/** Recognition that adopts every note of the folder Meetings as an interview. */
function meetingsFolder() {
	return recognitionFrom(
		{ contactFolders: "", contactTags: "", contactProperty: "", interviewFolders: "Meetings", interviewTags: "", interviewProperty: "", personProperty: "" },
		null,
	);
}

/** A contact note with the given properties besides its `type`. */
function contact(props: Record<string, unknown>) {
	const { record, problems } = parseNote("People/Jane Doe.md", { type: "contact", ...props });
	if (record?.kind !== "contact") throw new Error("expected a contact");
	return { record, problems: problems.map((p) => [p.property, p.message]) };
}

/** An interview note with the given properties besides its `type`. */
function interview(props: Record<string, unknown>) {
	const { record, problems } = parseNote("Interviews/Jane Doe.md", { type: "interview", ...props });
	if (record?.kind !== "interview") throw new Error("expected an interview");
	return { record, problems: problems.map((p) => [p.property, p.message]) };
}

describe("the type of a note", () => {
	it("reads a type written as a list of one text, in any case", () => {
		expect(parseNote("People/Jane Doe.md", { type: [" Contact "] }).record?.kind).toBe("contact");
		expect(recordKind("Interviews/Jane Doe.md", { type: ["Interview"] }, NO_RECOGNITION)).toBe("interview");
	});

	it("reads a type written as a list of two texts as no type of the plugin's", () => {
		expect(parseNote("People/Jane Doe.md", { type: ["contact", "person"] })).toEqual({ record: null, problems: [] });
		expect(recordKind("People/Jane Doe.md", { type: ["contact", "person"] }, NO_RECOGNITION)).toBeNull();
	});
});

describe("a note with no properties or with properties that are not a group", () => {
	it("adopts a note with no properties at all by its folder", () => {
		const recognition = meetingsFolder();
		for (const frontmatter of [undefined, null]) {
			expect(parseNote("Meetings/Jane Doe.md", frontmatter, recognition)).toEqual({ record: expect.objectContaining({ kind: "interview", name: "Jane Doe" }), problems: [] });
			expect(recordKind("Meetings/Jane Doe.md", frontmatter, recognition)).toBe("interview");
		}
	});

	it("never adopts a note whose properties are text or a list, even in a recognised folder", () => {
		const recognition = meetingsFolder();
		for (const frontmatter of ["type: interview", ["interview"]]) {
			expect(parseNote("Meetings/Jane Doe.md", frontmatter, recognition)).toEqual({ record: null, problems: [] });
			expect(recordKind("Meetings/Jane Doe.md", frontmatter, recognition)).toBeNull();
		}
	});
});

describe("reading a text property", () => {
	it("reads only the note's own properties, not ones its object inherits", () => {
		const frontmatter: Record<string, unknown> = Object.create({ organization: "Inherited Inc" }) as Record<string, unknown>;
		frontmatter.type = "contact";
		frontmatter.role = "Designer";
		const { record } = parseNote("People/Jane Doe.md", frontmatter);
		expect(record).toMatchObject({ organization: null, role: "Designer" });
	});

	it("reads blank text and an empty list as no value, without a problem", () => {
		const { record, problems } = contact({ organization: "   ", role: [], field: "  " });
		expect(record).toMatchObject({ organization: null, role: null, fields: [] });
		expect(record.unreadable.size).toBe(0);
		expect(problems).toEqual([]);
	});

	it("trims text and reads yes/no as text", () => {
		const { record, problems } = contact({ organization: "  Acme Health  ", role: true, relationship: false });
		expect(record).toMatchObject({ organization: "Acme Health", role: "true", relationship: "false" });
		expect(problems).toEqual([]);
	});

	it("joins a list of texts and numbers with a comma and a space", () => {
		const { record, problems } = contact({ organization: ["Acme", "Health"], role: ["Designer", 2], phone: [555, 1234] });
		expect(record).toMatchObject({ organization: "Acme, Health", role: "Designer, 2", phone: "555, 1234" });
		expect(problems).toEqual([]);
	});

	it("reports a list holding anything but text and numbers, even when it starts with text", () => {
		const { record, problems } = contact({ organization: ["Acme", { name: "Health" }], role: [{ name: "Designer" }, "Lead"] });
		expect(record).toMatchObject({ organization: null, role: null });
		expect(problems).toEqual([
			["organization", "expected text, found a list"],
			["role", "expected text, found a list"],
		]);
		expect([...record.unreadable]).toEqual(["organization", "role"]);
	});
});

describe("reading a list of text", () => {
	it("trims each item and leaves out blank and empty items", () => {
		const { record, problems } = interview({ topics: ["  career path ", "", "   ", null, undefined, 2026, "a typical day"] });
		expect(record.topics).toEqual(["career path", "2026", "a typical day"]);
		expect(problems).toEqual([]);
		expect(record.unreadable.size).toBe(0);
	});

	it("reads links written without quotes ([[X]]) as links, alone or as items of a list", () => {
		const one = interview({ topics: [["Career change"]] });
		expect(one.record.topics).toEqual(["[[Career change]]"]);
		expect(one.problems).toEqual([]);
		const two = contact({ field: [["UX research"], ["Design"]] });
		expect(two.record.fields).toEqual(["[[UX research]]", "[[Design]]"]);
		expect(two.problems).toEqual([]);
	});

	it("reports a list of two texts, or a list of a number, written inside the list", () => {
		const pair = interview({ topics: [["career", "path"]] });
		expect(pair.record.topics).toEqual([]);
		expect(pair.problems).toEqual([["topics", "expected a list of text, found a list in it"]]);
		const number = contact({ field: [[5]] });
		expect(number.record.fields).toEqual([]);
		expect(number.problems).toEqual([["field", "expected a list of text, found a list in it"]]);
	});

	it("reports a group of properties or yes/no in the list, keeps the items before it and reads none after it", () => {
		const group = interview({ topics: ["career path", { a: 1 }, "a typical day"] });
		expect(group.record.topics).toEqual(["career path"]);
		expect(group.problems).toEqual([["topics", "expected a list of text, found a group of properties in it"]]);
		expect([...group.record.unreadable]).toEqual(["topics"]);
		const yes = contact({ field: ["UX research", true] });
		expect(yes.record.fields).toEqual(["UX research"]);
		expect(yes.problems).toEqual([["field", "expected a list of text, found true in it"]]);
	});
});
