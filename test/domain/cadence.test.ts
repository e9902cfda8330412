import { describe, expect, it } from "vitest";
import { formatCadence, parseCadence } from "../../src/domain/cadence";

describe("parseCadence at the edges", () => {
	it.each([
		[36_500, { count: 36_500, unit: "days" }],
		["5200 weeks", { count: 5_200, unit: "weeks" }],
		["1200 mos", { count: 1_200, unit: "months" }],
		["100 yrs", { count: 100, unit: "years" }],
		[1, { count: 1, unit: "days" }],
		["  3   MONTHS  ", { count: 3, unit: "months" }],
		["4 wk", { count: 4, unit: "weeks" }],
		["5d", { count: 5, unit: "days" }],
	])("reads %j, a hundred years or less", (input, value) => {
		expect(parseCadence(input)).toEqual({ ok: true, value });
	});

	it.each([
		[36_501, '"36501" is longer than a hundred years'],
		["5201 weeks", '"5201 weeks" is longer than a hundred years'],
		["1201 months", '"1201 months" is longer than a hundred years'],
		["101 years", '"101 years" is longer than a hundred years'],
		["0 weeks", '"0 weeks" is not a period: write e.g. 90, "6 weeks", "3 months" or "1 year"'],
		["3 months ago", '"3 months ago" is not a period'],
		["x3 months", '"x3 months" is not a period'],
		[0, "0 is not a whole number of days above zero"],
		[1.5, "1.5 is not a whole number of days above zero"],
		[null, 'expected a number of days or a period like "3 months"'],
	])("refuses %j: %s", (input, message) => {
		const result = parseCadence(input);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message).toContain(message);
	});
});

describe("formatCadence", () => {
	it.each([
		[{ count: 1, unit: "weeks" }, "1 week"],
		[{ count: 2, unit: "weeks" }, "2 weeks"],
		[{ count: 1, unit: "years" }, "1 year"],
		[{ count: 90, unit: "days" }, "90 days"],
	] as const)("%o reads %s", (cadence, text) => {
		expect(formatCadence(cadence)).toBe(text);
	});
});
