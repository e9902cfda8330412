import { Notice } from "obsidian";
import { exportCalendar, exportSummary } from "../obsidian/calendar-export";
import { errorText } from "../domain/error-text";
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
		if (!live.isReady) {
			new Notice("Still reading your notes: try the export again in a moment.");
			return;
		}
		try {
			const out = await exportCalendar(app, live.index, live.today, settings.horizonDays, settings.calendarFile, settings.calendarOverdueToday);
			new Notice(exportSummary(out));
		} catch (e) {
			new Notice(`Could not write the calendar file: ${errorText(e)}`);
		}
	}),
};
