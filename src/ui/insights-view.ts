import { ItemView, type Workspace, type WorkspaceLeaf } from "obsidian";
import { insights, type Insights } from "../index/insights";
import type { PluginHost } from "../plugin-host";
import { INSIGHTS_CLASS, renderInsights } from "./insights-render";
import { openClickedLink } from "./link-clicks";
import { ROOT_CLASS } from "./render";
import { renderReading } from "./reading";

/** The view's type, as stored in the workspace layout. */
export const VIEW_TYPE_INSIGHTS = "informational-interviews-insights";
const INSIGHTS_ICON = "gauge";

/**
 * "The search at a glance": is the outreach working (the funnel), where has it
 * reached (fields, organizations), and who led to whom (the referral chain).
 * Computed from the live index; re-rendered after each batch of index changes
 * (the live index already waits for changes to settle), and only when the
 * index or the day moved on.
 */
export class InsightsView extends ItemView {
	private renderedKey: string | null = null;
	private data: Insights | null = null;

	constructor(
		leaf: WorkspaceLeaf,
		private readonly host: PluginHost,
	) {
		super(leaf);
	}

	override getViewType(): string {
		return VIEW_TYPE_INSIGHTS;
	}

	override getDisplayText(): string {
		return "Search at a glance";
	}

	override getIcon(): string {
		return INSIGHTS_ICON;
	}

	override async onOpen(): Promise<void> {
		this.contentEl.addClass(ROOT_CLASS, INSIGHTS_CLASS);
		this.registerDomEvent(this.contentEl, "click", (evt) => this.onClick(evt));
		this.registerDomEvent(this.contentEl, "auxclick", (evt) => {
			if (evt.button === 1) this.onClick(evt);
		});
		this.register(this.host.live.onChange(() => this.refresh()));
		this.refresh(true);
	}

	override async onClose(): Promise<void> {
		this.contentEl.empty();
	}

	/** What was last rendered (for tests). */
	get insights(): Insights | null {
		return this.data;
	}

	refresh(force = false): void {
		const { live } = this.host;
		if (!live.isReady) {
			this.renderedKey = null;
			renderReading(this.contentEl, live.progress);
			return;
		}
		const key = `${live.index.revision}\u0001${live.today}`;
		if (!force && key === this.renderedKey) return;
		this.renderedKey = key;
		const focused = this.focusedPath();
		this.data = insights(live.index, live.today);
		renderInsights(this.contentEl, this.data, live.today);
		if (focused !== null) this.linkTo(focused)?.focus();
	}

	/** A name was clicked (or Enter pressed on it): open its note; Mod opens a new tab. */
	private onClick(evt: MouseEvent): void {
		openClickedLink(this.app, this.contentEl, evt, "informational-interviews-insights-link");
	}

	private focusedPath(): string | null {
		const active = this.contentEl.doc.activeElement;
		return active && this.contentEl.contains(active) ? active.getAttribute("data-href") : null;
	}

	private linkTo(path: string): HTMLElement | null {
		for (const a of this.contentEl.querySelectorAll<HTMLElement>("a.informational-interviews-insights-link")) if (a.getAttribute("data-href") === path) return a;
		return null;
	}
}

/** Shows the view: the open one, else a new tab in the main area. */
export async function openInsights(workspace: Workspace): Promise<WorkspaceLeaf> {
	let leaf = workspace.getLeavesOfType(VIEW_TYPE_INSIGHTS)[0] ?? null;
	if (!leaf) {
		leaf = workspace.getLeaf("tab");
		await leaf.setViewState({ type: VIEW_TYPE_INSIGHTS, active: true });
	}
	await workspace.revealLeaf(leaf);
	return leaf;
}
