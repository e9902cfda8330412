import { daysBetween } from "../domain/dates";
import { baseName, parseLink } from "../domain/links";
import { tookPlace } from "../domain/rules";
import type { CalendarDate, Contact, Interview, LinkRef } from "../domain/types";
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

export interface ReferralNode {
	name: string;
	/** The contact note; null for a person suggested in `referrals` who has no note yet. */
	contact: string | null;
	/**
	 * Who led to them, as the notes say: the `referred-by` contact's name (the
	 * link's text when that person has no note; null when nobody, or when that
	 * contact is archived); for a suggested person, who suggested them.
	 */
	referredBy: string | null;
	/** A conversation with them took place. */
	met: boolean;
	children: ReferralNode[];
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

/** What every part needs, worked out once. */
class World {
	readonly contacts: Contact[];
	/** Interviews that count: known status, contact not archived. */
	readonly interviews: Interview[];
	/** Contact path → its counted interviews. */
	readonly byContact = new Map<string, Interview[]>();
	readonly contactOf = new Map<string, Contact | null>();
	readonly held: Interview[];

	constructor(
		readonly index: VaultIndex,
		readonly today: CalendarDate,
	) {
		this.contacts = index
			.contacts()
			.filter((c) => c.status !== "archived")
			.sort(byName);
		this.interviews = [];
		for (const iv of index.interviews().sort(byDateThenPath)) {
			if (iv.statusUnknown) continue;
			const c = index.contactOf(iv);
			if (c?.status === "archived") continue;
			this.interviews.push(iv);
			this.contactOf.set(iv.path, c);
			if (c) {
				const list = this.byContact.get(c.path);
				if (list) list.push(iv);
				else this.byContact.set(c.path, [iv]);
			}
		}
		this.held = this.interviews.filter((iv) => tookPlace(iv, today));
	}

	/** Conversations held with a contact. */
	heldWith(c: Contact): number {
		return (this.byContact.get(c.path) ?? []).filter((iv) => tookPlace(iv, this.today)).length;
	}

	/** A link resolved to a visible contact; archived ones count as hidden. */
	resolve(link: LinkRef): { contact: Contact | null; hidden: boolean } {
		const c = this.index.resolveContact(link);
		return c?.status === "archived" ? { contact: null, hidden: true } : { contact: c, hidden: false };
	}
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

// ---- referral chain ------------------------------------------------------------

/** Contacts nest at most this deep (a suggested person one level more); deeper ones continue as further roots, so that no consumer (JSON.stringify, a recursive view) runs out of stack. */
export const MAX_CHAIN_DEPTH = 100;

/**
 * A forest. A contact's parent is the contact its `referred-by` resolves to
 * (not archived, not itself); contacts without one are roots. People suggested
 * in `referrals` of a conversation held who have no contact note hang as leaves
 * under the contact interviewed (the earliest conversation suggesting them).
 * A cycle of `referred-by` links is cut at its member that sorts first, which
 * becomes a root; a chain deeper than MAX_CHAIN_DEPTH continues as a root too.
 * Every visible contact appears exactly once; `referredBy` on a root says who
 * the notes name even when that person is no node. Siblings sort by name.
 */
function referralChain(w: World): ReferralNode[] {
	const parent = new Map<string, string>();
	const children = new Map<string, Contact[]>();
	const referrerName = new Map<string, string | null>();
	for (const c of w.contacts) {
		if (!c.referredBy) continue;
		const { contact: p, hidden } = w.resolve(c.referredBy);
		referrerName.set(c.path, hidden ? null : (p?.name ?? c.referredBy.display));
		if (!p || p.path === c.path) continue;
		parent.set(c.path, p.path);
		const list = children.get(p.path);
		if (list) list.push(c);
		else children.set(p.path, [c]);
	}

	const leaves = new Map<string, ReferralNode[]>();
	const placed = new Set<string>();
	for (const iv of w.held) {
		const from = w.contactOf.get(iv.path);
		if (!from) continue;
		for (const link of iv.referrals) {
			if (w.index.resolveContact(link)) continue;
			const key = baseName(link.target).toLowerCase();
			if (placed.has(key)) continue;
			placed.add(key);
			const node: ReferralNode = { name: link.display, contact: null, referredBy: from.name, met: false, children: [] };
			const list = leaves.get(from.path);
			if (list) list.push(node);
			else leaves.set(from.path, [node]);
		}
	}

	const visited = new Set<string>();
	const deferred: Contact[] = [];
	const make = (c: Contact): ReferralNode => ({
		name: c.name,
		contact: c.path,
		referredBy: referrerName.get(c.path) ?? null,
		met: w.heldWith(c) > 0,
		children: [],
	});
	const build = (root: Contact): ReferralNode => {
		const top = make(root);
		visited.add(root.path);
		const stack: [Contact, ReferralNode, number][] = [[root, top, 1]];
		for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
			const [c, node, depth] = item;
			for (const child of children.get(c.path) ?? []) {
				if (visited.has(child.path)) continue;
				visited.add(child.path);
				if (depth + 1 > MAX_CHAIN_DEPTH) {
					deferred.push(child);
					continue;
				}
				const n = make(child);
				node.children.push(n);
				stack.push([child, n, depth + 1]);
			}
			node.children.push(...(leaves.get(c.path) ?? []));
			node.children.sort(byNode);
		}
		return top;
	};
	const forest: ReferralNode[] = [];
	const grow = (root: Contact) => {
		forest.push(build(root));
		for (let c = deferred.pop(); c !== undefined; c = deferred.pop()) forest.push(build(c));
	};

	for (const c of w.contacts) if (!parent.has(c.path)) grow(c);
	// What is left hangs from a cycle: walk up from it to the cycle and cut there.
	const byPath = new Map(w.contacts.map((c) => [c.path, c]));
	for (const c of w.contacts) {
		if (visited.has(c.path)) continue;
		const walk: string[] = [];
		const onWalk = new Set<string>();
		let at: string | undefined = c.path;
		while (at !== undefined && !onWalk.has(at) && !visited.has(at)) {
			walk.push(at);
			onWalk.add(at);
			at = parent.get(at);
		}
		const cycle = at !== undefined && onWalk.has(at) ? walk.slice(walk.indexOf(at)) : walk;
		const root = cycle
			.map((p) => byPath.get(p))
			.filter((x): x is Contact => x !== undefined)
			.sort(byName)[0];
		if (root) grow(root);
	}
	return forest.sort(byNode);
}

function byNode(a: ReferralNode, b: ReferralNode): number {
	return caseless(a.name, b.name) || caseless(a.contact ?? "", b.contact ?? "");
}

// ---- helpers ---------------------------------------------------------------------

function caseless(a: string, b: string): number {
	const x = a.toLowerCase();
	const y = b.toLowerCase();
	return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}

function byName(a: Contact, b: Contact): number {
	return caseless(a.name, b.name) || caseless(a.path, b.path);
}

function byDateThenPath(a: Interview, b: Interview): number {
	const x = a.date ?? "\uffff";
	const y = b.date ?? "\uffff";
	return x < y ? -1 : x > y ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
