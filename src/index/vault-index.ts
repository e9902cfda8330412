import { addDays } from "../domain/dates";
import { baseName } from "../domain/links";
import { parseNote } from "../domain/parse";
import { groupFollowUps, reachOutCandidates, tookPlace, wasSent, type ReachOutCandidate, type RuleContext } from "../domain/rules";
import { PROP } from "../domain/properties";
import { DEFAULT_RULE_SETTINGS, type RuleSettings } from "../domain/rule-windows";
import type { CalendarDate, Contact, FollowUp, Interview, LinkRef, NoteRecord, Problem } from "../domain/types";
import { ContactNames } from "./contact-names";
import { DailyMentions } from "./daily-mentions";
import { FieldTally, type FieldProgress } from "./field-tally";
import { SortedFollowUps } from "./sorted-follow-ups";

export interface Dashboard {
	overdue: readonly FollowUp[];
	due: readonly FollowUp[];
	upcoming: readonly FollowUp[];
}

interface Changes {
	added: FollowUp[];
	removed: FollowUp[];
}

/** Notes (or people) per step of `prepare` between two looks at the clock. */
const STEP = 64;

/** Past this many changed follow-ups, re-sorting everything is cheaper than splicing each. */
const BULK_THRESHOLD = 256;

/** Group key of an interview whose contact link names no contact note. */
const NO_CONTACT = "\u0000";

/**
 * The in-memory index of contacts and interviews. Notes come in one at a time
 * (`upsert`, `remove`, `rename`); derived results (follow-ups, field progress)
 * are brought up to date lazily on the next query, recomputing only the people
 * a change can affect. After any sequence of changes the results equal those of
 * a fresh build over the same notes.
 */
export class VaultIndex {
	/** Bumped by every change of notes or settings. */
	revision = 0;

	private settings: RuleSettings;
	private readonly records = new Map<string, NoteRecord>();
	private readonly raw = new Map<string, unknown>();
	/** Body tags of the records that have some (a rename reads the note again with them). */
	private readonly rawTags = new Map<string, readonly string[]>();
	private readonly noteProblems = new Map<string, Problem[]>();
	/** Interviews whose `contact` is missing or names no contact note (changes as contacts come and go). */
	private readonly contactProblems = new Map<string, Problem>();
	private readonly names = new ContactNames();
	/** Interview path → group key (its contact's path, or NO_CONTACT + its own path). */
	private readonly groupOf = new Map<string, string>();
	/** Contact path → interviews resolved to it. */
	private readonly members = new Map<string, Set<string>>();
	/** Lower-cased link file name → interviews whose contact or referral links use it. */
	private readonly watchers = new Map<string, Set<string>>();
	/** Day → interviews dated that day (conversations are looked up by day, not by reading every interview). */
	private readonly byDate = new Map<CalendarDate, Set<string>>();

	private readonly groupFollowUps = new Map<string, FollowUp[]>();
	private readonly candidates = new Map<string, ReachOutCandidate[]>();
	private readonly candidatesFor = new Map<string, Set<string>>();
	private readonly reachOuts = new Map<string, FollowUp>();
	private readonly sorted = new SortedFollowUps();
	private readonly fieldTally = new FieldTally();
	private readonly daily = new DailyMentions();

	private readonly toResolve = new Set<string>();
	private readonly dirtyGroups = new Set<string>();
	private readonly dirtyReach = new Set<string>();
	private computedFor: CalendarDate | null = null;
	private problemCache: Problem[] | null = null;
	/** Where `take` is in each set of work left (null: start a new walk). */
	private readonly cursors: Record<"toResolve" | "dirtyGroups" | "dirtyReach", Iterator<string> | null> = { toResolve: null, dirtyGroups: null, dirtyReach: null };
	/** Follow-ups added and removed by the steps of `prepare` so far, for the sorted list. */
	private pending: Changes = { added: [], removed: [] };

	constructor(settings: RuleSettings = DEFAULT_RULE_SETTINGS) {
		this.settings = settings;
	}

	// ---- changes -------------------------------------------------------------

	/**
	 * Adds or replaces one note from its frontmatter object (undefined: no
	 * frontmatter) and the tags of its body (read by the recognition settings).
	 */
	upsert(path: string, frontmatter: unknown, bodyTags: readonly string[] = []): void {
		const { record, problems } = parseNote(path, frontmatter, this.settings.recognition, bodyTags);
		this.detach(path);
		if (record) {
			this.raw.set(path, frontmatter);
			if (bodyTags.length > 0) this.rawTags.set(path, bodyTags);
			this.attach(record);
		}
		this.setProblems(path, problems);
		this.revision++;
	}

