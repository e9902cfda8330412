import { Notice, TFile, type App } from "obsidian";
import { PROP } from "../domain/settings";
import type { CalendarDate, FollowUp } from "../domain/types";

/**
 * Every change the plugin makes to an existing note goes through
 * `fileManager.processFrontMatter`: Obsidian rewrites the properties block and
 * leaves the rest of the note as it was. Dates are written as `YYYY-MM-DD`
 * text. A write that fails (the note's YAML does not parse, the note is gone)
 * shows a Notice naming the note and changes nothing.
 */

export type FrontMatter = Record<string, unknown>;

/** Applies `edit` to the properties of the note at `path`. Resolves to false (after a Notice) on failure. */
export async function editFrontMatter(app: App, path: string, edit: (fm: FrontMatter) => void): Promise<boolean> {
	const file = app.vault.getFileByPath(path);
	if (!(file instanceof TFile)) {
		new Notice(`Could not update "${path}": the note no longer exists.`);
		return false;
	}
	try {
		await app.fileManager.processFrontMatter(file, (fm: FrontMatter) => edit(fm));
		return true;
	} catch (e) {
		new Notice(`Could not update "${file.path}": ${failureReason(e)} Nothing was changed.`);
		return false;
	}
}

function failureReason(e: unknown): string {
	const text = e instanceof Error ? `${e.name} ${e.message}` : String(e);
	if (/yaml|frontmatter|properties/i.test(text)) {
		return "its properties are not valid YAML. Fix them in the note (or in source mode) and try again.";
	}
	const message = e instanceof Error ? e.message : String(e);
	return `${message.split("\n")[0] ?? "the note could not be written"}.`;
}

/** Sets one property. */
export function setProperty(app: App, path: string, key: string, value: string | number): Promise<boolean> {
	return editFrontMatter(app, path, (fm) => {
		fm[key] = value;
	});
}

/**
 * Marks a follow-up as done in its note, as of `today`:
 * - nudge: `nudged: <today>` and `nudges` incremented (the one exception to one property);
 * - nudge past the allowed count (`closeRequest`): `status: no-response`;
 * - confirm: `confirmed`; thank-you: `thank-you-sent`; thank-referrer: `referrer-thanked`;
 * - keep-in-touch: `last-contact` in the contact note.
 * A reach-out has no property that ends it (it ends when the person has an
 * interview note): it is not handled here, see `recordReachOut`.
 */
export function completeFollowUp(app: App, f: FollowUp, today: CalendarDate): Promise<boolean> {
	switch (f.kind) {
		case "nudge":
			if (f.closeRequest) return setProperty(app, f.note, PROP.status, "no-response");
			return recordNudge(app, f.note, today);
		case "confirm":
			return setProperty(app, f.note, PROP.confirmed, today);
		case "thank-you":
			return setProperty(app, f.note, PROP.thankYouSent, today);
		case "thank-referrer":
			return setProperty(app, f.note, PROP.referrerThanked, today);
		case "keep-in-touch":
			return logContact(app, f.note, today);
		case "reach-out":
			return Promise.reject(new Error("a reach-out is recorded by creating notes, not by writing a property"));
		case "send-request":
			return recordRequest(app, f.note, today);
	}
}

/** `nudged: <today>` and `nudges` incremented in an interview note: a nudge was sent. */
export function recordNudge(app: App, interviewPath: string, today: CalendarDate): Promise<boolean> {
	return editFrontMatter(app, interviewPath, (fm) => nudge(fm, today));
}

function nudge(fm: FrontMatter, today: CalendarDate): void {
	fm[PROP.nudged] = today;
	fm[PROP.nudges] = countOf(fm[PROP.nudges]) + 1;
}

/**
 * The request was sent: `requested: <today>` and `status: requested` in an
 * interview note, each only where the note has no value yet. A request date
 * already there is never replaced (it is when the user first asked, and the
 * nudge clock runs from it), nor is a status the user wrote.
 */
export function recordRequest(app: App, interviewPath: string, today: CalendarDate): Promise<boolean> {
	return editFrontMatter(app, interviewPath, (fm) => {
		if (isBlank(fm[PROP.requested])) fm[PROP.requested] = today;
		if (isBlank(fm[PROP.status])) fm[PROP.status] = "requested";
	});
}

/**
 * The request sent again, to an interview that already has a request date:
 * that is a nudge (`nudged: <today>`, `nudges` + 1), and `requested` keeps the
 * first date. `status: requested` is added only when the note has no status.
 */
export function recordRequestAgain(app: App, interviewPath: string, today: CalendarDate): Promise<boolean> {
	return editFrontMatter(app, interviewPath, (fm) => {
		nudge(fm, today);
		if (isBlank(fm[PROP.status])) fm[PROP.status] = "requested";
	});
}

function isBlank(value: unknown): boolean {
	return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}

/** `last-contact: <today>` in a contact note: restarts the keep-in-touch cadence. */
export function logContact(app: App, contactPath: string, today: CalendarDate): Promise<boolean> {
	return setProperty(app, contactPath, PROP.lastContact, today);
}

/** `snooze-until: <until>` in the follow-up's note: none of that note's follow-ups is due before it. */
export function snoozeFollowUp(app: App, f: FollowUp, until: CalendarDate): Promise<boolean> {
	return setProperty(app, f.note, PROP.snoozeUntil, until);
}

function countOf(value: unknown): number {
	if (typeof value === "number" && Number.isInteger(value) && value >= 0) return value;
	if (typeof value === "string" && /^\s*\d+\s*$/.test(value)) return Number(value);
	return 0;
}
