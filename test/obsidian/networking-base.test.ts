// @vitest-environment happy-dom
import { WorkspaceLeaf } from "obsidian";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { networkingBase, renderBase } from "../../src/domain/networking-base";
import { fileContent, noticeMessages, runCommand } from "../fake-obsidian";
import { freezeClock, smallVault, startPlugin, type Started, stopPlugin } from "../plugin-harness";

let s: Started;

beforeEach(async () => {
	freezeClock();
	s = await startPlugin(smallVault(), { data: { digest: false, templatesFolder: "Templates" } });
});

afterEach(() => {
	vi.restoreAllMocks();
	stopPlugin(s);
});

/**
 * The files opened in a leaf. The fake has no Bases view (a .base opens in
 * an empty leaf that keeps no state), so the call itself is what is checked.
 */
function watchOpened(): () => string[] {
	const spy = vi.spyOn(WorkspaceLeaf.prototype, "openFile");
	return () => spy.mock.calls.map(([file]) => file.path);
}

describe("Create the networking base", () => {
	it("writes Networking/Networking.base, leaving the templates folder out, and opens it", async () => {
		const opened = watchOpened();
		await runCommand(s.app, "create-networking-base");
		expect(fileContent(s.app, "Networking/Networking.base")).toBe(renderBase(networkingBase("Templates")));
		expect(fileContent(s.app, "Networking/Networking.base")).toContain('!file.inFolder(\\"Templates\\")');
		expect(opened()).toEqual(["Networking/Networking.base"]);
		expect(noticeMessages()).toContain("Created Networking/Networking.base: your contacts and conversations as tables.");
	});

	it("takes in the notes the recognition settings adopt, when they are on", async () => {
		await s.plugin.updateSettings((x) => {
			x.contactFolders = "People";
		});
		await runCommand(s.app, "create-networking-base");
		expect(fileContent(s.app, "Networking/Networking.base")).not.toContain("people");
		await s.app.vault.delete(s.app.vault.getFileByPath("Networking/Networking.base")!);
		await s.plugin.updateSettings((x) => {
			x.recognise = true;
		});
		await runCommand(s.app, "create-networking-base");
		expect(fileContent(s.app, "Networking/Networking.base")).toContain('- file.inFolder("people")');
	});

	it("never overwrites an existing base: it says so and opens it", async () => {
		await s.app.vault.create("Networking/Networking.base", "views: []\n");
		const opened = watchOpened();
		await runCommand(s.app, "create-networking-base");
		expect(fileContent(s.app, "Networking/Networking.base")).toBe("views: []\n");
		expect(opened()).toEqual(["Networking/Networking.base"]);
		expect(noticeMessages()).toContain("Networking/Networking.base exists already: it was left as it is and is open. Rename it to create a fresh one.");
	});

	it("writes into the folder of the settings, creating it", async () => {
		await s.plugin.updateSettings((x) => {
			x.baseFolder = "Job search/Tables/";
		});
		await runCommand(s.app, "create-networking-base");
		expect(fileContent(s.app, "Job search/Tables/Networking.base")).not.toBeNull();
		expect(fileContent(s.app, "Networking/Networking.base")).toBeNull();
	});

	it("refuses a folder Obsidian hides, and a folder in the file's place, writing nothing", async () => {
		await s.plugin.updateSettings((x) => {
			x.baseFolder = ".hidden";
		});
		await runCommand(s.app, "create-networking-base");
		expect(noticeMessages().at(-1)).toMatch(/^Could not create the networking base: The networking base folder ".hidden" cannot be used/);
		expect(fileContent(s.app, ".hidden/Networking.base")).toBeNull();

		await s.plugin.updateSettings((x) => {
			x.baseFolder = "Networking";
		});
		await s.app.vault.createFolder("Networking/Networking.base");
		await runCommand(s.app, "create-networking-base");
		expect(noticeMessages().at(-1)).toBe("Could not create the networking base: Networking/Networking.base is a folder: rename it or choose another folder in the settings.");
	});
});
