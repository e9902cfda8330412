// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_SETTINGS } from "../../src/settings";
import { getPluginData, runCommand } from "../fake-obsidian";
import { button, freezeClock, itemEl, openView, PATHS, PLUGIN_ID, smallVault, startPlugin, stopPlugin, sync, type Started } from "../plugin-harness";

/**
 * The plugin keeps nothing about people outside the notes: after start-up,
 * the digest, a Done, a snooze, a calendar export and a rebuild, its data.json
 * holds the settings and nothing else.
 */

let s: Started;
beforeEach(() => freezeClock());
afterEach(() => {
	stopPlugin(s);
	vi.useRealTimers();
});

describe("data.json", () => {
	it("holds the settings only, whatever the plugin did", async () => {
		s = await startPlugin(smallVault(), { userEnable: true, data: { digest: true } });
		const view = await openView(s);
		button(itemEl(view, "thank-you", PATHS.janeInterview), "informational-interviews-action-done").click();
		await sync(s);
		await runCommand(s.app, "export-calendar");
		await runCommand(s.app, "rebuild-index");
		await sync(s);
		const data = JSON.parse(getPluginData(s.app, PLUGIN_ID) ?? "null") as Record<string, unknown>;
		expect(Object.keys(data).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
		const text = JSON.stringify(data);
		for (const name of ["Jane", "Sam", "Ana", "Bo"]) expect(text).not.toContain(name);
	});
});
