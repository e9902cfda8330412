import { lightFormat } from "date-fns";
import { addDays, toLocalDate } from "./dates";
import { baseName, parseLink } from "./links";
import { MONTHS, WEEKDAYS } from "./relative";
import { formatList, type TemplateValue } from "./template";
import type { CalendarDate, ContactLevel, InterviewStatus, LinkRef } from "./types";

/** What the values need of a contact; a parsed `Contact` fits, and so does a contact not yet written. */
export interface ContactInfo {
	name: string;
	organization?: string | null;
	role?: string | null;
	fields?: readonly string[];
	email?: string | null;
	phone?: string | null;
	linkedin?: string | null;
	relationship?: string | null;
	referredBy?: LinkRef | null;
	/** How senior they are: it picks the questions of a new interview note. */
	level?: ContactLevel | null;
}

/** What the values need of an interview; a parsed `Interview` fits. */
export interface InterviewInfo {
	status?: InterviewStatus | null;
	requested?: CalendarDate | null;
	date?: CalendarDate | null;
	time?: string | null;
	format?: string | null;
	/** Where the conversation happens: an address, a room or a meeting link. */
	location?: string | null;
	duration?: number | null;
	topics?: readonly string[];
	referrals?: readonly LinkRef[];
}

export interface MessageSettings {
	myName: string;
	pitch: string;
	/** `YYYY-MM-DD`, passed in: nothing here reads the clock. */
	today: CalendarDate;
}

/** The parts of a draft only the user can write; each stays a visible placeholder until given. */
export type OwnWords = Partial<Record<"insight" | "next-step" | "update" | "new-role", string | null>>;

export interface MessageContextInput {
	contact: ContactInfo;
	interview?: InterviewInfo | null;
	/** Who introduced you: a name, or their contact. Defaults to the contact's `referred-by`. */
	referrer?: string | ContactInfo | null;
	settings: MessageSettings;
	/** The questions checklist for the interview note (see `renderQuestionChecklist`). */
	questions?: string | null;
	ownWords?: OwnWords;
}

export interface PlaceholderInfo {
	name: string;
	description: string;
	example: string;
}

