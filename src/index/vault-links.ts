import { addDays, daysBetween } from "../domain/dates";
import { baseName } from "../domain/links";
import { PROP } from "../domain/properties";
import type { CalendarDate, Contact, Interview, LinkRef, NoteRecord, Problem } from "../domain/types";
import { ContactNames } from "./contact-names";
import { MultiMap } from "./multi-map";
import { WorkSet } from "./work-set";

/** Up to this many days, `datedFrom` looks each day up rather than walking every day that has interviews. */
const DAY_LOOKUPS = 62;

/** Group key of an interview whose contact link names no contact note: this, then its own path. */
export const NO_CONTACT = "\u0000";

/** Who hears that a change may alter follow-ups (the derivation). */
export interface LinkListener {
	/** A person's group (a contact's path, or NO_CONTACT and an interview's) needs its follow-ups again. */
	markGroup(key: string): void;
	/** An interview's reach-out candidates need computing again. */
	markReach(interviewPath: string): void;
	/** A contact gained or lost an interview: reach-outs to them may change. */
	personInterviewsChanged(contactPath: string): void;
}

/**
 * How the notes' links resolve: contacts by file name, each interview to its
 * person's group, who links to which name, interviews by day, and the
 * interviews whose contact link names no note. Built in one pass over every
 * record (`linkStep`), then kept up to date one record at a time.
 */
export class VaultLinks {
	private readonly names = new ContactNames();
	/** Interviews whose `contact` is missing or names no contact note (changes as contacts come and go). */
	private readonly contactProblems = new Map<string, Problem>();
	/** Interview path → group key (its contact's path, or NO_CONTACT + its own path). */
	private readonly groups = new Map<string, string>();
	/** Contact path → interviews resolved to it. */
	private readonly memberSets = new MultiMap();
	/** Lower-cased link file name → interviews whose contact or referral links use it. */
	private readonly watcherSets = new MultiMap();
	/** Day → interviews dated that day (conversations are looked up by day, not by reading every interview). */
	private readonly byDate = new MultiMap();
	/** Interviews whose contact link is to be resolved again. */
	private readonly toResolve = new WorkSet();
	/** Bumped whenever the contact problems change. */
	problemsRevision = 0;
	/** Where the first pass over the records is (see `linkStep`); null once it is done. */
	private cursor: Iterator<NoteRecord> | null = null;
	private linkedContacts = false;

	constructor(
		private readonly records: ReadonlyMap<string, NoteRecord>,
		private readonly listener: LinkListener,
	) {}

	/** Whether the first pass over the records is done. */
	get complete(): boolean {
		return this.linkedContacts && this.cursor === null;
	}

	/**
	 * A step of the first pass over the records (every contact by name at once,
	 * then up to `limit` interviews); returns whether the pass is done. Records
	 * that come and go meanwhile are attached and detached as usual: what the
	 * pass has not reached yet, it reads as it is then.
	 */
	linkStep(limit = Infinity): boolean {
		if (!this.linkedContacts) {
			for (const r of this.records.values()) if (r.kind === "contact") this.names.add(r);
			this.linkedContacts = true;
			this.cursor = this.records.values();
		}
		for (let i = 0; i < limit && this.cursor !== null; ) {
			const next = this.cursor.next();
			if (next.done === true) {
				this.cursor = null;
				break;
			}
			const r = next.value;
			if (r.kind !== "interview") continue;
			i++;
			this.watch(r);
			const contact = this.resolveContactOf(r);
			const key = contact ? contact.path : NO_CONTACT + r.path;
			this.groups.set(r.path, key);
			if (contact) this.memberSets.add(key, r.path);
		}
		return this.complete;
	}

	// ---- queries -------------------------------------------------------------

	resolve(link: LinkRef): Contact | null {
		return this.names.resolve(link);
	}

	/** The contacts whose file name is `name` (lower case). */
	named(name: string): readonly Contact[] {
		return this.names.named(name);
	}

	members(contactPath: string): Iterable<string> {
		return this.memberSets.get(contactPath);
	}

	groupOf(interviewPath: string): string | undefined {
		return this.groups.get(interviewPath);
	}

	watchers(name: string): Iterable<string> {
		return this.watcherSets.get(name);
	}