	/** Records that a note's frontmatter cannot be read at all (bad YAML, `---js`). */
	setUnreadable(path: string, message: string): void {
		this.detach(path);
		this.setProblems(path, [{ note: path, property: null, message }]);
		this.revision++;
	}

	remove(path: string): void {
		if (!this.records.has(path) && !this.noteProblems.has(path)) return;
		this.detach(path);
		this.setProblems(path, []);
		this.revision++;
	}

	rename(oldPath: string, newPath: string): void {
		if (oldPath === newPath) return;
		const fm = this.raw.get(oldPath);
		const tags = this.rawTags.get(oldPath);
		const problems = this.noteProblems.get(oldPath);
		const wasRecord = this.records.has(oldPath);
		this.remove(oldPath);
		if (wasRecord) this.upsert(newPath, fm, tags);
		else if (problems?.[0]?.property === null) this.setUnreadable(newPath, problems[0].message);
		this.revision++;
	}

	/**
	 * Records a daily note: its day and the links it holds (body and properties).
	 * Each linked contact counts it as an interaction on that day, once the day has come.
	 */
	setDailyNote(path: string, date: CalendarDate, links: readonly LinkRef[]): void {
		this.dirtyNamed(this.daily.set(path, date, links));
		this.revision++;
	}

	removeDailyNote(path: string): void {
		const names = this.daily.remove(path);
		if (names.length === 0) return;
		this.dirtyNamed(names);
		this.revision++;
	}

	/** The contacts a daily note's links may name need their follow-ups again. */
	private dirtyNamed(names: readonly string[]): void {
		for (const name of names) for (const c of this.names.named(name)) this.dirtyGroups.add(c.path);
	}

	setSettings(settings: RuleSettings): void {
		this.settings = settings;
		this.computedFor = null;
		this.revision++;
	}

	/** Forgets every note at once (not one by one: nothing derived from them needs updating). */
	clear(): void {
		for (const m of [this.records, this.raw, this.rawTags, this.noteProblems, this.contactProblems, this.groupOf, this.members, this.watchers, this.byDate]) m.clear();
		this.names.clear();
		this.daily.clear();
		this.dropDerived();
		this.toResolve.clear();
		this.dirtyGroups.clear();
		this.dirtyReach.clear();
		this.cursors.toResolve = this.cursors.dirtyGroups = this.cursors.dirtyReach = null;
		this.computedFor = null;
		this.problemCache = null;
		this.revision++;
	}

	// ---- queries -------------------------------------------------------------

	get size(): number {
		return this.records.size;
	}

	get(path: string): NoteRecord | undefined {
		return this.records.get(path);
	}

	/**
	 * The properties of a contact or interview note as they were read (the
	 * object given to `upsert`, never changed here): what a write guards
	 * against, the values the user saw.
	 */
	propertiesOf(path: string): Readonly<Record<string, unknown>> | null {
		const fm = this.raw.get(path);
		return typeof fm === "object" && fm !== null ? (fm as Record<string, unknown>) : null;
	}

	contacts(): Contact[] {
		return [...this.records.values()].filter((r): r is Contact => r.kind === "contact");
	}

	interviews(): Interview[] {
		return [...this.records.values()].filter((r): r is Interview => r.kind === "interview");
	}

	/** The interviews dated from `from` through `until` (inclusive), in no particular order. */
	interviewsDated(from: CalendarDate, until: CalendarDate): Interview[] {
		const out: Interview[] = [];
		for (const [day, paths] of this.byDate) {
			if (day < from || day > until) continue;
			for (const p of paths) {
				const r = this.records.get(p);
				if (r?.kind === "interview") out.push(r);
			}
		}
		return out;
	}

	resolveContact(link: LinkRef): Contact | null {
		return this.names.resolve(link);
	}

	/** The interviews that name this contact, earliest first (undated last). */
	interviewsOf(contactPath: string): Interview[] {
		// Links are resolved lazily; settle the pending ones so a fresh index answers too.
		this.resolvePending();
		const out: Interview[] = [];
		for (const p of this.members.get(contactPath) ?? []) {
			const r = this.records.get(p);
			if (r?.kind === "interview") out.push(r);
		}
		return out.sort((a, b) => (a.date ?? "\uffff").localeCompare(b.date ?? "\uffff") || a.path.localeCompare(b.path));
	}

	/** The contact an interview names, when that note exists. */
	contactOf(iv: Interview): Contact | null {
		return iv.contact ? this.names.resolve(iv.contact) : null;
	}

