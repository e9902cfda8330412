/**
 * The browser preview of the plugin (see run.mjs): the REAL plugin (src/main.ts) over the fake
 * `obsidian` module (esbuild aliases `obsidian` to test/fake-obsidian/index.ts), seeded with the
 * vault that run.mjs injects as `window.__PREVIEW__`. "Today" is fixed by an inline script that
 * runs before this bundle (see run.mjs). The page exposes `window.__ii` for the tests.
 */
import { addIcon, type App, type PluginManifest } from "obsidian";
import type { CalendarDate } from "../../src/domain/types";
import InformationalInterviewsPlugin from "../../src/main";
import { BOARD_VIEW_ID } from "../../src/ui/board-view";
import { VIEW_TYPE_FOLLOW_UPS } from "../../src/ui/constants";
import { renderFollowUps } from "../../src/ui/render";
import { renderBenchInput } from "../fixtures/render-bench";
import { createFakeApp, fileContent, lastMenu, loadPlugin, noticeMessages, openBasesView, openModals, openObsidianUrl, runCommand, settle } from "../fake-obsidian";

export interface PreviewConfig {
	today: CalendarDate;
	manifest: PluginManifest;
	/** The plugin's data.json at start-up. */
	data: unknown;
	/** `{ vault path: content }`. */
	files: Record<string, string>;
}

export interface RenderBench {
	items: number;
	/** Elements in one render. */
	elements: number;
	runs: number;
	/** Fresh render into an empty element, layout forced (ms). */
	median: number;
	min: number;
	max: number;
	/** Re-render into the same element (what a view refresh does), layout forced (ms). */
	rerenderMedian: number;
	/**
	 * The same elements (classes, texts) built with bare `document.createElement`, no plugin code,
	 * layout forced (ms): what this browser on this machine needs for the DOM and CSS alone.
	 */
	bareDomMedian: number;
}

export interface PreviewApi {
	ready: Promise<void>;
	app: App | null;
	plugin: InformationalInterviewsPlugin | null;
	read(path: string): string | null;
	activeFile(): string | null;
	markdownLeaves(): number;
	notices(): string[];
	hideMenu(): void;
	modals(): number;
	/** Follows an `obsidian://` link as Obsidian would; false when no handler has its action. */
	openLink(url: string): Promise<boolean>;
	/** Every file's vault path. */
	files(): string[];
	/** Waits for the metadata cache, then runs the plugin's debounced index update now. */
	sync(): Promise<void>;
	/**
	 * Shows the pipeline board as a base of every interview note would (rows by path), in the main
	 * area in place of the open note; resolves to the rows.
	 */
	openBoard(): string[];
	benchRender(count: number, runs: number): RenderBench;
	/** Opens the note in the main pane and runs the plugin's command `id` there (false: not offered). */
	runCommandOn(path: string, id: string): Promise<boolean>;
}

declare global {
	interface Window {
		__PREVIEW__: PreviewConfig;
		__ii: PreviewApi;
	}
}

const config = window.__PREVIEW__;

const api: PreviewApi = {
	ready: Promise.resolve(),
	app: null,
	plugin: null,
	read: (path) => (api.app ? fileContent(api.app, path) : null),
	activeFile: () => api.app?.workspace.getActiveFile()?.path ?? null,
	markdownLeaves: () => api.app?.workspace.getLeavesOfType("markdown").length ?? 0,
	notices: () => noticeMessages(),
	openBoard() {
		const app = api.app;
		if (!app) return [];
		const rows = app.vault
			.getMarkdownFiles()
			.filter((f) => String(app.metadataCache.getFileCache(f)?.frontmatter?.type ?? "").toLowerCase() === "interview")
			.map((f) => f.path)
			.sort();
		const board = openBasesView(app, BOARD_VIEW_ID, rows, "Pipeline");
		// The board in the whole window, as a base opened in a tab with the sidebars closed.
		const main = document.querySelector(".workspace-split.mod-root");
		if (main) {
			main.empty();
			board.containerEl.addClass("view-content", "informational-interviews-board-host");
			main.appendChild(board.containerEl);
		}
		document.querySelector(".mod-right-split")?.addClass("is-collapsed-for-board");
		return rows;
	},
	hideMenu: () => void lastMenu()?.hide(),
	modals: () => openModals().length,
	openLink: (url) => (api.app ? openObsidianUrl(api.app, url) : Promise.resolve(false)),
	files: () => api.app?.vault.getFiles().map((f) => f.path) ?? [],
	async sync() {
		if (!api.app || !api.plugin) return;
		await settle(api.app);
		await api.plugin.live.settled();
		api.plugin.live.flush();
	},
	benchRender,
	async runCommandOn(path, id) {
		const app = api.app;
		const file = app?.vault.getFileByPath(path);
		if (!app || !file) return false;
		await app.workspace.getLeaf(false).openFile(file);
		await api.sync();
		return runCommand(app, id);
	},
};
window.__ii = api;

