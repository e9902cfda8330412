import fc from "fast-check";
import { addMonths, lightFormat } from "date-fns";
import { describe, expect, it } from "vitest";
import { addDays, addPeriod, daysBetween, localToday, parseDateValue } from "../../src/domain/dates";
import { parseCadence } from "../../src/domain/cadence";

function day(v: unknown): string | null {
	const r = parseDateValue(v);
	return r.ok ? r.value.date : null;
}

describe("reading dates", () => {
	it.each([
		["2026-11-22", "2026-11-22"],
		["2026-11-22T15:30", "2026-11-22"],
		["2026-11-22T15:30:45", "2026-11-22"],
		["2026-11-22T23:59:59.123Z", "2026-11-22"],
		["2026-11-22T23:30:00-08:00", "2026-11-22"],
		["2026-11-22T00:30:00+14:00", "2026-11-22"],
		["2026-11-22 09:15", "2026-11-22"],
		["2026-11-22 09:15:00", "2026-11-22"],
		["  2026-11-22  ", "2026-11-22"],
		["[[2026-11-22]]", "2026-11-22"],
		["[[2026-11-22|Sunday]]", "2026-11-22"],
		["2024-02-29", "2024-02-29"],
		["2000-02-29", "2000-02-29"],
	])("reads %j as %s", (input, expected) => {
		expect(day(input)).toBe(expected);
	});

	it("reads an unquoted [[YYYY-MM-DD]], which YAML makes a nested list", () => {
		expect(day([["2026-11-10"]])).toBe("2026-11-10");
	});

	it("reads the time of day when there is one", () => {
		const r = parseDateValue("2026-11-23T15:30");
		expect(r.ok && r.value.time).toBe("15:30");
		const d = parseDateValue("2026-11-23");
		expect(d.ok && d.value.time).toBe(null);
	});

	it("reads a parser-made Date at UTC midnight as the same calendar day, in any time zone", () => {
		expect(day(new Date(Date.UTC(2026, 10, 22)))).toBe("2026-11-22");
		expect(day(new Date(Date.UTC(2026, 0, 1)))).toBe("2026-01-01");
		expect(day(new Date(Date.UTC(2026, 11, 31)))).toBe("2026-12-31");
	});

	it.each([
		["2026-02-30", "not a day of the calendar"],
		["2026-02-29", "not a day of the calendar"],
		["1900-02-29", "not a day of the calendar"],
		["2026-13-01", "not a day of the calendar"],
		["2026-00-10", "not a day of the calendar"],
		["2026-11-31", "not a day of the calendar"],
		["2026-11-22T25:00", "impossible time"],
		["22/11/2026", "not a date"],
		["next tuesday", "not a date"],
		["2026-11", "not a date"],
	])("reports %j as a problem (%s), never rolling it over", (input, words) => {
		const r = parseDateValue(input);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.message).toContain(words);
	});

	it("reports values of the wrong kind", () => {
		for (const v of [42, true, { a: 1 }, ["2026-11-22", "2026-11-23"], new Date(NaN)]) {
			expect(parseDateValue(v).ok).toBe(false);
		}
	});
});

describe("calendar arithmetic", () => {
	it("adds days across months, years and daylight-saving changes", () => {
		expect(addDays("2026-11-22", 2)).toBe("2026-11-24");
		expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
		expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
		expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
		// Daylight saving starts or ends on these days in various zones.
		expect(addDays("2026-03-08", 1)).toBe("2026-03-09");
		expect(addDays("2026-11-01", 1)).toBe("2026-11-02");
		expect(addDays("2026-03-29", 1)).toBe("2026-03-30");
		expect(addDays("2026-10-25", -1)).toBe("2026-10-24");
		expect(addDays("2026-11-22", 0)).toBe("2026-11-22");
	});

	it("counts calendar days between dates", () => {
		expect(daysBetween("2026-11-22", "2026-11-24")).toBe(2);
		expect(daysBetween("2026-11-24", "2026-11-22")).toBe(-2);
		expect(daysBetween("2026-03-07", "2026-03-09")).toBe(2);
		expect(daysBetween("2026-01-01", "2027-01-01")).toBe(365);
	});

	it("adds months and years, clamping to the end of the month", () => {
		expect(addPeriod("2026-01-31", 1, "months")).toBe("2026-02-28");
		expect(addPeriod("2026-08-22", 3, "months")).toBe("2026-11-22");
		expect(addPeriod("2024-02-29", 1, "years")).toBe("2025-02-28");
		expect(addPeriod("2026-11-22", 6, "weeks")).toBe("2027-01-03");
		expect(addPeriod("2026-11-22", 90, "days")).toBe("2027-02-20");
	});

	it("adds days and months on day numbers exactly as the Date arithmetic they replace, over the whole calendar", () => {
		const pad = (n: number, w = 2) => String(n).padStart(w, "0");
		const day = fc
			.tuple(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
			.map(([y, m, d]) => `${y}-${pad(m)}-${pad(Math.min(d, new Date(Date.UTC(y, m, 0)).getUTCDate()))}`);
		// The former ways: a UTC day count through Date for days, date-fns on local midnight for months.
		const clamp = (s: string) => (s.length !== 10 ? (s.startsWith("-") ? "1000-01-01" : "9999-12-31") : s < "1000-01-01" ? "1000-01-01" : s);
		const byDate = (date: string, days: number) => {
			const t = new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)) + days));
			const y = t.getUTCFullYear();
			return y < 1000 ? "1000-01-01" : y > 9999 ? "9999-12-31" : `${y}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
		};
		const byDateFns = (date: string, months: number) => {
			const local = new Date(2000, 0, 1);
			local.setFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
			return clamp(lightFormat(addMonths(local, months), "yyyy-MM-dd"));
		};
		fc.assert(
			fc.property(day, fc.integer({ min: -4_000_000, max: 4_000_000 }), fc.integer({ min: -1300, max: 1300 }), (date, days, months) => {
				expect(addDays(date, days)).toBe(byDate(date, days));
				expect(addDays(date, days % 400)).toBe(byDate(date, days % 400));
				expect(addPeriod(date, months, "months")).toBe(byDateFns(date, months));
				expect(addPeriod(date, months % 30, "years")).toBe(byDateFns(date, (months % 30) * 12));
			}),
			{ numRuns: 2000 },
		);
	});

	it("takes today from the local calendar of the given instant", () => {
		const noonLocal = new Date(2026, 10, 22, 12, 0, 0);
		expect(localToday(noonLocal)).toBe("2026-11-22");
		const justAfterMidnight = new Date(2026, 10, 22, 0, 0, 1);
		expect(localToday(justAfterMidnight)).toBe("2026-11-22");
	});
});

describe("keep-in-touch cadences", () => {
	it.each([
		[90, { count: 90, unit: "days" }],
		["90", { count: 90, unit: "days" }],
		["6 weeks", { count: 6, unit: "weeks" }],
		["3 months", { count: 3, unit: "months" }],
		["1 year", { count: 1, unit: "years" }],
		["2 Years", { count: 2, unit: "years" }],
		["1 month", { count: 1, unit: "months" }],
		["2w", { count: 2, unit: "weeks" }],
		["10 days", { count: 10, unit: "days" }],
	])("reads %j", (input, expected) => {
		expect(parseCadence(input)).toEqual({ ok: true, value: expected });
	});

	it.each([[0], [-3], [2.5], [83695465260848], ["200 years"], ["40000 days"], ["soon"], ["3 fortnights"], ["months"], [""], [true], [["3 months"]]])("refuses %j", (input) => {
		expect(parseCadence(input).ok).toBe(false);
	});
});
