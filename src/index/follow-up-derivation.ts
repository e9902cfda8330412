import { groupFollowUps, reachOutCandidates, tookPlace, wasSent, type ReachOutCandidate, type RuleContext } from "../domain/rules";
import { baseName } from "../domain/links";
import type { RuleSettings } from "../domain/rule-windows";
import type { CalendarDate, Contact, FollowUp, Interview, NoteRecord } from "../domain/types";
import { FieldTally, type FieldProgress } from "./field-tally";
import { SortedFollowUps } from "./sorted-follow-ups";
import { NO_CONTACT, type LinkListener, type VaultLinks } from "./vault-links";
import { MultiMap } from "./multi-map";
import { WorkSet } from "./work-set";

/** What the derivation reads of the notes (kept by VaultIndex). */
export interface DerivationSource {
	settings(): RuleSettings;
	record(path: string): NoteRecord | undefined;
	/** Every contact and interview, in the order they came in. */
	records(): IterableIterator<NoteRecord>;
	/** How their links resolve (resolved in one pass when first asked for). */
	links(): VaultLinks;
	lastDailyMention(contact: Contact, today: CalendarDate): CalendarDate | null;
}

interface Changes {
	added: FollowUp[];
	removed: FollowUp[];
}

/** Notes (or people) per step of the incremental work between two looks at the clock. */
const STEP = 64;

/**
 * Notes per step of a derivation from nothing. Small, so that a step stays short
 * while the code is still cold (Obsidian's first start-up); a step costs little.
 */
const BULK_STEP = 16;

/** Past this many changed follow-ups, re-sorting everything is cheaper than splicing each. */
const BULK_THRESHOLD = 256;

/**
 * The follow-ups and field progress derived from the notes for one day. From
 * nothing (a new index, a new day, new settings) they are derived in one pass
 * over the notes, reach-outs first, then every person's group, then one sort;
 * after that, only the groups and interviews marked dirty are computed again,
 * and their follow-ups spliced into the sorted list.
 */
export class FollowUpDerivation implements LinkListener {
	private readonly groupFollowUps = new Map<string, FollowUp[]>();
	private readonly candidates = new Map<string, ReachOutCandidate[]>();
	private readonly candidatesFor = new MultiMap();
	private readonly reachOuts = new Map<string, FollowUp>();
	private readonly sorted = new SortedFollowUps();
	private readonly fieldTally = new FieldTally();
	private readonly dirtyGroups = new WorkSet();
	private readonly dirtyReach = new WorkSet();
	private computedFor: CalendarDate | null = null;
	/** A derivation from nothing under way: its phase and where it is in the notes (or in the people with reach-out candidates). */
	private bulk: { phase: "reach" | "groups"; cursor: Iterator<NoteRecord> } | { phase: "pick"; persons: string[]; at: number } | null = null;
	/** Whether the sorted list is to be built again from every group (after a derivation from nothing). */
	private resort = false;
	/** The sort of that rebuild under way, a step at a time (see SortedFollowUps.resetInSteps). */
	private sorting: (() => boolean) | null = null;
	/** Follow-ups added and removed by the incremental steps so far, for the sorted list. */
	private pending: Changes = { added: [], removed: [] };

	constructor(private readonly source: DerivationSource) {}

	/** Everything is to be derived again at the next query (new settings, every note gone). */
	reset(): void {
		this.computedFor = null;
		this.bulk = null;
		this.sorting = null;
	}

	/** A person's group (a contact's path, or NO_CONTACT and an interview's) needs its follow-ups again. */
	markGroup(key: string): void {
		if (this.computedFor !== null) this.dirtyGroups.add(key);
	}

	/** An interview's reach-out candidates need computing again. */
	markReach(interviewPath: string): void {
		if (this.computedFor !== null) this.dirtyReach.add(interviewPath);
	}

	/** Whether a person has an interview decides reach-outs to them: the interviews naming them are looked at again. */
	personInterviewsChanged(contactPath: string): void {
		if (this.computedFor === null) return;
		const c = this.source.record(contactPath);
		const name = c ? c.name : baseName(contactPath);
		for (const iv of this.source.links().watchers(name.toLowerCase())) this.dirtyReach.add(iv);
	}

	all(today: CalendarDate): readonly FollowUp[] {
		this.prepare(today, () => true);
		return this.sorted.all;
	}

	sortedFor(today: CalendarDate): SortedFollowUps {
		this.prepare(today, () => true);
		return this.sorted;
	}

	fields(today: CalendarDate, target: number): FieldProgress[] {
		this.prepare(today, () => true);
		return this.fieldTally.list(target);
	}

