import { Notice } from "obsidian";
import { exportCalendar } from "../obsidian/calendar-export";
import { errorText } from "../domain/error-text";
import { eventCount, unwrittenSummary } from "../domain/ics";
import { anyNote, run, type CommandEntry } from "./command-entry";

/**
 * "Export follow-ups to a calendar file": writes the follow-ups that are
 * overdue, due, or upcoming within the horizon as an `.ics` file in the vault
 * (the path is a setting), the same file the command line's `ics` writes.
 */
export const exportCalendarCommand: CommandEntry = {
	id: "export-calendar",
	name: "Export follow-ups to a calendar file",
	context: anyNote,
	handler: run(async (host) => {
		const { app, live, settings } = host;
		if (!live.isStarted) {
			new Notice("Still reading your notes: try the export again in a moment.");
			return;
		}
		try {
			const out = await exportCalendar(app, live.index, live.today, settings.horizonDays, settings.calendarFile, settings.calendarOverdueToday);
			const what = eventCount(out.count, out.conversations);
			const unwritten = unwrittenSummary(out.skipped);
			new Notice(`${out.written ? `Wrote ${what} to ${out.path}.` : `${out.path} is up to date: ${what}.`}${unwritten === "" ? "" : ` ${unwritten}.`}`);
		} catch (e) {
			new Notice(`Could not write the calendar file: ${errorText(e)}`);
		}
	}),
};
