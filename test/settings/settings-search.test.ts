// @vitest-environment happy-dom
/**
 * The settings tab in both kinds of Obsidian the manifest allows: 1.13 and later read its rows
 * through getSettingDefinitions (so the settings search finds them) and render them; older
 * versions have no such method and call display(). test/settings/settings-tab.test.ts exercises
 * the rows in the first; this file checks that both show the same rows and that the second works.
 */
import type { SettingDefinitionItem } from "obsidian";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { InformationalInterviewsSettingTab } from "../../src/settings/settings-tab";
import { displaySettingTab, getPluginData, settingTabs, useObsidianBefore113 } from "../fake-obsidian";
import { freezeClock, PLUGIN_ID, smallVault, startPlugin, stopPlugin, type Started } from "../plugin-harness";

let s: Started | undefined;
beforeEach(() => freezeClock());
afterEach(() => {
	stopPlugin(s);
	s = undefined;
});

const HEADINGS = ["New notes", "Follow-up rules", "Notes you already have", "Follow-ups view", "About you"];

/** Each row of a shown tab: heading above it, name, description, kind of control. */
function rows(tab: HTMLElement): string[] {
	const out: string[] = [];
	let heading = "";
	for (const el of tab.querySelectorAll<HTMLElement>(".setting-item")) {
		const name = el.querySelector(".setting-item-name")?.textContent ?? "";
		if (el.classList.contains("setting-item-heading")) {
			heading = name;
			continue;
		}
		const control = el.querySelector(".setting-item-control input, .setting-item-control textarea, .setting-item-control .checkbox-container");
		const kind = control?.tagName === "INPUT" ? (control as HTMLInputElement).type : control?.tagName.toLowerCase();
		out.push(`${heading} | ${name} | ${el.querySelector(".setting-item-description")?.textContent ?? ""} | ${kind}`);
	}
	return out;
}

describe("the settings search (Obsidian 1.13)", () => {
	it("finds every setting: one group per heading, each row with its name and description", async () => {
		s = await startPlugin(smallVault());
		const tab = settingTabs(s.app)[0] as InformationalInterviewsSettingTab;
		const items: SettingDefinitionItem[] = tab.settingItems;
		const groups = items.map((g) => ("type" in g && g.type === "group" ? g : null));
		expect(groups.map((g) => g?.heading)).toEqual(HEADINGS);
		const names = groups.flatMap((g) => (g?.items ?? []).map((d) => d.name));
		expect(names).toHaveLength(30);
		expect(names).toContain("Keep in touch every");
		expect(names).toContain("Daily digest");
		expect(names).toContain("Networking base folder");
		expect(names).toContain("Send a prepared request within (days)");
		expect(names).toContain("Daily notes count as contact");
		expect(names).toContain("Conversation length (minutes)");
		expect(names).toContain("LinkedIn note length");
		for (const g of groups) for (const d of g?.items ?? []) expect("desc" in d && typeof d.desc === "string" && d.desc.length > 0).toBe(true);
	});
});

describe("before Obsidian 1.13", () => {
	it("display() shows the same rows, descriptions and controls as the definitions", async () => {
		s = await startPlugin(smallVault());
		const declarative = rows(displaySettingTab(s.plugin));
		stopPlugin(s);
		useObsidianBefore113();
		s = await startPlugin(smallVault());
		const tab = settingTabs(s.app)[0] as InformationalInterviewsSettingTab;
		expect(typeof (tab as Partial<InformationalInterviewsSettingTab>).getSettingDefinitions).toBe("undefined");
		const imperative = rows(displaySettingTab(s.plugin));
		expect(imperative).toEqual(declarative);
		expect(imperative).toHaveLength(30);
		expect(imperative[0]).toBe("New notes | Contacts folder | Where new contact notes are created. Contacts can live in any folder. | text");
	});

	it("saves a change, and explains a value it refuses", async () => {
		useObsidianBefore113();
		s = await startPlugin(smallVault());
		const el = displaySettingTab(s.plugin);
		const row = [...el.querySelectorAll<HTMLElement>(".setting-item")].find((r) => r.querySelector(".setting-item-name")?.textContent === "Nudge after (days)");
		const input = row?.querySelector("input") as HTMLInputElement;
		input.value = "0";
		input.dispatchEvent(new Event("input", { bubbles: true }));
		expect(row?.querySelector(".informational-interviews-setting-error")?.textContent).toMatch(/^Enter a whole number from 1 to /);
		input.value = "9";
		input.dispatchEvent(new Event("input", { bubbles: true }));
		const started = s;
		await vi.waitFor(() => expect(JSON.parse(getPluginData(started.app, PLUGIN_ID) ?? "{}")).toMatchObject({ nudgeDays: 9 }));
		expect(el.classList.contains("informational-interviews-settings")).toBe(true);
	});
});
