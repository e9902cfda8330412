import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { inFolder } from "../domain/filenames";
import type { RuleSettings } from "../domain/rule-windows";
import { loadSettings, toRuleSettings } from "../settings/plugin-settings";

export interface VaultSettings {
	rules: RuleSettings;
	/** Notes the plugin never indexes: those in its note templates folder. */
	ignore: (path: string) => boolean;
	/** Where new contact notes go. */
	contactsFolder: string;
	/** The calendar shows overdue follow-ups on the export day. */
	calendarOverdueToday: boolean;
}

/**
 * The plugin's settings as the vault holds them (`<config folder>/plugins/informational-interviews/data.json`),
 * so that the command line counts windows and skips note templates as the plugin does. A vault
 * without the plugin, or with a data.json that cannot be read, gets the defaults.
 */
export function vaultSettings(root: string): VaultSettings {
	let data: unknown = null;
	const file = dataFile(root);
	if (file !== null) {
		try {
			data = JSON.parse(readFileSync(file, "utf8"));
		} catch {
			data = null;
		}
	}
	const settings = loadSettings(data);
	return {
		rules: toRuleSettings(settings),
		contactsFolder: settings.contactsFolder,
		calendarOverdueToday: settings.calendarOverdueToday,
		ignore: (path) => inFolder(settings.templatesFolder, path),
	};
}

/**
 * A file of the vault's configuration folder, as a vault-relative path: that folder can be
 * renamed in Obsidian, so every hidden folder at the top of the vault is looked in, in name order.
 */
export function configFile(root: string, name: string): string | null {
	let entries: string[];
	try {
		entries = readdirSync(root).filter((entry) => entry.startsWith(".")).sort();
	} catch {
		return null;
	}
	for (const entry of entries) {
		if (existsSync(join(root, entry, name))) return `${entry}/${name}`;
	}
	return null;
}

/** The plugin's data.json in the vault's configuration folder. */
function dataFile(root: string): string | null {
	const file = configFile(root, "plugins/informational-interviews/data.json");
	return file === null ? null : join(root, file);
}
