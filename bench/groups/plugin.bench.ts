/**
 * The plugin's figures: (d) `onload`, (e) the start-up (the longest main-thread
 * task from layout ready until the view shows the follow-ups), (f) one note
 * changed → index + view model. The view's render is timed in Chromium
 * (render.bench.ts), not here.
 *
 * The plugin runs over the fake `obsidian` module (test/fake-obsidian, aliased
 * by run.mjs as in vitest) on a happy-dom window installed as the global
 * `window`/`document` before the fake and the plugin are loaded, as vitest's
 * happy-dom environment does. What the view draws during the start-up is drawn
 * by happy-dom, which is slower than a browser at it: (e) errs high there.
 *
 * Setup, not timed: the synthetic vault's 70,000 notes are read from disk into
 * a fake app whose metadata cache is warm (every note parsed, as Obsidian's
 * persisted cache has them at start-up). That takes a while.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Window } from "happy-dom";
import type { App, CachedMetadata, TFile } from "obsidian";
import type InformationalInterviewsPlugin from "../../src/main";
import type { FollowUpsView as FollowUpsViewClass } from "../../src/ui/follow-ups-view";
import { collectGarbage, now } from "../lib/stats.mjs";
import type { BenchContext, Figure } from "../lib/types";

type Fm = Record<string, unknown>;
type PluginClass = typeof InformationalInterviewsPlugin;

/** DOM classes Node also has: the window's must win (happy-dom dispatches only its own events). */
const DOM_OVERRIDES = ["Event", "CustomEvent", "MessageEvent", "EventTarget", "DOMException", "Blob", "File", "FormData", "AbortController", "AbortSignal"];

/**
 * Installs a happy-dom window as the global `window` and `document`, and its
 * DOM classes and functions as globals (what vitest's happy-dom environment
 * does, roughly). Node's own timers, `performance` and built-ins stay. Returns
 * the undo.
 */
function installHappyDom(): { win: Window; uninstall: () => Promise<void> } {
	const win = new Window({ url: "http://localhost:3000", width: 1280, height: 800, settings: { disableErrorCapturing: true } });
	const g = globalThis as unknown as Record<string, unknown>;
	const w = win as unknown as Record<string, unknown>;
	const added: string[] = [];
	const replaced = new Map<string, PropertyDescriptor | undefined>();
	for (const key of Object.getOwnPropertyNames(win)) {
		if (key === "window" || key === "self" || key === "top" || key === "parent" || key === "globalThis") continue;
		const exists = key in g;
		if (exists && !DOM_OVERRIDES.includes(key)) continue;
		let value = w[key];
		if (typeof value === "function" && key[0] !== key[0]?.toUpperCase()) value = (value as (...a: unknown[]) => unknown).bind(win);
		if (exists) replaced.set(key, Object.getOwnPropertyDescriptor(g, key));
		else added.push(key);
		Object.defineProperty(g, key, { value, configurable: true, writable: true });
	}
	for (const key of ["window", "document"]) {
		added.push(key);
		Object.defineProperty(g, key, { value: key === "window" ? win : win.document, configurable: true, writable: true });
	}
	return {
		win,
		async uninstall() {
			await win.happyDOM.abort();
			win.close();
			for (const key of added) delete g[key];
			for (const [key, d] of replaced) {
				if (d) Object.defineProperty(g, key, d);
				else delete g[key];
			}
		},
	};
}

export default {
	name: "plugin (fake Obsidian app, happy-dom)",
	async run(ctx: BenchContext): Promise<Figure[]> {
		const { uninstall } = installHappyDom();
		try {
			return await measure(ctx);
		} finally {
			await uninstall();
		}
	},
};