	/**
	 * Brings the follow-ups up to date for `today` in steps: a step, then more
	 * while `more()` says there is time; returns whether all is up to date.
	 */
	prepare(today: CalendarDate, more: () => boolean): boolean {
		if (this.computedFor !== today) this.start(today);
		const context = this.ruleContext(today);
		while (this.bulk !== null) {
			this.bulkStep(context);
			if (this.bulk !== null && !more()) return false;
		}
		const links = this.source.links();
		const dirty = () => links.unresolved > 0 || this.dirtyGroups.size > 0 || this.dirtyReach.size > 0;
		while (dirty()) {
			links.resolvePending(STEP);
			// Reach-outs first: whether one exists decides a send-request of the same person
			// (one that appears or leaves later marks that person's group again).
			if (links.unresolved === 0) this.recomputeReachOuts(this.dirtyReach.take(STEP), context, this.pending);
			if (links.unresolved === 0 && this.dirtyReach.size === 0) {
				for (const key of this.dirtyGroups.take(STEP)) this.recomputeGroup(key, context, this.pending);
			}
			if (dirty() && !more()) return false;
		}
		if (this.resort) {
			// Sorted in steps: what changes meanwhile is in `pending`, spliced in once the sort is done.
			if (this.sorting === null) {
				this.sorting = this.sorted.resetInSteps(this.everyFollowUp());
				this.pending = { added: [], removed: [] };
			}
			while (!this.sorting()) if (!more()) return false;
			this.sorting = null;
			this.resort = false;
		}
		const changes = this.pending;
		this.pending = { added: [], removed: [] };
		if (changes.added.length + changes.removed.length > BULK_THRESHOLD) this.sorted.reset(this.everyFollowUp());
		else this.splice(changes);
		return true;
	}

	/**
	 * Splices what changed into the sorted list. A follow-up may have come and
	 * gone (or gone and come back) over several steps: only what it amounts to
	 * is applied.
	 */
	private splice({ added, removed }: Changes): void {
		const net = new Map<FollowUp, number>();
		for (const f of added) net.set(f, (net.get(f) ?? 0) + 1);
		for (const f of removed) net.set(f, (net.get(f) ?? 0) - 1);
		for (const [f, n] of net) if (n < 0) this.sorted.remove(f);
		for (const [f, n] of net) if (n > 0) this.sorted.insert(f);
	}

	/** Drops every derived result and starts deriving them from nothing. */
	private start(today: CalendarDate): void {
		for (const m of [this.groupFollowUps, this.candidates, this.candidatesFor, this.reachOuts]) m.clear();
		this.fieldTally.clear();
		this.dirtyGroups.clear();
		this.dirtyReach.clear();
		this.pending = { added: [], removed: [] };
		this.computedFor = today;
		this.bulk = { phase: "reach", cursor: this.source.records() };
		this.resort = true;
		this.sorting = null;
	}

	/** One step of a derivation from nothing: reach-outs for every interview, then every group. */
	private bulkStep(context: RuleContext): void {
		const bulk = this.bulk;
		if (bulk === null) return;
		if (bulk.phase === "pick") {
			const end = Math.min(bulk.at + BULK_STEP, bulk.persons.length);
			this.pickReachOuts(bulk.persons.slice(bulk.at, end));
			bulk.at = end;
			if (end === bulk.persons.length) this.bulk = { phase: "groups", cursor: this.source.records() };
			return;
		}
		for (let i = 0; i < BULK_STEP; i++) {
			const next = bulk.cursor.next();
			if (next.done === true) {
				if (bulk.phase === "reach") {
					this.bulk = { phase: "pick", persons: [...this.candidatesFor.keys()], at: 0 };
				} else {
					this.bulk = null;
				}
				return;
			}
			const r = next.value;
			if (bulk.phase === "reach") {
				if (r.kind === "interview" && r.referrals.length > 0) this.addCandidates(r, context);
			} else if (r.kind === "contact") {
				this.recomputeGroup(r.path, context, null);
			} else {
				const key = this.source.links().groupOf(r.path);
				if (key === NO_CONTACT + r.path) this.recomputeGroup(key, context, null);
			}
		}
	}

	/** Sorts every follow-up once, each compared by keys computed once. */
	private everyFollowUp(): FollowUp[] {
		const all: FollowUp[] = [];
		for (const list of this.groupFollowUps.values()) for (const f of list) all.push(f);
		for (const f of this.reachOuts.values()) all.push(f);
		return all;
	}

	private ruleContext(today: CalendarDate): RuleContext {
		const source = this.source;
		const links = source.links();
		return {
			today,
			settings: source.settings(),
			resolve: (link) => links.resolve(link),
			hasSentInterview: (c) => {
				for (const p of links.members(c.path)) {
					const r = source.record(p);
					if (r?.kind === "interview" && wasSent(r)) return true;
				}
				return false;
			},
			reachOutTo: (key) => this.reachOuts.has(key),
			lastDailyMention: (c) => source.lastDailyMention(c, today),
		};
	}

