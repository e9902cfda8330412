import { pickValues, valueOf, type Properties, type PropertyChange } from "./property-change";
import { PROP } from "./settings";
import type { CalendarDate, FollowUp, FollowUpKind } from "./types";

/**
 * The writes the Follow-ups view and the commands make, as guarded changes:
 * each carries the values of the properties its follow-up's rule read (and of
 * those it writes) as the user saw them, so a note changed since (by the user,
 * a sync, another device) is left alone. See property-change.ts.
 */

/** The property listing the people an interview suggested whom the user chose not to contact. */
export const NOT_PURSUED = "not-pursued";

/** The properties each kind's rule reads in the note the follow-up belongs to. */
const READS: Readonly<Record<FollowUpKind, readonly string[]>> = {
	nudge: [PROP.status, PROP.requested, PROP.date, PROP.nudged, PROP.nudges, PROP.snoozeUntil],
	confirm: [PROP.status, PROP.date, PROP.confirmed, PROP.snoozeUntil],
	"thank-you": [PROP.status, PROP.date, PROP.thankYouSent, PROP.snoozeUntil],
	"thank-referrer": [PROP.status, PROP.date, PROP.contact, PROP.referrerThanked, PROP.snoozeUntil],
	"reach-out": [PROP.status, PROP.date, PROP.referrals, NOT_PURSUED, PROP.snoozeUntil],
	"keep-in-touch": [PROP.status, PROP.lastContact, PROP.keepInTouch, PROP.snoozeUntil],
};

/** What Schedule and Declined read: an open request's properties (those of a nudge). */
export const SCHEDULE_READS = READS.nudge;

/** A change to `path` writing `values`, guarded by `seen`'s values of `reads` and of every written property. */
export function guardedChange(path: string, seen: Properties | null, reads: readonly string[], values: Properties): PropertyChange {
	return { path, expected: pickValues(seen, new Set([...reads, ...Object.keys(values)])), values };
}

/** Done on a follow-up: the property (or, for a nudge, the two) that ends it, as of `today`. Not for a reach-out. */
export function doneChange(f: FollowUp, seen: Properties | null, today: CalendarDate): PropertyChange {
	return guardedChange(f.note, seen, READS[f.kind], doneValues(f, seen, today));
}

function doneValues(f: FollowUp, seen: Properties | null, today: CalendarDate): Properties {
	switch (f.kind) {
		case "nudge":
			if (f.closeRequest) return { [PROP.status]: "no-response" };
			return { [PROP.nudged]: today, [PROP.nudges]: countOf(valueOf(seen, PROP.nudges)) + 1 };
		case "confirm":
			return { [PROP.confirmed]: today };
		case "thank-you":
			return { [PROP.thankYouSent]: today };
		case "thank-referrer":
			return { [PROP.referrerThanked]: today };
		case "keep-in-touch":
			return { [PROP.lastContact]: today };
		case "reach-out":
			throw new Error("a reach-out is recorded by creating notes, not by writing a property");
	}
}

/** Snooze: `snooze-until` in the follow-up's note. */
export function snoozeChange(f: FollowUp, seen: Properties | null, until: CalendarDate): PropertyChange {
	return guardedChange(f.note, seen, READS[f.kind], { [PROP.snoozeUntil]: until });
}

/**
 * Not pursuing: on a reach-out, the person's link added to the suggesting
 * interview's `not-pursued` list (a single value written there becomes the
 * list's first item); on a keep-in-touch, `status: paused` on the contact.
 */
export function notPursuingChange(f: FollowUp, seen: Properties | null): PropertyChange {
	if (f.kind === "keep-in-touch") return guardedChange(f.note, seen, READS[f.kind], { [PROP.status]: "paused" });
	if (f.kind !== "reach-out") throw new Error(`"Not pursuing" is for reach-out and keep-in-touch, not ${f.kind}`);
	const had = valueOf(seen, NOT_PURSUED);
	const list = Array.isArray(had) ? [...(had as unknown[])] : had === undefined || had === null || had === "" ? [] : [had];
	return guardedChange(f.note, seen, READS[f.kind], { [NOT_PURSUED]: [...list, `[[${f.target ?? f.person}]]`] });
}

/** Which rows offer Not pursuing. */
export function offersNotPursuing(f: FollowUp): boolean {
	return f.kind === "reach-out" || f.kind === "keep-in-touch";
}

/** Which rows offer Schedule… and Declined: an open request (a nudge that is not past the allowed count). */
export function offersSchedule(f: FollowUp): boolean {
	return f.kind === "nudge";
}

function countOf(value: unknown): number {
	if (typeof value === "number" && Number.isInteger(value) && value >= 0) return value;
	if (typeof value === "string" && /^\s*\d+\s*$/.test(value)) return Number(value);
	return 0;
}
