import { addDays } from "../domain/dates";
import { parseNote } from "../domain/parse";
import { tookPlace } from "../domain/rules";
import { DEFAULT_RULE_SETTINGS, type RuleSettings } from "../domain/rule-windows";
import type { CalendarDate, Contact, FollowUp, Interview, LinkRef, NoteRecord, Problem } from "../domain/types";
import { DailyMentions } from "./daily-mentions";
import type { FieldProgress } from "./field-tally";
import { FollowUpDerivation } from "./follow-up-derivation";
import type { SortedFollowUps } from "./sorted-follow-ups";
import { VaultLinks } from "./vault-links";

export interface Dashboard {
	overdue: readonly FollowUp[];
	due: readonly FollowUp[];
	upcoming: readonly FollowUp[];
}

const NONE: readonly string[] = [];

/** Interviews linked per step of `prepare` (few: a step stays short on a cold start too). */
const LINK_STEP = 32;

/**
 * The in-memory index of contacts and interviews. Notes come in one at a time
 * (`upsert`, `remove`, `rename`); derived results (follow-ups, field progress)
 * are brought up to date lazily on the next query. After any sequence of
 * changes the results equal those of a fresh build over the same notes.
 *
 * Two ways in, one result. A new index (or one just cleared) takes its notes
 * in bulk: each is parsed and kept, nothing else, until the first query, which
 * resolves every link in one pass (VaultLinks) and derives every follow-up in
 * another, with one sort (FollowUpDerivation). From then on each change is
 * tracked: it marks the people it can affect, and only those are computed again.
 */
export class VaultIndex {
	/** Bumped by every change of notes or settings. */
	revision = 0;

	private settings: RuleSettings;
	private records = new Map<string, NoteRecord>();
	private raw = new Map<string, unknown>();
	/** Body tags of the records that have some (a rename reads the note again with them). */
	private rawTags = new Map<string, readonly string[]>();
	private noteProblems = new Map<string, Problem[]>();
	private daily = new DailyMentions();
	/** How the records' links resolve; null while notes come in bulk (see the class comment). */
	private linkTable: VaultLinks | null = null;
	private derived = this.newDerivation();
	private problemCache: { list: Problem[]; revision: number } | null = null;
	/** The last dashboard and what it was for: asked again (the view, the status bar) with nothing changed, it is not copied again. */
	private dashboardCache: { version: number; today: CalendarDate; horizonDays: number; sorted: SortedFollowUps; dashboard: Dashboard } | null = null;

	/**
	 * `keepProperties: false` (the command line, which neither renames nor writes):
	 * the properties read are not kept, so `propertiesOf` gives null and `rename` throws.
	 */
	constructor(
		settings: RuleSettings = DEFAULT_RULE_SETTINGS,
		private readonly options: { keepProperties?: boolean } = {},
	) {
		this.settings = settings;
	}

	// ---- changes -------------------------------------------------------------

