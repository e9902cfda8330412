import { addDays as addDaysLocal, addMonths as addMonthsLocal, differenceInCalendarDays, lightFormat } from "date-fns";
import type { CadenceUnit, CalendarDate } from "./types";

/**
 * Calendar dates as `YYYY-MM-DD` strings. Arithmetic goes through local-midnight
 * Date objects built from the components, so the result is the same calendar day
 * in every time zone; nothing here ever reads a Date's UTC offset.
 */

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})(?:(?:[T ]|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

export interface ParsedDate {
	date: CalendarDate;
	time: string | null;
}

export type DateResult = { ok: true; value: ParsedDate } | { ok: false; message: string };

function pad(n: number, width = 2): string {
	return String(n).padStart(width, "0");
}

/** A local-midnight Date for a calendar date (years below 100 kept as written). */
export function toLocalDate(date: CalendarDate): Date {
	const y = Number(date.slice(0, 4));
	const m = Number(date.slice(5, 7));
	const d = Number(date.slice(8, 10));
	const result = new Date(2000, 0, 1);
	result.setFullYear(y, m - 1, d);
	result.setHours(0, 0, 0, 0);
	return result;
}

function fromLocalDate(value: Date): CalendarDate {
	return lightFormat(value, "yyyy-MM-dd");
}

/** Today's calendar date where the code runs (or for the given instant). */
export function localToday(now: Date = new Date()): CalendarDate {
	return fromLocalDate(now);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The calendar's first and last days: four-digit years, as `YYYY-MM-DD` needs. */
const FIRST_DAY: CalendarDate = "1000-01-01";
export const LAST_DAY: CalendarDate = "9999-12-31";
const YEAR_RANGE = "1000 to 9999";

/** A day of the calendar in a year from 1000 to 9999: every form of date is held to this. */
export function isValidCalendarDate(y: number, m: number, d: number): boolean {
	return yearInRange(y) && isDayOfMonth(y, m, d);
}

function isDayOfMonth(y: number, m: number, d: number): boolean {
	if (m < 1 || m > 12 || d < 1) return false;
	const daysInMonth = m === 2 && isLeapYear(y) ? 29 : (DAYS_IN_MONTH[m - 1] ?? 0);
	return d <= daysInMonth;
}

/** Four-digit years: a year outside them is a typo (`0226`), and `YYYY-MM-DD` cannot write its arithmetic. */
function yearInRange(y: number): boolean {
	return Number.isInteger(y) && y >= 1000 && y <= 9999;
}

/** Why `y-m-d` is not a day of the calendar, or null when it is one. */
function dayProblem(written: string, y: number, m: number, d: number): string | null {
	if (!isDayOfMonth(y, m, d)) return `"${written}" is not a day of the calendar`;
	if (!yearInRange(y)) return `"${written}" has a year out of range (${YEAR_RANGE})`;
	return null;
}

/**
 * The day of a computed local Date, kept inside the calendar: nothing is due after its last day (or
 * before its first). Judged by the Date's year, not by its text: `yyyy` writes the year 263,791 BC
 * as "263792", which reads like a year after 9999.
 */
function withinCalendar(value: Date): CalendarDate {
	return calendarEnd(value.getFullYear()) ?? fromLocalDate(value);
}

/** The calendar's end a computed year has gone past (its first day before 1000, its last after 9999), or null. */
function calendarEnd(y: number): CalendarDate | null {
	return y < 1000 ? FIRST_DAY : y > 9999 ? LAST_DAY : null;
}

function isLeapYear(y: number): boolean {
	return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** The year, month and day of a `YYYY-MM-DD` day of the calendar, read digit by digit; null for anything else. */
function dayParts(date: CalendarDate): [number, number, number] | null {
	if (date.length !== 10 || !isPlainDay(date)) return null;
	const digit = (i: number) => date.charCodeAt(i) - 48;
	const y = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
	const m = digit(5) * 10 + digit(6);
	const d = digit(8) * 10 + digit(9);
	return isValidCalendarDate(y, m, d) ? [y, m, d] : null;
}

/** `YYYY-MM-DD` of a day inside the calendar (four-digit year). */
function formatDay(y: number, m: number, d: number): CalendarDate {
	return `${y}-${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}`;
}

/** Days from 1970-01-01 to a day of the proleptic Gregorian calendar (H. Hinnant's `days_from_civil`). */
function dayNumber(y: number, m: number, d: number): number {
	const yy = m <= 2 ? y - 1 : y;
	const era = Math.floor(yy / 400);
	const yoe = yy - era * 400;
	const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
	return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

/** The day of a day number (`civil_from_days`): year, month, day. */
function fromDayNumber(n: number): [number, number, number] {
	const z = n + 719468;
	const era = Math.floor(z / 146097);
	const doe = z - era * 146097;
	const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
	const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
	const mp = Math.floor((5 * doy + 2) / 153);
	const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
	const m = mp < 10 ? mp + 3 : mp - 9;
	return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

/** The day `days` after `date` (before it when negative), kept between the calendar's first and last days. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
	const parts = dayParts(date);
	if (parts !== null && Number.isFinite(days)) {
		// Whole days on a day count: no Date, no time zone, no DST (a fraction of a day counts as none),
		// and no limit: a count past the calendar's ends stops at them.
		const [y, m, d] = fromDayNumber(dayNumber(...parts) + Math.floor(days));
		return calendarEnd(y) ?? formatDay(y, m, d);
	}
	return withinCalendar(addDaysLocal(toLocalDate(date), days));
}

/** Adds a cadence; months and years keep the day of month, clamped to the month's end (and to the calendar's last day). */
export function addPeriod(date: CalendarDate, count: number, unit: CadenceUnit): CalendarDate {
	switch (unit) {
		case "days":
			return addDays(date, count);
		case "weeks":
			return addDays(date, count * 7);
		case "months":
			return addMonths(date, count);
		case "years":
			return addMonths(date, count * 12);
	}
}

function addMonths(date: CalendarDate, count: number): CalendarDate {
	const parts = dayParts(date);
	if (parts !== null && Number.isSafeInteger(count)) {
		const [y, m, d] = parts;
		const months = y * 12 + (m - 1) + count;
		const ny = Math.floor(months / 12);
		const nm = months - ny * 12 + 1;
		const end = calendarEnd(ny);
		if (end !== null) return end;
		const last = nm === 2 && isLeapYear(ny) ? 29 : (DAYS_IN_MONTH[nm - 1] ?? 31);
		return formatDay(ny, nm, Math.min(d, last));
	}
	return withinCalendar(addMonthsLocal(toLocalDate(date), count));
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
	return differenceInCalendarDays(toLocalDate(to), toLocalDate(from));
}

export function maxDate(...dates: (CalendarDate | null | undefined)[]): CalendarDate | null {
	let best: CalendarDate | null = null;
	for (const d of dates) if (d && (best === null || d > best)) best = d;
	return best;
}

/**
 * Reads a date as users and tools write it: `YYYY-MM-DD`, with an optional time
 * (`T` or space, seconds, a `Z` or offset that does not change the day written),
 * `[[YYYY-MM-DD]]`, an unquoted `[[…]]` that YAML made a nested list, or a Date
 * a YAML parser made (date-only values arrive as UTC midnight, so the UTC
 * components are the day written).
 */
export function parseDateValue(value: unknown): DateResult {
	if (value instanceof Date) {
		if (Number.isNaN(value.getTime())) return { ok: false, message: "is not a valid date" };
		if (!yearInRange(value.getUTCFullYear())) return { ok: false, message: `the year ${value.getUTCFullYear()} is out of range (${YEAR_RANGE})` };
		const date = `${pad(value.getUTCFullYear(), 4)}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
		const h = value.getUTCHours();
		const min = value.getUTCMinutes();
		const time = h === 0 && min === 0 && value.getUTCSeconds() === 0 ? null : `${pad(h)}:${pad(min)}`;
		return { ok: true, value: { date, time } };
	}
	if (typeof value === "string" && value.length === 10 && isPlainDay(value)) {
		const y = Number(value.slice(0, 4));
		const mo = Number(value.slice(5, 7));
		const d = Number(value.slice(8, 10));
		if (isValidCalendarDate(y, mo, d)) return { ok: true, value: { date: value, time: null } };
	}
	const nested = unwrapNestedLink(value);
	if (typeof nested !== "string") {
		return { ok: false, message: `expected a date like 2026-11-22, found ${describe(value)}` };
	}
	let text = nested.trim();
	const link = /^\[\[([^\]|#]*)(?:[|#][^\]]*)?\]\]$/.exec(text);
	if (link) text = (link[1] ?? "").trim();
	const m = DATE_RE.exec(text);
	if (!m) return { ok: false, message: `"${nested}" is not a date: write it as YYYY-MM-DD` };
	const y = Number(m[1]);
	const mo = Number(m[2]);
	const d = Number(m[3]);
	const problem = dayProblem(nested, y, mo, d);
	if (problem !== null) return { ok: false, message: problem };
	let time: string | null = null;
	if (m[4] !== undefined) {
		const h = Number(m[4]);
		const min = Number(m[5]);
		const s = m[6] === undefined ? 0 : Number(m[6]);
		if (h > 23 || min > 59 || s > 59) return { ok: false, message: `"${nested}" has an impossible time of day` };
		time = `${pad(h)}:${pad(min)}`;
	}
	return { ok: true, value: { date: `${m[1]}-${m[2]}-${m[3]}`, time } };
}

/** `YYYY-MM-DD` exactly (digits and dashes by position). */
function isPlainDay(s: string): boolean {
	for (let i = 0; i < 10; i++) {
		const c = s.charCodeAt(i);
		if (i === 4 || i === 7 ? c !== 45 : c < 48 || c > 57) return false;
	}
	return true;
}

/** An unquoted `[[X]]` in YAML is a list holding a list holding "X". */
export function unwrapNestedLink(value: unknown): unknown {
	if (Array.isArray(value) && value.length === 1 && Array.isArray(value[0]) && value[0].length === 1) {
		const inner: unknown = value[0][0];
		if (typeof inner === "string") return `[[${inner}]]`;
	}
	return value;
}

export function describe(value: unknown): string {
	if (value === null || value === undefined) return "nothing";
	if (Array.isArray(value)) return "a list";
	if (typeof value === "object") return "a group of properties";
	if (typeof value === "string") return `"${value}"`;
	if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
	return "a value of an unknown kind";
}
