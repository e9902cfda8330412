import { describe, expect, it } from "vitest";
import { FieldTally } from "../../src/index/field-tally";

const counts = (tally: FieldTally, target = 5) => tally.list(target).map((f) => [f.field, f.contacts, f.met]);

describe("FieldTally", () => {
	it("counts each field's contacts and contacts met, sorted by name case-insensitively", () => {
		const tally = new FieldTally();
		tally.set("People/Ann.md", { fields: ["Law", "_Other"], met: true });
		tally.set("People/Bo.md", { fields: ["law", "Zoology"], met: false });
		tally.set("People/Cy.md", { fields: ["Medicine"], met: false });
		expect(tally.list(3)).toEqual([
			{ field: "_Other", contacts: 1, met: 1, target: 3 },
			{ field: "Law", contacts: 2, met: 1, target: 3 },
			{ field: "Medicine", contacts: 1, met: 0, target: 3 },
			{ field: "Zoology", contacts: 1, met: 0, target: 3 },
		]);
	});

	it("shows the spelling most contacts use, and of two used as often the one that sorts first", () => {
		const tally = new FieldTally();
		tally.set("a.md", { fields: ["law"], met: false });
		tally.set("b.md", { fields: ["LAW"], met: false });
		tally.set("c.md", { fields: ["Law"], met: false });
		expect(counts(tally)).toEqual([["LAW", 3, 0]]);
		tally.set("d.md", { fields: ["law"], met: false });
		expect(counts(tally)).toEqual([["law", 4, 0]]);
		tally.set("e.md", { fields: ["Law"], met: false });
		expect(counts(tally)).toEqual([["Law", 5, 0]]);
	});

	it("breaks a tie between spellings the same way whichever came first", () => {
		const lowerFirst = new FieldTally();
		lowerFirst.set("a.md", { fields: ["law"], met: false });
		lowerFirst.set("b.md", { fields: ["Law"], met: false });
		const capitalFirst = new FieldTally();
		capitalFirst.set("a.md", { fields: ["Law"], met: false });
		capitalFirst.set("b.md", { fields: ["law"], met: false });
		expect(counts(lowerFirst)).toEqual([["Law", 2, 0]]);
		expect(counts(capitalFirst)).toEqual([["Law", 2, 0]]);
	});

	it("replaces what a contact added when its fields change, and drops a field no contact has left", () => {
		const tally = new FieldTally();
		tally.set("a.md", { fields: ["Law", "Tech"], met: false });
		tally.set("b.md", { fields: ["Tech"], met: false });
		tally.set("a.md", { fields: ["Law", "Finance"], met: false });
		expect(counts(tally)).toEqual([
			["Finance", 1, 0],
			["Law", 1, 0],
			["Tech", 1, 0],
		]);
		tally.set("a.md", { fields: ["Design", "Finance"], met: false });
		expect(counts(tally)).toEqual([
			["Design", 1, 0],
			["Finance", 1, 0],
			["Tech", 1, 0],
		]);
		tally.set("b.md", { fields: ["Medicine"], met: false });
		expect(counts(tally)).toEqual([
			["Design", 1, 0],
			["Finance", 1, 0],
			["Medicine", 1, 0],
		]);
		tally.set("b.md", { fields: ["Medicine", "Art"], met: false });
		expect(counts(tally)).toEqual([
			["Art", 1, 0],
			["Design", 1, 0],
			["Finance", 1, 0],
			["Medicine", 1, 0],
		]);
	});

	it("counts a contact as met once it is, and drops its fields when it adds nothing any more", () => {
		const tally = new FieldTally();
		tally.set("a.md", { fields: ["Law"], met: false });
		tally.set("a.md", { fields: ["Law"], met: true });
		expect(counts(tally)).toEqual([["Law", 1, 1]]);
		tally.set("a.md", null);
		expect(tally.list(5)).toEqual([]);
		tally.set("a.md", { fields: ["Law"], met: false });
		tally.set("a.md", { fields: [], met: false });
		expect(tally.list(5)).toEqual([]);
	});

	it("gives the same list again until a contact's contribution changes or the target does", () => {
		const tally = new FieldTally();
		tally.set("a.md", { fields: ["Law"], met: true });
		const first = tally.list(5);
		expect(tally.list(5)).toBe(first);
		tally.set("a.md", { fields: ["Law"], met: true });
		expect(tally.list(5)).toBe(first);
		expect(tally.list(8)).toEqual([{ field: "Law", contacts: 1, met: 1, target: 8 }]);
		expect(first).toEqual([{ field: "Law", contacts: 1, met: 1, target: 5 }]);
	});

	it("holds nothing once cleared", () => {
		const tally = new FieldTally();
		tally.set("a.md", { fields: ["Law"], met: true });
		expect(counts(tally)).toEqual([["Law", 1, 1]]);
		tally.clear();
		expect(tally.list(5)).toEqual([]);
		tally.set("a.md", { fields: ["Law"], met: true });
		expect(counts(tally)).toEqual([["Law", 1, 1]]);
	});
});
