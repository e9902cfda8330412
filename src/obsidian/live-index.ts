import {
	debounce,
	getFrontMatterInfo,
	parseYaml,
	TFile,
	TFolder,
	type App,
	type CachedMetadata,
	type Component,
	type Debouncer,
	type TAbstractFile,
} from "obsidian";
import { localToday } from "../domain/dates";
import { recordKind } from "../domain/parse";
import { mayMakeRecord, readsTags, type Recognition } from "../domain/recognition";
import type { RuleSettings } from "../domain/rule-windows";
import type { CalendarDate } from "../domain/types";
import { VaultIndex } from "../index/vault-index";
import { errorText } from "../domain/error-text";
import { DailyNoteFeed, loadDailyNotesSetup } from "./daily-notes";
import { logOnFailure } from "./failures";
import { TimeSlices } from "./time-slices";

export interface LiveIndexOptions {
	/** Quiet time after the last change before listeners hear about it (default 250 ms). */
	debounceMs?: number;
	/** The clock, for "today" (default: the system clock). */
	now?: () => Date;
	/** Notes that are never indexed, e.g. the user's note templates (default: none). */
	ignore?: (path: string) => boolean;
	/** The longest slice of a scan of a large vault before the event loop gets the thread back (default 12 ms). */
	sliceMs?: number;
}

const DEFAULT_DEBOUNCE_MS = 250;

/**
 * Notes read between two looks at the clock during a scan. A note takes 20-100 µs
 * once the code is warm, but far longer on a cold start (128 of them took 200-480
 * ms on Obsidian's first start-up in the bench), and a look costs well under a µs.
 */
const CHECK_EVERY = 4;

/**
 * From this many notes on, a scan runs in slices of at most `sliceMs` (default
 * 12 ms); a smaller vault is read in one go (a few milliseconds).
 */
const SLICED_FROM = 2000;
const DEFAULT_SLICE_MS = 12;

export interface ScanProgress {
	/** Notes read so far (equal to `total` while the follow-ups are being worked out). */
	read: number;
	total: number;
}

/**
 * The longest wait at start-up for notes the metadata cache had not read yet
 * (see `whenComplete`): past it, start-up work goes ahead with what is there.
 */
const CACHE_WAIT_MS = 10_000;

/**
 * Keeps a VaultIndex in step with the vault, from Obsidian's metadata cache:
 * a full scan when `start` is called (from `onLayoutReady`), then one note at a
 * time on metadataCache `changed`, vault `rename` (which `changed` does not
 * report) and vault `delete`. Each change is applied to the index at once (it
 * is cheap: one note's properties are parsed, derived results are recomputed
 * lazily on the next query); listeners are told after the changes stop for a
 * moment, so a sync that rewrites hundreds of notes causes one recomputation
 * and one render.
 *
 * At a cold start the cache may not have read every note yet when the layout
 * is ready (`getFileCache` is null for the rest); those are read a moment
 * later (with a `changed` event each or not), then `resolved` fires once: the
 * notes still unread are read again then. `whenComplete` tells when every
 * note is in.
 *
 * A note whose properties block exists but does not parse (the cache has no
 * `frontmatter`, but a `frontmatterPosition` or a first section of type
 * `yaml`) is reported as a problem of that note, with the parser's message.
 * See docs/obsidian-behaviour.md for what Obsidian is known to do.
 *
 * Daily notes (when the rule is on) are fed with the links the cache found in
 * them; their folder and format are read from the core plugin's settings file
 * after the first scan and on every rebuild.
 */