/** Every placeholder the built-in values provide, for the README and the settings tab. */
export const PLACEHOLDERS: readonly PlaceholderInfo[] = [
	{ name: "contact.name", description: "Their full name, as their contact note is named", example: "Jane Doe" },
	{ name: "contact.first-name", description: "Their first name, for greetings", example: "Jane" },
	{ name: "contact.link", description: "A link to their contact note", example: "[[Jane Doe]]" },
	{ name: "contact.organization", description: "Where they work", example: "Acme Health" },
	{ name: "contact.role", description: "Their role or job title", example: "Research lead" },
	{ name: "contact.field", description: "Their field (a list: several read as “a and b”)", example: "UX research" },
	{ name: "contact.email", description: "Their email address", example: "jane@example.com" },
	{ name: "contact.phone", description: "Their phone number", example: "555 0100" },
	{ name: "contact.linkedin", description: "Their LinkedIn profile address", example: "https://www.linkedin.com/in/janedoe" },
	{ name: "contact.relationship", description: "How you know them", example: "classmate" },
	{ name: "referrer.name", description: "Who introduced you to them", example: "Sam Lee" },
	{ name: "referrer.first-name", description: "The first name of who introduced you", example: "Sam" },
	{ name: "referrer.link", description: "A link to the contact note of who introduced you", example: "[[Sam Lee]]" },
	{ name: "referrer.email", description: "The email address of who introduced you, when known", example: "sam@example.com" },
	{ name: "introduction", description: "A sentence on how you came to write to them: names who referred you, or opens a message to someone you do not know", example: "Sam Lee suggested I get in touch with you." },
	{ name: "request", description: "What you ask to hear about: their field (in lower case) and organization, or in the referrer's terms when neither is known", example: "I am exploring work in UX research and would be grateful to hear how it looks from the inside: …" },
	{ name: "call-length", description: "How long you ask for: the agreed `duration`, else about thirty minutes", example: "about thirty minutes" },
	{ name: "interview.date", description: "The day of the conversation (the year is added when it is not this year)", example: "Tuesday 24 November" },
	{ name: "interview.time", description: "The time of the conversation", example: "14:30" },
	{ name: "interview.iso-date", description: "The date (and time) of the conversation as written in properties", example: "2026-11-24T14:30" },
	{ name: "interview.requested", description: "The day you sent the request", example: "Monday 9 November" },
	{ name: "interview.format", description: "How you will meet", example: "video call" },
	{ name: "interview.duration", description: "How long you agreed to talk", example: "30 minutes" },
	{ name: "interview.when", description: "The day of the conversation, with its time when known", example: "Tuesday 24 November at 14:30" },
	{ name: "interview.location", description: "Where the conversation happens: an address, a room or a meeting link", example: "https://meet.example.org/jane" },
	{ name: "interview.details", description: "When, how, where and for how long, one line each (those known): use `{{interview.details.list}}`", example: "- When: Tuesday 24 November at 14:30" },
	{ name: "conversation", description: "Your conversation, by its day and what you talked about, to use mid-sentence", example: "our conversation on Tuesday 24 November about career paths and hiring" },
	{ name: "interview.minutes", description: "The agreed length as a number of minutes", example: "30" },
	{ name: "interview.status", description: "The status of the interview", example: "scheduled" },
	{ name: "topics", description: "What you discussed, from the interview's `topics`", example: "career paths and hiring" },
	{ name: "referrals", description: "The people they suggested you talk to", example: "Ann Park and Bo Chen" },
	{ name: "questions", description: "The questions you will ask, as a checklist grouped by topic", example: "- [ ] What does an ordinary week look like for you?" },
	{ name: "me.name", description: "Your name, from the settings", example: "Alex Morgan" },
	{ name: "me.first-name", description: "Your first name", example: "Alex" },
	{ name: "me.pitch", description: "Your short introduction of yourself, from the settings", example: "I am a psychology graduate moving into UX research." },
	{ name: "today", description: "Today's date", example: "2026-11-22" },
	{ name: "insight", description: "Yours to write: something new you have realized since you spoke", example: "I signed up for the course you recommended." },
	{ name: "next-step", description: "What you will do next: getting in touch with the people they suggested, else putting their advice into practice (yours to rewrite)", example: "I will get in touch with Ann Park, as you suggested." },
	{ name: "update", description: "Yours to write: what you have been up to lately", example: "I have started a course in survey design." },
	{ name: "new-role", description: "Yours to write: the position you have accepted", example: "junior researcher at Acme Health" },
];


/** `Tuesday 24 November`, with the year when it differs from today's: `Friday 1 January 2027`. */
export function humanDate(date: CalendarDate, today: CalendarDate): string {
	const local = toLocalDate(date);
	const day = `${WEEKDAYS[local.getDay()] ?? ""} ${lightFormat(local, "d")} ${MONTHS[local.getMonth()] ?? ""}`;
	return date.slice(0, 4) === today.slice(0, 4) ? day : `${day} ${lightFormat(local, "y")}`;
}

/** `30 minutes`, `1 hour`, `2 hours`, `90 minutes`. */
export function humanDuration(minutes: number): string {
	if (minutes >= 60 && minutes % 60 === 0) return minutes === 60 ? "1 hour" : `${minutes / 60} hours`;
	return minutes === 1 ? "1 minute" : `${minutes} minutes`;
}

const HONORIFICS = /^(?:dr|mr|mrs|ms|mx|miss|prof|professor|sir|dame)\.?$/i;

/** The first name of a full name, skipping a title such as `Dr.`. */
export function firstName(name: string): string {
	const words = name.trim().split(/\s+/).filter((w) => w !== "");
	return (words.length > 1 && HONORIFICS.test(words[0] ?? "") ? words[1] : words[0]) ?? "";
}

