import { debounce, Platform, Plugin, type Debouncer } from "obsidian";
import { registerCommands } from "./commands";
import { inTemplatesFolder } from "./commands/active-note";
import { openNewContact } from "./commands/note-commands";
import { LiveIndex } from "./obsidian/live-index";
import { loadSettings, toRuleSettings, type PluginSettings } from "./settings/plugin-settings";
import { FOLLOW_UPS_ICON, VIEW_TYPE_FOLLOW_UPS } from "./ui/constants";
import { showStartupDigest } from "./ui/digest";
import { FollowUpsView } from "./ui/follow-ups-view";
import type { ItemActionProvider, PluginHost } from "./plugin-host";
import { InsightsView, VIEW_TYPE_INSIGHTS } from "./ui/insights-view";
import { BriefView, VIEW_TYPE_BRIEF } from "./ui/brief-view";
import { registerPipelineBoard } from "./ui/board-view";
import { openFollowUps, refreshFollowUpViews } from "./ui/open-view";
import { InformationalInterviewsSettingTab } from "./settings/settings-tab";
import { DueStatusBar, statusBarText } from "./ui/status-bar";
import { logOnFailure, noticeOnFailure } from "./obsidian/failures";

/** Quiet time after the last change of the templates folder before the vault is read again. */
export const TEMPLATES_FOLDER_REBUILD_MS = 500;

/** Wiring only: every piece lives in src/obsidian, src/ui, src/settings and src/commands (docs/ARCHITECTURE.md). */
export default class InformationalInterviewsPlugin extends Plugin implements PluginHost {
	/** Set first thing in onload. `declare`: Plugin has `settings` only since 1.13 (see tsconfig.min-api.json). */
	declare settings: PluginSettings;
	live!: LiveIndex;
	readonly itemActionProviders: ItemActionProvider[] = [];
	/**
	 * Reads the vault again once the templates folder has stopped changing for a
	 * moment: the setting is a text field saved at every keystroke, and each
	 * rebuild reads every note's properties.
	 */
	private readonly rebuildSoon: Debouncer<[], void> = debounce(
		() => {
			if (this.live.isStarted) void logOnFailure(() => this.live.rebuild(), "could not read your notes again");
		},
		TEMPLATES_FOLDER_REBUILD_MS,
		true,
	);

	override async onload(): Promise<void> {
		this.settings = loadSettings(await this.loadData());
		// Note templates carry `type: contact`/`interview` and placeholders: they are not people.
		this.live = new LiveIndex(this.app, toRuleSettings(this.settings), { ignore: (path) => inTemplatesFolder(this, path) });
		this.registerView(VIEW_TYPE_FOLLOW_UPS, (leaf) => new FollowUpsView(leaf, this));
		this.addRibbonIcon(FOLLOW_UPS_ICON, "Open follow-ups", () => this.open());
		this.registerView(VIEW_TYPE_INSIGHTS, (leaf) => new InsightsView(leaf, this));
		this.registerView(VIEW_TYPE_BRIEF, (leaf) => new BriefView(leaf, this));
		registerCommands(this);
		registerPipelineBoard(this);
		this.addSettingTab(new InformationalInterviewsSettingTab(this.app, this));
		const statusBar = Platform.isMobile ? null : new DueStatusBar(this.addStatusBarItem(), () => this.open());
		const updateStatusBar = () => statusBar?.update(statusBarText(this.live.index, this.live.today, new Date()));
		this.live.onChange(() => {
			refreshFollowUpViews(this.app.workspace);
			updateStatusBar();
		});
		// A large vault is read in slices at start-up: the view says how far.
		this.live.onProgress(() => refreshFollowUpViews(this.app.workspace));
		// Every minute: a new day recomputes everything; a conversation that began gives way to the next.
		this.registerInterval(
			window.setInterval(() => {
				this.live.checkDay();
				if (this.live.isReady) updateStatusBar();
			}, 60_000),
		);
		this.register(() => this.rebuildSoon.cancel());
		this.app.workspace.onLayoutReady(() => this.onLayoutReady());
	}

	/** Each piece of start-up work says its own failure, and none stops the others. */
	private onLayoutReady(): void {
		void noticeOnFailure(() => this.live.start(this), "Informational Interviews could not read your notes");
		void logOnFailure(() => showStartupDigest(this, () => this.open()), "could not show the daily digest");
	}

	/** The user enabled the plugin: open the view, the first time only (remembered in data.json). */
	override onUserEnable(): void {
		if (this.settings.viewOpenedOnce) return;
		void logOnFailure(
			() =>
				this.updateSettings((s) => {
					s.viewOpenedOnce = true;
				}),
			"could not save the settings",
		).then(() => noticeOnFailure(() => openFollowUps(this.app.workspace, { active: false }), "Could not open the follow-ups"));
	}

	/** data.json changed on disk (a sync): take the new settings. */
	override async onExternalSettingsChange(): Promise<void> {
		// Obsidian does not await this: a failure is said here, and the settings in use stay as they were.
		await logOnFailure(async () => {
			const templatesBefore = this.settings.templatesFolder;
			this.settings = loadSettings(await this.loadData());
			this.live.setSettings(toRuleSettings(this.settings));
			if (this.settings.templatesFolder !== templatesBefore) this.rebuildSoon();
		}, "could not read the settings changed on disk");
	}

	startNewContact(): void {
		openNewContact(this);
	}

	private open(): void {
		void noticeOnFailure(() => openFollowUps(this.app.workspace), "Could not open the follow-ups");
	}

	async updateSettings(change: (settings: PluginSettings) => void): Promise<void> {
		const before = JSON.stringify(toRuleSettings(this.settings));
		const templatesBefore = this.settings.templatesFolder;
		change(this.settings);
		await this.saveData(this.settings);
		const rules = toRuleSettings(this.settings);
		// Rule windows: recomputing follow-ups is cheap, do it at once. The templates
		// folder decides which notes are read at all: read them again, debounced.
		if (JSON.stringify(rules) !== before) this.live.setSettings(rules);
		if (this.settings.templatesFolder !== templatesBefore) this.rebuildSoon();
	}
}
