import { normalizePath, TFile, type App } from "obsidian";
import { checkVaultFolder } from "../domain/filenames";
import { networkingBase, renderBase } from "../domain/networking-base";
import { toRuleSettings, type PluginSettings } from "../settings/plugin-settings";
import { createNote } from "./create-notes";

/** The file name of the base, in the folder the settings name. */
const BASE_FILE_NAME = "Networking.base";

export interface CreatedBase {
	file: TFile;
	/** False when the file was there already (and was left as it was). */
	created: boolean;
}

/** A setting the command cannot use; the message is for the user. */
class BaseFolderError extends Error {}

/** The base's vault path, refused for `..`, hidden folders and names Obsidian cannot hold. */
function basePath(setting: string): string {
	const checked = checkVaultFolder(setting);
	if (!checked.ok) {
		throw new BaseFolderError(`The networking base folder "${setting}" cannot be used: "${checked.segment}" is not a folder name Obsidian shows. Change it in the settings.`);
	}
	return normalizePath(checked.path === "" ? BASE_FILE_NAME : `${checked.path}/${BASE_FILE_NAME}`);
}

/** Writes Networking.base unless a file of that name exists; never overwrites. */
export async function createNetworkingBase(app: App, settings: PluginSettings): Promise<CreatedBase> {
	const path = basePath(settings.baseFolder);
	const existing = app.vault.getAbstractFileByPath(path);
	if (existing instanceof TFile) return { file: existing, created: false };
	if (existing !== null) throw new BaseFolderError(`${path} is a folder: rename it or choose another folder in the settings.`);
	const file = await createNote(app, path, renderBase(networkingBase(settings.templatesFolder, toRuleSettings(settings).recognition)));
	return { file, created: true };
}
