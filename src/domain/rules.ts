import { addDays, addPeriod, maxDate } from "./dates";
import { baseName, linkKey } from "./links";
import { shortDate } from "./relative";
import type { RuleSettings } from "./settings";
import {
	FOLLOW_UP_KINDS,
	type CalendarDate,
	type Contact,
	type FollowUp,
	type FollowUpKind,
	type FollowUpStatus,
	type Interview,
	type LinkRef,
} from "./types";

/** What the rules need to know beyond one contact and its interviews. */
export interface RuleWorld {
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
export function personKey(link: LinkRef, resolved: Contact | null): string {
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

const KIND_ORDER: Record<FollowUpKind, number> = Object.fromEntries(
	FOLLOW_UP_KINDS.map((k, i) => [k, i]),
) as Record<FollowUpKind, number>;

/** By due date, then note path, then the order of the rules table. */
export function compareFollowUps(a: FollowUp, b: FollowUp): number {
	if (a.due !== b.due) return a.due < b.due ? -1 : 1;
	if (a.note !== b.note) return a.note < b.note ? -1 : 1;
	const k = KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
	if (k !== 0) return k;
	const ta = a.target ?? a.contact ?? "";
	const tb = b.target ?? b.contact ?? "";
	return ta < tb ? -1 : ta > tb ? 1 : 0;
}

/**
 * The latest of `last-contact`, a daily note's day (`daily`, already limited to
 * today) and, for each interview that took place, its date and thank-you.
 */
export function lastInteraction(contact: Contact, interviews: readonly Interview[], today: CalendarDate, daily: CalendarDate | null = null): CalendarDate | null {
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

function needs(iv: { unreadable: ReadonlySet<string> }, ...props: string[]): boolean {
	return props.every((p) => !iv.unreadable.has(p));
}

/**
 * The follow-ups of one person: the contact (null when the interviews name no
 * existing contact note) and the interviews that name them. Reach-outs are
 * computed apart (see `reachOutCandidates`) because they concern other people.
 */
export function groupFollowUps(contact: Contact | null, interviews: readonly Interview[], world: RuleWorld): FollowUp[] {
	if (contact?.status === "archived") return [];
	const { today, settings } = world;
	const out: FollowUp[] = [];
	const contactPath = contact?.path ?? null;
	const contactSnooze = contact?.snoozeUntil ?? null;

	for (const iv of interviews) {
		if (iv.statusUnknown) continue;
		const person = personOf(contact, iv);
		const base = { note: iv.path, contact: contactPath, person };
		const due = (d: CalendarDate) => snoozed(d, iv.snoozeUntil, contactSnooze);

		if (iv.status === "requested" && iv.requested !== null && iv.date === null && needs(iv, "date", "requested", "nudged", "nudges")) {
			const closeRequest = iv.nudges >= settings.maxNudges;
			out.push({
				...base,
				kind: "nudge",
				due: due(addDays(maxDate(iv.requested, iv.nudged) ?? iv.requested, settings.nudgeDays)),
				title: closeRequest ? `Close your request to ${person} as no response` : `Nudge ${person} about your request`,
				...(closeRequest ? { closeRequest } : {}),
			});
		}
		if (iv.date !== null && iv.date >= today && (iv.status === "scheduled" || iv.status === null) && iv.confirmed === null && needs(iv, "confirmed")) {
			const day = iv.date === today ? "today" : iv.date === addDays(today, 1) ? "tomorrow" : shortDate(iv.date);
			const when = `${day}${iv.time ? ` at ${iv.time}` : ""}`;
			out.push({
				...base,
				kind: "confirm",
				due: due(addDays(iv.date, -settings.confirmDaysBefore)),
				title: `Confirm the conversation with ${person} (${when})`,
			});
		}
		if (iv.date !== null && tookPlace(iv, today) && iv.thankYouSent === null && needs(iv, "thank-you-sent")) {
			out.push({ ...base, kind: "thank-you", due: due(addDays(iv.date, settings.thankYouDays)), title: `Send a thank-you to ${person}` });
		}
		// A request being prepared, unless a reach-out to the same person already says to write to them.
		if (iv.prepared && iv.contact !== null && !world.reachOutTo(personKey(iv.contact, contact))) {
			const start = iv.created === null ? today : addDays(iv.created, settings.sendRequestDays);
			out.push({ ...base, kind: "send-request", due: due(start), title: `Send your request to ${person}` });
		}
	}

	if (contact !== null) {
		const referrer = thankReferrer(contact, interviews, world);
		if (referrer) out.push({ ...referrer, due: snoozed(referrer.due, contactSnooze) });
		const keep = keepInTouch(contact, interviews, world);
		if (keep) out.push(keep);
	}
	return out;
}

function thankReferrer(contact: Contact, interviews: readonly Interview[], world: RuleWorld): FollowUp | null {
	if (contact.referredBy === null) return null;
	if (interviews.some((iv) => iv.referrerThanked !== null || iv.unreadable.has("referrer-thanked"))) return null;
	let first: Interview | null = null;
	for (const iv of interviews) {
		if (iv.date === null || !tookPlace(iv, world.today)) continue;
		if (first === null || iv.date < (first.date ?? "") || (iv.date === first.date && iv.path < first.path)) first = iv;
	}
	if (first === null || first.date === null) return null;
	// The referrer's file name, as their note is (or would be) named, not a link's alias.
	const referrer = baseName(contact.referredBy.target);
	return {
		kind: "thank-referrer",
		due: snoozed(addDays(first.date, world.settings.thankReferrerDays), first.snoozeUntil),
		note: first.path,
		contact: contact.path,
		person: contact.name,
		title: `Thank ${referrer} for the introduction to ${contact.name}`,
		target: referrer,
	};
}

function keepInTouch(contact: Contact, interviews: readonly Interview[], world: RuleWorld): FollowUp | null {
	if (contact.status !== "active") return null;
	if (!needs(contact, "keep-in-touch", "last-contact")) return null;
	const met = interviews.some((iv) => tookPlace(iv, world.today));
	if (!met && contact.keepInTouch === null) return null;
	const last = lastInteraction(contact, interviews, world.today, world.lastDailyMention(contact));
	if (last === null) return null;
	const cadence = contact.keepInTouch ?? world.settings.keepInTouch;
	return {
		kind: "keep-in-touch",
		due: snoozed(addPeriod(last, cadence.count, cadence.unit), contact.snoozeUntil),
		note: contact.path,
		contact: contact.path,
		person: contact.name,
		title: `Keep in touch with ${contact.name}`,
	};
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
export function reachOutCandidates(iv: Interview, interviewed: Contact | null, world: RuleWorld): ReachOutCandidate[] {
	if (iv.referrals.length === 0 || iv.statusUnknown || interviewed?.status === "archived") return [];
	if (iv.date === null || !tookPlace(iv, world.today)) return [];
	const from = personOf(interviewed, iv);
	const seen = new Set<string>();
	for (const link of iv.notPursued) seen.add(personKey(link, world.resolve(link)));
	const out: ReachOutCandidate[] = [];
	for (const link of iv.referrals) {
		const person = world.resolve(link);
		const key = personKey(link, person);
		if (seen.has(key)) continue;
		seen.add(key);
		if (person && (person.status === "archived" || world.hasSentInterview(person))) continue;
		const name = person?.name ?? baseName(link.target);
		out.push({
			personKey: key,
			followUp: {
				kind: "reach-out",
				due: snoozed(addDays(iv.date, world.settings.reachOutDays), iv.snoozeUntil, person?.snoozeUntil),
				note: iv.path,
				contact: person?.path ?? null,
				person: name,
				title: `Reach out to ${name} (suggested by ${from})`,
				target: person ? person.name : link.target,
			},
		});
	}
	return out;
}
