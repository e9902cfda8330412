import { addDays, isValidCalendarDate, LAST_DAY } from "./dates";
import { baseName } from "./links";
import { followUpKind } from "./follow-up-kinds";
import type { CalendarDate, Conversation, FollowUp } from "./types";

/**
 * Follow-ups and conversations as an iCalendar file (RFC 5545): one all-day
 * event per follow-up on its due day, one event per conversation. The output
 * depends only on its inputs and the options, so two runs on the same vault
 * give the same bytes, in any time zone.
 *
 * A conversation with a time is written in floating local time (no `Z`, no
 * `TZID`): the note's `date` is a wall-clock time in the user's own zone, and
 * a floating time shows at that hour on whatever device reads the file. A
 * `VTIMEZONE` would need the zone's rules, which the plugin does not have on
 * every platform, and would make the file depend on the machine that wrote it.
 */

export interface IcsOptions {
	/** `YYYY-MM-DD`: written as every event's DTSTAMP (at 00:00:00 UTC). */
	today: CalendarDate;
	/** Names the calendar and adds an `obsidian://` link to each event. */
	vaultName?: string;
	prodId?: string;
	/** Writes an overdue follow-up on `today` instead of its due day (where phone calendars show it). */
	overdueOnToday?: boolean;
}

/** Minutes a conversation lasts in the calendar when its note gives no `duration`. */
const DEFAULT_CONVERSATION_MINUTES = 30;

export const DEFAULT_PROD_ID = "-//Informational Interviews//Obsidian plugin//EN";
const UID_DOMAIN = "informational-interviews";
const CRLF = "\r\n";

/** What an export could not write: a title, the day it was for, and its note. */
export interface Unwritten {
	title: string;
	due: string;
	note: string;
}

/**
 * A calendar, how many follow-up and conversation events it holds, and what it
 * could not hold (a day that is no calendar day).
 */
export interface IcsCalendar {
	ics: string;
	written: number;
	conversations: number;
	skipped: Unwritten[];
}

export function followUpsToIcs(followUps: readonly FollowUp[], opts: IcsOptions): string {
	return icsCalendar(followUps, opts).ics;
}

export function icsCalendar(followUps: readonly FollowUp[], opts: IcsOptions, conversations: readonly Conversation[] = []): IcsCalendar {
	const lines: string[] = [
		"BEGIN:VCALENDAR",
		"VERSION:2.0",
		`PRODID:${escapeText(opts.prodId ?? DEFAULT_PROD_ID)}`,
		"CALSCALE:GREGORIAN",
		"METHOD:PUBLISH",
		`X-WR-CALNAME:${escapeText(opts.vaultName ? `Informational interviews (${opts.vaultName})` : "Informational interviews")}`,
	];
	const stamp = `${compactDate(opts.today) ?? "19700101"}T000000Z`;
	const used = new Map<string, number>();
	const skipped: Unwritten[] = [];
	for (const { f, uid: baseUid } of sortFollowUps(followUps)) {
		const day = opts.overdueOnToday && f.due < opts.today && compactDate(f.due) !== null ? opts.today : f.due;
		const start = compactDate(day);
		if (start === null) {
			skipped.push(f);
			continue;
		}
		let uid = baseUid;
		const seen = used.get(uid) ?? 0;
		used.set(uid, seen + 1);
		if (seen > 0) uid = uid.replace("@", `-${seen + 1}@`);
		lines.push(
			"BEGIN:VEVENT",
			`UID:${uid}`,
			`DTSTAMP:${stamp}`,
			`DTSTART;VALUE=DATE:${start}`,
			// The day after the calendar's last day has no date to write: one day's duration says the same.
			allDayEnd(day),
			`SUMMARY:${escapeText(followUpSummary(f))}`,
			`DESCRIPTION:${escapeText(description(f, day))}`,
			"TRANSP:TRANSPARENT",
		);
		if (opts.vaultName) lines.push(`URL:${obsidianUrl(opts.vaultName, f.note)}`);
		lines.push("END:VEVENT");
	}
	const written = followUps.length - skipped.length;
	let talks = 0;
	for (const c of conversations) {
		const event = conversationEvent(c, stamp, opts.vaultName);
		if (event === null) {
			skipped.push({ title: conversationSummary(c), due: c.date, note: c.note });
			continue;
		}
		lines.push(...event);
		talks++;
	}
	lines.push("END:VCALENDAR");
	return { ics: lines.map(foldLine).join(CRLF) + CRLF, written, conversations: talks, skipped };
}

