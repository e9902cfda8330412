import { ItemView, type ViewStateResult, type WorkspaceLeaf } from "obsidian";
import { briefReads, personBrief, type PersonBrief } from "../index/person-brief";
import { noticeOnFailure } from "../obsidian/failures";
import { readNoteTexts } from "../obsidian/note-texts";
import type { PluginHost } from "../plugin-host";
import { BRIEF_CLASS, BRIEF_LINK_CLASS, renderBrief, renderNoBrief } from "./brief-render";
import { openClickedLink } from "./link-clicks";
import { ROOT_CLASS } from "./render";

/** The view's type, as stored in the workspace layout. */
export const VIEW_TYPE_BRIEF = "informational-interviews-brief";
const BRIEF_ICON = "user";

/**
 * "Brief me on this person": one person's brief, in the right sidebar (a
 * drawer on a phone) so that it stays beside the interview note while you
 * talk and take notes. Follows the live index, which hears of every edit of
 * the interview notes it reads; its state is the path of the contact or
 * interview note it was opened on.
 */
export class BriefView extends ItemView {
	private path: string | null = null;
	private data: PersonBrief | null = null;
	/** Bumped by every refresh: a slower earlier read never overwrites a newer one. */
	private token = 0;

	constructor(
		leaf: WorkspaceLeaf,
		private readonly host: PluginHost,
	) {
		super(leaf);
	}

	override getViewType(): string {
		return VIEW_TYPE_BRIEF;
	}

	override getDisplayText(): string {
		return this.data ? `Brief: ${this.data.person}` : "Brief";
	}

	override getIcon(): string {
		return BRIEF_ICON;
	}

	override getState(): Record<string, unknown> {
		return { ...super.getState(), path: this.path };
	}

	override async setState(state: unknown, result: ViewStateResult): Promise<void> {
		const path = (state as { path?: unknown } | null)?.path;
		if (typeof path === "string") this.path = path;
		await super.setState(state, result);
		await this.refresh();
	}

	override async onOpen(): Promise<void> {
		this.contentEl.addClass(ROOT_CLASS, BRIEF_CLASS);
		this.registerDomEvent(this.contentEl, "click", (evt) => this.onClick(evt));
		this.register(this.host.live.onChange(() => void noticeOnFailure(() => this.refresh(), "Could not update the brief")));
		this.registerEvent(
			this.app.vault.on("rename", (file, oldPath) => {
				if (oldPath === this.path) this.path = file.path;
			}),
		);
	}

	override async onClose(): Promise<void> {
		this.contentEl.empty();
	}

	/** What was last rendered (for tests). */
	get brief(): PersonBrief | null {
		return this.data;
	}

	/** Reads the person's interview notes again and renders the brief. */
	async refresh(): Promise<void> {
		const token = ++this.token;
		const { live, settings } = this.host;
		const path = this.path;
		if (path === null || !live.isReady) return;
		const today = live.today;
		const reads = briefReads(live.index, path, today);
		const texts = await readNoteTexts(this.app, reads);
		if (token !== this.token) return;
		this.data = personBrief(live.index, path, today, texts, settings.pitch);
		if (this.data === null) renderNoBrief(this.contentEl, path);
		else renderBrief(this.contentEl, this.data, today);
	}

	/** A link was clicked: open its note; Mod opens it in a new tab. */
	private onClick(evt: MouseEvent): void {
		openClickedLink(this.app, this.contentEl, evt, BRIEF_LINK_CLASS);
	}
}

/** Shows the brief on the person of a contact or interview note: in the open brief view, else a new one in the right sidebar. */
export async function openBrief(host: PluginHost, path: string): Promise<void> {
	const { workspace } = host.app;
	let leaf = workspace.getLeavesOfType(VIEW_TYPE_BRIEF)[0] ?? null;
	if (!leaf) leaf = workspace.getRightLeaf(false) ?? workspace.getLeaf("tab");
	await leaf.setViewState({ type: VIEW_TYPE_BRIEF, state: { path }, active: true });
	await workspace.revealLeaf(leaf);
}
