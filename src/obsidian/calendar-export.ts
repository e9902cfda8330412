import { normalizePath, TFile, type App } from "obsidian";
import { cleanFolder } from "../domain/filenames";
import { eventCount, unwrittenSummary, type Unwritten } from "../domain/ics";
import type { CalendarDate } from "../domain/types";
import { calendarOf } from "../index/calendar";
import type { VaultIndex } from "../index/vault-index";
import { DEFAULT_SETTINGS } from "../settings/plugin-settings";
import { ensureFolder } from "./create-notes";

/**
 * The command line's `ics`, inside the vault: the follow-ups `due` lists
 * (overdue, due, upcoming within the horizon) as an iCalendar file with one
 * all-day event per follow-up, and one event per conversation. The bytes are those `ics` writes for the same
 * vault, day and horizon; UIDs do not depend on the day, so a calendar that
 * imports the file again updates its events instead of duplicating them.
 */

export interface CalendarExport {
	path: string;
	/** Follow-up events written in the file. */
	count: number;
	/** Conversation events written in the file. */
	conversations: number;
	/** What the file could not hold (a day that is no calendar day): the notice names them. */
	skipped: Unwritten[];
	/** False when the file already held exactly this calendar (nothing was written). */
	written: boolean;
}

/**
 * The setting as a vault path ending in `.ics`: separators cleaned, `.` and
 * `..` segments dropped; empty gives the default.
 */
export function calendarPath(setting: string): string {
	let path = cleanFolder(setting);
	if (path === "") path = DEFAULT_SETTINGS.calendarFile;
	if (!/\.ics$/i.test(path)) path += ".ics";
	return normalizePath(path);
}

/** Writes (creates or replaces) the calendar file. Throws with a message for the user when it cannot. */
export async function exportCalendar(
	app: App,
	index: VaultIndex,
	today: CalendarDate,
	horizonDays: number,
	setting: string,
	overdueOnToday = false,
): Promise<CalendarExport> {
	const path = calendarPath(setting);
	const { ics, written: count, conversations, skipped } = calendarOf(index, today, horizonDays, { vaultName: app.vault.getName(), overdueOnToday });
	const result = { path, count, conversations, skipped };
	const existing = app.vault.getAbstractFileByPath(path);
	if (existing instanceof TFile) {
		if ((await app.vault.read(existing)) === ics) return { ...result, written: false };
		await app.vault.modify(existing, ics);
		return { ...result, written: true };
	}
	if (existing !== null) throw new Error(`${path} is a folder; choose a file name ending in .ics in the settings`);
	const slash = path.lastIndexOf("/");
	if (slash > 0) await ensureFolder(app, path.slice(0, slash));
	await app.vault.create(path, ics);
	return { ...result, written: true };
}

/** What an export says when done: written or already up to date, how many events, and anything it could not write. */
export function exportSummary(out: CalendarExport): string {
	const what = eventCount(out.count, out.conversations);
	const unwritten = unwrittenSummary(out.skipped);
	return `${out.written ? `Wrote ${what} to ${out.path}.` : `${out.path} is up to date: ${what}.`}${unwritten === "" ? "" : ` ${unwritten}.`}`;
}
