/**
 * The plugin's figures (issue 3): (d) `onload`, (e) the full index from the
 * metadata cache, (f) one note changed → view model, (g) a 500-item render.
 *
 * The plugin runs over the fake `obsidian` module (test/fake-obsidian, aliased
 * by run.mjs as in vitest) on a happy-dom window installed as the global
 * `window`/`document` before the fake and the plugin are loaded, as vitest's
 * happy-dom environment does. So the DOM figures are happy-dom's, not a
 * browser's; (g-cr) shows what `npm run test:e2e` last measured in Chromium,
 * read from test-results/e2e/render-500.json (not measured by this run).
 *
 * Setup, not timed: the synthetic vault's 70,000 notes are read from disk into
 * a fake app whose metadata cache is warm (every note parsed, as Obsidian's
 * persisted cache has them at start-up). That takes a while.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { Window } from "happy-dom";
import type { App, CachedMetadata, TFile } from "obsidian";
import type InformationalInterviewsPlugin from "../../src/main";
import type { LiveIndex } from "../../src/obsidian/live-index";
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
		const { win, uninstall } = installHappyDom();
		try {
			return await measure(ctx, win);
		} finally {
			await uninstall();
		}
	},
};

async function measure(ctx: BenchContext, win: Window): Promise<Figure[]> {
	// Loaded only now, once `window` and `document` exist (the fake installs its DOM helpers on import).
	const fake = await import("../../test/fake-obsidian/index");
	const { default: Plugin } = await import("../../src/main");
	const { LiveIndex } = await import("../../src/obsidian/live-index");
	const { toRuleSettings } = await import("../../src/settings/plugin-settings");
	const { inTemplatesFolder } = await import("../../src/commands/active-note");
	const { dueNow } = await import("../../src/index/due-report");
	const { buildViewModel } = await import("../../src/index/view-model");
	const { renderFollowUps } = await import("../../src/ui/render");
	const { renderBenchInput } = await import("../../test/fixtures/render-bench");

	const { notes, root, today } = ctx.vault;
	const manifest = JSON.parse(readFileSync(join(ctx.repo, "manifest.json"), "utf8")) as { id: string };
	const figures: Figure[] = [];

	// ---- (g)'s render, defined here, measured with and without the vault in memory -------
	// As the e2e bench in Chromium (test/e2e/preview.ts, benchRender): 500 contacts, each
	// with a conversation held and no thank-you yet, so 500 overdue thank-yous; limits
	// of 500 on every list; a fresh element each run, two warm-up runs.
	const renderBench = (): { samples: number[]; items: number; elements: number } => {
		const { vm: renderVm, limits, handlers } = renderBenchInput(RENDER_COUNT, today);
		const doc = win.document as unknown as Document;
		const renderHost = doc.body.createDiv({ cls: "informational-interviews-bench-host workspace-leaf-content" });
		const samples: number[] = [];
		let items = 0;
		let elements = 0;
		try {
			for (let r = 0; r < ctx.runs.build + 2; r++) {
				const el = renderHost.createDiv("view-content");
				collectGarbage();
				const t1 = now();
				items = renderFollowUps(el, renderVm, handlers, { limits }).items.size;
				const ms = now() - t1;
				elements = el.querySelectorAll("*").length;
				renderHost.empty();
				if (r >= 2) samples.push(ms);
			}
		} finally {
			renderHost.remove();
		}
		if (items !== RENDER_COUNT) throw new Error(`rendered ${items} items, not ${RENDER_COUNT}`);
		return { samples, items, elements };
	};
	const renderedEarly = renderBench();

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

	// ---- (e) full index from the metadata cache -------------------------------------
	// A LiveIndex made as the plugin makes it (its settings, its templates-folder
	// filter), with the clock on the vault's "today". Its listener does what the
	// plugin's does when the view is open: the view model, and the status bar's count.
	const fixedNow = new Date(`${today}T12:00:00`);
	const live: LiveIndex = new LiveIndex(app, toRuleSettings(host.settings), { ignore: (path) => inTemplatesFolder(host, path), now: () => fixedNow });
	const horizonDays = host.settings.horizonDays;
	let vm: ReturnType<typeof buildViewModel> | null = null;
	let dueCount = -1;
	let listenerMs = NaN;
	live.onChange(() => {
		const tl = now();
		vm = buildViewModel(live.index, live.today, { horizonDays });
		dueCount = dueNow(live.index, live.today).length;
		listenerMs = now() - tl;
	});
	const owner = new fake.Component();
	owner.load();
	const buildRuns = ctx.runs.build;
	const buildSamples: number[] = [];
	const settleTimes: number[] = [];
	const listenerTimes: number[] = [];
	collectGarbage();
	let t0 = now();
	live.start(owner as never); // scan + listeners (view model)
	const startMs = now() - t0;
	t0 = now();
	await live.settled(); // notes whose properties block does not parse: read asynchronously to say why
	settleTimes.push(now() - t0);
	for (let i = 0; i < buildRuns; i++) {
		vm = null;
		collectGarbage();
		t0 = now();
		live.rebuild();
		buildSamples.push(now() - t0);
		listenerTimes.push(listenerMs);
		t0 = now();
		await live.settled();
		settleTimes.push(now() - t0);
	}
	const model = vm as ReturnType<typeof buildViewModel> | null;
	if (!model) throw new Error("the view model was not built");
	const sectionText = model.sections.map((s) => `${s.followUps.length} ${s.heading.toLowerCase()}`).join(", ");
	ctx.log(
		`  live index: ${model.noteCount} contacts and interviews; view model: ${sectionText} (within ${horizonDays} days), ` +
			`${model.fields.length} fields, ${model.problems.length} problems; status bar: ${dueCount} due; ` +
			`of (e), the listener (view model + count) took ${median(listenerTimes).toFixed(1)} ms (median), the scan the rest; ` +
			`after each scan, the ${unparsed} unparsable blocks were read back in ${median(settleTimes).toFixed(1)} ms (median, async, not in (e))`,
	);
	figures.push(
		{ id: "e", label: `full index from the metadata cache (${md.length} notes) + view model`, unit: "ms", samples: buildSamples, target: 100, runs: `${buildRuns} rebuilds` },
		{ id: "e0", label: "  the same, first scan (LiveIndex.start, cold JIT)", unit: "ms", samples: [startMs], runs: "1" },
	);

	// ---- (f) one note changed → view model ------------------------------------------
	// metadataCache `changed` for one interview with changed properties (as Obsidian
	// fires it once its worker has parsed the note), then the debounced notification
	// run at once (flush) instead of after its quiet time: the listener builds the view
	// model. 200 different interviews, each changed once.
	const changes = planInterviewChanges(app, md, today, ctx.runs.changes, (p) => inTemplatesFolder(host, p), (p) => fake.fileContent(app, p));
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
	figures.push({ id: "f", label: "one interview changed → live index + view model", unit: "ms", samples: changeSamples, target: 1, runs: `${changeSamples.length} notes` });

	// ---- (g) 500 items rendered into the DOM (happy-dom) ------------------------------
	// With the vault's app in memory, as in Obsidian (the figure); also measured before
	// the vault was loaded (in the log), since a big heap slows happy-dom's allocations.
	const rendered = renderBench();
	ctx.log(
		`  (g) ${rendered.items} items, ${rendered.elements} elements per render (happy-dom: no layout or style is computed); ` +
			`before the vault was loaded: median ${median(renderedEarly.samples).toFixed(1)} ms`,
	);
	figures.push({ id: "g", label: `render ${RENDER_COUNT} items (renderFollowUps, limits ${RENDER_COUNT}) in happy-dom`, unit: "ms", samples: rendered.samples, target: 16, runs: `${rendered.samples.length} (+2 warm-up)` });

	const chromium = join(ctx.repo, "test-results/e2e/render-500.json");
	if (existsSync(chromium)) {
		try {
			const r = JSON.parse(readFileSync(chromium, "utf8")) as { items?: number; elements?: number; runs?: number; median: number; min: number; max: number; rerenderMedian?: number; bareDomMedian?: number; page50Median?: number };
			const when = statSync(chromium).mtime.toISOString().slice(0, 10);
			ctx.log(
				`  (g-cr) from ${chromium.slice(ctx.repo.length + 1)} (${when}, npm run test:e2e, not this run): ${r.items ?? "?"} items, ${r.elements ?? "?"} elements, ` +
					`median ${r.median.toFixed(1)} ms with layout; re-render ${r.rerenderMedian?.toFixed(1) ?? "?"} ms, the same elements with bare DOM calls ${r.bareDomMedian?.toFixed(1) ?? "?"} ms, ` +
					`one page of 50 ${r.page50Median?.toFixed(1) ?? "?"} ms`,
			);
			figures.push({
				id: "g-cr",
				label: `  the same in Chromium, with layout (${when}, test:e2e; not measured by this run)`,
				unit: "ms",
				samples: [r.min, r.median, r.max],
				runs: `${r.runs ?? "?"} (from file)`,
			});
		} catch (e) {
			ctx.log(`  (g-cr) ${chromium} could not be read: ${e instanceof Error ? e.message : String(e)}`);
		}
	} else {
		ctx.log("  (g-cr) no Chromium figure: run `npm run test:e2e` to write test-results/e2e/render-500.json");
	}

	live.flush();
	owner.unload();
	host.unload();
	fake.destroyFakeApp(app);
	return figures;
}

const RENDER_COUNT = 500;

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
