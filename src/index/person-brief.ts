import { followUpStatus, personOf } from "../domain/rules";
import { baseName } from "../domain/links";
import { readable } from "../domain/message-context";
import { sectionItems, sectionText } from "../domain/note-sections";
import type { CalendarDate, Contact, ContactLevel, FollowUpStatus, Interview, LinkRef } from "../domain/types";
import type { FollowUpKind } from "../domain/follow-up-kinds";
import { dueFollowUps } from "./due-report";
import type { VaultIndex } from "./vault-index";

/**
 * "Brief me on this person": everything the notes know about someone, on one
 * screen, before a conversation. Assembled here from the index and the text
 * of their interview notes (read by the caller: see `briefReads`); rendered by
 * src/ui/brief-modal.ts. Every part names the note it comes from.
 */

/** A person as a brief names them: their contact note when there is one. */
export interface BriefPerson {
	name: string;
	path: string | null;
}

export interface BriefConversation {
	note: string;
	date: CalendarDate | null;
	format: string | null;
	topics: string[];
	/** The "Advice" section of the note, item by item (empty when it has none). */
	advice: string[];
	/** The people they suggested (`referrals`). */
	suggested: BriefPerson[];
}

export interface BriefFollowUp {
	kind: FollowUpKind;
	title: string;
	due: CalendarDate;
	status: FollowUpStatus;
	note: string;
}

export interface PersonBrief {
	person: string;
	/** Their contact note, or null when the interview links to a person with none. */
	contact: string | null;
	role: string | null;
	organization: string | null;
	level: ContactLevel | null;
	/** How you know them (`relationship`). */
	relationship: string | null;
	/** Who introduced you (`referred-by`). */
	referredBy: BriefPerson | null;
	/** The conversation this brief prepares: the interview it was opened from, else the next one planned. */
	next: { note: string; date: CalendarDate | null; time: string | null; format: string | null; location: string | null } | null;
	/** Every conversation that took place, earliest first. */
	earlier: BriefConversation[];
	/** Open follow-ups concerning them, overdue, due or within the view's horizon, in display order. */
	owed: BriefFollowUp[];
	/** The questions prepared in the note of `next` (null: no such note, or no "Questions" section in it). */
	questions: { note: string; items: string[] } | null;
	/** Your pitch: the one written in the note of `next`, else the one in the settings (`note` null). */
	pitch: { text: string; note: string | null } | null;
}

const QUESTIONS = /^questions\b/i;
const ADVICE = /^advice\b/i;
const PITCH = /^(?:my\s+)?(?:short\s+)?pitch\b/i;

/** Whose brief a note opens, with their interviews (earliest first) and the one the brief prepares. */
interface Subject {
	contact: Contact | null;
	person: string;
	interviews: Interview[];
	focus: Interview | null;
}

function subjectOf(index: VaultIndex, path: string, today: CalendarDate): Subject | null {
	const record = index.get(path);
	if (!record) return null;
	if (record.kind === "contact") {
		const interviews = index.interviewsOf(record.path);
		return { contact: record, person: record.name, interviews, focus: nextPlanned(interviews, today) };
	}
	const contact = index.contactOf(record);
	const interviews = contact ? index.interviewsOf(contact.path) : [record];
	return { contact, person: personOf(contact, record), interviews, focus: record };
}

/** The next conversation planned: the earliest dated today or later (scheduled or without status), else the latest prepared. */
function nextPlanned(interviews: readonly Interview[], today: CalendarDate): Interview | null {
	const ahead = interviews.find((iv) => !iv.statusUnknown && (iv.status === null || iv.status === "scheduled") && iv.date !== null && iv.date >= today);
	if (ahead) return ahead;
	const prepared = interviews.filter((iv) => iv.prepared);
	return prepared[prepared.length - 1] ?? null;
}

/** The notes whose text the brief of `path` reads: the person's interview notes. */
export function briefReads(index: VaultIndex, path: string, today: CalendarDate): string[] {
	return subjectOf(index, path, today)?.interviews.map((iv) => iv.path) ?? [];
}

/**
 * The brief of the person a contact or interview note is about, as of `today`;
 * `texts` holds the text of the notes `briefReads` named (a note missing from
 * it contributes its properties only), `pitch` the pitch of the settings.
 * Null when `path` is not a contact or an interview.
 */
export function personBrief(index: VaultIndex, path: string, today: CalendarDate, texts: ReadonlyMap<string, string>, pitch: string): PersonBrief | null {
	const subject = subjectOf(index, path, today);
	if (subject === null) return null;
	const { contact, interviews, focus } = subject;
	const person = (link: LinkRef): BriefPerson => ({ name: baseName(link.target), path: index.resolveContact(link)?.path ?? null });
	const focusText = focus ? texts.get(focus.path) : undefined;
	const questions = focus && focusText !== undefined ? sectionItems(focusText, QUESTIONS) : null;
	const ownPitch = focusText !== undefined ? sectionText(focusText, PITCH) : null;
	const notes = new Set(interviews.map((iv) => iv.path));
	return {
		person: subject.person,
		contact: contact?.path ?? null,
		role: contact?.role ?? null,
		organization: readable(contact?.organization),
		level: contact?.level ?? null,
		relationship: contact?.relationship ?? null,
		referredBy: contact?.referredBy ? person(contact.referredBy) : null,
		next: focus && !index.tookPlace(focus, today) ? { note: focus.path, date: focus.date, time: focus.time, format: focus.format, location: focus.location } : null,
		earlier: interviews
			.filter((iv) => index.tookPlace(iv, today))
			.map((iv) => {
				const text = texts.get(iv.path);
				return { note: iv.path, date: iv.date, format: iv.format, topics: iv.topics, advice: text === undefined ? [] : (sectionItems(text, ADVICE) ?? []), suggested: iv.referrals.map(person) };
			}),
		owed: dueFollowUps(index, today)
			.filter((f) => (contact !== null ? f.contact === contact.path : notes.has(f.note) && f.kind !== "reach-out"))
			.map((f) => ({ kind: f.kind, title: f.title, due: f.due, status: followUpStatus(f.due, today), note: f.note })),
		questions: focus && questions !== null ? { note: focus.path, items: questions } : null,
		pitch: ownPitch !== null ? { text: ownPitch, note: focus?.path ?? null } : pitch.trim() !== "" ? { text: pitch.trim(), note: null } : null,
	};
}
