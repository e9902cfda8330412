// @vitest-environment happy-dom
import { Plugin } from "obsidian";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { displaySettingTab, noticeMessages, resetFakeObsidian, runCommand, settle, simulateExternalSettingsChange, unloadPlugin } from "../fake-obsidian";
import { freezeClock, smallVault, startPlugin, type Started } from "../plugin-harness";

/**
 * Every promise of the plugin's lifecycle has a failure path: a notice when the
 * user asked for the work, one console line when the plugin did it on its own.
 * None becomes an unhandled rejection (this file watches for them itself, and
 * the suite fails on any: vitest reports them as errors).
 */

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
let s: Started | null = null;
let consoleError: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
	freezeClock();
	unhandled.length = 0;
	process.on("unhandledRejection", onUnhandled);
	consoleError = vi.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => {
	process.off("unhandledRejection", onUnhandled);
	if (s) unloadPlugin(s.plugin);
	s = null;
	resetFakeObsidian();
	vi.restoreAllMocks();
	vi.useRealTimers();
});

/** Lets pending promises settle and Node report any rejection left unhandled. */
async function drain(): Promise<void> {
	if (s) await settle(s.app);
	await new Promise((r) => setTimeout(r, 0));
	await new Promise((r) => setTimeout(r, 0));
}

const failSaving = () => vi.spyOn(Plugin.prototype, "saveData").mockRejectedValue(new Error("disk full"));
const consoleLines = () => consoleError.mock.calls.map((c: unknown[]) => c.map(String).join(" "));

describe("failures in the plugin's lifecycle", () => {
	it("enabling the plugin when data.json cannot be written: one console line, and the view still opens", async () => {
		failSaving();
		s = await startPlugin(smallVault(), { userEnable: true, data: { digest: false } });
		await drain();
		expect(unhandled).toEqual([]);
		expect(consoleLines()).toEqual(["Informational Interviews: could not save the settings: disk full"]);
		expect(s.app.workspace.getLeavesOfType("informational-interviews-follow-ups")).toHaveLength(1);
	});

	it("the daily digest at start-up when data.json cannot be written: one console line, the index still reads the notes", async () => {
		failSaving();
		s = await startPlugin(smallVault(), { data: { digest: true } });
		await drain();
		expect(unhandled).toEqual([]);
		expect(consoleLines()).toEqual(["Informational Interviews: could not show the daily digest: disk full"]);
		expect(s.plugin.live.index.size).toBeGreaterThan(0);
	});

	it("settings changed on disk that cannot be read: one console line, the settings in use kept", async () => {
		s = await startPlugin(smallVault(), { data: { digest: false, horizonDays: 9 } });
		vi.spyOn(Plugin.prototype, "loadData").mockRejectedValue(new Error("sync conflict"));
		await expect(simulateExternalSettingsChange(s.plugin, { horizonDays: 3 })).resolves.toBeUndefined();
		await drain();
		expect(unhandled).toEqual([]);
		expect(consoleLines()).toEqual(["Informational Interviews: could not read the settings changed on disk: sync conflict"]);
		expect(s.plugin.settings.horizonDays).toBe(9);
	});

	it("a setting that cannot be saved: a notice", async () => {
		s = await startPlugin(smallVault(), { data: { digest: false } });
		failSaving();
		const tab = displaySettingTab(s.plugin);
		const field = [...tab.querySelectorAll<HTMLElement>(".setting-item")]
			.find((row) => row.querySelector(".setting-item-name")?.textContent === "Your name")
			?.querySelector("input");
		expect(field).toBeTruthy();
		if (!field) return;
		field.value = "Alex";
		field.dispatchEvent(new Event("input", { bubbles: true }));
		await drain();
		expect(unhandled).toEqual([]);
		expect(noticeMessages()).toContain("Could not save the settings: disk full");
	});

	it("opening the view when the workspace refuses: a notice, from the command and from the ribbon", async () => {
		s = await startPlugin(smallVault(), { data: { digest: false } });
		vi.spyOn(s.app.workspace, "revealLeaf").mockRejectedValue(new Error("no room"));
		await runCommand(s.app, "open-follow-ups");
		s.app.workspace.containerEl.ownerDocument.querySelector<HTMLElement>('.side-dock-ribbon-action[aria-label="Open follow-ups"]')?.click();
		await drain();
		expect(unhandled).toEqual([]);
		expect(noticeMessages().filter((m) => m === "Could not open the follow-ups: no room")).toHaveLength(2);
	});

	it("a command whose work fails: a notice", async () => {
		s = await startPlugin(smallVault(), { data: { digest: false } });
		vi.spyOn(s.plugin.live, "settled").mockRejectedValue(new Error("cache gone"));
		await runCommand(s.app, "rebuild-index");
		await drain();
		expect(unhandled).toEqual([]);
		expect(noticeMessages()).toContain("Could not rebuild the index: cache gone");
	});
});
