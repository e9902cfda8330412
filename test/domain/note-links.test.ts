import { describe, expect, it } from "vitest";
import { bodyLinks, cachedLink, propertyLinks } from "../../src/domain/note-links";

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
	it("takes property values that are whole links, alone or in lists", () => {
		expect(targets(propertyLinks({ with: "[[Jane Doe]]", people: ["[[Sam|S]]", "plain", 3], note: "see [[Omar]] later", nested: [["Zoe"]] }))).toEqual([
			"Jane Doe",
			"Sam",
		]);
	});
	it("reads the metadata cache's link text", () => {
		expect(cachedLink("People/Jane Doe.md#Notes")).toEqual({ target: "People/Jane Doe", display: "Jane Doe" });
	});
});