	/** Computes one group's follow-ups and field progress again; `changes` (when kept) hears what left and came. */
	private recomputeGroup(key: string, context: RuleContext, changes: Changes | null): void {
		const old = this.groupFollowUps.get(key);
		this.groupFollowUps.delete(key);
		let contact: Contact | null = null;
		const interviews: Interview[] = [];
		const source = this.source;
		const links = source.links();
		if (key.startsWith(NO_CONTACT)) {
			const iv = source.record(key.slice(1));
			if (iv?.kind === "interview" && links.groupOf(iv.path) === key) interviews.push(iv);
		} else {
			const c = source.record(key);
			contact = c?.kind === "contact" ? c : null;
			for (const p of links.members(key)) {
				const iv = source.record(p);
				if (iv?.kind === "interview") interviews.push(iv);
			}
			this.fieldTally.set(
				key,
				contact && contact.status !== "archived" ? { fields: contact.fields, met: interviews.some((iv) => tookPlace(iv, context.today)) } : null,
			);
			if (contact === null) {
				if (changes) keepUnchanged(old ?? [], [], changes);
				return;
			}
		}
		const list = groupFollowUps(contact, interviews, context);
		if (changes) keepUnchanged(old ?? [], list, changes);
		if (list.length > 0) this.groupFollowUps.set(key, list);
	}

	/** An interview's reach-out candidates, kept by interview and by person. */
	private addCandidates(iv: Interview, context: RuleContext): void {
		const interviewed = iv.contact ? this.source.links().resolve(iv.contact) : null;
		const list = reachOutCandidates(iv, interviewed, context);
		if (list.length === 0) return;
		this.candidates.set(iv.path, list);
		for (const c of list) this.candidatesFor.add(c.personKey, iv.path);
	}

	private recomputeReachOuts(paths: readonly string[], context: RuleContext, changes: Changes): void {
		const persons = new Set<string>();
		for (const path of paths) {
			for (const c of this.candidates.get(path) ?? []) {
				persons.add(c.personKey);
				this.candidatesFor.remove(c.personKey, path);
			}
			this.candidates.delete(path);
			const iv = this.source.record(path);
			if (iv?.kind !== "interview" || iv.referrals.length === 0) continue;
			this.addCandidates(iv, context);
			for (const c of this.candidates.get(path) ?? []) persons.add(c.personKey);
		}
		for (const [person, appearedOrLeft] of this.pickReachOuts(persons, changes)) if (appearedOrLeft) this.reachOutAppearedOrLeft(person);
	}

	/**
	 * Each person's reach-out: the earliest of their candidates. Returns, per
	 * person, whether a reach-out to them appeared or left.
	 */
	private pickReachOuts(persons: Iterable<string>, changes: Changes | null = null): Map<string, boolean> {
		const out = new Map<string, boolean>();
		for (const person of persons) {
			const old = this.reachOuts.get(person);
			this.reachOuts.delete(person);
			let best: FollowUp | null = null;
			for (const path of this.candidatesFor.get(person)) {
				for (const c of this.candidates.get(path) ?? []) {
					if (c.personKey !== person) continue;
					const f = c.followUp;
					if (!best || f.due < best.due || (f.due === best.due && f.note < best.note)) best = f;
				}
			}
			if (best && old && sameFollowUp(old, best)) best = old;
			if (best) this.reachOuts.set(person, best);
			if (changes && best !== old) {
				if (old) changes.removed.push(old);
				if (best) changes.added.push(best);
			}
			out.set(person, Boolean(old) !== Boolean(best));
		}
		return out;
	}

	/** A send-request waits while a reach-out to the same person exists: look at that person's group again. */
	private reachOutAppearedOrLeft(person: string): void {
		if (!person.startsWith("?")) {
			this.dirtyGroups.add(person);
			return;
		}
		const links = this.source.links();
		for (const iv of links.watchers(baseName(person.slice(1)))) {
			const key = links.groupOf(iv);
			if (key?.startsWith(NO_CONTACT)) this.dirtyGroups.add(key);
		}
	}
}

/**
 * A group's follow-ups computed again: each one equal to one it had keeps the
 * old object (the sorted list and the view see no change); the rest are what
 * left and what came.
 */
function keepUnchanged(old: readonly FollowUp[], list: FollowUp[], changes: Changes): void {
	const left = old.slice();
	for (let i = 0; i < list.length; i++) {
		const f = list[i] as FollowUp;
		const j = left.findIndex((o) => sameFollowUp(o, f));
		if (j < 0) {
			changes.added.push(f);
			continue;
		}
		list[i] = left[j] as FollowUp;
		left.splice(j, 1);
	}
	for (const f of left) changes.removed.push(f);
}

/** Every property of a follow-up (the compiler insists on each, should one be added). */
const FOLLOW_UP_FIELDS = Object.keys({
	kind: true,
	due: true,
	note: true,
	contact: true,
	title: true,
	person: true,
	closeRequest: true,
	target: true,
} satisfies Record<keyof FollowUp, true>) as (keyof FollowUp)[];

function sameFollowUp(a: FollowUp, b: FollowUp): boolean {
	return FOLLOW_UP_FIELDS.every((k) => a[k] === b[k]);
}