/** The day after the calendar's last day has no date to write: one day's duration says the same. */
function allDayEnd(day: CalendarDate): string {
	return day === LAST_DAY ? "DURATION:P1D" : `DTEND;VALUE=DATE:${compactDate(nextDay(day)) ?? ""}`;
}

/**
 * One conversation's event, or null when its day is no calendar day: at its
 * time in floating local time for `duration` minutes (default 30), or all day
 * when only the day is known. The UID comes from the note alone, so a
 * rescheduled conversation moves its event instead of adding one.
 */
function conversationEvent(c: Conversation, stamp: string, vaultName: string | undefined): string[] | null {
	const day = compactDate(c.date);
	if (day === null) return null;
	const time = c.time === null ? null : /^(\d{2}):(\d{2})$/.exec(c.time);
	const lines = ["BEGIN:VEVENT", `UID:${conversationUid(c)}`, `DTSTAMP:${stamp}`];
	if (time === null) lines.push(`DTSTART;VALUE=DATE:${day}`, allDayEnd(c.date));
	else lines.push(`DTSTART:${day}T${time[1]}${time[2]}00`, `DURATION:PT${Math.max(1, Math.round(c.duration ?? DEFAULT_CONVERSATION_MINUTES))}M`);
	lines.push(`SUMMARY:${escapeText(conversationSummary(c))}`);
	if (c.location !== null && c.location.trim() !== "") lines.push(`LOCATION:${escapeText(c.location.trim())}`);
	const parts = [`Note: ${c.note}`];
	if (c.contact !== null) parts.push(`Contact: ${c.contact}`);
	if (c.format !== null && c.format.trim() !== "") parts.push(`Format: ${c.format.trim()}`);
	lines.push(`DESCRIPTION:${escapeText(parts.join("\n"))}`, "TRANSP:OPAQUE");
	if (vaultName) lines.push(`URL:${obsidianUrl(vaultName, c.note)}`);
	lines.push("END:VEVENT");
	return lines;
}

/** What the calendar shows for a conversation: whom it is with. */
function conversationSummary(c: Conversation): string {
	return `Informational interview with ${c.person.trim() || "your contact"}`;
}

/** A UID from the interview note only: never from its date, time or today. */
export function conversationUid(c: Conversation): string {
	return `conversation-${fnv1a64(["conversation", c.note].join("\u0000"))}@${UID_DOMAIN}`;
}

/** What the export says of the follow-ups it could not write ("" when none): how many, and each by title, due day and note. */
export function unwrittenSummary(skipped: readonly Unwritten[]): string {
	if (skipped.length === 0) return "";
	const n = skipped.length;
	const each = skipped.map((f) => `${f.title} (due ${f.due}, ${f.note})`).join("; ");
	return `${n} ${n === 1 ? "follow-up" : "follow-ups"} could not be written: ${n === 1 ? "its due day is" : "their due days are"} not a day of the calendar: ${each}`;
}

/** "17 follow-ups", or "17 follow-ups and 2 conversations" when the calendar holds conversations. */
export function eventCount(followUps: number, conversations: number): string {
	const f = `${followUps} ${followUps === 1 ? "follow-up" : "follow-ups"}`;
	return conversations === 0 ? f : `${f} and ${conversations} ${conversations === 1 ? "conversation" : "conversations"}`;
}