export class LiveIndex {
	readonly index: VaultIndex;
	private currentDay: CalendarDate;
	private readonly now: () => Date;
	private readonly ignore: (path: string) => boolean;
	private readonly sliceMs: number;
	private readonly listeners = new Set<() => void>();
	private readonly progressListeners = new Set<() => void>();
	/** How far the running scan is; null when none runs. */
	private scanning: ScanProgress | null = null;
	/** Bumped by each scan: an older one stops at its next slice. */
	private scanToken = 0;
	/** Paths the index holds a record or a problem for: contacts, interviews, unreadable notes. */
	private readonly tracked = new Set<string>();
	/** Path → token of the latest pending read of an unparsed properties block. */
	private readonly readTokens = new Map<string, number>();
	private readonly pendingReads = new Set<Promise<void>>();
	private nextToken = 0;
	private readonly notifyLater: Debouncer<[], void>;
	private started = false;
	/** Notes the cache had not read at the last scan: they come as `changed` events. */
	private readonly unread = new Set<string>();
	private complete = false;
	private readonly completeWaiters: ((complete: boolean) => void)[] = [];
	private cacheWait: number | null = null;
	/** Whether daily notes count as contact (a setting). */
	private dailyEnabled: boolean;
	private readonly daily: DailyNoteFeed;
	private dailyLoads = 0;
	/** What besides `type` makes a note a contact or an interview (a setting). */
	private recognition: Recognition;

	constructor(
		private readonly app: App,
		settings: RuleSettings,
		options: LiveIndexOptions = {},
	) {
		this.index = new VaultIndex(settings);
		this.dailyEnabled = settings.dailyNotes;
		this.recognition = settings.recognition;
		this.daily = new DailyNoteFeed(app, this.index, (path) => this.ignore(path));
		this.now = options.now ?? (() => new Date());
		this.ignore = options.ignore ?? (() => false);
		this.sliceMs = options.sliceMs ?? DEFAULT_SLICE_MS;
		this.currentDay = localToday(this.now());
		this.notifyLater = debounce(() => this.emit(), options.debounceMs ?? DEFAULT_DEBOUNCE_MS, true);
	}

	/** Today's date as the index was last brought to (see `checkDay`). */
	get today(): CalendarDate {
		return this.currentDay;
	}

	get isStarted(): boolean {
		return this.started;
	}

	/** Started, and the scan (the first one, or a rebuild's) is done: the index holds every note. */
	get isReady(): boolean {
		return this.started && this.scanning === null;
	}

	/** How far the scan is while one runs ("Reading 12,000 of 70,000 notes"), else null. */
	get progress(): ScanProgress | null {
		return this.scanning;
	}

