import { daysBetween, toLocalDate } from "./dates";
import type { CalendarDate } from "./types";

export const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "today", "tomorrow", "in 3 days", "yesterday", "5 days overdue". */
export function relativeDue(due: CalendarDate, today: CalendarDate): string {
	const n = daysBetween(today, due);
	if (n === 0) return "today";
	if (n === 1) return "tomorrow";
	if (n > 1) return `in ${n} days`;
	if (n === -1) return "1 day overdue";
	return `${-n} days overdue`;
}

/** "Tuesday 24 November 2026", written without locale data. */
export function longDate(date: CalendarDate): string {
	const d = toLocalDate(date);
	return `${WEEKDAYS[d.getDay()] ?? ""} ${d.getDate()} ${MONTHS[d.getMonth()] ?? ""} ${d.getFullYear()}`;
}

/** "Tue 24 Nov". */
export function shortDate(date: CalendarDate): string {
	const d = toLocalDate(date);
	return `${(WEEKDAYS[d.getDay()] ?? "").slice(0, 3)} ${d.getDate()} ${(MONTHS[d.getMonth()] ?? "").slice(0, 3)}`;
}
