import { daysBetween } from "../domain/dates";
import { baseName, parseLink } from "../domain/links";
import type { CalendarDate, Interview } from "../domain/types";
import { caseless, World } from "./insights-world";
import { referralChain, type ReferralNode } from "./referral-chain";
import type { VaultIndex } from "./vault-index";

/**
 * "The search at a glance": is the outreach working, where has it reached, and
 * who led to whom. Pure: computed from a VaultIndex and today, nothing else.
 *
 * Archived contacts are left out everywhere, as README.md says: their interviews
 * do not count, they are no organization's contact, no node of the referral
 * chain, and a referral naming one is not counted. Interviews whose `status`
 * is unknown are problems and count nowhere (the rules skip them too).
 *
 * Definitions (the notes hold no more than this, so these are the numbers):
 * - **request**: an interview note with `requested`, a known `status`, or a
 *   `date` (a `requested` or `date` that cannot be read still counts). A note
 *   with none of those is a draft, not a request.
 * - **reply**: a request whose status is `scheduled`, `done`, `declined` or
 *   `cancelled` (cancelled means it had been agreed), or that took place, or
 *   whose status is missing while it has a `date` (the rules read a missing
 *   status as `scheduled`).
 * - **conversation held**: the interview took place (`tookPlace` in src/domain/rules.ts).
 * - **referral received**: a distinct person named in `referrals` of an
 *   interview that took place (by contact note when the link resolves, else by
 *   the linked name).
 * - **reply date**: no property records when a reply arrived. The earliest
 *   readable sign of one is `confirmed` (a day) or the conversation `date`;
 *   and a reply recorded in the notes came by today at the latest. So the
 *   reply date is the earliest of `confirmed`, `date` and today, used only when
 *   `confirmed` or `date` is a readable day. `medianDaysToReply` is the median
 *   of `requested` → reply date over replies that have both (a reply date
 *   before `requested` is a typing error and is skipped); it is an upper
 *   bound on the true time to reply.
 */

export interface Funnel {
	requests: number;
	replies: number;
	conversations: number;
	referrals: number;
	/** replies / requests, rounded to 3 decimals; null when there are no requests. */
	replyRate: number | null;
	/** null when no reply has the dates it needs. */
	medianDaysToReply: number | null;
	/** How many replies the median is taken over. */
	repliesTimed: number;
}

export interface FieldInsight {
	field: string;
	contacts: number;
	/** Contacts with a conversation held. */
	met: number;
	/** Conversations held with the field's contacts (one person may count twice). */
	conversations: number;
	target: number;
	/** Organizations of the field's contacts you have met, by name. */
	organizations: string[];
}

export interface ReferralPair {
	from: string;
	/** The referrer's contact note; null when they have none. */
	fromContact: string | null;
	to: string;
	toContact: string;
}

export interface OrganizationInsight {
	organization: string;
	contacts: number;
	/** Contacts with a conversation held. */
	met: number;
	conversations: number;
	/** Contacts there whose `referred-by` names someone, and that someone. */
	referrals: ReferralPair[];
}


export interface Insights {
	funnel: Funnel;
	fields: FieldInsight[];
	organizations: OrganizationInsight[];
	referralChain: ReferralNode[];
}

export function insights(index: VaultIndex, today: CalendarDate): Insights {
	const w = new World(index, today);
	return {
		funnel: funnel(w),
		fields: fields(w),
		organizations: organizations(w),
		referralChain: referralChain(w),
	};
}

// ---- funnel ------------------------------------------------------------------

function isRequest(iv: Interview): boolean {
	return iv.requested !== null || iv.unreadable.has("requested") || iv.status !== null || hasDate(iv);
}

function hasDate(iv: Interview): boolean {
	return iv.date !== null || iv.unreadable.has("date");
}

/** Whatever took place is a reply too: it needs status done, scheduled or missing with a date. */
function isReply(iv: Interview): boolean {
	switch (iv.status) {
		case "scheduled":
		case "done":
		case "declined":
		case "cancelled":
			return true;
		case null:
			return hasDate(iv);
		case "requested":
		case "no-response":
			return false;
	}
}

