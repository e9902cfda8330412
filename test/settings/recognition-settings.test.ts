// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { displaySettingTab, getPluginData, resetFakeObsidian, unloadPlugin } from "../fake-obsidian";
import { freezeClock, openView, PLUGIN_ID, shownItems, smallVault, startPlugin, type Started } from "../plugin-harness";

let s: Started | null = null;

beforeEach(() => freezeClock());
afterEach(() => {
	if (s) unloadPlugin(s.plugin);
	s = null;
	resetFakeObsidian();
	vi.useRealTimers();
});

function row(tab: HTMLElement, name: string): HTMLElement {
	for (const r of tab.querySelectorAll<HTMLElement>(".setting-item")) if (r.querySelector(".setting-item-name")?.textContent === name) return r;
	throw new Error(`no setting "${name}"`);
}

function type(r: HTMLElement, value: string): void {
	const el = r.querySelector("input") as HTMLInputElement;
	el.value = value;
	el.dispatchEvent(new Event("input", { bubbles: true }));
}

const error = (r: HTMLElement) => r.querySelector(".informational-interviews-setting-error")?.textContent;
const saved = (st: Started) => JSON.parse(getPluginData(st.app, PLUGIN_ID) ?? "{}") as Record<string, unknown>;

const PERSON = "---\nlast-contact: 2026-08-01\nkeep-in-touch: 90 days\n---\n#person\n";

describe("Notes you already have (settings tab)", () => {
	it("turning recognition on adopts a tagged note at once and keeps the day it was turned on", async () => {
		s = await startPlugin({ ...smallVault(), "Inbox/Mina Park.md": PERSON });
		const st = s;
		const view = await openView(st);
		const tab = displaySettingTab(st.plugin);
		type(row(tab, "Contact tags"), "person");
		await vi.waitFor(() => expect(saved(st).contactTags).toBe("person"));
		expect(shownItems(view).map((i) => i.title)).not.toContain("Keep in touch with Mina Park");
		const toggle = row(tab, "Recognise notes you already have").querySelector<HTMLElement>(".checkbox-container");
		toggle?.click();
		await vi.waitFor(() => expect(saved(st).recognise).toBe(true));
		expect(saved(st).recogniseSince).toBe("2026-11-22");
		await vi.waitFor(() => expect(shownItems(view).map((i) => i.title)).toContain("Keep in touch with Mina Park"));
	});

	it("a folder the vault does not have is explained and not saved", async () => {
		s = await startPlugin(smallVault());
		const st = s;
		const tab = displaySettingTab(st.plugin);
		const folders = row(tab, "Contact folders");
		type(folders, "Networking/Contacts, Friends");
		expect(error(folders)).toBe('There is no folder "Friends" in this vault.');
		expect(folders.querySelector("input")?.classList.contains("informational-interviews-invalid")).toBe(true);
		type(folders, "Networking/Contacts");
		await vi.waitFor(() => expect(saved(st).contactFolders).toBe("Networking/Contacts"));
		expect(error(folders)).toBe("");
	});

	it("a tag with a space, or a property without a value, is explained and not saved", async () => {
		s = await startPlugin(smallVault());
		const st = s;
		const tab = displaySettingTab(st.plugin);
		const tags = row(tab, "Contact tags");
		type(tags, "job search");
		expect(error(tags)).toBe('A tag has no spaces: "job search". Separate tags with commas.');
		const property = row(tab, "Interview property");
		type(property, "categories");
		expect(error(property)).toBe('Write a property and its value, like categories: [[People]] (found "categories").');
		await new Promise((r) => setTimeout(r, 50));
		expect(st.plugin.settings.contactTags).toBe("");
		expect(st.plugin.settings.interviewProperty).toBe("");
	});
});
