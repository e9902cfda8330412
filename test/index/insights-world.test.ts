import { describe, expect, it } from "vitest";
import { caseless, World } from "../../src/index/insights-world";
import { build, C, I } from "../builders";

const TODAY = "2026-11-22";

describe("caseless", () => {
	it("orders ignoring case first", () => {
		expect(caseless("a", "B")).toBe(-1);
		expect(caseless("B", "a")).toBe(1);
		expect(caseless("apple", "Banana")).toBe(-1);
	});

	it("puts capitals first between names that differ only in case, and gives 0 only for the same text", () => {
		expect(caseless("Acme", "acme")).toBe(-1);
		expect(caseless("acme", "Acme")).toBe(1);
		expect(caseless("acme", "acme")).toBe(0);
		expect(["acme", "Beta", "Acme", "beta", "ACME"].sort(caseless)).toEqual(["ACME", "Acme", "acme", "Beta", "beta"]);
	});
});

describe("World", () => {
	it("takes the interviews by date, those of one day by path, undated ones last", () => {
		// Not written in order: one day's notes come in by falling path, another's by rising path.
		const index = build({
			"C/Ann.md": C(),
			"I/e.md": I("Ann", { status: "done", date: "2026-10-01" }),
			"I/y.md": I("Ann", { status: "requested" }),
			"I/c.md": I("Ann", { status: "done", date: "2026-10-01" }),
			"I/z.md": I("Ann", { status: "requested" }),
			"I/d.md": I("Ann", { status: "done", date: "2026-09-01" }),
			"I/a.md": I("Ann", { status: "done", date: "2026-10-01T15:00" }),
			"I/b.md": I("Ann", { status: "done", date: "2026-11-01" }),
			"I/f.md": I("Ann", { status: "done", date: "2026-11-01" }),
		});
		const w = new World(index, TODAY);
		const order = ["I/d.md", "I/a.md", "I/c.md", "I/e.md", "I/b.md", "I/f.md", "I/y.md", "I/z.md"];
		expect(w.interviews.map((iv) => iv.path)).toEqual(order);
		expect(w.byContact.get("C/Ann.md")?.map((iv) => iv.path)).toEqual(order);
		expect(w.held.map((iv) => iv.path)).toEqual(order.slice(0, 6));
	});
});
