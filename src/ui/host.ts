import type { App } from "obsidian";
import type { LiveIndex } from "../obsidian/live-index";
import type { PluginSettings } from "../settings";
import type { ItemAction } from "./render";
import type { FollowUpItem } from "./view-model";

/** Adds buttons to follow-up items (e.g. a "Draft" button that drafts the message). */
export type ItemActionProvider = (item: FollowUpItem) => readonly ItemAction[];

/** What the views, commands and settings tab need from the plugin (the plugin implements it). */
export interface PluginHost {
	readonly app: App;
	readonly live: LiveIndex;
	readonly settings: PluginSettings;
	/** Providers of extra item buttons, asked at every render. */
	readonly itemActionProviders: readonly ItemActionProvider[];
	/** Opens the New contact dialog (the empty view's button); absent where nothing can create notes. */
	startNewContact?(): void;
	/** Changes settings, saves them, and recomputes follow-ups when a rule window changed. */
	updateSettings(change: (settings: PluginSettings) => void): Promise<void>;
}
