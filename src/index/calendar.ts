import { icsCalendar, type IcsCalendar } from "../domain/ics";
import type { CalendarDate } from "../domain/types";
import { conversations } from "./conversations";
import { dueFollowUps } from "./due-report";
import type { VaultIndex } from "./vault-index";

export interface CalendarOptions {
	vaultName: string;
	/** Overdue follow-ups on `today` rather than on their due day. */
	overdueOnToday: boolean;
}

/**
 * The calendar file both command lines and the plugin write: the follow-ups
 * `due` lists (overdue, due, upcoming within `days`) and the conversations of
 * `due --json`'s `conversations`, from the same index, day and horizon.
 */
export function calendarOf(index: VaultIndex, today: CalendarDate, days: number, opts: CalendarOptions): IcsCalendar {
	return icsCalendar(dueFollowUps(index, today, days), { today, vaultName: opts.vaultName, overdueOnToday: opts.overdueOnToday }, conversations(index, today, days));
}
