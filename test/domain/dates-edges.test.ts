import { describe as group, expect, it } from "vitest";
import { addDays, addPeriod, describe, parseDateValue, unwrapNestedLink } from "../../src/domain/dates";

// The edges of reading and counting dates that the everyday cases do not reach.

const read = (value: unknown) => {
	const r = parseDateValue(value);
	return r.ok ? r.value : r.message;
};

group("naming a value that is not a date", () => {
	it("says what kind of value was found, in words", () => {
		expect(describe(null)).toBe("nothing");
		expect(describe(undefined)).toBe("nothing");
		expect(describe([])).toBe("a list");
		expect(describe({ a: 1 })).toBe("a group of properties");
		expect(describe("soon")).toBe('"soon"');
		expect(describe(42)).toBe("42");
		expect(describe(true)).toBe("true");
		expect(describe(10n)).toBe("10");
		expect(describe(Symbol("x"))).toBe("a value of an unknown kind");
		expect(describe(() => 1)).toBe("a value of an unknown kind");
	});

	it("names it in the problem", () => {
		expect(read(42)).toBe("expected a date like 2026-11-22, found 42");
		expect(read(null)).toBe("expected a date like 2026-11-22, found nothing");
		expect(read([["2026-11-22"], ["2026-11-23"]])).toBe("expected a date like 2026-11-22, found a list");
	});
});

group("a Date a YAML parser made", () => {
	it("keeps its time of day when it has one, to the minute", () => {
		expect(read(new Date(Date.UTC(2026, 10, 22, 15, 30)))).toEqual({ date: "2026-11-22", time: "15:30" });
		expect(read(new Date(Date.UTC(2026, 10, 22, 0, 5)))).toEqual({ date: "2026-11-22", time: "00:05" });
		expect(read(new Date(Date.UTC(2026, 10, 22, 7, 0)))).toEqual({ date: "2026-11-22", time: "07:00" });
		expect(read(new Date(Date.UTC(2026, 10, 22, 0, 0, 30)))).toEqual({ date: "2026-11-22", time: "00:00" });
		expect(read(new Date(Date.UTC(2026, 10, 22)))).toEqual({ date: "2026-11-22", time: null });
	});

	it("is refused as no date when it is invalid", () => {
		expect(read(new Date(NaN))).toBe("is not a valid date");
	});
});

group("written dates at their edges", () => {
	it("refuses a minute or a second past 59", () => {
		expect(read("2026-11-22T10:59:59")).toEqual({ date: "2026-11-22", time: "10:59" });
		expect(read("2026-11-22T10:60")).toBe('"2026-11-22T10:60" has an impossible time of day');
		expect(read("2026-11-22T10:00:60")).toBe('"2026-11-22T10:00:60" has an impossible time of day');
	});

	it("reads a link to a day only when the link is all there is, blanks inside it allowed", () => {
		expect(read("[[ 2026-11-22 ]]")).toEqual({ date: "2026-11-22", time: null });
		expect(read("see [[2026-11-22]]")).toBe('"see [[2026-11-22]]" is not a date: write it as YYYY-MM-DD');
		expect(read("[[2026-11-22]] or so")).toBe('"[[2026-11-22]] or so" is not a date: write it as YYYY-MM-DD');
	});

	it("reads an unquoted [[…]] only when YAML made it a list of one list of one text", () => {
		expect(unwrapNestedLink([["2026-11-22"]])).toBe("[[2026-11-22]]");
		for (const v of [[["2026-11-22"], ["x"]], [["2026-11-22", "x"]], [[5]], ["2026-11-22"]]) expect(unwrapNestedLink(v)).toBe(v);
		expect(read([["2026-11-22", "2026-11-23"]])).toBe("expected a date like 2026-11-22, found a list");
		expect(read([[5]])).toBe("expected a date like 2026-11-22, found a list");
	});
});

group("counting days at the edges of the calendar", () => {
	it("crosses the last day of a 400-year cycle (29 February 2000)", () => {
		expect(addDays("2000-02-28", 1)).toBe("2000-02-29");
		expect(addDays("2000-03-01", -1)).toBe("2000-02-29");
		expect(addDays("1600-02-29", 0)).toBe("1600-02-29");
	});

	it("keeps a count of a hundred million days or more inside the calendar, either way", () => {
		expect(addDays("1000-01-01", 1e8)).toBe("9999-12-31");
		// This one came out as the last day: the year 263,791 BC was read from its text, "263792".
		expect(addDays("9999-12-31", -1e8)).toBe("1000-01-01");
		expect(addDays("2026-11-22", -1e300)).toBe("1000-01-01");
	});

	it("brings a day outside the calendar, given to the arithmetic, back inside it", () => {
		expect(addDays("0999-06-01", 1)).toBe("1000-01-01");
		expect(addDays("0500-01-01", -1e6)).toBe("1000-01-01");
		expect(addPeriod("0999-06-01", 1, "months")).toBe("1000-01-01");
		expect(addDays("0999-12-31", 1)).toBe("1000-01-01");
		expect(addDays("0999-12-31", 2)).toBe("1000-01-02");
		expect(addDays("9999-12-32", 0)).toBe("9999-12-31");
		expect(addPeriod("9999-12-32", 1, "months")).toBe("9999-12-31");
	});
});
