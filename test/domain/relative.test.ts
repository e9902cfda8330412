import { describe, expect, it } from "vitest";
import { longDate, relativeDue, shortDate } from "../../src/domain/relative";

describe("relativeDue", () => {
	it.each([
		["2026-11-22", "today"],
		["2026-11-23", "tomorrow"],
		["2026-11-24", "in 2 days"],
		["2027-01-01", "in 40 days"],
		["2026-11-21", "1 day overdue"],
		["2026-11-20", "2 days overdue"],
		["2025-11-22", "365 days overdue"],
	])("%s, seen on 2026-11-22, is %s", (due, text) => {
		expect(relativeDue(due, "2026-11-22")).toBe(text);
	});
});

describe("longDate and shortDate", () => {
	it.each([
		["2026-11-24", "Tuesday 24 November 2026", "Tue 24 Nov"],
		["2026-01-01", "Thursday 1 January 2026", "Thu 1 Jan"],
		["2028-02-29", "Tuesday 29 February 2028", "Tue 29 Feb"],
		["2026-12-27", "Sunday 27 December 2026", "Sun 27 Dec"],
	])("%s reads %s, or %s", (date, long, short) => {
		expect(longDate(date)).toBe(long);
		expect(shortDate(date)).toBe(short);
	});
});
