import { parseDateValue } from "./dates";
import { followUpKind } from "./follow-up-kinds";
import { guardedChange } from "./follow-up-writes";
import { sameValue, valueOf, type Properties, type PropertyChange } from "./property-change";
import { PROP } from "./properties";

/**
 * The Schedule form: what the user typed, checked and turned into the one
 * change that records a conversation agreed on. An optional field left blank
 * keeps the value the note already has; a date other than the one written
 * removes `confirmed` (the confirmation was for another day or time). The
 * change is guarded as a nudge's write is: by the request's properties.
 */

/** The durations the Schedule dialog (and its default's setting) accepts, in minutes: up to a day. */
export const DURATION_RANGE: readonly [number, number] = [1, 1440];

/** The format choices offered; any other text may be typed. */
export const FORMATS: readonly string[] = ["coffee", "phone", "video", "in person"];

export interface ScheduleForm {
	/** `YYYY-MM-DD`, required. */
	date: string;
	/** `HH:mm`, or blank. */
	time: string;
	format: string;
	/** Whole minutes, or blank. */
	duration: string;
	/** A place, or a link to a call. */
	location: string;
}

export type ScheduleResult = { ok: true; change: PropertyChange } | { ok: false; field: keyof ScheduleForm; message: string };

/** The form's fields filled from the note: what is there, and `defaultDuration` when it has none. */
export function scheduleFormFrom(seen: Properties | null, defaultDuration: number): ScheduleForm {
	const parsed = parseDateValue(valueOf(seen, PROP.date));
	const text = (key: string) => {
		const v = valueOf(seen, key);
		return typeof v === "string" ? v.trim() : typeof v === "number" ? String(v) : "";
	};
	return {
		date: parsed.ok ? parsed.value.date : "",
		time: parsed.ok ? (parsed.value.time ?? "") : "",
		format: text(PROP.format),
		duration: text(PROP.duration) || String(defaultDuration),
		location: text(PROP.location),
	};
}

/** Checks the form; on success, the change to the interview note at `path` (guarded by `seen`). */
export function scheduleChange(path: string, seen: Properties | null, form: ScheduleForm): ScheduleResult {
	const date = form.date.trim();
	if (date === "") return { ok: false, field: "date", message: "Enter the date of the conversation." };
	const parsed = /^\d{4}-\d{2}-\d{2}$/.test(date) ? parseDateValue(date) : null;
	if (!parsed?.ok) {
		const why = parsed && !parsed.ok ? parsed.message : `"${date}" is not a date: write it as YYYY-MM-DD`;
		return { ok: false, field: "date", message: `The date: ${why}.` };
	}
	const time = form.time.trim();
	const clock = /^(\d{1,2}):(\d{2})$/.exec(time);
	if (time !== "" && (!clock || Number(clock[1]) > 23 || Number(clock[2]) > 59)) {
		return { ok: false, field: "time", message: `The time: "${time}" is not a time of day; write it as HH:mm, for example 14:30, or leave it blank.` };
	}
	const duration = form.duration.trim();
	if (duration !== "" && !/^\d{1,4}$/.test(duration)) {
		return { ok: false, field: "duration", message: `The duration: "${duration}" is not a whole number of minutes.` };
	}
	const [min, max] = DURATION_RANGE;
	if (duration !== "" && (Number(duration) < min || Number(duration) > max)) {
		return { ok: false, field: "duration", message: `The duration: ${Number(duration)} minutes is not between ${min} and ${max} (a day).` };
	}
	const when = clock ? `${date}T${clock[1]!.padStart(2, "0")}:${clock[2]}` : date;
	const values: Record<string, unknown> = { [PROP.status]: "scheduled", [PROP.date]: when };
	if (form.format.trim() !== "") values[PROP.format] = form.format.trim();
	if (duration !== "") values[PROP.duration] = Number(duration);
	if (form.location.trim() !== "") values[PROP.location] = form.location.trim();
	if (valueOf(seen, PROP.confirmed) !== undefined && !sameValue(valueOf(seen, PROP.date), when)) values[PROP.confirmed] = undefined;
	return { ok: true, change: guardedChange(path, seen, followUpKind("nudge").reads, values) };
}

