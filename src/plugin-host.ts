import type { App } from "obsidian";
import type { FollowUpItem } from "./index/view-model";
import type { LiveIndex } from "./obsidian/live-index";
import type { PluginSettings } from "./settings/plugin-settings";

/** A further button on a follow-up item, after the built-in ones (e.g. drafting a message). */
export interface ItemAction {
	/** Stable id, also a CSS class suffix: `informational-interviews-action-<id>`. */
	id: string;
	/** Short name: the button's accessible name and tooltip ("Draft"). */
	label: string;
	/** Longer explanation (accessible description). */
	tooltip?: string;
	/**
	 * Lucide icon of the button. Without one, a known id gets its icon (`draft`: a
	 * pencil) and any other id shows as a small text button.
	 */
	icon?: string;
	run(item: FollowUpItem, evt: MouseEvent): void;
}

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