	/**
	 * Adds or replaces one note from its frontmatter object (undefined: no
	 * frontmatter) and the tags of its body (read by the recognition settings).
	 */
	upsert(path: string, frontmatter: unknown, bodyTags: readonly string[] = NONE): void {
		const { record, problems } = parseNote(path, frontmatter, this.settings.recognition, bodyTags);
		this.detach(path);
		if (record) {
			this.records.set(path, record);
			if (this.options.keepProperties !== false) {
				this.raw.set(path, frontmatter);
				if (bodyTags.length > 0) this.rawTags.set(path, bodyTags);
			}
			this.linkTable?.attach(record);
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
		if (this.options.keepProperties === false) throw new Error("rename needs the properties read: this index does not keep them");
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
		const links = this.linkTable;
		if (links) for (const name of names) for (const c of links.named(name)) this.derived.markGroup(c.path);
	}

	setSettings(settings: RuleSettings): void {
		this.settings = settings;
		this.derived.reset();
		this.revision++;
	}

	/** Forgets every note at once (new, empty tables: nothing derived from the old ones needs updating). */
	clear(): void {
		this.records = new Map();
		this.raw = new Map();
		this.rawTags = new Map();
		this.noteProblems = new Map();
		this.daily = new DailyMentions();
		this.linkTable = null;
		this.derived = this.newDerivation();
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
		for (const p of this.links().datedFrom(from, until)) {
			const r = this.records.get(p);
			if (r?.kind === "interview") out.push(r);
		}
		return out;
	}

	resolveContact(link: LinkRef): Contact | null {
		return this.links().resolve(link);
	}

	/** The interviews that name this contact, earliest first (undated last). */
	interviewsOf(contactPath: string): Interview[] {
		// Links are resolved lazily; settle the pending ones so a fresh index answers too.
		const links = this.links();
		links.resolvePending();
		const out: Interview[] = [];
		for (const p of links.members(contactPath)) {
			const r = this.records.get(p);
			if (r?.kind === "interview") out.push(r);
		}
		return out.sort((a, b) => (a.date ?? "\uffff").localeCompare(b.date ?? "\uffff") || a.path.localeCompare(b.path));
	}

	/** The contact an interview names, when that note exists. */
	contactOf(iv: Interview): Contact | null {
		return iv.contact ? this.resolveContact(iv.contact) : null;
	}

	tookPlace(iv: Interview, today: CalendarDate): boolean {
		return tookPlace(iv, today);
	}

	/** Every follow-up as of `today`, in display order. */
	followUps(today: CalendarDate): readonly FollowUp[] {
		this.links();
		return this.derived.all(today);
	}

	/** Overdue and due follow-ups, and upcoming ones due within `horizonDays` (inclusive). */
	dashboard(today: CalendarDate, horizonDays = this.settings.horizonDays): Dashboard {
		this.links();
		const sorted = this.derived.sortedFor(today);
		const cached = this.dashboardCache;
		if (cached?.sorted === sorted && cached.version === sorted.version && cached.today === today && cached.horizonDays === horizonDays) return cached.dashboard;
		const all = sorted.all;
		const a = sorted.firstDueFrom(today);
		// Bounds by the last day included, not the first day after: the day after the calendar's last has no date.
		const b = sorted.firstDueAfter(today);
		const c = sorted.firstDueAfter(addDays(today, horizonDays));
		const dashboard = { overdue: all.slice(0, a), due: all.slice(a, b), upcoming: all.slice(b, c) };
		this.dashboardCache = { version: sorted.version, today, horizonDays, sorted, dashboard };
		return dashboard;
	}

	fields(today: CalendarDate): FieldProgress[] {
		this.links();
		return this.derived.fields(today, this.settings.fieldTarget);
	}

	/** Problems of every note, by note path then property. */
	problems(): readonly Problem[] {
		const links = this.links();
		links.resolvePending();
		if (this.problemCache?.revision === links.problemsRevision) return this.problemCache.list;
		const out: Problem[] = [];
		for (const list of this.noteProblems.values()) out.push(...list);
		out.push(...links.problems());
		out.sort((a, b) => (a.note !== b.note ? (a.note < b.note ? -1 : 1) : (a.property ?? "").localeCompare(b.property ?? "")));
		this.problemCache = { list: out, revision: links.problemsRevision };
		return out;
	}

	/**
	 * Brings the derived results (follow-ups, fields, problems) up to date in
	 * steps, for a caller that must come back to its event loop often (the
	 * plugin's start-up): a step, then more while `more()` says there is time;
	 * returns whether everything is up to date. A query does whatever is left.
	 */
	prepare(today: CalendarDate, more: () => boolean): boolean {
		const links = (this.linkTable ??= new VaultLinks(this.records, this.derived));
		while (!links.linkStep(LINK_STEP)) if (!more()) return false;
		return this.derived.prepare(today, more);
	}

	// ---- bookkeeping ---------------------------------------------------------

	/** The links, resolved for every record in one pass at the first need after notes came in bulk. */
	private links(): VaultLinks {
		const links = (this.linkTable ??= new VaultLinks(this.records, this.derived));
		links.linkStep();
		return links;
	}

	/** The follow-ups, reading the notes and links this index holds at the time. */
	private newDerivation(): FollowUpDerivation {
		return new FollowUpDerivation({
			settings: () => this.settings,
			record: (path) => this.records.get(path),
			records: () => this.records.values(),
			links: () => this.links(),
			lastDailyMention: (contact, today) =>
				this.settings.dailyNotes ? this.daily.lastMention(contact, today, (link) => this.links().resolve(link)) : null,
		});
	}

	private detach(path: string): void {
		const old = this.records.get(path);
		if (!old) return;
		this.records.delete(path);
		this.raw.delete(path);
		this.rawTags.delete(path);
		this.linkTable?.detach(old);
	}

	private setProblems(path: string, problems: Problem[]): void {
		if (problems.length === 0 && !this.noteProblems.has(path)) return;
		if (problems.length > 0) this.noteProblems.set(path, problems);
		else this.noteProblems.delete(path);
		this.problemCache = null;
	}
}