async function measure(ctx: BenchContext): Promise<Figure[]> {
	// Loaded only now, once `window` and `document` exist (the fake installs its DOM helpers on import).
	const fake = await import("../../test/fake-obsidian/index");
	const { default: Plugin } = await import("../../src/main");
	const { FollowUpsView } = await import("../../src/ui/follow-ups-view");
	const { VIEW_TYPE_FOLLOW_UPS } = await import("../../src/ui/constants");
	const { inTemplatesFolder } = await import("../../src/commands/active-note");
	const { dueNow } = await import("../../src/index/due-report");
	const { buildViewModel } = await import("../../src/index/view-model");

	const { notes, root, today } = ctx.vault;
	const manifest = JSON.parse(readFileSync(join(ctx.repo, "manifest.json"), "utf8")) as { id: string };
	const figures: Figure[] = [];

	// ---- setup (not timed): the vault in a fake app, metadata cache warm -------
	let t = now();
	const files: Record<string, string> = {};
	for (const n of notes) {
		const text = readFileSync(join(root, n.path), "utf8");
		// Obsidian decodes notes with TextDecoder, which drops a byte-order mark.
		files[n.path] = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	}
	const readMs = now() - t;
	t = now();
	const app = fake.createFakeApp(files, { warm: true, mount: true, vaultName: "Bench vault" });
	fake.setPluginData(app, manifest.id, { viewOpenedOnce: true, digest: false });
	const md = app.vault.getMarkdownFiles();
	let withFm = 0;
	let unparsed = 0;
	for (const f of md) {
		const c = app.metadataCache.getFileCache(f);
		if (c?.frontmatter) withFm++;
		else if (c?.frontmatterPosition) unparsed++;
	}
	ctx.log(
		`  setup: ${md.length} notes read in ${(readMs / 1000).toFixed(1)} s, fake app seeded and metadata cache warmed in ` +
			`${((now() - t) / 1000).toFixed(1)} s (${withFm} with properties, ${unparsed} whose properties block does not parse)`,
	);

	// ---- (d) onload ---------------------------------------------------------------
	// A new plugin on the same app each run (the previous one unloaded, as when the
	// plugin is disabled and enabled again). The layout is not ready, so the scan,
	// which waits for onLayoutReady, is not part of it.
	const onloadRuns = ctx.runs.build;
	const onloadSamples: number[] = [];
	let firstOnload = NaN;
	let plugin: InformationalInterviewsPlugin | null = null;
	for (let i = 0; i <= onloadRuns; i++) {
		if (plugin) plugin.unload();
		plugin = new (Plugin as PluginClass)(app, { ...(manifest as object), dir: `${app.vault.configDir}/plugins/${manifest.id}` } as never);
		// What Plugin.load() does around onload(): mark it loaded, so that unload() cleans up.
		(plugin as unknown as { _loaded: boolean })._loaded = true;
		collectGarbage();
		const t0 = now();
		await plugin.onload();
		const ms = now() - t0;
		if (i === 0) firstOnload = ms;
		else onloadSamples.push(ms);
	}
	if (!plugin) throw new Error("no plugin");
	const host = plugin;
	if (host.live.isStarted) throw new Error("onload must not start the index: the layout is not ready");
	figures.push(
		{ id: "d", label: `plugin onload (${md.length}-note vault, layout not ready)`, unit: "ms", samples: onloadSamples, target: 5, runs: `${onloadRuns} (+1 warm-up)` },
		{ id: "d0", label: "  the same, first run (cold JIT)", unit: "ms", samples: [firstOnload], runs: "1" },
	);

	// ---- (e) start-up: layout ready → the follow-ups in the view ----------------------
	// As Obsidian starts: a new plugin loads (onload), the Follow-ups view is restored
	// open in the right sidebar (it shows "Reading your notes…"), then the layout becomes
	// ready and the plugin's onLayoutReady starts the scan. Timed until the view shows the
	// follow-ups and the start-up work (the digest, the read-back of properties blocks
	// that do not parse, the daily notes' settings) is done. Meanwhile a ticker of 0 ms
	// timers records every stretch the main thread did not come back to it: the longest
	// is (e). In Obsidian the scan's slices are the window's timers, each a task of its
	// own, between which the browser handles input and paints; so are the ticker's here,
	// which run between the slices as other tasks would. Node runs every expired timer
	// in one pass, before its setImmediate callbacks: a setImmediate ticker sees slices
	// back to back as one stretch. That figure, (e-node), is kept for the runs before.
	// The first start-up (cold JIT, as in Obsidian) counts too.
	const startRuns = ctx.runs.build;
	const longestTask: number[] = [];
	const longestNodeLoop: number[] = [];
	const startup: number[] = [];
	let firstStart = { total: NaN, longest: NaN, tasks: 0 };
	let started: InformationalInterviewsPlugin = host;
	for (let i = 0; i <= startRuns; i++) {
		started.unload();
		app.workspace.detachLeavesOfType(VIEW_TYPE_FOLLOW_UPS);
		// A start-up of a new day: the digest is built and shown (the first start-up of the day does that).
		fake.setPluginData(app, manifest.id, { viewOpenedOnce: true, lastDigestDay: null });
		(app.workspace as unknown as { layoutReady: boolean }).layoutReady = false;
		started = new (Plugin as PluginClass)(app, { ...(manifest as object), dir: `${app.vault.configDir}/plugins/${manifest.id}` } as never);
		(started as unknown as { _loaded: boolean })._loaded = true;
		await started.onload();
		pinClock(started.live, today);
		const leaf = app.workspace.getRightLeaf(false);
		if (!leaf) throw new Error("no right sidebar leaf");
		await leaf.setViewState({ type: VIEW_TYPE_FOLLOW_UPS, active: true });
		const view = leaf.view as FollowUpsViewClass;
		if (!(view instanceof FollowUpsView)) throw new Error("the Follow-ups view did not open");
		collectGarbage();
		const ticker = watchEventLoop("timer");
		const nodeTicker = watchEventLoop("immediate");
		await nodeTicker.next();
		const t1 = now();
		fake.triggerLayoutReady(app);
		await until(() => shown(view));
		await started.live.whenComplete();
		await started.live.settled();
		const total = now() - t1;
		const tasks = ticker.stop();
		const longest = longestOf(tasks);
		longestNodeLoop.push(longestOf(nodeTicker.stop()));
		if (i === 0) firstStart = { total, longest, tasks: tasks.length };
		longestTask.push(longest);
		startup.push(total);
	}
	const live = started.live;
	const vmShown = (app.workspace.getLeavesOfType(VIEW_TYPE_FOLLOW_UPS)[0]?.view as FollowUpsViewClass | undefined)?.viewModel;
	if (!vmShown) throw new Error("the view model was not built");
	const sectionText = vmShown.sections.map((s) => `${s.followUps.length} ${s.heading.toLowerCase()}`).join(", ");
	ctx.log(
		`  start-up: ${vmShown.noteCount} contacts and interviews; view: ${sectionText} (within ${vmShown.horizonDays} days), ` +
			`${vmShown.fields.length} fields, ${vmShown.problems.length} problems; status bar: ${dueNow(live.index, live.today).length} due; ` +
			`first start-up (cold JIT) ${firstStart.total.toFixed(0)} ms, longest task ${firstStart.longest.toFixed(0)} ms, ${firstStart.tasks} returns to the event loop`,
	);
	figures.push(
		{ id: "e", label: `start-up (${md.length} notes, view open): longest main-thread task`, unit: "ms", samples: longestTask, target: 50, goalOn: "max", runs: `${startRuns + 1} start-ups` },
		{ id: "e1", label: "  start-up: layout ready → follow-ups shown, start-up work done", unit: "ms", samples: startup, runs: `${startRuns + 1} start-ups` },
		{ id: "e-node", label: "  the same start-ups, longest stretch without Node's check phase", unit: "ms", samples: longestNodeLoop, runs: `${startRuns + 1} start-ups` },
	);

	// ---- (f) one note changed → index + view model -----------------------------------
	// On the last start-up's live index, the view closed; a listener builds the view
	// model as the view does (the plugin's own listener counts for the status bar).
	// metadataCache `changed` for one interview with changed properties (as Obsidian
	// fires it once its worker has parsed the note), then the debounced notification
	// run at once (flush) instead of after its quiet time. 200 different interviews.
	app.workspace.detachLeavesOfType(VIEW_TYPE_FOLLOW_UPS);
	let vm: ReturnType<typeof buildViewModel> | null = null;
	live.onChange(() => {
		vm = buildViewModel(live.index, live.today, { horizonDays: started.settings.horizonDays });
	});
	const changes = planInterviewChanges(app, md, today, ctx.runs.changes, (p) => inTemplatesFolder(started, p), (p) => fake.fileContent(app, p));
	const changeSamples: number[] = [];
	const byKind = new Map<string, number[]>();
	live.flush(); // what the last read-backs left waiting for the quiet time: not part of the first change
	let revision = live.index.revision;
	collectGarbage();
	for (const c of changes) {
		vm = null;
		const t1 = now();
		app.metadataCache.trigger("changed", c.file, c.content, c.cache);
		live.flush();
		const ms = now() - t1;
		const after = vm as ReturnType<typeof buildViewModel> | null;
		if (!after || after.revision === revision) throw new Error(`the view model did not follow the change of ${c.file.path}`);
		revision = after.revision;
		changeSamples.push(ms);
		let list = byKind.get(c.kind);
		if (!list) byKind.set(c.kind, (list = []));
		list.push(ms);
	}
	ctx.log(`  (f) changes: ${[...byKind].map(([k, v]) => `${k} ${v.length}× median ${(median(v) * 1000).toFixed(0)} µs`).join(", ")}`);
	figures.push({ id: "f", label: "one interview changed → index + view model", unit: "ms", samples: changeSamples, target: 1, goalOn: "p99", runs: `${changeSamples.length} notes` });

	live.flush();
	started.unload();
	fake.destroyFakeApp(app);
	return figures;
}

