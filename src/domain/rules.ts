import { addDays, addPeriod, maxDate } from "./dates";
import { baseName, linkKey } from "./links";
import { shortDate } from "./relative";
import { followUpKind, type FollowUpKind, type TitleParts } from "./follow-up-kinds";
import { PROP } from "./properties";
import type { RuleSettings } from "./rule-windows";
import type { CalendarDate, Contact, FollowUp, FollowUpStatus, Interview, LinkRef } from "./types";

/** What the rules need to know beyond one contact and its interviews. */
export interface RuleContext {
	today: CalendarDate;
	settings: RuleSettings;
	/** The contact note a link names, or null. */
	resolve(link: LinkRef): Contact | null;
	/** Whether an interview note that was sent (see `wasSent`) names this contact. */
	hasSentInterview(contact: Contact): boolean;
	/** Whether a reach-out to this person (a `personKey`) exists. */
	reachOutTo(personKey: string): boolean;
	/** The latest day, up to today, of a daily note that links to this contact (null: none, or not counted). */
	lastDailyMention(contact: Contact): CalendarDate | null;
}

/**
 * An interview was sent when it has a readable `requested` or `date`, or a
 * known status: from then on it ends a reach-out to the person.
 */
export function wasSent(iv: Interview): boolean {
	return iv.status !== null || iv.requested !== null || iv.date !== null;
}

/**
 * Who a link names, for "the same person": their contact note's path, or for
 * a link that resolves to no note, `?` and the link compared as links are.
 */
function personKey(link: LinkRef, resolved: Contact | null): string {
	return resolved ? resolved.path : `?${linkKey(link)}`;
}

/**
 * An interview took place when its status is `done`, or when its status is
 * `scheduled` or missing and its date is before today (calendar days).
 */
export function tookPlace(iv: Interview, today: CalendarDate): boolean {
	if (iv.statusUnknown) return false;
	if (iv.status === "done") return true;
	return (iv.status === "scheduled" || iv.status === null) && iv.date !== null && iv.date < today;
}

export function followUpStatus(due: CalendarDate, today: CalendarDate): FollowUpStatus {
	return due < today ? "overdue" : due === today ? "due" : "upcoming";
}

/** By due date, then note path, then the order of the table of kinds. */
export function compareFollowUps(a: FollowUp, b: FollowUp): number {
	if (a.due !== b.due) return a.due < b.due ? -1 : 1;
	if (a.note !== b.note) return a.note < b.note ? -1 : 1;
	const k = followUpKind(a.kind).order - followUpKind(b.kind).order;
	if (k !== 0) return k;
	const ta = a.target ?? a.contact ?? "";
	const tb = b.target ?? b.contact ?? "";
	return ta < tb ? -1 : ta > tb ? 1 : 0;
}

/**
 * The latest of `last-contact`, a daily note's day (`daily`, already limited to
 * today) and, for each interview that took place, its date and thank-you.
 */
function lastInteraction(contact: Contact, interviews: readonly Interview[], today: CalendarDate, daily: CalendarDate | null = null): CalendarDate | null {
	let last = maxDate(contact.lastContact, daily);
	for (const iv of interviews) {
		if (!tookPlace(iv, today)) continue;
		last = maxDate(last, iv.date, typeof iv.thankYouSent === "string" ? iv.thankYouSent : null);
	}
	return last;
}

function snoozed(due: CalendarDate, ...snoozes: (CalendarDate | null | undefined)[]): CalendarDate {
	return maxDate(due, ...snoozes) ?? due;
}

/** The name of the person an interview is with: their contact note's, else the link's. */
export function personOf(contact: Contact | null, iv: Interview): string {
	return contact?.name ?? (iv.contact ? baseName(iv.contact.target) : iv.name);
}

/**
 * A follow-up, titled as the table of kinds words it. Always built as this one
 * object literal in this order (its optional keys added after): a vault has
 * tens of thousands of follow-ups, and objects built by spreading others each
 * get a shape of their own, several times larger and slower to read
 * (bench/RESULTS.md, 2026-11-30).
 */
function followUp(kind: FollowUpKind, parts: TitleParts, due: CalendarDate, note: string, contact: string | null): FollowUp {
	return { kind, title: followUpKind(kind).title(parts), due, note, contact, person: parts.person };
}

function needs(iv: { unreadable: ReadonlySet<string> }, ...props: string[]): boolean {
	// Most notes have every property readable: no need to look each one up.
	return iv.unreadable.size === 0 || props.every((p) => !iv.unreadable.has(p));
}

/**
 * The follow-ups of one person: the contact (null when the interviews name no
 * existing contact note) and the interviews that name them. Reach-outs are
 * computed apart (see `reachOutCandidates`) because they concern other people.
 */
