import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import type { App, PluginManifest } from "obsidian";
import { afterEach, beforeEach, vi } from "vitest";
import InformationalInterviewsPlugin from "../src/main";
import { VIEW_TYPE_FOLLOW_UPS } from "../src/ui/constants";
import { FollowUpsView } from "../src/ui/follow-ups-view";
import { clearNotices, createFakeApp, fileContent, getFile, loadPlugin, noticeMessages, resetFakeObsidian, runCommand, settle, unloadPlugin } from "./fake-obsidian";

/** The repository root (happy-dom replaces `URL`, so paths are built with node:path). */
export const REPO = resolve(import.meta.dirname, "..");
export const MANIFEST = JSON.parse(readFileSync(join(REPO, "manifest.json"), "utf8")) as PluginManifest;
export const PLUGIN_ID = MANIFEST.id;

/** Today in the tests: 22 November 2026, mid-morning local time (whatever the TZ). */
export const TODAY = "2026-11-22";
export function freezeClock(date = new Date(2026, 10, 22, 9, 30)): void {
	vi.setSystemTime(date);
}

export const JANE = `---
type: contact
organization: Acme
role: Research lead
field: UX research
relationship: alumni
referred-by: "[[Sam Lee]]"
---
# Jane Doe

Met at the alumni mixer.
`;

export const SAM = `---
type: contact
field: UX research
last-contact: 2026-08-01
keep-in-touch: 90 days
---
# Sam Lee
`;

const ANA = `---
type: contact
field: Product management
---
`;

export const JANE_INTERVIEW = `---
type: interview
contact: "[[Jane Doe]]"
status: done
date: 2026-11-19
topics:
  - research methods
  - hiring
referrals:
  - "[[Priya Nair]]"
---
# Conversation with Jane

She suggested I talk to Priya.
`;

export const ANA_INTERVIEW = `---
type: interview
contact: "[[Ana Ruiz]]"
status: scheduled
date: 2026-11-23
---
`;

export const BO_INTERVIEW = `---
type: interview
contact: "[[Bo Chen]]"
status: requested
requested: 2026-11-10
---
Asked by email.
`;

export const PATHS = {
	jane: "Networking/Contacts/Jane Doe.md",
	sam: "Networking/Contacts/Sam Lee.md",
	ana: "Networking/Contacts/Ana Ruiz.md",
	janeInterview: "Networking/Interviews/2026-11-19 Jane Doe.md",
	anaInterview: "Networking/Interviews/2026-11-23 Ana Ruiz.md",
	boInterview: "Networking/Interviews/2026-11-10 Bo Chen.md",
	broken: "People/Broken.md",
};

/**
 * As of 2026-11-22: overdue keep-in-touch Sam (2026-10-30), nudge Bo (11-17), thank-you and
 * thank-referrer for Jane's interview (11-21); today confirm Ana (11-22); upcoming reach-out to
 * Priya (11-26). Broken.md is a problem.
 */
export function smallVault(): Record<string, string> {
	return {
		[PATHS.jane]: JANE,
		[PATHS.sam]: SAM,
		[PATHS.ana]: ANA,
		[PATHS.janeInterview]: JANE_INTERVIEW,
		[PATHS.anaInterview]: ANA_INTERVIEW,
		[PATHS.boInterview]: BO_INTERVIEW,
		[PATHS.broken]: "---\ntype: contact\norganization: Acme: Inc\n---\nText.\n",
		"Daily/2026-11-22.md": "# Today\n",
	};
}

/** Every file of a folder on disk, as `{ vault path: content }` (hidden entries skipped). */
export function readVaultFolder(root: string): Record<string, string> {
	const out: Record<string, string> = {};
	const walk = (dir: string, rel: string) => {
		for (const name of readdirSync(dir)) {
			if (name.startsWith(".")) continue;
			const full = join(dir, name);
			const path = rel === "" ? name : `${rel}/${name}`;
			if (statSync(full).isDirectory()) walk(full, path);
			else if (name.endsWith(".md")) out[path] = readFileSync(full, "utf8");
		}
	};
	walk(root, "");
	// The core Daily notes plugin's settings: hidden from the vault's files, read through the adapter.
	const daily = join(root, ".obsidian", "daily-notes.json");
	if (existsSync(daily)) out[".obsidian/daily-notes.json"] = readFileSync(daily, "utf8");
	return out;
}

export interface Started {
	app: App;
	plugin: InformationalInterviewsPlugin;
}

export interface StartOptions {
	data?: unknown;
	userEnable?: boolean;
	/** A cold start (see `LoadPluginOptions.coldStart`): some notes are parsed after layout ready. */
	coldStart?: boolean | ((path: string) => boolean);
	/** Whether the notes read late at a cold start fire `changed` (see `LoadPluginOptions.coldStartEvents`). */
	coldStartEvents?: boolean;
	/** Whether broken YAML keeps its `frontmatterPosition` in the cache (see `FakeAppOptions`). */
	positionOnBrokenYaml?: boolean;
}

export async function startPlugin(files: Record<string, string>, options: StartOptions = {}): Promise<Started> {
	const { positionOnBrokenYaml, ...load } = options;
	const app = createFakeApp(files, { positionOnBrokenYaml });
	const plugin = await loadPlugin(InformationalInterviewsPlugin, app, { manifest: MANIFEST, ...load });
	return { app, plugin };
}

/** Lets the metadata cache fire its events, then runs the plugin's debounced update now. */
export async function sync({ app, plugin }: Started): Promise<void> {
	await settle(app);
	await plugin.live.settled();
	plugin.live.flush();
}