	datedFrom(from: CalendarDate, until: CalendarDate): string[] {
		const out: string[] = [];
		// A window of a few days (today's and tomorrow's conversations, after every change) looks its days up;
		// a longer one walks the days that have interviews (hundreds in a large vault).
		const span = daysBetween(from, until);
		if (span <= DAY_LOOKUPS) {
			let day = from;
			for (let i = 0; i <= span; i++) {
				out.push(...this.byDate.get(day));
				const next = addDays(day, 1);
				// The calendar's last day has no next one (addDays stays on it).
				if (next === day) break;
				day = next;
			}
			return out;
		}
		for (const [day, paths] of this.byDate.entries()) if (day >= from && day <= until) out.push(...paths);
		return out;
	}

	problems(): IterableIterator<Problem> {
		return this.contactProblems.values();
	}

	get unresolved(): number {
		return this.toResolve.size;
	}

	// ---- changes -------------------------------------------------------------

	/** A record came in. */
	attach(record: NoteRecord): void {
		if (record.kind === "contact") {
			this.names.add(record);
			this.contactChanged(record);
		} else {
			this.watch(record);
			this.toResolve.add(record.path);
			this.listener.markReach(record.path);
		}
	}

	/** A record left. */
	detach(old: NoteRecord): void {
		if (old.kind === "contact") {
			this.names.remove(old);
			this.contactChanged(old);
			return;
		}
		const path = old.path;
		for (const name of linkNames(old)) this.watcherSets.remove(name, path);
		if (old.date !== null) this.byDate.remove(old.date, path);
		this.leaveGroup(path);
		this.listener.markReach(path);
		this.toResolve.delete(path);
		if (this.contactProblems.delete(path)) this.problemsRevision++;
	}

	/** Resolves the contact links of interviews changed since (at most `limit` of them). */
	resolvePending(limit = Infinity): void {
		const persons = new Set<string>();
		for (const path of this.toResolve.take(limit)) {
			const iv = this.records.get(path);
			if (iv?.kind !== "interview") continue;
			const contact = this.resolveContactOf(iv);
			const key = contact ? contact.path : NO_CONTACT + path;
			const old = this.groups.get(path);
			this.listener.markGroup(key);
			if (old === key) continue;
			if (old !== undefined) this.leaveGroup(path);
			this.groups.set(path, key);
			if (contact) {
				this.memberSets.add(key, path);
				persons.add(key);
			}
		}
		// Once per person, not once per interview: a person with many interviews has many watchers.
		for (const key of persons) this.listener.personInterviewsChanged(key);
	}

	private watch(iv: Interview): void {
		for (const name of linkNames(iv)) this.watcherSets.add(name, iv.path);
		if (iv.date !== null) this.byDate.add(iv.date, iv.path);
	}

	/**
	 * A contact appeared, changed or left: links naming it may now resolve
	 * elsewhere, and reach-outs to it or from its interviews may change. Its
	 * interviews are among the watchers of its name, since links resolve by name.
	 */
	private contactChanged(c: Contact): void {
		this.listener.markGroup(c.path);
		const name = c.name.toLowerCase();
		// A daily note's link resolves by name too: another contact of the same name may gain or lose its mentions.
		for (const other of this.names.named(name)) this.listener.markGroup(other.path);
		for (const iv of this.watchers(name)) {
			this.toResolve.add(iv);
			this.listener.markReach(iv);
		}
	}

	private leaveGroup(ivPath: string): void {
		const key = this.groups.get(ivPath);
		if (key === undefined) return;
		this.groups.delete(ivPath);
		this.listener.markGroup(key);
		if (!key.startsWith(NO_CONTACT)) {
			this.memberSets.remove(key, ivPath);
			this.listener.personInterviewsChanged(key);
		}
	}

	/** The contact note an interview's link names, with the problem of a link that names none (or of no link). */
	private resolveContactOf(iv: Interview): Contact | null {
		const contact = iv.contact ? this.names.resolve(iv.contact) : null;
		const had = this.contactProblems.get(iv.path);
		let message: string | null = null;
		if (iv.contact === null && !iv.unreadable.has(PROP.contact)) {
			message = 'Missing: link the interview to the person\'s contact note, e.g. contact: "[[Jane Doe]]"';
		} else if (iv.contact !== null && contact === null) {
			message = `No contact note named "${baseName(iv.contact.target)}" yet: create it, or correct the link`;
		}
		if (message === had?.message || (message === null && had === undefined)) return contact;
		if (message === null) this.contactProblems.delete(iv.path);
		else this.contactProblems.set(iv.path, { note: iv.path, property: PROP.contact, message });
		this.problemsRevision++;
		return contact;
	}
}

function linkNames(iv: Interview): Set<string> {
	const names = new Set<string>();
	if (iv.contact) names.add(baseName(iv.contact.target).toLowerCase());
	for (const r of iv.referrals) names.add(baseName(r.target).toLowerCase());
	return names;
}