/** Obsidian keeps a menu inside the window (the fake places it at the point given): do the same. */
new MutationObserver((records) => {
	for (const record of records) {
		for (const node of record.addedNodes) {
			if (!(node instanceof HTMLElement) || !node.classList.contains("menu")) continue;
			const r = node.getBoundingClientRect();
			const margin = 8;
			if (r.right > window.innerWidth - margin) node.style.left = `${Math.max(margin, window.innerWidth - margin - r.width)}px`;
			if (r.bottom > window.innerHeight - margin) node.style.top = `${Math.max(margin, r.top - r.height)}px`;
		}
	}
}).observe(document.documentElement, { childList: true, subtree: true });

/**
 * Obsidian ships the Lucide icons; the fake draws a placeholder circle for every name. For
 * screenshots that look like the app, the icons the view uses get their Lucide outlines (ISC
 * license), each shape scaled to the 100-unit box of `addIcon` (an SVG with the same elements as
 * Obsidian's: the shapes, no wrapper).
 */
const LUCIDE: Record<string, string> = {
	check: '<path d="M20 6 9 17l-5-5"/>',
	clock: '<circle cx="12" cy="12" r="10"/><path d="M12 6v6l4 2"/>',
	pencil: '<path d="M21.174 6.812a1 1 0 0 0-3.986-3.987L3.842 16.174a2 2 0 0 0-.5.83l-1.321 4.352a.5.5 0 0 0 .623.622l4.353-1.32a2 2 0 0 0 .83-.497z"/><path d="m15 5 4 4"/>',
	"chevron-down": '<path d="m6 9 6 6 6-6"/>',
	gauge: '<path d="m12 14 4-4"/><path d="M3.34 19a10 10 0 1 1 17.32 0"/>',
	"user-x": '<path d="M16 21v-2a4 4 0 0 0-4-4H6a4 4 0 0 0-4 4v2"/><circle cx="9" cy="7" r="4"/><line x1="17" x2="22" y1="8" y2="13"/><line x1="22" x2="17" y1="8" y2="13"/>',
	"calendar-plus": '<path d="M8 2v4"/><path d="M16 2v4"/><path d="M21 13V6a2 2 0 0 0-2-2H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h8"/><path d="M3 10h18"/><path d="M16 19h6"/><path d="M19 16v6"/>',
	"circle-slash": '<circle cx="12" cy="12" r="10"/><line x1="9" x2="15" y1="15" y2="9"/>',
	user: '<path d="M19 21v-2a4 4 0 0 0-4-4H9a4 4 0 0 0-4 4v2"/><circle cx="12" cy="7" r="4"/>',
};
for (const [name, paths] of Object.entries(LUCIDE)) {
	const shapes = paths.replace(/\/>/g, ' transform="scale(4.1667)" fill="none" stroke="currentColor" stroke-linecap="round" stroke-linejoin="round"/>');
	addIcon(name, shapes);
}