	tookPlace(iv: Interview, today: CalendarDate): boolean {
		return tookPlace(iv, today);
	}

	/** Every follow-up as of `today`, in display order. */
	followUps(today: CalendarDate): readonly FollowUp[] {
		this.bringUpToDate(today);
		return this.sorted.all;
	}

	/** Overdue and due follow-ups, and upcoming ones due within `horizonDays` (inclusive). */
	dashboard(today: CalendarDate, horizonDays = this.settings.horizonDays): Dashboard {
		this.bringUpToDate(today);
		const all = this.sorted.all;
		const a = this.sorted.firstDueFrom(today);
		// Bounds by the last day included, not the first day after: the day after the calendar's last has no date.
		const b = this.sorted.firstDueAfter(today);
		const c = this.sorted.firstDueAfter(addDays(today, horizonDays));
		return { overdue: all.slice(0, a), due: all.slice(a, b), upcoming: all.slice(b, c) };
	}

	fields(today: CalendarDate): FieldProgress[] {
		this.bringUpToDate(today);
		return this.fieldTally.list(this.settings.fieldTarget);
	}

	/** Problems of every note, by note path then property. */
	problems(): readonly Problem[] {
		this.resolvePending();
		if (this.problemCache) return this.problemCache;
		const out: Problem[] = [];
		for (const list of this.noteProblems.values()) out.push(...list);
		out.push(...this.contactProblems.values());
		out.sort((a, b) => (a.note !== b.note ? (a.note < b.note ? -1 : 1) : (a.property ?? "").localeCompare(b.property ?? "")));
		this.problemCache = out;
		return out;
	}

	// ---- bookkeeping ---------------------------------------------------------

	private setProblems(path: string, problems: Problem[]): void {
		if (problems.length === 0 && !this.noteProblems.has(path)) return;
		if (problems.length > 0) this.noteProblems.set(path, problems);
		else this.noteProblems.delete(path);
		this.problemCache = null;
	}

	private attach(record: NoteRecord): void {
		this.records.set(record.path, record);
		if (record.kind === "contact") {
			this.names.add(record);
			this.contactChanged(record);
		} else {
			for (const name of linkNames(record)) addTo(this.watchers, name, record.path);
			if (record.date !== null) addTo(this.byDate, record.date, record.path);
			this.toResolve.add(record.path);
			this.dirtyReach.add(record.path);
		}
	}

	private detach(path: string): void {
		const old = this.records.get(path);
		if (!old) return;
		this.records.delete(path);
		this.raw.delete(path);
		this.rawTags.delete(path);
		if (old.kind === "contact") {
			this.names.remove(old);
			this.contactChanged(old);
		} else {
			for (const name of linkNames(old)) removeFrom(this.watchers, name, path);
			if (old.date !== null) removeFrom(this.byDate, old.date, path);
			this.leaveGroup(path);
			this.dirtyReach.add(path);
			this.toResolve.delete(path);
			if (this.contactProblems.delete(path)) this.problemCache = null;
		}
	}

	/**
	 * A contact appeared, changed or left: links naming it may now resolve
	 * elsewhere, and reach-outs to it or from its interviews may change. Its
	 * interviews are among the watchers of its name, since links resolve by name.
	 */
	private contactChanged(c: Contact): void {
		this.dirtyGroups.add(c.path);
		// A daily note's link resolves by name too: another contact of the same name may gain or lose its mentions.
		for (const other of this.names.named(c.name.toLowerCase())) this.dirtyGroups.add(other.path);
		for (const iv of this.watchers.get(c.name.toLowerCase()) ?? []) {
			this.toResolve.add(iv);
			this.dirtyReach.add(iv);
		}
	}

	private leaveGroup(ivPath: string): void {
		const key = this.groupOf.get(ivPath);
		if (key === undefined) return;
		this.groupOf.delete(ivPath);
		this.dirtyGroups.add(key);
		if (!key.startsWith(NO_CONTACT)) {
			removeFrom(this.members, key, ivPath);
			this.personInterviewsChanged(key);
		}
	}

	/** Whether a person has an interview decides reach-outs to them. */
	private personInterviewsChanged(contactPath: string): void {
		const c = this.records.get(contactPath);
		const name = c ? c.name : baseName(contactPath);
		for (const iv of this.watchers.get(name.toLowerCase()) ?? []) this.dirtyReach.add(iv);
	}

