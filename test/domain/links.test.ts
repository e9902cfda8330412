import { describe, expect, it } from "vitest";
import { baseName, parseLink, parseLinkList } from "../../src/domain/links";
import { ContactNames } from "../../src/index/contact-names";
import { parseNote } from "../../src/domain/parse";
import type { Contact } from "../../src/domain/types";

describe("baseName", () => {
	it("is a path's file name without .md, in any case", () => {
		expect(baseName("A/B/c.md")).toBe("c");
		expect(baseName("c.MD")).toBe("c");
		expect(baseName("People/Jane Doe")).toBe("Jane Doe");
	});
});

describe("reading links", () => {
	it.each([
		["[[Jane Doe]]", "Jane Doe", "Jane Doe"],
		["[[Networking/Contacts/Jane Doe|Jane]]", "Networking/Contacts/Jane Doe", "Jane"],
		["[[Jane Doe#Notes]]", "Jane Doe", "Jane Doe"],
		["[[Jane Doe.md]]", "Jane Doe", "Jane Doe"],
		["Jane Doe", "Jane Doe", "Jane Doe"],
		["  Jane Doe  ", "Jane Doe", "Jane Doe"],
		["[Jane](Networking/Contacts/Jane%20Doe.md)", "Networking/Contacts/Jane Doe", "Jane"],
	])("reads %j", (input, target, display) => {
		expect(parseLink(input)).toEqual({ target, display });
	});

	it("reads an unquoted [[X]] that YAML turned into a nested list", () => {
		expect(parseLink([["Jane Doe"]])).toEqual({ target: "Jane Doe", display: "Jane Doe" });
		expect(parseLinkList([[["Jane Doe"]], [["Sam Lee"]]]).map((l) => l.target)).toEqual(["Jane Doe", "Sam Lee"]);
	});

	it("reads a single link where a list is expected, and skips empty entries", () => {
		expect(parseLinkList("[[Jane Doe]]").map((l) => l.target)).toEqual(["Jane Doe"]);
		expect(parseLinkList(["[[A]]", "", null, "B"]).map((l) => l.target)).toEqual(["A", "B"]);
	});

	it("gives nothing for values that are not links", () => {
		for (const v of ["", "[[]]", 3, { a: 1 }, null]) expect(parseLink(v)).toBeNull();
	});
});

function contact(path: string): Contact {
	const r = parseNote(path, { type: "contact" }).record;
	if (r?.kind !== "contact") throw new Error("not a contact");
	return r;
}

describe("resolving links to contact notes", () => {
	const names = new ContactNames();
	for (const p of ["People/Jane Doe.md", "Archive/Old/Jane Doe.md", "Networking/Contacts/Sam Lee.md", "Jo.md", "Team/jo.md"]) {
		names.add(contact(p));
	}
	const resolve = (text: string) => {
		const link = parseLink(text);
		return link ? (names.resolve(link)?.path ?? null) : null;
	};

	it("resolves by file name, ignoring case, alias and heading", () => {
		expect(resolve("[[Sam Lee]]")).toBe("Networking/Contacts/Sam Lee.md");
		expect(resolve("[[sam lee|Sam]]")).toBe("Networking/Contacts/Sam Lee.md");
		expect(resolve("[[Sam Lee#Background]]")).toBe("Networking/Contacts/Sam Lee.md");
		expect(resolve("SAM LEE")).toBe("Networking/Contacts/Sam Lee.md");
	});

	it("prefers the shortest path when several notes share a name", () => {
		expect(resolve("[[Jane Doe]]")).toBe("People/Jane Doe.md");
		expect(resolve("[[Jo]]")).toBe("Jo.md");
	});

	it("resolves by path or by a path suffix on a folder boundary", () => {
		expect(resolve("[[Archive/Old/Jane Doe]]")).toBe("Archive/Old/Jane Doe.md");
		expect(resolve("[[Old/Jane Doe]]")).toBe("Archive/Old/Jane Doe.md");
		expect(resolve("[[ld/Jane Doe]]")).toBeNull();
		expect(resolve("[[Elsewhere/Jane Doe]]")).toBeNull();
	});

	it("finds nothing for an unknown name", () => {
		expect(resolve("[[Nobody]]")).toBeNull();
	});
});