api.ready = (async () => {
	const app = createFakeApp(config.files, { vaultName: "Example vault", mount: document.body });
	api.app = app;
	// As when the user turns the plugin on for the first time: it opens the view in the right sidebar.
	api.plugin = await loadPlugin(InformationalInterviewsPlugin, app, { manifest: config.manifest, data: config.data, userEnable: true });
	await settle(app);
	for (let i = 0; i < 100 && app.workspace.getLeavesOfType(VIEW_TYPE_FOLLOW_UPS).length === 0; i++) {
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
	addSidebarTabHeader();
})();

/**
 * Obsidian shows a sidebar's views as icon tabs above them (the fake has no tab headers): a
 * cosmetic strip so that the screenshots look like the app. Not part of what is tested.
 */
function addSidebarTabHeader(): void {
	const tabs = document.querySelector(".mod-right-split .workspace-tabs");
	if (!tabs || tabs.querySelector(".workspace-tab-header-container")) return;
	const header = createDiv("workspace-tab-header-container");
	const inner = header.createDiv("workspace-tab-header-container-inner");
	const icons: [string, boolean][] = [
		[ICON_LINKS, false],
		[ICON_TAGS, false],
		[ICON_CALENDAR_CHECK, true],
		[ICON_LIST, false],
	];
	for (const [svg, active] of icons) {
		const tab = inner.createDiv({ cls: active ? "workspace-tab-header is-active" : "workspace-tab-header", attr: active ? { "aria-label": "Follow-ups" } : {} });
		tab.createDiv("workspace-tab-header-inner").createDiv("workspace-tab-header-inner-icon").appendChild(svgFrom(svg));
	}
	tabs.prepend(header);
}

function svgFrom(inner: string): SVGSVGElement {
	const ns = "http://www.w3.org/2000/svg";
	const svg = document.createElementNS(ns, "svg");
	for (const [k, v] of Object.entries({ viewBox: "0 0 24 24", width: "18", height: "18", fill: "none", stroke: "currentColor", "stroke-width": "2", "stroke-linecap": "round", "stroke-linejoin": "round" })) {
		svg.setAttribute(k, v);
	}
	svg.setAttribute("class", "svg-icon");
	for (const d of inner.split("|")) {
		const path = document.createElementNS(ns, "path");
		path.setAttribute("d", d);
		svg.appendChild(path);
	}
	return svg;
}

// Lucide outlines (ISC license), as paths: backlinks, tags, calendar-check, outline.
const ICON_LINKS = "M9 17H7A5 5 0 0 1 7 7h2|M15 7h2a5 5 0 1 1 0 10h-2|M8 12h8";
const ICON_TAGS = "M12.586 2.586A2 2 0 0 0 11.172 2H4a2 2 0 0 0-2 2v7.172a2 2 0 0 0 .586 1.414l8.704 8.704a2.426 2.426 0 0 0 3.42 0l6.58-6.58a2.426 2.426 0 0 0 0-3.42z|M7.5 7.5h.01";
const ICON_CALENDAR_CHECK = "M8 2v4|M16 2v4|M5 4h14a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z|M3 10h18|m9 16 2 2 4-4";
const ICON_LIST = "M21 12h-8|M21 6H8|M21 18h-8|M3 6v4c0 1.1.9 2 2 2h3|M3 10v6c0 1.1.9 2 2 2h3";

/**
 * Renders `count` follow-ups (a synthetic index: `count` contacts, each with a conversation that
 * took place and no thank-you yet, so every item is an overdue thank-you) with limits of `count`,
 * `runs` times after two warm-ups; each time forces layout (offsetHeight). Median in ms.
 */
function benchRender(count: number, runs: number): RenderBench {
	const today = config.today;
	const { vm, limits, handlers } = renderBenchInput(count, today);
	const host = document.body.createDiv({ cls: "informational-interviews-bench-host workspace-leaf-content" });
	const times: number[] = [];
	const rerenders: number[] = [];
	const bare: number[] = [];
	let items = 0;
	let elements = 0;
	try {
		for (let r = 0; r < runs + 2; r++) {
			const root = host.createDiv("view-content");
			const t0 = performance.now();
			items = renderFollowUps(root, vm, handlers, { limits }).items.size;
			void root.offsetHeight;
			const t1 = performance.now();
			renderFollowUps(root, vm, handlers, { limits });
			void root.offsetHeight;
			const t2 = performance.now();
			elements = root.querySelectorAll("*").length;
			const copy = root.cloneNode(true) as HTMLElement;
			root.remove();
			const t3 = performance.now();
			host.appendChild(bareCopy(copy));
			void host.offsetHeight;
			const t4 = performance.now();
			host.empty();
			if (r >= 2) {
				times.push(t1 - t0);
				rerenders.push(t2 - t1);
				bare.push(t4 - t3);
			}
		}
	} finally {
		host.remove();
	}
	const median = (xs: number[]) => {
		const s = [...xs].sort((a, b) => a - b);
		const m = s.length >> 1;
		return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
	};
	return { items, elements, runs, median: median(times), min: Math.min(...times), max: Math.max(...times), rerenderMedian: median(rerenders), bareDomMedian: median(bare) };
}

/** Rebuilds `el` element by element with bare DOM calls (tag, class, attributes, text). */
function bareCopy(el: Element): Element {
	const out = document.createElement(el.tagName.toLowerCase());
	for (const a of Array.from(el.attributes)) out.setAttribute(a.name, a.value);
	for (const child of Array.from(el.childNodes)) {
		if (child.nodeType === Node.TEXT_NODE) out.appendChild(document.createTextNode(child.textContent ?? ""));
		else if (child.nodeType === Node.ELEMENT_NODE) out.appendChild(bareCopy(child as Element));
	}
	return out;
}
