import { followUpKind, type Completion } from "./follow-up-kinds";
import { pickValues, valueOf, type Properties, type PropertyChange } from "./property-change";
import { PROP } from "./properties";
import type { CalendarDate, FollowUp } from "./types";

/**
 * The writes the Follow-ups view, the draft dialog and the commands make, as
 * guarded changes: each carries the values the user saw of the properties its
 * follow-up's rule reads (the kinds table's `reads`) and of those it writes,
 * so a note changed since (by the user, a sync, another device) is left alone.
 * See property-change.ts.
 */

/** A change to `path` writing `values`, guarded by `seen`'s values of `reads` and of every written property. */
export function guardedChange(path: string, seen: Properties | null, reads: readonly string[], values: Properties): PropertyChange {
	return { path, expected: pickValues(seen, new Set([...reads, ...Object.keys(values)])), values };
}

/** Done on a follow-up, as of `today`: what ends it, by the kinds table (a nudge past the allowed count: `status: no-response`). Not for a reach-out. */
export function doneChange(f: FollowUp, seen: Properties | null, today: CalendarDate): PropertyChange {
	const values = f.closeRequest ? { [PROP.status]: "no-response" } : completionValues(followUpKind(f.kind).ends, seen, today);
	return guardedChange(f.note, seen, followUpKind(f.kind).reads, values);
}

/**
 * The values that end a follow-up the way `ends` says, in a note that holds
 * `seen`: today's date in a property; a nudge (`nudged` and `nudges` + 1); a
 * request (`requested` and `status: requested`, each only where missing: a
 * request date already there is when the user first asked, and the nudge
 * clock runs from it). A kind that ends by creating notes has no values.
 */
export function completionValues(ends: Completion, seen: Properties | null, today: CalendarDate): Properties {
	switch (ends.write) {
		case "today":
			return { [ends.property]: today };
		case "nudged":
			return nudgeValues(seen, today);
		case "request": {
			const values: Record<string, unknown> = {};
			if (isBlank(valueOf(seen, PROP.requested))) values[PROP.requested] = today;
			if (isBlank(valueOf(seen, PROP.status))) values[PROP.status] = "requested";
			return values;
		}
		case "notes":
			throw new Error("a reach-out is recorded by creating notes, not by writing a property");
	}
}

/**
 * The request sent again, to an interview that has a request date already:
 * that is a nudge, and `requested` keeps the first date; `status: requested`
 * is added only when the note has no status.
 */
export function requestAgainValues(seen: Properties | null, today: CalendarDate): Properties {
	return isBlank(valueOf(seen, PROP.status)) ? { ...nudgeValues(seen, today), [PROP.status]: "requested" } : nudgeValues(seen, today);
}

function nudgeValues(seen: Properties | null, today: CalendarDate): Properties {
	return { [PROP.nudged]: today, [PROP.nudges]: countOf(valueOf(seen, PROP.nudges)) + 1 };
}

/** Snooze: `snooze-until` in the follow-up's note. */
export function snoozeChange(f: FollowUp, seen: Properties | null, until: CalendarDate): PropertyChange {
	return guardedChange(f.note, seen, followUpKind(f.kind).reads, { [PROP.snoozeUntil]: until });
}

/** Declined on a request: `status: declined` in the interview note, guarded as a nudge's write is. */
export function declinedChange(path: string, seen: Properties | null): PropertyChange {
	return guardedChange(path, seen, followUpKind("nudge").reads, { [PROP.status]: "declined" });
}

/**
 * Not pursuing: on a reach-out, the person's link added to the suggesting
 * interview's `not-pursued` list (a single value written there becomes the
 * list's first item); on a keep-in-touch, `status: paused` on the contact.
 */
export function notPursuingChange(f: FollowUp, seen: Properties | null): PropertyChange {
	const { reads, writes } = followUpKind(f.kind);
	if (!(writes as readonly string[]).includes("not-pursuing")) throw new Error(`"Not pursuing" is not offered on a ${f.kind}`);
	if (f.kind !== "reach-out") return guardedChange(f.note, seen, reads, { [PROP.status]: "paused" });
	const had = valueOf(seen, PROP.notPursued);
	const list = Array.isArray(had) ? [...(had as unknown[])] : isBlank(had) ? [] : [had];
	return guardedChange(f.note, seen, reads, { [PROP.notPursued]: [...list, `[[${f.target ?? f.person}]]`] });
}

function isBlank(value: unknown): boolean {
	return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}

function countOf(value: unknown): number {
	if (typeof value === "number" && Number.isInteger(value) && value >= 0) return value;
	if (typeof value === "string" && /^\s*\d+\s*$/.test(value)) return Number(value);
	return 0;
}
