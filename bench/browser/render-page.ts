/**
 * The page of the render figures (bench/groups/render.bench.ts), bundled for Chromium: the REAL
 * plugin (src/main.ts) over the fake `obsidian` module, in a vault of `count` contacts, each with
 * a conversation held and no thank-you yet (so `count` overdue thank-yous, as the 500-item render
 * of the e2e tests). Dates are relative to the browser's own today. The page exposes
 * `window.__bench` to the group.
 */
import type { App, ItemView, TFile, WorkspaceLeaf } from "obsidian";
import { addDays, localToday } from "../../src/domain/dates";
import InformationalInterviewsPlugin from "../../src/main";
import { VIEW_TYPE_FOLLOW_UPS } from "../../src/ui/constants";
import { createFakeApp, destroyFakeApp, loadPlugin, settle } from "../../test/fake-obsidian";

/** What each call hands back: one sample per run (ms), and what was on screen. */
export interface RenderSamples {
	samples: number[];
	/** Follow-up rows in the view after the last run. */
	rows: number;
	/** Elements in the view after the last run. */
	elements: number;
}

export interface RenderBenchApi {
	/** A fresh app and plugin over a vault of `count` overdue thank-yous (the previous one is unloaded). */
	setUp(count: number, manifest: { id: string }): Promise<void>;
	/** Opens the Follow-ups view in the right sidebar `runs` times (closed after each): until its first render is laid out. */
	open(runs: number): Promise<RenderSamples>;
	/** With the view open: "Show more" in the first section, `runs` times, each until laid out. */
	showMore(runs: number): Promise<RenderSamples>;
	/** With the view open: one interview's thank-you marked sent, `runs` times (different ones): index, view model and view, until laid out. */
	change(runs: number): Promise<RenderSamples>;
}

declare global {
	interface Window {
		__bench: RenderBenchApi;
	}
}

let app: App | null = null;
let plugin: InformationalInterviewsPlugin | null = null;
let size = 0;

function vaultOf(count: number): Record<string, string> {
	const today = localToday(new Date());
	const files: Record<string, string> = {};
	for (let i = 0; i < count; i++) {
		files[`Bench/Contacts/Person ${i}.md`] = `---\ntype: contact\nstatus: paused\nfield: Field ${i % 8}\norganization: Organization ${i % 40}\n---\n`;
		files[`Bench/Interviews/Conversation ${i}.md`] = `---\ntype: interview\ncontact: "[[Person ${i}]]"\nstatus: done\ndate: ${addDays(today, -3 - (i % 180))}\n---\n`;
	}
	return files;
}

function need<T>(value: T | null, what: string): T {
	if (value === null) throw new Error(`no ${what}: call setUp first`);
	return value;
}

/** Forces style and layout of `el`, as the browser must before it can paint. */
function layout(el: HTMLElement): void {
	void el.offsetHeight;
}

function measured(view: ItemView, samples: number[]): RenderSamples {
	return {
		samples,
		rows: view.containerEl.querySelectorAll("li.informational-interviews-item").length,
		elements: view.containerEl.querySelectorAll("*").length,
	};
}

async function openView(a: App): Promise<{ leaf: WorkspaceLeaf; ms: number }> {
	const leaf = a.workspace.getRightLeaf(false);
	if (!leaf) throw new Error("no right sidebar leaf");
	const t0 = performance.now();
	await leaf.setViewState({ type: VIEW_TYPE_FOLLOW_UPS, active: true });
	layout((leaf.view as ItemView).containerEl);
	return { leaf, ms: performance.now() - t0 };
}

/** Lets the browser paint and run what the view left for later, between runs. */
const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

window.__bench = {
	async setUp(count, manifest) {
		if (plugin) plugin.unload();
		if (app) destroyFakeApp(app);
		document.querySelectorAll(".notice-container, .notice").forEach((el) => el.remove());
		size = count;
		app = createFakeApp(vaultOf(count), { vaultName: "Bench vault", warm: true, mount: document.body });
		plugin = await loadPlugin(InformationalInterviewsPlugin, app, { manifest, data: { viewOpenedOnce: true, digest: false } });
		await settle(app);
		await plugin.live.whenComplete();
		plugin.live.flush();
	},

	async open(runs) {
		const a = need(app, "app");
		const samples: number[] = [];
		let last: ItemView | null = null;
		for (let r = 0; r < runs; r++) {
			await frame();
			const { leaf, ms } = await openView(a);
			samples.push(ms);
			last = leaf.view as ItemView;
			if (r < runs - 1) leaf.detach();
		}
		const out = measured(need(last, "view"), samples);
		a.workspace.detachLeavesOfType(VIEW_TYPE_FOLLOW_UPS);
		return out;
	},

	async showMore(runs) {
		const a = need(app, "app");
		const samples: number[] = [];
		const { leaf } = await openView(a);
		const view = leaf.view as ItemView;
		for (let r = 0; r < runs; r++) {
			await frame();
			const button = view.containerEl.querySelector<HTMLButtonElement>(".informational-interviews-show-more");
			if (!button) break;
			const t0 = performance.now();
			button.click();
			layout(view.containerEl);
			samples.push(performance.now() - t0);
		}
		const out = measured(view, samples);
		leaf.detach();
		return out;
	},

	async change(runs) {
		const a = need(app, "app");
		const p = need(plugin, "plugin");
		const samples: number[] = [];
		const { leaf } = await openView(a);
		const view = leaf.view as ItemView;
		const today = localToday(new Date());
		for (let r = 0; r < runs; r++) {
			const file = a.vault.getFileByPath(`Bench/Interviews/Conversation ${(r * 7919) % size}.md`) as TFile | null;
			if (!file) throw new Error("no interview to change");
			await a.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => {
				fm["thank-you-sent"] = today;
			});
			await settle(a); // the metadata cache has parsed the edit and told the index
			await frame();
			const t0 = performance.now();
			p.live.flush(); // the index's listeners now, instead of after the quiet time: the view model and the view
			layout(view.containerEl);
			samples.push(performance.now() - t0);
		}
		const out = measured(view, samples);
		leaf.detach();
		return out;
	},
};
