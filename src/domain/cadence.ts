import type { Cadence, CadenceUnit } from "./types";

export type CadenceResult = { ok: true; value: Cadence } | { ok: false; message: string };

const UNITS: Record<string, CadenceUnit> = {
	d: "days",
	day: "days",
	days: "days",
	w: "weeks",
	wk: "weeks",
	wks: "weeks",
	week: "weeks",
	weeks: "weeks",
	m: "months",
	mo: "months",
	mos: "months",
	month: "months",
	months: "months",
	y: "years",
	yr: "years",
	yrs: "years",
	year: "years",
	years: "years",
};

/** Reads a keep-in-touch cadence: `90`, `"6 weeks"`, `"3 months"`, `"1 year"`, `"2w"`. */
export function parseCadence(value: unknown): CadenceResult {
	if (typeof value === "number") {
		if (Number.isInteger(value) && value > 0) return withinLimit({ count: value, unit: "days" }, String(value));
		return { ok: false, message: `${value} is not a whole number of days above zero` };
	}
	if (typeof value !== "string") {
		return { ok: false, message: 'expected a number of days or a period like "3 months"' };
	}
	const m = /^\s*(\d+)\s*([a-z]*)\s*$/i.exec(value);
	const count = m ? Number(m[1]) : NaN;
	const unit = m ? (m[2] === "" ? "days" : UNITS[(m[2] ?? "").toLowerCase()]) : undefined;
	if (!m || unit === undefined || count <= 0) {
		return { ok: false, message: `"${value}" is not a period: write e.g. 90, "6 weeks", "3 months" or "1 year"` };
	}
	return withinLimit({ count, unit }, value);
}

/** The longest cadence that makes sense: a hundred years, in any unit. */
const LIMIT: Record<CadenceUnit, number> = { days: 36_500, weeks: 5_200, months: 1_200, years: 100 };

function withinLimit(c: Cadence, written: string): CadenceResult {
	if (c.count > LIMIT[c.unit]) return { ok: false, message: `"${written}" is longer than a hundred years` };
	return { ok: true, value: c };
}

export function formatCadence(c: Cadence): string {
	return `${c.count} ${c.count === 1 ? c.unit.slice(0, -1) : c.unit}`;
}
