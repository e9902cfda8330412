import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { vaultSettings } from "../../src/cli/plugin-settings";
import { inTemplatesFolder } from "../../src/commands/active-note";
import type { PluginHost } from "../../src/plugin-host";
import { DEFAULT_SETTINGS } from "../../src/settings/plugin-settings";

const dirs: string[] = [];
afterAll(() => {
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A vault whose plugin data.json sets the templates folder. */
function vaultWith(templatesFolder: string): string {
	const root = mkdtempSync(join(tmpdir(), "ii-templates-"));
	dirs.push(root);
	const dir = join(root, ".obsidian", "plugins", "informational-interviews");
	mkdirSync(dir, { recursive: true });
	writeFileSync(join(dir, "data.json"), JSON.stringify({ templatesFolder }));
	return root;
}

const plugin = (templatesFolder: string) => ({ settings: { ...DEFAULT_SETTINGS, templatesFolder } }) as unknown as PluginHost;

describe("the templates folder, as the command line and the plugin read it", () => {
	it.each([
		["Templates", "Templates/Contact note.md"],
		["./Templates", "Templates/Contact note.md"],
		["/Templates/", "templates/Interview note.md"],
		["Templates\\Notes", "Templates/Notes/Contact note.md"],
		[" Templates / Notes ", "Templates/Notes/Contact note.md"],
	])("%j: both skip %s", (folder, path) => {
		expect(vaultSettings(vaultWith(folder)).ignore(path)).toBe(true);
		expect(inTemplatesFolder(plugin(folder), path)).toBe(true);
	});

	it.each([
		["Templates", "Networking/Templates/Jane Doe.md"],
		["Templates", "Templates.md"],
		["Templates/Notes", "Templates/Jane Doe.md"],
		["", "Templates/Contact note.md"],
		["./", "Jane Doe.md"],
	])("%j: both read %s", (folder, path) => {
		expect(vaultSettings(vaultWith(folder)).ignore(path)).toBe(false);
		expect(inTemplatesFolder(plugin(folder), path)).toBe(false);
	});
});