	/**
	 * Brings the derived results (follow-ups, fields, problems) up to date in
	 * steps, for a caller that must come back to its event loop often (the
	 * plugin's start-up): a step, then more while `more()` says there is time;
	 * returns whether everything is up to date. A query does whatever is left.
	 */
	prepare(today: CalendarDate, more: () => boolean): boolean {
		if (this.computedFor !== today) {
			this.dropDerived();
			for (const r of this.records.values()) {
				if (r.kind === "contact") this.dirtyGroups.add(r.path);
				else {
					this.dirtyReach.add(r.path);
					this.toResolve.add(r.path);
				}
			}
			this.computedFor = today;
		}
		const context = this.ruleContext(today);
		const dirty = () => this.toResolve.size > 0 || this.dirtyGroups.size > 0 || this.dirtyReach.size > 0;
		while (dirty()) {
			this.resolvePending(STEP);
			// Reach-outs first: whether one exists decides a send-request of the same person
			// (one that appears or leaves later marks that person's group again).
			if (this.toResolve.size === 0) this.recomputeReachOuts(context, this.pending, STEP);
			if (this.toResolve.size === 0 && this.dirtyReach.size === 0) this.recomputeGroups(context, this.pending, STEP);
			if (dirty() && !more()) return false;
		}
		const changes = this.pending;
		this.pending = { added: [], removed: [] };
		this.applyToSorted(changes);
		return true;
	}

	private bringUpToDate(today: CalendarDate): void {
		this.prepare(today, () => true);
	}

	/**
	 * Takes up to `limit` entries out of one of the sets of work left, in order.
	 * Each set keeps one iterator across calls: a fresh loop over a set would
	 * walk past every entry deleted so far, each time (quadratic in a rebuild).
	 */
	private take(set: "toResolve" | "dirtyGroups" | "dirtyReach", limit: number): string[] {
		const items = this[set];
		const out: string[] = [];
		while (out.length < limit && items.size > 0) {
			const cursor = (this.cursors[set] ??= items.values());
			const next = cursor.next();
			if (next.done === true) {
				this.cursors[set] = null;
				continue;
			}
			items.delete(next.value);
			out.push(next.value);
		}
		return out;
	}

	/** Drops every derived result: the next query computes them all again. */
	private dropDerived(): void {
		this.groupFollowUps.clear();
		this.candidates.clear();
		this.candidatesFor.clear();
		this.reachOuts.clear();
		this.sorted.clear();
		this.fieldTally.clear();
		this.pending = { added: [], removed: [] };
	}

	/** A few changes are spliced into the sorted list; many (a full build) re-sort it once. */
	private applyToSorted({ added, removed }: Changes): void {
		if (added.length + removed.length <= BULK_THRESHOLD) {
			for (const f of removed) this.sorted.remove(f);
			for (const f of added) this.sorted.insert(f);
			return;
		}
		const all: FollowUp[] = [];
		for (const list of this.groupFollowUps.values()) all.push(...list);
		for (const f of this.reachOuts.values()) all.push(f);
		this.sorted.reset(all);
	}

	private ruleContext(today: CalendarDate): RuleContext {
		return {
			today,
			settings: this.settings,
			resolve: (link) => this.names.resolve(link),
			hasSentInterview: (c) => {
				for (const p of this.members.get(c.path) ?? []) {
					const r = this.records.get(p);
					if (r?.kind === "interview" && wasSent(r)) return true;
				}
				return false;
			},
			reachOutTo: (key) => this.reachOuts.has(key),
			lastDailyMention: (c) => (this.settings.dailyNotes ? this.daily.lastMention(c, today, (link) => this.names.resolve(link)) : null),
		};
	}

	/** Resolves the contact links of interviews changed since (at most `limit` of them). */
	private resolvePending(limit = Infinity): void {
		const persons = new Set<string>();
		for (const path of this.take("toResolve", limit)) {
			const iv = this.records.get(path);
			if (iv?.kind !== "interview") continue;
			const contact = iv.contact ? this.names.resolve(iv.contact) : null;
			this.setContactProblem(iv, contact);
			const key = contact ? contact.path : NO_CONTACT + path;
			const old = this.groupOf.get(path);
			this.dirtyGroups.add(key);
			if (old === key) continue;
			if (old !== undefined) this.leaveGroup(path);
			this.groupOf.set(path, key);
			if (contact) {
				addTo(this.members, key, path);
				persons.add(key);
			}
		}
		// Once per person, not once per interview: a person with many interviews has many watchers.
		for (const key of persons) this.personInterviewsChanged(key);
	}

