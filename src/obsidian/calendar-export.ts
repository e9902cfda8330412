import { normalizePath, TFile, type App } from "obsidian";
import { cleanFolder } from "../domain/filenames";
import { icsCalendar } from "../domain/ics";
import type { CalendarDate, FollowUp } from "../domain/types";
import { dueFollowUps } from "../index/due-report";
import type { VaultIndex } from "../index/vault-index";
import { DEFAULT_SETTINGS } from "../settings";
import { ensureFolder } from "./create-notes";

/**
 * The command line's `ics`, inside the vault: the follow-ups `due` lists
 * (overdue, due, upcoming within the horizon) as an iCalendar file with one
 * all-day event per follow-up. The bytes are those `ics` writes for the same
 * vault, day and horizon; UIDs do not depend on the day, so a calendar that
 * imports the file again updates its events instead of duplicating them.
 */

export interface CalendarExport {
	path: string;
	/** Events written in the file. */
	count: number;
	/** Follow-ups the file could not hold (their due day is no calendar day): the notice names them. */
	skipped: FollowUp[];
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

export function calendarText(index: VaultIndex, today: CalendarDate, horizonDays: number, vaultName: string): { ics: string; count: number; skipped: FollowUp[] } {
	const { ics, written, skipped } = icsCalendar(dueFollowUps(index, today, horizonDays), { today, vaultName });
	return { ics, count: written, skipped };
}

/** Writes (creates or replaces) the calendar file. Throws with a message for the user when it cannot. */
export async function exportCalendar(app: App, index: VaultIndex, today: CalendarDate, horizonDays: number, setting: string): Promise<CalendarExport> {
	const path = calendarPath(setting);
	const { ics, count, skipped } = calendarText(index, today, horizonDays, app.vault.getName());
	const existing = app.vault.getAbstractFileByPath(path);
	if (existing instanceof TFile) {
		if ((await app.vault.read(existing)) === ics) return { path, count, skipped, written: false };
		await app.vault.modify(existing, ics);
		return { path, count, skipped, written: true };
	}
	if (existing !== null) throw new Error(`${path} is a folder; choose a file name ending in .ics in the settings`);
	const slash = path.lastIndexOf("/");
	if (slash > 0) await ensureFolder(app, path.slice(0, slash));
	await app.vault.create(path, ics);
	return { path, count, skipped, written: true };
}