/**
 * The plugin reads today from the system clock: here it is the vault's today, so
 * that every run sees the same follow-ups (the vault's dates are relative to it).
 */
function pinClock(live: unknown, today: string): void {
	const l = live as { now?: () => Date; currentDay?: string };
	if (typeof l.now !== "function" || typeof l.currentDay !== "string") throw new Error("the live index has no clock to pin (now, currentDay)");
	const noon = new Date(`${today}T12:00:00`);
	l.now = () => noon;
	l.currentDay = today;
}

/** Whether the view shows the follow-ups (not "Reading your notes…" or a progress line). */
function shown(view: FollowUpsViewClass): boolean {
	return (view.viewModel?.noteCount ?? 0) > 0 && view.contentEl.querySelector(".informational-interviews-loading") === null;
}

async function until(check: () => boolean): Promise<void> {
	const end = now() + 120_000;
	while (!check()) {
		if (now() > end) throw new Error("timed out waiting for the view to show the follow-ups");
		await new Promise((resolve) => setTimeout(resolve, 1));
	}
}

/**
 * Records how long the main thread stays away from the event loop: a chain of
 * callbacks, each noting the time since the previous one. A gap is one task (or
 * a few back to back: never less than the longest of them). "timer": 0 ms
 * timers, which take turns with the plugin's own timers as a browser's tasks do;
 * "immediate": setImmediate, which waits for every expired timer (see (e)).
 */