	private setContactProblem(iv: Interview, contact: Contact | null): void {
		const had = this.contactProblems.get(iv.path);
		let message: string | null = null;
		if (iv.contact === null && !iv.unreadable.has(PROP.contact)) {
			message = 'Missing: link the interview to the person\'s contact note, e.g. contact: "[[Jane Doe]]"';
		} else if (iv.contact !== null && contact === null) {
			message = `No contact note named "${baseName(iv.contact.target)}" yet: create it, or correct the link`;
		}
		if (message === had?.message || (message === null && had === undefined)) return;
		if (message === null) this.contactProblems.delete(iv.path);
		else this.contactProblems.set(iv.path, { note: iv.path, property: PROP.contact, message });
		this.problemCache = null;
	}

	private recomputeGroups(context: RuleContext, changes: Changes, limit: number): void {
		for (const key of this.take("dirtyGroups", limit)) {
			for (const f of this.groupFollowUps.get(key) ?? []) changes.removed.push(f);
			this.groupFollowUps.delete(key);
			let contact: Contact | null = null;
			const interviews: Interview[] = [];
			if (key.startsWith(NO_CONTACT)) {
				const iv = this.records.get(key.slice(1));
				if (iv?.kind === "interview" && this.groupOf.get(iv.path) === key) interviews.push(iv);
			} else {
				const c = this.records.get(key);
				contact = c?.kind === "contact" ? c : null;
				for (const p of this.members.get(key) ?? []) {
					const iv = this.records.get(p);
					if (iv?.kind === "interview") interviews.push(iv);
				}
				this.fieldTally.set(
					key,
					contact && contact.status !== "archived"
						? { fields: contact.fields, met: interviews.some((iv) => tookPlace(iv, context.today)) }
						: null,
				);
			}
			if (contact === null && !key.startsWith(NO_CONTACT)) continue;
			const list = groupFollowUps(contact, interviews, context);
			if (list.length > 0) this.groupFollowUps.set(key, list);
			changes.added.push(...list);
		}
	}

	private recomputeReachOuts(context: RuleContext, changes: Changes, limit: number): void {
		const persons = new Set<string>();
		for (const path of this.take("dirtyReach", limit)) {
			for (const c of this.candidates.get(path) ?? []) {
				persons.add(c.personKey);
				removeFrom(this.candidatesFor, c.personKey, path);
			}
			this.candidates.delete(path);
			const iv = this.records.get(path);
			if (iv?.kind !== "interview" || iv.referrals.length === 0) continue;
			const interviewed = iv.contact ? this.names.resolve(iv.contact) : null;
			const list = reachOutCandidates(iv, interviewed, context);
			if (list.length === 0) continue;
			this.candidates.set(path, list);
			for (const c of list) {
				persons.add(c.personKey);
				addTo(this.candidatesFor, c.personKey, path);
			}
		}
		for (const person of persons) {
			const old = this.reachOuts.get(person);
			if (old) changes.removed.push(old);
			this.reachOuts.delete(person);
			let best: FollowUp | null = null;
			for (const path of this.candidatesFor.get(person) ?? []) {
				for (const c of this.candidates.get(path) ?? []) {
					if (c.personKey !== person) continue;
					const f = c.followUp;
					if (!best || f.due < best.due || (f.due === best.due && f.note < best.note)) best = f;
				}
			}
			if (best) {
				this.reachOuts.set(person, best);
				changes.added.push(best);
			}
			if (Boolean(old) !== Boolean(best)) this.reachOutAppearedOrLeft(person);
		}
	}

	/** A send-request waits while a reach-out to the same person exists: look at that person's group again. */
	private reachOutAppearedOrLeft(person: string): void {
		if (!person.startsWith("?")) {
			this.dirtyGroups.add(person);
			return;
		}
		for (const iv of this.watchers.get(baseName(person.slice(1))) ?? []) {
			const key = this.groupOf.get(iv);
			if (key?.startsWith(NO_CONTACT)) this.dirtyGroups.add(key);
		}
	}
}

function linkNames(iv: Interview): Set<string> {
	const names = new Set<string>();
	if (iv.contact) names.add(baseName(iv.contact.target).toLowerCase());
	for (const r of iv.referrals) names.add(baseName(r.target).toLowerCase());
	return names;
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
	let set = map.get(key);
	if (!set) map.set(key, (set = new Set()));
	set.add(value);
}

function removeFrom(map: Map<string, Set<string>>, key: string, value: string): void {
	const set = map.get(key);
	if (!set) return;
	set.delete(value);
	if (set.size === 0) map.delete(key);
}