/** What the calendar shows: short, naming the person (worded by the table of kinds). */
export function followUpSummary(f: FollowUp): string {
	return followUpKind(f.kind).summary({ ...f, person: f.person.trim() || "your contact" });
}

function description(f: FollowUp, day: CalendarDate): string {
	const parts = [f.title.trim(), day === f.due ? "" : `Due ${f.due} (overdue)`, `Note: ${f.note}`];
	if (f.contact && f.contact !== f.note) parts.push(`Contact: ${f.contact}`);
	return parts.filter((p) => p !== "").join("\n");
}

/**
 * A UID from what the follow-up is about, never from its due date or today:
 * moving a due date, or exporting again tomorrow, updates the same event.
 * The kind and the note identify one follow-up; a note suggests several people
 * to reach out to, so those also use the suggested person's name.
 */
export function followUpUid(f: FollowUp): string {
	const who = followUpKind(f.kind).perPerson ? baseName(f.target ?? f.contact ?? f.person).trim().toLowerCase() : "";
	const key = [f.kind, f.note, who].join("\u0000");
	return `${f.kind}-${fnv1a64(key)}@${UID_DOMAIN}`;
}

/** 64-bit FNV-1a over the UTF-8 bytes, as 16 hex digits. */
export function fnv1a64(text: string): string {
	const prime = 0x100000001b3n;
	const mask = 0xffffffffffffffffn;
	let hash = 0xcbf29ce484222325n;
	for (const byte of new TextEncoder().encode(text)) {
		hash ^= BigInt(byte);
		hash = (hash * prime) & mask;
	}
	return hash.toString(16).padStart(16, "0");
}

/** A fixed order whatever the input order: due day, note, rules-table kind, person, then UID. */
function sortFollowUps(followUps: readonly FollowUp[]): { f: FollowUp; uid: string }[] {
	const rank = (f: FollowUp) => followUpKind(f.kind).order;
	const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
	return followUps
		.map((f) => ({ f, uid: followUpUid(f) }))
		.sort(
			(a, b) =>
				cmp(a.f.due, b.f.due) ||
				cmp(a.f.note, b.f.note) ||
				rank(a.f) - rank(b.f) ||
				cmp(a.f.person, b.f.person) ||
				cmp(a.uid, b.uid) ||
				cmp(a.f.title, b.f.title),
		);
}

/** TEXT value escaping: `\` `;` `,` and line breaks; other control characters are dropped. */
export function escapeText(text: string): string {
	return (
		text
			.replace(/\\/g, "\\\\")
			.replace(/;/g, "\\;")
			.replace(/,/g, "\\,")
			.replace(/\r\n|\r|\n/g, "\\n")
			// eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
			.replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, "")
	);
}

/**
 * Folds a content line at 75 octets of UTF-8, never inside a character;
 * continuation lines start with one space (so carry at most 74 octets of text).
 */
export function foldLine(line: string): string {
	const encoder = new TextEncoder();
	const out: string[] = [];
	let current = "";
	let bytes = 0;
	for (const ch of line) {
		const size = encoder.encode(ch).length;
		if (bytes + size > 75) {
			out.push(current);
			current = " ";
			bytes = 1;
		}
		current += ch;
		bytes += size;
	}
	out.push(current);
	return out.join(CRLF);
}

/** Undoes foldLine: removes every CRLF followed by one space or tab. */
export function unfoldLines(text: string): string {
	return text.replace(/\r\n[ \t]/g, "");
}

function compactDate(date: string): string | null {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
	if (!m || !isValidCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]))) return null;
	return `${m[1]}${m[2]}${m[3]}`;
}

/** The day after (the exclusive end of an all-day event). */
export function nextDay(date: CalendarDate): CalendarDate {
	return addDays(date, 1);
}

function obsidianUrl(vault: string, file: string): string {
	return `obsidian://open?vault=${encodeURIComponent(vault)}&file=${encodeURIComponent(file.replace(/\.md$/i, ""))}`;
}