export function followUpViews(app: App): FollowUpsView[] {
	return app.workspace
		.getLeavesOfType(VIEW_TYPE_FOLLOW_UPS)
		.map((l) => l.view)
		.filter((v): v is FollowUpsView => v instanceof FollowUpsView);
}

export async function openView(s: Started): Promise<FollowUpsView> {
	await runCommand(s.app, "open-follow-ups");
	const view = followUpViews(s.app)[0];
	if (!view) throw new Error("no follow-ups view");
	view.drawAll();
	return view;
}

export interface ShownItem {
	section: string;
	kind: string;
	note: string;
	title: string;
	when: string;
}

/** The follow-up items the view shows, read from its DOM. */
export function shownItems(view: FollowUpsView): ShownItem[] {
	view.drawAll(); // what the view shows once its later slices are drawn
	const out: ShownItem[] = [];
	for (const section of view.contentEl.querySelectorAll<HTMLElement>(".informational-interviews-section")) {
		const name = section.querySelector(".informational-interviews-section-title")?.textContent ?? "";
		for (const li of section.querySelectorAll<HTMLElement>("li.informational-interviews-item")) {
			out.push({
				section: name,
				kind: li.dataset.kind ?? "",
				note: li.dataset.note ?? "",
				title: li.querySelector(".informational-interviews-item-title")?.textContent ?? "",
				when: li.querySelector(".informational-interviews-item-when")?.textContent ?? "",
			});
		}
	}
	return out;
}

/** Section title → the count its heading shows. */
export function sectionCounts(view: FollowUpsView): Record<string, string> {
	view.drawAll(); // what the view shows once its later slices are drawn
	const out: Record<string, string> = {};
	for (const section of view.contentEl.querySelectorAll<HTMLElement>(".informational-interviews-section")) {
		const name = section.querySelector(".informational-interviews-section-title")?.textContent ?? "";
		out[name] = section.querySelector(".informational-interviews-count")?.textContent ?? "";
	}
	return out;
}

export function itemEl(view: FollowUpsView, kind: string, note: string): HTMLElement {
	view.drawAll(); // what the view shows once its later slices are drawn
	for (const li of view.contentEl.querySelectorAll<HTMLElement>("li.informational-interviews-item")) {
		if (li.dataset.kind === kind && li.dataset.note === note) return li;
	}
	throw new Error(`no ${kind} item for ${note}; shown: ${JSON.stringify(shownItems(view))}`);
}

/** The accessible names of an item's buttons (icon buttons: their aria-label), in order. */
export function buttonLabels(li: HTMLElement): (string | null)[] {
	return [...li.querySelectorAll("button")].map((b) => b.getAttribute("aria-label") ?? b.textContent);
}

export function button(li: HTMLElement, cls: string): HTMLButtonElement {
	const b = li.querySelector<HTMLButtonElement>(`button.${cls}`);
	if (!b) throw new Error(`no button .${cls}`);
	return b;
}

/** What a test file over the small vault with the Follow-ups view open works with (see `useSmallVaultView`). */
export interface ViewFixture {
	readonly s: Started;
	readonly view: FollowUpsView;
	/** The text of a note now. */
	text(path: string): string | null;
	/** Clicks and lets the write and the index update finish. */
	click(b: HTMLElement): Promise<void>;
}

/**
 * Registers the hooks of a test file: before each test, the plugin started
 * over the small vault on a frozen clock (no digest), the Follow-ups view open
 * and no notice shown; after each, the plugin stopped.
 */
export function useSmallVaultView(): ViewFixture {
	let started: Started | null = null;
	let view: FollowUpsView | null = null;
	const need = <T>(x: T | null): T => {
		if (x === null) throw new Error("used outside a test");
		return x;
	};
	beforeEach(async () => {
		freezeClock();
		started = await startPlugin(smallVault(), { data: { digest: false } });
		view = await openView(started);
		clearNotices();
	});
	afterEach(() => stopPlugin(need(started)));
	return {
		get s() {
			return need(started);
		},
		get view() {
			return need(view);
		},
		text: (path) => fileContent(need(started).app, path),
		click: (b) => clickAndSync(need(started), b),
	};
}

/** Clicks a button and lets the write it starts and the index update finish. */
export async function clickAndSync(s: Started, b: HTMLElement): Promise<void> {
	b.click();
	await sync(s);
	await sync(s);
}

/** The Undo button of the latest notice that offers one. */
export function undoButton(): HTMLButtonElement {
	const all = document.body.querySelectorAll<HTMLButtonElement>(".notice button.informational-interviews-undo");
	const last = all[all.length - 1];
	if (!last) throw new Error(`no Undo in the notices: ${JSON.stringify(noticeMessages())}`);
	return last;
}

/** `text` with `line` added as the last property (where Obsidian appends a new key). */
export function withPropertyAdded(text: string, line: string): string {
	const close = text.indexOf("\n---", 3);
	if (close < 0) throw new Error("no frontmatter");
	return `${text.slice(0, close + 1)}${line}\n${text.slice(close + 1)}`;
}

/** After each test: unload the plugin, clear the fake's records, give the clock back. */
export function stopPlugin(s: Started | undefined): void {
	if (s) unloadPlugin(s.plugin);
	resetFakeObsidian();
	vi.useRealTimers();
}

/** Opens a note in the active leaf, as a click in the file explorer would, and lets events settle. */
export async function openNote(s: Started, path: string): Promise<void> {
	await s.app.workspace.getLeaf(false).openFile(getFile(s.app, path));
	await sync(s);
}