/** Text as a person reads it: `[[Acme|Acme Health]]` → `Acme Health`, `[[Orgs/Acme]]` → `Acme`. */
export function readable(text: string | null | undefined): string | null {
	if (text === null || text === undefined) return null;
	const t = text.trim();
	if (/^!?\[\[[^\]]*\]\]$/.test(t) || /^\[[^\]]*\]\([^)]*\)$/.test(t)) return parseLink(t)?.display ?? null;
	return t.replace(/\[\[([^\]|]*)\|([^\]]*)\]\]/g, "$2").replace(/\[\[([^\]]*)\]\]/g, (_m, target: string) => baseName(target));
}

function linkTo(ref: LinkRef): string {
	return ref.display === baseName(ref.target) ? `[[${ref.target}]]` : `[[${ref.target}|${ref.display}]]`;
}

/** Relationships where the person already knows you: the draft opens with a greeting instead. */
const KNOWN = new Set(["friend", "family", "classmate", "coworker", "colleague", "mentor", "faculty", "professor", "teacher", "supervisor", "manager", "neighbor", "neighbour", "acquaintance"]);

function introduction(referrer: string | null, relationship: string | null, organization: string | null): string {
	if (referrer) return `${referrer} suggested I get in touch with you.`;
	const r = (relationship ?? "").trim().toLowerCase();
	if (r === "alumni" || r === "alumnus" || r === "alumna") return "I found your name through our alumni network.";
	if (r === "linkedin" || r === "connection") return "We are connected on LinkedIn.";
	if (KNOWN.has(r)) return "I hope you are doing well.";
	// Someone who does not know you: say so, and where you came across them.
	return organization ? `I came across your work at ${organization}, and I hope you do not mind a message out of the blue.` : "I hope you do not mind a message out of the blue.";
}

/**
 * A field as it reads mid-sentence: each word in lower case unless it is an
 * acronym or a name with capitals inside (`UX Research` → `UX research`,
 * `Software Engineering` → `software engineering`, `iOS` stays).
 */
export function midSentence(text: string): string {
	return text.replace(/\p{L}[\p{L}\p{N}'’-]*/gu, (word) => (/^\p{Lu}[\p{Ll}\p{N}'’-]*$/u.test(word) ? word.toLowerCase() : word));
}

const FROM_INSIDE = "how you came to your role, what the work is like day to day, and where you see your field going";

/** What the outreach asks to hear about: the field and organization when known, else in the referrer's terms. */
function request(fields: readonly string[], organization: string | null, referrer: string | null): string {
	const field = fields.length > 0 ? formatList(fields.map(midSentence)) : null;
	if (field && organization) return `I am exploring work in ${field} and would be grateful to hear how it looks from the inside: how you came to your role at ${organization}, what the work is like day to day, and where you see the field going.`;
	if (field) return `I am exploring work in ${field} and would be grateful to hear how it looks from the inside: how you came to your role, what the work is like day to day, and where you see the field going.`;
	if (organization) return `I am exploring my next step and would be grateful to hear how your work at ${organization} looks from the inside: ${FROM_INSIDE}.`;
	if (referrer) return `${referrer} thought you would be a good person to learn from, and I would be grateful to hear how your work looks from the inside: ${FROM_INSIDE}.`;
	return `I would be grateful to hear how your work looks from the inside: ${FROM_INSIDE}.`;
}

/** The conversation mid-sentence: "our conversation on Tuesday 24 November about a and b". */
function conversationPhrase(date: string | null, topics: readonly string[]): string | null {
	if (date === null) return topics.length > 0 ? `our conversation about ${formatList(topics)}` : null;
	return topics.length > 0 ? `our conversation on ${date} about ${formatList(topics)}` : `our conversation on ${date}`;
}

