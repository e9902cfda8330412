import { describe, expect, it } from "vitest";
import { applyValues, changedSince, pickValues, propertyList, sameValue, undoOf, valueOf } from "../../src/domain/property-change";

describe("valueOf and pickValues", () => {
	it("read a note's own properties only: absent and inherited names are undefined", () => {
		const fm = { status: "requested", nudges: 0, "snooze-until": null };
		expect(valueOf(fm, "status")).toBe("requested");
		expect(valueOf(fm, "nudges")).toBe(0);
		expect(valueOf(fm, "snooze-until")).toBeNull();
		expect(valueOf(fm, "date")).toBeUndefined();
		expect(valueOf(fm, "toString")).toBeUndefined();
		expect(valueOf(fm, "constructor")).toBeUndefined();
		expect(valueOf(null, "status")).toBeUndefined();
		expect(valueOf(undefined, "status")).toBeUndefined();
	});

	it("pickValues lists every key asked for, absent ones as undefined", () => {
		const picked = pickValues({ status: "done", date: "2026-11-20", other: 1 }, ["date", "confirmed", "status"]);
		expect(picked).toEqual({ date: "2026-11-20", confirmed: undefined, status: "done" });
		expect(Object.keys(picked)).toEqual(["date", "confirmed", "status"]);
		expect(Object.keys(pickValues(null, ["a"]))).toEqual(["a"]);
	});
});

describe("sameValue", () => {
	it.each([
		["equal scalars", "2026-11-20", "2026-11-20"],
		["NaN and NaN", NaN, NaN],
		["null and null", null, null],
		["equal lists", ["[[Jo]]", 2], ["[[Jo]]", 2]],
		["equal maps, keys in another order", { a: 1, b: [1] }, { b: [1], a: 1 }],
		["nested lists", [["2026-11-18"]], [["2026-11-18"]]],
		["empty list and empty list", [], []],
	])("%s are the same", (_, a, b) => {
		expect(sameValue(a, b)).toBe(true);
		expect(sameValue(b, a)).toBe(true);
	});

	it.each([
		["different scalars", "2026-11-20", "2026-11-21"],
		["a number and its text", 2, "2"],
		["NaN and a number", NaN, 1],
		["two numbers", 1, 2],
		["null and an empty map", null, {}],
		["a number and an empty map", 0, {}],
		["a text and an empty list", "", []],
		["undefined and null", undefined, null],
		["a list and a map", [], {}],
		["a value and a list holding it", "[[Jo]]", ["[[Jo]]"]],
		["a list and a longer one", ["a"], ["a", "b"]],
		["lists differing in one item", ["a", "b"], ["a", "c"]],
		["a map and one with another key", { a: 1 }, { b: 1 }],
		["a map and one with a key more", { a: 1 }, { a: 1, b: 2 }],
		["maps differing in one value", { a: 1 }, { a: 2 }],
		["maps differing in their second value", { a: 1, b: 2 }, { a: 1, b: 3 }],
		["lists differing in their last item", ["a", "b", "c"], ["a", "b", "d"]],
		["a map and one holding the key undefined", { a: undefined }, {}],
	])("%s differ", (_, a, b) => {
		expect(sameValue(a, b)).toBe(false);
		expect(sameValue(b, a)).toBe(false);
	});

	it("a map's inherited names are not its keys", () => {
		expect(sameValue({ toString: 1 }, { valueOf: 1 })).toBe(false);
		expect(sameValue({ constructor: undefined }, { other: undefined })).toBe(false);
	});
});

describe("changedSince", () => {
	it("names the properties that no longer hold what was seen, in the order they were seen", () => {
		const seen = { status: "requested", date: undefined, nudges: 1, requested: "2026-11-01" };
		expect(changedSince({ status: "requested", nudges: 1, requested: "2026-11-01" }, seen)).toEqual([]);
		expect(changedSince({ status: "scheduled", date: "2026-11-25", nudges: 1, requested: "2026-11-01" }, seen)).toEqual(["status", "date"]);
		expect(changedSince({ requested: "2026-11-02", nudges: 2, status: "requested" }, seen)).toEqual(["nudges", "requested"]);
		expect(changedSince(null, seen)).toEqual(["status", "nudges", "requested"]);
	});
});

describe("applyValues", () => {
	it("sets the values given and removes the properties given as undefined, touching no other", () => {
		const fm: Record<string, unknown> = { status: "requested", confirmed: "2026-11-20", topics: ["a"] };
		applyValues(fm, { status: "scheduled", confirmed: undefined, date: "2026-11-25" });
		expect(fm).toEqual({ status: "scheduled", date: "2026-11-25", topics: ["a"] });
		expect("confirmed" in fm).toBe(false);
	});

	it("writes null and other falsy values as values, not removals", () => {
		const fm: Record<string, unknown> = { a: 1, b: 1, c: 1 };
		applyValues(fm, { a: null, b: 0, c: "" });
		expect(fm).toEqual({ a: null, b: 0, c: "" });
	});
});

describe("undoOf", () => {
	it("expects what was written and puts back what was there, removing what did not exist", () => {
		const written = { path: "Interviews/Bo.md", expected: { status: "requested", nudges: 1 }, values: { nudged: "2026-11-22", nudges: 2 } };
		expect(undoOf(written, { status: "requested", nudges: 1, topics: "x" })).toEqual({
			path: "Interviews/Bo.md",
			expected: { nudged: "2026-11-22", nudges: 2 },
			values: { nudged: undefined, nudges: 1 },
		});
	});
});

describe("propertyList", () => {
	it.each([
		[[], ""],
		[["status"], '"status"'],
		[["status", "date"], '"status" and "date"'],
		[["status", "date", "confirmed"], '"status", "date", and "confirmed"'],
	])("%o reads %s", (keys, text) => {
		expect(propertyList(keys)).toBe(text);
	});
});
