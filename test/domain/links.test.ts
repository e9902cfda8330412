import { describe, expect, it } from "vitest";
import { baseName, linkKey, linkNameProblem, parseLink, parseLinkList, readLinkList } from "../../src/domain/links";
import { ContactNames } from "../../src/index/contact-names";
import type { Contact } from "../../src/domain/types";
import { contactNote } from "../builders";

describe("baseName", () => {
	it("is a path's file name without .md, in any case", () => {
		expect(baseName("A/B/c.md")).toBe("c");
		expect(baseName("c.MD")).toBe("c");
		expect(baseName("People/Jane Doe")).toBe("Jane Doe");
		expect(baseName("/Jane Doe.md")).toBe("Jane Doe");
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

	it.each([
		["![[Jane Doe]]", "Jane Doe", "Jane Doe"],
		["[[Jane Doe| ]]", "Jane Doe", "Jane Doe"],
		["[[People/Jane Doe|Jane|Doe]]", "People/Jane Doe", "Jane|Doe"],
		["[ ](People/Jane%20Doe.md)", "People/Jane Doe", "Jane Doe"],
		["[Jane](People/Jane%E0%A4%A.md)", "People/Jane%E0%A4%A", "Jane"],
		["[Jane](People/Jane%20Doe.md#Notes)", "People/Jane Doe", "Jane"],
		["[[./People\\Jane Doe.MD]]", "People/Jane Doe", "Jane Doe"],
		["[[People//Jane Doe]]", "People/Jane Doe", "Jane Doe"],
		["[[/People/Jane Doe]]", "People/Jane Doe", "Jane Doe"],
		["[[././Jane Doe ]]", "Jane Doe", "Jane Doe"],
		["[[ Jane Doe]]", "Jane Doe", "Jane Doe"],
		["[[Jane Doe.md ]]", "Jane Doe", "Jane Doe"],
		["[[J. Doe]]", "J. Doe", "J. Doe"],
		// A heading after a blank, and blanks left once "./" or ".md" is taken off.
		["[[Jane Doe #Notes]]", "Jane Doe", "Jane Doe"],
		["[[ ./ Jane Doe]]", "Jane Doe", "Jane Doe"],
		["[[Jane Doe .md]]", "Jane Doe", "Jane Doe"],
	])("reads %j as the target %j shown as %j", (input, target, display) => {
		expect(parseLink(input)).toEqual({ target, display });
	});

	// A property is a link only when the link is all it holds: anything around it makes it a plain name.
	it.each(["see [[Jane Doe]]", "[[Jane Doe]] again", "see [Jane](Jane%20Doe.md)", "[Jane](Jane%20Doe.md) again"])("reads %j as a plain name, not as the link inside", (input) => {
		expect(parseLink(input)).toEqual({ target: input, display: input });
	});

	it.each(["[[#Notes]]", "[[|Alias]]", "[Jane]()", "[[.md]]", "[[/]]"])("finds no one in %j", (input) => {
		expect(parseLink(input)).toBeNull();
	});
});

describe("names a link cannot give", () => {
	it.each([
		[{ target: "Ann/", display: "Ann" }, "names no one"],
		[{ target: "People/ ", display: "x" }, "names no one"],
		[{ target: "Ann\nLee", display: "Ann" }, "spreads a name over several lines"],
		[{ target: "Ann", display: "Ann\u2028Lee" }, "spreads a name over several lines"],
		[{ target: "Ann", display: "Ann\rLee" }, "spreads a name over several lines"],
		[{ target: "People/Ann Lee", display: "Ann" }, null],
	])("%o: %s", (link, problem) => {
		expect(linkNameProblem(link)).toBe(problem);
	});

	it("a list keeps the links that name someone and reports each item that does not", () => {
		expect(readLinkList(["[[Ann]]", "[[#Notes]]", "[[Bo\nChen]]", "  ", "[[]]", 3, "[[Cy]]"])).toEqual({
			links: [
				{ target: "Ann", display: "Ann" },
				{ target: "Cy", display: "Cy" },
			],
			refused: [
				{ written: "[[#Notes]]", problem: "names no one" },
				{ written: "[[Bo\nChen]]", problem: "spreads a name over several lines" },
			],
		});
		expect(readLinkList(null)).toEqual({ links: [], refused: [] });
		expect(readLinkList(undefined)).toEqual({ links: [], refused: [] });
	});

	it("plain names on one line are several people; a link's comma is part of its name", () => {
		expect(parseLinkList("Carl, Dana; Eve").map((l) => l.target)).toEqual(["Carl", "Dana", "Eve"]);
		expect(parseLinkList("[[Doe, Jane]]").map((l) => l.target)).toEqual(["Doe, Jane"]);
		expect(parseLinkList(["Carl, Dana"]).map((l) => l.target)).toEqual(["Carl", "Dana"]);
	});

	it("a line of only commas and semicolons names no one", () => {
		expect(readLinkList(",")).toEqual({ links: [], refused: [] });
		expect(readLinkList([";;", "Ann"])).toEqual({ links: [{ target: "Ann", display: "Ann" }], refused: [] });
	});

	it("a link is found by its target in any case", () => {
		expect(linkKey({ target: "People/Jane Doe", display: "Jane" })).toBe("people/jane doe");
	});
});

const contact = (path: string): Contact => contactNote(path);

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