/** The earliest readable sign of a reply, capped at today; null when there is none. */
function replyDate(iv: Interview, today: CalendarDate): CalendarDate | null {
	const signs = [typeof iv.confirmed === "string" ? iv.confirmed : null, iv.date].filter((d): d is string => d !== null);
	if (signs.length === 0) return null;
	return [...signs, today].sort()[0] ?? null;
}

function funnel(w: World): Funnel {
	const requests = w.interviews.filter(isRequest);
	const replies = requests.filter(isReply);
	const referred = new Set<string>();
	for (const iv of w.held) {
		for (const link of iv.referrals) {
			const { contact, hidden } = w.resolve(link);
			if (!hidden) referred.add(contact ? contact.path : `?${baseName(link.target).toLowerCase()}`);
		}
	}
	const days: number[] = [];
	for (const iv of replies) {
		const reply = replyDate(iv, w.today);
		if (iv.requested === null || reply === null || reply < iv.requested) continue;
		days.push(daysBetween(iv.requested, reply));
	}
	return {
		requests: requests.length,
		replies: replies.length,
		conversations: w.held.length,
		referrals: referred.size,
		replyRate: requests.length === 0 ? null : Math.round((replies.length / requests.length) * 1000) / 1000,
		medianDaysToReply: median(days),
		repliesTimed: days.length,
	};
}

export function median(values: readonly number[]): number | null {
	if (values.length === 0) return null;
	const s = [...values].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 === 1 ? (s[mid] ?? null) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

// ---- fields and organizations -------------------------------------------------

/** `[[Orgs/Acme|Acme Inc]]` → `Acme Inc`; `[Acme](Acme.md)` → `Acme`; plain text as written. */
export function organizationName(text: string | null): string | null {
	if (text === null) return null;
	const t = text.trim();
	const isLink = /^!?\[\[[^\]]*\]\]$/.test(t) || /^\[[^\]]*\]\([^)]*\)$/.test(t);
	const name = (isLink ? (parseLink(t)?.display ?? "") : t).replace(/\s+/g, " ").trim();
	return name === "" ? null : name;
}

const orgKey = (name: string) => name.toLowerCase();

function fields(w: World): FieldInsight[] {
	// One pass over the contacts, grouped by field (a contact may work in several).
	const byField = new Map<string, { conversations: number; orgs: Map<string, string> }>();
	for (const c of w.contacts) {
		if (c.fields.length === 0) continue;
		const held = w.heldWith(c);
		const org = held > 0 ? organizationName(c.organization) : null;
		for (const f of c.fields) {
			const key = f.toLowerCase();
			let entry = byField.get(key);
			if (!entry) byField.set(key, (entry = { conversations: 0, orgs: new Map() }));
			entry.conversations += held;
			if (org !== null && !entry.orgs.has(orgKey(org))) entry.orgs.set(orgKey(org), org);
		}
	}
	return w.index.fields(w.today).map((progress) => {
		const entry = byField.get(progress.field.toLowerCase());
		const conversations = entry?.conversations ?? 0;
		const orgs = entry?.orgs ?? new Map<string, string>();
		return {
			field: progress.field,
			contacts: progress.contacts,
			met: progress.met,
			conversations,
			target: progress.target,
			organizations: [...orgs.values()].sort(caseless),
		};
	});
}

function organizations(w: World): OrganizationInsight[] {
	const byOrg = new Map<string, OrganizationInsight>();
	for (const c of w.contacts) {
		const name = organizationName(c.organization);
		if (name === null) continue;
		let o = byOrg.get(orgKey(name));
		if (!o) byOrg.set(orgKey(name), (o = { organization: name, contacts: 0, met: 0, conversations: 0, referrals: [] }));
		const held = w.heldWith(c);
		o.contacts++;
		o.conversations += held;
		if (held > 0) o.met++;
		if (c.referredBy) {
			const { contact: by, hidden } = w.resolve(c.referredBy);
			if (!hidden) {
				o.referrals.push({ from: by?.name ?? c.referredBy.display, fromContact: by?.path ?? null, to: c.name, toContact: c.path });
			}
		}
	}
	return [...byOrg.values()].sort((a, b) => caseless(a.organization, b.organization));
}
