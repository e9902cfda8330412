import { describe, expect, it } from "vitest";
import { bodyLinks, cachedLink, fencedLines, linesOutsideCode, propertyLinks } from "../../src/domain/note-links";

const targets = (links: { target: string }[]) => links.map((l) => l.target);

describe("links in a note", () => {
	it("finds wiki and markdown links to notes in the body", () => {
		const body = "Met [[Jane Doe|Jane]] and [Sam](People/Sam%20Lee.md), see [[Omar#Notes]].\n- [site](https://example.org) [top](#Heading)";
		expect(targets(bodyLinks(body))).toEqual(["Jane Doe", "Omar", "People/Sam Lee"]);
	});
	it("ignores embeds and anything inside code", () => {
		const body = ["![[Jane Doe]]", "`[[Sam]]` and ``[[Omar]]``", "```", "[[Priya]]", "```", "~~~js", "[Zoe](Zoe.md)", "~~~", "after [[Ana]]"].join("\n");
		expect(targets(bodyLinks(body))).toEqual(["Ana"]);
	});
	it("leaves out links to a heading of the same note and links that name nothing", () => {
		expect(targets(bodyLinks("see [[#Notes]] and [[Jane Doe]]"))).toEqual(["Jane Doe"]);
		expect(targets(bodyLinks("[blank](%20) and [Sam](Sam.md)"))).toEqual(["Sam"]);
	});
	it("reads a markdown link's target around a colon or an empty heading", () => {
		expect(targets(bodyLinks("[call](Jane%20Doe.md#Notes:%20call) and [Sam](Sam.md#)"))).toEqual(["Jane Doe", "Sam"]);
	});
	it("leaves out web addresses written with a space inside the parentheses", () => {
		expect(bodyLinks("[site]( https://example.org) [mail]( mailto:jane@example.org)")).toEqual([]);
	});
	it("blanks inline code with as many spaces, keeping the line's length", () => {
		expect(linesOutsideCode("a `[[Sam]]` b\nc ``x`y`` d")).toEqual([`a ${" ".repeat(9)} b`, `c ${" ".repeat(7)} d`]);
	});
	it("closes a fence on a line that starts with it, indented or followed by spaces", () => {
		expect(fencedLines(["```", "echo ```", "[[Sam]]", "  ```  ", "[[Ana]]"])).toEqual([true, true, true, true, false]);
		expect(targets(bodyLinks(["```", "echo ```", "[[Sam]]", "  ```  ", "[[Ana]]"].join("\n")))).toEqual(["Ana"]);
	});
	it("takes property values that are whole links, alone or in lists", () => {
		expect(targets(propertyLinks({ with: "[[Jane Doe]]", people: ["[[Sam|S]]", "plain", 3], note: "see [[Omar]] later", nested: [["Zoe"]] }))).toEqual([
			"Jane Doe",
			"Sam",
		]);
	});
	it("takes a whole-link property value with spaces around it, and only a whole link", () => {
		expect(targets(propertyLinks({ with: "  [[Jane Doe]]", people: ["[[Sam]] "], note: "see [[Omar]]", more: "[[Omar]] later" }))).toEqual(["Jane Doe", "Sam"]);
	});
	it("leaves out a property link to a heading and values that are not text", () => {
		expect(propertyLinks({ with: "[[#Notes]]", people: [[["[[Sam]]"]]], count: 3, met: null })).toEqual([]);
	});
	it("reads the metadata cache's link text", () => {
		expect(cachedLink("People/Jane Doe.md#Notes")).toEqual({ target: "People/Jane Doe", display: "Jane Doe" });
	});
});