	/**
	 * Calls `listener` after every batch of changes (and after settings or the day
	 * change), never while a scan runs: once it is done. Returns an unsubscribe.
	 */
	onChange(listener: () => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	/** Calls `listener` after every slice of a scan (see `progress`). Returns an unsubscribe. */
	onProgress(listener: () => void): () => void {
		this.progressListeners.add(listener);
		return () => this.progressListeners.delete(listener);
	}

	/**
	 * Full scan, then incremental updates for as long as `owner` is loaded. Call
	 * from `onLayoutReady`. The scan runs in slices (see time-slices.ts), telling
	 * `onProgress` listeners after each; the promise settles when it is done.
	 */
	start(owner: Component): Promise<void> {
		if (this.started) return Promise.resolve();
		this.started = true;
		this.complete = false;
		const { metadataCache, vault } = this.app;
		owner.registerEvent(
			metadataCache.on("changed", (file, data, cache) => {
				this.changed(this.apply(file, cache, data));
				this.arrived(file.path);
			}),
		);
		owner.registerEvent(metadataCache.on("resolved", () => this.resolved()));
		owner.registerEvent(vault.on("rename", (file, oldPath) => this.changed(this.renamed(file, oldPath))));
		owner.registerEvent(vault.on("delete", (file) => this.changed(this.deleted(file))));
		owner.register(() => {
			this.notifyLater.cancel();
			this.listeners.clear();
			this.progressListeners.clear();
			this.started = false;
			this.scanning = null;
			this.finishWaiting(false);
		});
		// Nothing is indexed before the first scan: the index takes the notes in bulk (see VaultIndex).
		this.index.clear();
		return this.scan(() => {
			if (this.unread.size === 0) this.finishWaiting(true);
			else this.cacheWait = window.setTimeout(() => this.finishWaiting(true), CACHE_WAIT_MS);
		});
	}

	/**
	 * Resolves once the metadata cache has read every note (at once after a
	 * warm start; after a cold start, when the last unread note has come in or
	 * at the first `resolved`, at most `CACHE_WAIT_MS` later): true then, or
	 * false when the index stopped first (the plugin was unloaded).
	 */
	whenComplete(): Promise<boolean> {
		if (this.complete && this.scanning === null) return Promise.resolve(this.started);
		return new Promise((resolve) => this.completeWaiters.push(resolve));
	}

	/** Forgets everything and reads every note's properties (and the daily notes' settings) again, in slices. */
	rebuild(): Promise<void> {
		this.notifyLater.cancel();
		this.readTokens.clear();
		this.tracked.clear();
		this.daily.reset();
		this.index.clear();
		return this.scan(() => {
			if (!this.complete && this.started && this.unread.size === 0) this.finishWaiting(true);
		});
	}

	setSettings(settings: RuleSettings): void {
		if (settings.dailyNotes !== this.dailyEnabled) {
			this.dailyEnabled = settings.dailyNotes;
			this.loadDaily();
		}
		this.index.setSettings(settings);
		if (JSON.stringify(settings.recognition) !== JSON.stringify(this.recognition)) {
			// Other notes are contacts and interviews now: every note is read again.
			this.recognition = settings.recognition;
			if (this.started) {
				void logOnFailure(() => this.rebuild(), "could not read your notes again");
				return;
			}
		}
		this.notifyLater.cancel();
		this.emit();
	}

	/** Moves "today" forward when the calendar day changed; tells listeners. Cheap: call it every minute. */
	checkDay(): boolean {
		const day = localToday(this.now());
		if (day === this.currentDay) return false;
		this.currentDay = day;
		this.notifyLater.cancel();
		this.emit();
		return true;
	}

	/** Tells listeners now about changes still waiting for the quiet time. */
	flush(): void {
		this.notifyLater.run();
	}

	/** Resolves once the scan and pending reads of unparsed properties blocks are done (for tests and benchmarks). */
	async settled(): Promise<void> {
		while (this.pendingReads.size > 0) await Promise.all([...this.pendingReads]);
	}

	// ---- events --------------------------------------------------------------

	private changed(didChange: boolean): void {
		if (didChange) this.notifyLater();
	}

	/**
	 * Reads every note's cache entry into the index, then brings the index's
	 * derived results up to date, in slices; then tells listeners, runs `done`
	 * and reads the daily notes' settings. A newer scan (a rebuild) or the end of
	 * the index stops an older one at its next slice.
	 */
	private scan(done: () => void): Promise<void> {
		const token = ++this.scanToken;
		const run = this.scanInSlices(token, done).finally(() => this.pendingReads.delete(run));
		this.pendingReads.add(run);
		return run;
	}

	private async scanInSlices(token: number, done: () => void): Promise<void> {
		const { vault, metadataCache } = this.app;
		const files = vault.getMarkdownFiles();
		const total = files.length;
		const current = () => this.started && token === this.scanToken;
		this.unread.clear();
		this.scanning = { read: 0, total };
		const slices = new TimeSlices(total >= SLICED_FROM ? this.sliceMs : Infinity);
		for (let i = 0; i < total; i++) {
			const file = files[i];
			// Deleted since the list was taken: its own event has dealt with it.
			if (file !== undefined && vault.getAbstractFileByPath(file.path) === file) {
				const cache = metadataCache.getFileCache(file);
				if (cache === null && !this.ignore(file.path)) this.unread.add(file.path);
				this.apply(file, cache);
			}
			if (i % CHECK_EVERY === CHECK_EVERY - 1 && slices.over()) {
				this.scanning = { read: i + 1, total };
				this.tellProgress();
				await slices.next();
				if (!current()) return;
			}
		}
		this.scanning = { read: total, total };
		while (!this.index.prepare(this.currentDay, () => !slices.over())) {
			this.tellProgress();
			await slices.next();
			if (!current()) return;
		}
		this.scanning = null;
		this.notifyLater.cancel();
		this.emit();
		done();
		if (this.complete) this.finishWaiting(true);
		this.loadDaily();
	}

	private tellProgress(): void {
		for (const listener of [...this.progressListeners]) {
			try {
				listener();
			} catch (e) {
				console.error("Informational Interviews: could not show how far the reading is", e);
			}
		}
	}

	/** A note the cache had not read has come in. */
	private arrived(path: string): void {
		// While a scan runs, notes it has not reached yet may still turn out unread: its end decides.
		if (this.unread.delete(path) && this.unread.size === 0 && this.scanning === null) this.finishWaiting(true);
	}

	/**
	 * The cache has read every note. Those it had not read at the scan may have
	 * come in without a `changed` event (the Tasks plugin's source says none
	 * fires at start-up), so they are read again now; a note since deleted or
	 * renamed is dealt with by its own vault event.
	 */
	private resolved(): void {
		if (this.complete) return;
		const { vault, metadataCache } = this.app;
		for (const path of this.unread) {
			const file = vault.getAbstractFileByPath(path);
			if (file instanceof TFile) this.changed(this.apply(file, metadataCache.getFileCache(file)));
		}
		this.unread.clear();
		this.finishWaiting(true);
	}

	/** The cache is complete (or the index stopped): waiters hear so once the scan is done too. */
	private finishWaiting(complete: boolean): void {
		if (this.cacheWait !== null) window.clearTimeout(this.cacheWait);
		this.cacheWait = null;
		this.complete = true;
		if (complete && this.scanning !== null) return;
		for (const resolve of this.completeWaiters.splice(0)) resolve(complete);
	}

	/**
	 * Brings one note up to date from its cache entry. `content` is the note's
	 * text when the event carries it. Returns whether the index changed.
	 */
	private apply(file: TFile, cache: CachedMetadata | null, content?: string): boolean {
		const daily = this.daily.apply(file, cache);
		return this.applyRecord(file, cache, content) || daily;
	}

	private applyRecord(file: TFile, cache: CachedMetadata | null, content?: string): boolean {
		const path = file.path;
		this.readTokens.delete(path);
		if (this.ignore(path)) return this.forget(path);
		// Not indexed yet: a `changed` event will come when it is.
		if (cache === null) return false;
		const tags = readsTags(this.recognition) ? (cache.tags ?? []).map((t) => t.tag) : [];
		if (cache.frontmatter !== undefined) return this.applyFrontmatter(path, cache.frontmatter, tags);
		// No properties in the cache. With the text at hand (a `changed` event), find out
		// whether a block is there that did not parse, whatever the cache says of its position.
		if (content !== undefined) return this.applyText(path, content, tags);
		// Without the text: either signal of a block the cache could not read will do.
		// With neither, the note has no properties (a recognised folder or tag may still adopt it).
		if (cache.frontmatterPosition === undefined && cache.sections?.[0]?.type !== "yaml") return this.applyFrontmatter(path, {}, tags);
		// A properties block the cache could not read: find out why from the text.
		this.readLater(file, tags);
		return false;
	}

	private applyFrontmatter(path: string, frontmatter: unknown, tags: readonly string[] = []): boolean {
		if (recordKind(path, frontmatter, this.recognition, tags) !== null) {
			this.index.upsert(path, frontmatter, tags);
			this.tracked.add(path);
			return true;
		}
		return this.forget(path);
	}

	/** Reads a properties block with Obsidian's own parser, to report why the cache has none. */
	private applyText(path: string, content: string, tags: readonly string[]): boolean {
		const info = getFrontMatterInfo(content);
		// No block, or one that could not make a contact or an interview: not parsed, not reported.
		if (!info.exists || !mayMakeRecord(path, info.frontmatter, this.recognition)) return this.applyFrontmatter(path, {}, tags);
		let data: unknown;
		try {
			data = parseYaml(info.frontmatter);
		} catch (e) {
			return this.unreadable(path, `the properties are not valid YAML: ${firstLine(e)}`);
		}
		if (data === null || data === undefined) return this.applyFrontmatter(path, {}, tags);
		if (typeof data !== "object" || Array.isArray(data)) {
			return this.unreadable(path, "the properties are not a list of names and values (name: value)");
		}
		return this.applyFrontmatter(path, data, tags);
	}

	private readLater(file: TFile, tags: readonly string[]): void {
		const token = ++this.nextToken;
		this.readTokens.set(file.path, token);
		const read = this.app.vault
			.cachedRead(file)
			.then((content) => {
				if (this.readTokens.get(file.path) !== token) return;
				this.readTokens.delete(file.path);
				this.changed(this.applyText(file.path, content, tags));
			})
			.catch(() => {
				if (this.readTokens.get(file.path) !== token) return;
				this.readTokens.delete(file.path);
				this.changed(this.unreadable(file.path, "the note cannot be read"));
			})
			.finally(() => this.pendingReads.delete(read));
		this.pendingReads.add(read);
	}

	private unreadable(path: string, message: string): boolean {
		this.index.setUnreadable(path, message);
		this.tracked.add(path);
		return true;
	}

	private forget(path: string): boolean {
		if (!this.tracked.delete(path)) return false;
		this.index.remove(path);
		return true;
	}

	private renamed(file: TAbstractFile, oldPath: string): boolean {
		const daily = this.daily.renamed(file, oldPath);
		return this.renamedRecord(file, oldPath) || daily;
	}

	private renamedRecord(file: TAbstractFile, oldPath: string): boolean {
		if (file instanceof TFolder) {
			const prefix = `${oldPath}/`;
			let changed = false;
			for (const path of [...this.tracked]) {
				if (path.startsWith(prefix)) changed = this.move(path, `${file.path}/${path.slice(prefix.length)}`) || changed;
			}
			return changed;
		}
		if (!(file instanceof TFile)) return false;
		if (this.tracked.has(oldPath)) {
			if (file.extension === "md") return this.move(oldPath, file.path);
			this.readTokens.delete(oldPath);
			return this.forget(oldPath);
		}
		// Not known under its old name (e.g. it just became a markdown note): read it as new.
		if (file.extension === "md" && !this.tracked.has(file.path)) return this.apply(file, this.app.metadataCache.getFileCache(file));
		return false;
	}

	private move(oldPath: string, newPath: string): boolean {
		if (this.ignore(newPath)) {
			this.readTokens.delete(oldPath);
			return this.forget(oldPath);
		}
		const pendingRead = this.readTokens.get(oldPath);
		this.readTokens.delete(oldPath);
		if (pendingRead !== undefined) this.readTokens.set(newPath, pendingRead);
		this.tracked.delete(oldPath);
		this.tracked.add(newPath);
		this.index.rename(oldPath, newPath);
		return true;
	}

	private deleted(file: TAbstractFile): boolean {
		const daily = this.daily.deleted(file.path);
		return this.deletedRecord(file) || daily;
	}

	private deletedRecord(file: TAbstractFile): boolean {
		if (file instanceof TFolder) {
			const prefix = `${file.path}/`;
			let changed = false;
			for (const path of [...this.tracked]) {
				if (path.startsWith(prefix)) {
					this.readTokens.delete(path);
					changed = this.forget(path) || changed;
				}
			}
			return changed;
		}
		this.readTokens.delete(file.path);
		return this.forget(file.path);
	}

	// ---- daily notes ---------------------------------------------------------

	/** Reads the daily notes' settings (unless the rule is off), then feeds every daily note again. */
	private loadDaily(): void {
		const token = ++this.dailyLoads;
		const read = (this.dailyEnabled ? loadDailyNotesSetup(this.app) : Promise.resolve(null))
			.then((setup) => {
				if (token === this.dailyLoads && this.started) this.changed(this.daily.use(setup));
			})
			.finally(() => this.pendingReads.delete(read));
		this.pendingReads.add(read);
	}

	private emit(): void {
		// While a scan runs the index is partial: listeners hear once it is done.
		if (this.scanning !== null) return;
		for (const listener of [...this.listeners]) {
			try {
				listener();
			} catch (e) {
				console.error("Informational Interviews: a view could not be updated", e);
			}
		}
	}
}

function firstLine(e: unknown): string {
	const text = errorText(e);
	return (text.split("\n")[0] ?? text).trim().replace(/:$/, "");
}