function watchEventLoop(kind: "timer" | "immediate"): { next(): Promise<void>; stop(): number[] } {
	const gaps: number[] = [];
	let last = now();
	let running = true;
	const schedule = (f: () => void) => (kind === "timer" ? setTimeout(f, 0) : setImmediate(f));
	const tick = () => {
		const t = now();
		gaps.push(t - last);
		last = t;
		if (running) schedule(tick);
	};
	schedule(tick);
	return {
		next: () => new Promise((resolve) => setImmediate(resolve)),
		stop() {
			running = false;
			gaps.push(now() - last);
			return gaps;
		},
	};
}

/** The largest of many numbers (a spread into Math.max would overflow the stack). */
function longestOf(v: readonly number[]): number {
	let max = 0;
	for (const x of v) if (x > max) max = x;
	return max;
}

function median(v: number[]): number {
	const s = [...v].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)] ?? NaN;
}

interface Change {
	kind: string;
	file: TFile;
	content: string;
	cache: CachedMetadata;
}

/**
 * `count` different interviews (spread over the vault), each with one edit people
 * make: thank-you sent, the conversation moved by three days, marked done. The
 * new properties are the cached ones with that change, as Obsidian would hand
 * them over after parsing the edited note.
 */
function planInterviewChanges(
	app: App,
	files: TFile[],
	today: string,
	count: number,
	ignore: (path: string) => boolean,
	content: (path: string) => string | null,
): Change[] {
	const interviews: { file: TFile; cache: CachedMetadata & { frontmatter: Fm } }[] = [];
	for (const file of files) {
		const cache = app.metadataCache.getFileCache(file);
		const fm = cache?.frontmatter as Fm | undefined;
		if (!cache || !fm || ignore(file.path)) continue;
		if (typeof fm.type === "string" && fm.type.trim().toLowerCase() === "interview") interviews.push({ file, cache: cache as CachedMetadata & { frontmatter: Fm } });
	}
	const step = Math.max(1, Math.floor(interviews.length / Math.max(1, count)));
	const kinds = ["thank-you sent", "date moved", "marked done"];
	const out: Change[] = [];
	for (let i = 0; i < count && i * step < interviews.length; i++) {
		const picked = interviews[(7 + i * step) % interviews.length];
		if (!picked) continue;
		const fm: Fm = { ...picked.cache.frontmatter };
		const variant = i % 3;
		if (variant === 0) fm["thank-you-sent"] = today;
		else if (variant === 1) fm.date = shiftDate(fm.date, 3);
		else fm.status = "done";
		out.push({ kind: kinds[variant] as string, file: picked.file, content: content(picked.file.path) ?? "", cache: { ...picked.cache, frontmatter: fm } });
	}
	return out;
}

function shiftDate(value: unknown, days: number): unknown {
	const m = typeof value === "string" ? /(\d{4}-\d{2}-\d{2})/.exec(value) : null;
	if (!m?.[1]) return value;
	const t = Date.parse(m[1]) + days * 86_400_000;
	if (Number.isNaN(t)) return value;
	const moved = new Date(t).toISOString().slice(0, 10);
	return value === m[1] ? moved : (value as string).replace(m[1], moved);
}