export function groupFollowUps(contact: Contact | null, interviews: readonly Interview[], context: RuleContext): FollowUp[] {
	if (contact?.status === "archived") return [];
	const { today, settings } = context;
	const out: FollowUp[] = [];
	const contactPath = contact?.path ?? null;
	const contactSnooze = contact?.snoozeUntil ?? null;

	for (const iv of interviews) {
		if (iv.statusUnknown) continue;
		const person = personOf(contact, iv);
		const due = (d: CalendarDate) => snoozed(d, iv.snoozeUntil, contactSnooze);

		if (iv.status === "requested" && iv.requested !== null && iv.date === null && needs(iv, PROP.date, PROP.requested, PROP.nudged, PROP.nudges)) {
			const closeRequest = iv.nudges >= settings.maxNudges;
			const nudge = followUp("nudge", { person, closeRequest }, due(addDays(maxDate(iv.requested, iv.nudged) ?? iv.requested, settings.nudgeDays)), iv.path, contactPath);
			if (closeRequest) nudge.closeRequest = true;
			out.push(nudge);
		}
		if (iv.date !== null && iv.date >= today && (iv.status === "scheduled" || iv.status === null) && iv.confirmed === null && needs(iv, PROP.confirmed)) {
			const day = iv.date === today ? "today" : iv.date === addDays(today, 1) ? "tomorrow" : shortDate(iv.date);
			const when = `${day}${iv.time ? ` at ${iv.time}` : ""}`;
			out.push(followUp("confirm", { person, when }, due(addDays(iv.date, -settings.confirmDaysBefore)), iv.path, contactPath));
		}
		if (iv.date !== null && tookPlace(iv, today) && iv.thankYouSent === null && !iv.predatesAdoption && needs(iv, PROP.thankYouSent)) {
			out.push(followUp("thank-you", { person }, due(addDays(iv.date, settings.thankYouDays)), iv.path, contactPath));
		}
		// A request being prepared, unless a reach-out to the same person already says to write to them.
		if (iv.prepared && iv.contact !== null && !iv.predatesAdoption && !context.reachOutTo(personKey(iv.contact, contact))) {
			const start = iv.created === null ? today : addDays(iv.created, settings.sendRequestDays);
			out.push(followUp("send-request", { person }, due(start), iv.path, contactPath));
		}
	}

	if (contact !== null) {
		const referrer = thankReferrer(contact, interviews, context);
		if (referrer) {
			referrer.due = snoozed(referrer.due, contactSnooze);
			out.push(referrer);
		}
		const keep = keepInTouch(contact, interviews, context);
		if (keep) out.push(keep);
	}
	return out;
}

function thankReferrer(contact: Contact, interviews: readonly Interview[], context: RuleContext): FollowUp | null {
	if (contact.referredBy === null) return null;
	if (interviews.some((iv) => iv.referrerThanked !== null || iv.unreadable.has(PROP.referrerThanked))) return null;
	let first: Interview | null = null;
	for (const iv of interviews) {
		if (iv.date === null || !tookPlace(iv, context.today)) continue;
		if (first === null || iv.date < (first.date ?? "") || (iv.date === first.date && iv.path < first.path)) first = iv;
	}
	if (first === null || first.date === null || first.predatesAdoption) return null;
	// The referrer's file name, as their note is (or would be) named, not a link's alias.
	const referrer = baseName(contact.referredBy.target);
	const thank = followUp("thank-referrer", { person: contact.name, referrer }, snoozed(addDays(first.date, context.settings.thankReferrerDays), first.snoozeUntil), first.path, contact.path);
	thank.target = referrer;
	return thank;
}

function keepInTouch(contact: Contact, interviews: readonly Interview[], context: RuleContext): FollowUp | null {
	if (contact.status !== "active") return null;
	if (!needs(contact, PROP.keepInTouch, PROP.lastContact)) return null;
	const met = interviews.some((iv) => tookPlace(iv, context.today));
	if (!met && contact.keepInTouch === null) return null;
	const last = lastInteraction(contact, interviews, context.today, context.lastDailyMention(contact));
	if (last === null) return null;
	const cadence = contact.keepInTouch ?? context.settings.keepInTouch;
	return followUp("keep-in-touch", { person: contact.name }, snoozed(addPeriod(last, cadence.count, cadence.unit), contact.snoozeUntil), contact.path, contact.path);
}

export interface ReachOutCandidate {
	/** Who to reach out to: their contact path, or `?` and the lower-cased link target. */
	personKey: string;
	followUp: FollowUp;
}

/**
 * One candidate per person an interview that took place suggested, until that
 * person has a contact note and an interview that was sent; none for a person
 * whose contact note is archived, or whom this interview lists as not pursued.
 * The index merges candidates for the same person into one follow-up (the earliest).
 */
export function reachOutCandidates(iv: Interview, interviewed: Contact | null, context: RuleContext): ReachOutCandidate[] {
	if (iv.referrals.length === 0 || iv.statusUnknown || interviewed?.status === "archived") return [];
	if (iv.date === null || !tookPlace(iv, context.today) || iv.predatesAdoption) return [];
	const from = personOf(interviewed, iv);
	const seen = new Set<string>();
	for (const link of iv.notPursued) seen.add(personKey(link, context.resolve(link)));
	const out: ReachOutCandidate[] = [];
	for (const link of iv.referrals) {
		const person = context.resolve(link);
		const key = personKey(link, person);
		if (seen.has(key)) continue;
		seen.add(key);
		if (person && (person.status === "archived" || context.hasSentInterview(person))) continue;
		const name = person?.name ?? baseName(link.target);
		const reach = followUp("reach-out", { person: name, suggestedBy: from }, snoozed(addDays(iv.date, context.settings.reachOutDays), iv.snoozeUntil, person?.snoozeUntil), iv.path, person?.path ?? null);
		reach.target = person ? person.name : link.target;
		out.push({ personKey: key, followUp: reach });
	}
	return out;
}
