import type { FollowUpKind } from "./follow-up-kinds";

/**
 * Typed records the rest of the plugin works with. A calendar date is always a
 * `YYYY-MM-DD` string: it sorts and compares as text and cannot be shifted by a
 * time zone.
 */
export type CalendarDate = string;

export interface Problem {
	/** Vault-relative path of the note, with `/` separators. */
	note: string;
	/** The property that could not be read, or null when the whole note could not. */
	property: string | null;
	message: string;
}

/** A link as written in a property, reduced to what resolution needs. */
export interface LinkRef {
	/** Link target without alias, heading or `.md`, e.g. `People/Jane Doe`. */
	target: string;
	/** What a person reads: the alias when there is one, else the file name. */
	display: string;
}

export type ContactStatus = "active" | "paused" | "archived";
export const CONTACT_STATUSES: readonly ContactStatus[] = ["active", "paused", "archived"];

export type InterviewStatus = "requested" | "scheduled" | "done" | "cancelled" | "declined" | "no-response";
export const INTERVIEW_STATUSES: readonly InterviewStatus[] = [
	"requested",
	"scheduled",
	"done",
	"cancelled",
	"declined",
	"no-response",
];

/** How senior a contact is: it picks the questions to ask them. */
export type ContactLevel = "early-career" | "mid-career" | "senior";
export const CONTACT_LEVELS: readonly ContactLevel[] = ["early-career", "mid-career", "senior"];

export type CadenceUnit = "days" | "weeks" | "months" | "years";
export interface Cadence {
	count: number;
	unit: CadenceUnit;
}

interface NoteBase {
	/** Vault-relative path, e.g. `Networking/Contacts/Jane Doe.md`. */
	path: string;
	/** File name without `.md`: how the person or conversation is named. */
	name: string;
	snoozeUntil: CalendarDate | null;
	/** Properties that are present but could not be read; rules needing them are skipped. */
	unreadable: ReadonlySet<string>;
}

export interface Contact extends NoteBase {
	kind: "contact";
	organization: string | null;
	role: string | null;
	/** A contact may work across several fields; most have one. */
	fields: string[];
	email: string | null;
	phone: string | null;
	linkedin: string | null;
	relationship: string | null;
	referredBy: LinkRef | null;
	lastContact: CalendarDate | null;
	keepInTouch: Cadence | null;
	status: ContactStatus;
	level: ContactLevel | null;
}

export interface Interview extends NoteBase {
	kind: "interview";
	contact: LinkRef | null;
	/** null when the property is missing (treated like `scheduled` where the rules say so). */
	status: InterviewStatus | null;
	/** True when `status` holds a value that is not one of INTERVIEW_STATUSES. */
	statusUnknown: boolean;
	requested: CalendarDate | null;
	date: CalendarDate | null;
	/** `HH:mm` when the date had a time of day. */
	time: string | null;
	format: string | null;
	duration: number | null;
	/** Where the conversation happens: an address, a room or a meeting link. */
	location: string | null;
	/** The day the note was made; read only on a prepared interview (see `prepared`). */
	created: CalendarDate | null;
	/**
	 * A request being prepared: no status, no `requested` and no `date` at all
	 * (a property present but unreadable counts as present).
	 */
	prepared: boolean;
	confirmed: Ended;
	thankYouSent: Ended;
	referrerThanked: Ended;
	nudged: CalendarDate | null;
	nudges: number;
	topics: string[];
	referrals: LinkRef[];
	/** People the user chose not to pursue: no reach-out to them comes from this interview. */
	notPursued: LinkRef[];
	/**
	 * Adopted by recognition and dated before it was turned on (or, undated and
	 * not sent, created before it or with no `created`): no thank-you,
	 * thank-referrer, reach-out or send-request.
	 */
	predatesAdoption?: true;
}

/** A step marked done: the day it was done, `true` when written as `yes`/`true` without a day, or null. */
export type Ended = CalendarDate | true | null;

export type NoteRecord = Contact | Interview;

export type FollowUpStatus = "overdue" | "due" | "upcoming";

export interface FollowUp {
	kind: FollowUpKind;
	due: CalendarDate;
	/** The note the follow-up belongs to (and where completing it writes). */
	note: string;
	/** The contact note of the person concerned, or null when there is none. */
	contact: string | null;
	/** What to do, for a person: "Send a thank-you to Jane Doe". */
	title: string;
	/** Name of the person concerned, as shown. */
	person: string;
	/** For a nudge past the allowed count: the suggestion is to close the request. */
	closeRequest?: boolean;
	/** For reach-out: the suggested person's link target (their name when no note exists). */
	target?: string;
}

/** A conversation ahead (from today through the horizon), as `due --json` lists it. */
export interface Conversation {
	date: CalendarDate;
	/** `HH:mm`, or null when only the day is known. */
	time: string | null;
	/** The interview note. */
	note: string;
	/** The contact note, or null when there is none. */
	contact: string | null;
	format: string | null;
	location: string | null;
	/** Minutes agreed (`duration`), or null when not written. */
	duration: number | null;
	/** Name of the person, as shown. */
	person: string;
}