function texts(items: readonly string[] | undefined): string[] {
	return (items ?? []).map((i) => readable(i) ?? "").filter((i) => i !== "");
}

/**
 * The values for `renderTemplate`, keyed by placeholder name. Every name of
 * PLACEHOLDERS is present; the ones with nothing to say are null, so the
 * renderer leaves them visible and lists them as missing.
 */
export function buildMessageValues(input: MessageContextInput): Record<string, TemplateValue> {
	const { contact, settings } = input;
	const interview = input.interview ?? null;
	const referrerContact = typeof input.referrer === "object" && input.referrer !== null ? input.referrer : null;
	const referrerLink = referrerContact ? null : typeof input.referrer === "string" ? parseLink(input.referrer) : (contact.referredBy ?? null);
	const referrerName = referrerContact?.name.trim() || referrerLink?.display || null;
	const referrals = (interview?.referrals ?? []).map((r) => r.display).filter((r) => r !== "");
	const own = input.ownWords ?? {};
	const date = interview?.date ?? null;
	const time = interview?.time ?? null;
	const duration = interview?.duration ?? null;
	const organization = readable(contact.organization);
	const day = date ? humanDate(date, settings.today) : null;
	// A conversation today or tomorrow says so: "today, Sunday 22 November, at 16:00".
	const soon = date === null ? null : date === settings.today ? "today" : date === addDays(settings.today, 1) ? "tomorrow" : null;
	const when = day && (soon ? `${soon}, ${day}${time ? `, at ${time}` : ""}` : time ? `${day} at ${time}` : day);
	const format = readable(interview?.format);
	const location = readable(interview?.location);
	const length = duration !== null ? humanDuration(duration) : null;
	const topics = texts(interview?.topics);
	const details = [when && `When: ${when}`, format && `How: ${format}`, location && `Where: ${location}`, length && `For: ${length}`].filter((d): d is string => Boolean(d));
	return {
		"contact.name": contact.name,
		"contact.first-name": firstName(contact.name),
		"contact.link": contact.name.trim() ? `[[${contact.name.trim()}]]` : null,
		"contact.organization": organization,
		"contact.role": readable(contact.role),
		"contact.field": texts(contact.fields),
		"contact.email": contact.email ?? null,
		"contact.phone": contact.phone ?? null,
		"contact.linkedin": contact.linkedin ?? null,
		"contact.relationship": readable(contact.relationship),
		"referrer.name": referrerName,
		"referrer.first-name": referrerName ? firstName(referrerName) : null,
		"referrer.link": referrerContact ? referrerName && `[[${referrerName}]]` : referrerLink ? linkTo(referrerLink) : null,
		"referrer.email": referrerContact?.email ?? null,
		introduction: introduction(referrerName, contact.relationship ?? null, organization),
		request: request(texts(contact.fields), organization, referrerName),
		"call-length": length ?? "about thirty minutes",
		"interview.date": day,
		"interview.when": when,
		"interview.location": location,
		"interview.details": details,
		conversation: conversationPhrase(day, topics),
		"interview.time": time,
		"interview.iso-date": date ? (time ? `${date}T${time}` : date) : null,
		"interview.requested": interview?.requested ? humanDate(interview.requested, settings.today) : null,
		"interview.format": format,
		"interview.duration": length,
		"interview.minutes": duration !== null ? String(duration) : null,
		"interview.status": interview?.status ?? null,
		topics,
		referrals,
		questions: input.questions ?? null,
		"me.name": settings.myName,
		"me.first-name": firstName(settings.myName),
		"me.pitch": settings.pitch,
		today: settings.today,
		insight: own.insight ?? null,
		// Without people to contact, the next step is the advice itself: no placeholder is left hanging.
		"next-step": own["next-step"] ?? (referrals.length > 0 ? `I will get in touch with ${formatList(referrals)}, as you suggested.` : "I plan to put your advice into practice."),
		update: own.update ?? null,
		"new-role": own["new-role"] ?? null,
	};
}
