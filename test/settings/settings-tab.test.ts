// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_SETTINGS } from "../../src/settings/plugin-settings";
import { displaySettingTab, getPluginData, resetFakeObsidian, simulateExternalSettingsChange, unloadPlugin } from "../fake-obsidian";
import { freezeClock, openView, PLUGIN_ID, sectionCounts, shownItems, smallVault, startPlugin, type Started } from "../plugin-harness";

let s: Started | null = null;
async function start(data?: unknown): Promise<Started> {
	s = await startPlugin(smallVault(), data === undefined ? {} : { data });
	return s;
}

beforeEach(() => freezeClock());
afterEach(() => {
	if (s) unloadPlugin(s.plugin);
	s = null;
	resetFakeObsidian();
	vi.useRealTimers();
});

/** The text input of the setting named `name` in the displayed tab. */
function input(tab: HTMLElement, name: string): HTMLInputElement | HTMLTextAreaElement {
	for (const row of tab.querySelectorAll<HTMLElement>(".setting-item")) {
		if (row.querySelector(".setting-item-name")?.textContent === name) {
			const el = row.querySelector<HTMLInputElement | HTMLTextAreaElement>("input, textarea");
			if (el) return el;
		}
	}
	throw new Error(`no setting "${name}"`);
}

function type(el: HTMLInputElement | HTMLTextAreaElement, value: string): void {
	el.value = value;
	el.dispatchEvent(new Event("input", { bubbles: true }));
}

const saved = (st: Started) => JSON.parse(getPluginData(st.app, PLUGIN_ID) ?? "{}") as Record<string, unknown>;

describe("settings data", () => {
	it("loads defaults from a broken data.json", async () => {
		const st = await start("{ this is not json");
		expect(st.plugin.settings).toEqual({ ...DEFAULT_SETTINGS, lastDigestDay: "2026-11-22" });
		const view = await openView(st);
		expect(shownItems(view)).toHaveLength(6);
	});

	it("keeps the good keys of a partly broken or older data.json", async () => {
		const st = await start({ thankYouDays: "soon", horizonDays: 3, contactsFolder: ["x"], keepInTouch: 12, digest: false });
		expect(st.plugin.settings).toMatchObject({ thankYouDays: 2, horizonDays: 3, contactsFolder: "Networking/Contacts", keepInTouch: "12 days" });
		const view = await openView(st);
		// Horizon 3: the reach-out due in 4 days is not listed.
		expect(shownItems(view).map((i) => i.kind)).not.toContain("reach-out");
	});

	it("a sync that rewrites data.json recomputes the view", async () => {
		const st = await start();
		const view = await openView(st);
		await simulateExternalSettingsChange(st.plugin, { ...saved(st), thankYouDays: 5 });
		expect(shownItems(view).find((i) => i.kind === "thank-you")).toMatchObject({ section: "Upcoming", when: "in 2 days" });
	});
});

describe("settings tab", () => {
	it("changing a rule window saves it and recomputes the view", async () => {
		const st = await start();
		const view = await openView(st);
		const tab = displaySettingTab(st.plugin);
		type(input(tab, "Thank-you within (days)"), "5");
		await vi.waitFor(() => expect(saved(st).thankYouDays).toBe(5));
		expect(shownItems(view).find((i) => i.kind === "thank-you")).toMatchObject({ section: "Upcoming", when: "in 2 days" });
	});

	it("changing the horizon changes Upcoming", async () => {
		const st = await start();
		const view = await openView(st);
		const tab = displaySettingTab(st.plugin);
		expect(sectionCounts(view).Upcoming).toBe("1");
		type(input(tab, "Upcoming horizon (days)"), "2");
		await vi.waitFor(() => expect(saved(st).horizonDays).toBe(2));
		expect(sectionCounts(view).Upcoming).toBeUndefined();
	});

	it("changing the default cadence recomputes keep-in-touch (and refuses what is not a period)", async () => {
		const st = await start();
		const view = await openView(st);
		// Jane was met on 2026-11-19 and has no cadence of her own: with 1 day she is due.
		const tab = displaySettingTab(st.plugin);
		const cadence = input(tab, "Keep in touch every");
		type(cadence, "whenever");
		expect(cadence.closest(".setting-item")?.querySelector(".informational-interviews-setting-error")?.textContent).toBe("Write a period such as 90 days, 6 weeks, 3 months or 1 year.");
		expect(cadence.classList.contains("informational-interviews-invalid")).toBe(true);
		type(cadence, "1 day");
		await vi.waitFor(() => expect(saved(st).keepInTouch).toBe("1 day"));
		expect(shownItems(view).find((i) => i.title === "Keep in touch with Jane Doe")).toMatchObject({ section: "Overdue", when: "2 days overdue" });
	});

	it("refuses a number out of range and says why", async () => {
		const st = await start();
		const tab = displaySettingTab(st.plugin);
		const nudge = input(tab, "Nudge after (days)");
		type(nudge, "0");
		expect(nudge.classList.contains("informational-interviews-invalid")).toBe(true);
		expect(nudge.closest(".setting-item")?.querySelector(".informational-interviews-setting-error")?.textContent).toBe("Enter a whole number from 1 to 365.");
		expect(st.plugin.settings.nudgeDays).toBe(7);
		type(nudge, "10");
		await vi.waitFor(() => expect(saved(st).nudgeDays).toBe(10));
		expect(nudge.classList.contains("informational-interviews-invalid")).toBe(false);
	});

	it("keeps folders, name, pitch and the digest switch", async () => {
		const st = await start();
		const tab = displaySettingTab(st.plugin);
		type(input(tab, "Contacts folder"), " People ");
		type(input(tab, "Interviews folder"), "Talks");
		type(input(tab, "Your name"), "Kia");
		type(input(tab, "Your pitch"), "I teach.\nI want to learn research.");
		const toggle = [...tab.querySelectorAll<HTMLElement>(".setting-item")]
			.find((r) => r.querySelector(".setting-item-name")?.textContent === "Daily digest")
			?.querySelector<HTMLElement>(".checkbox-container");
		toggle?.click();
		await vi.waitFor(() => expect(saved(st)).toMatchObject({ contactsFolder: "People", interviewsFolder: "Talks", userName: "Kia", pitch: "I teach.\nI want to learn research.", digest: false }));
		const headings = [...tab.querySelectorAll(".setting-item-heading .setting-item-name")].map((e) => e.textContent);
		expect(headings).toEqual(["New notes", "Follow-up rules", "Notes you already have", "Follow-ups view", "About you"]);
	});
});

describe("the templates folder setting", () => {
	it("saves every keystroke but reads the vault again once, after the typing stops", async () => {
		const st = await start({ digest: false });
		const view = await openView(st);
		expect(shownItems(view).map((i) => i.kind)).toContain("keep-in-touch");
		const rebuild = vi.spyOn(st.plugin.live, "rebuild");
		const tab = displaySettingTab(st.plugin);
		const folder = input(tab, "Templates folder");
		for (let i = 1; i <= "Networking/Contacts".length; i++) type(folder, "Networking/Contacts".slice(0, i));
		await vi.waitFor(() => expect(saved(st).templatesFolder).toBe("Networking/Contacts"));
		expect(rebuild).not.toHaveBeenCalled();
		// Notes in the templates folder are not people: once read again, the contacts there leave the view.
		await vi.waitFor(() => expect(rebuild).toHaveBeenCalledTimes(1), { timeout: 3000 });
		expect(shownItems(view).map((i) => i.kind)).not.toContain("keep-in-touch");
		await new Promise((r) => setTimeout(r, 700));
		expect(rebuild).toHaveBeenCalledTimes(1);
	});

	it("a rule window still recomputes at once", async () => {
		const st = await start({ digest: false });
		const view = await openView(st);
		const rebuild = vi.spyOn(st.plugin.live, "rebuild");
		type(input(displaySettingTab(st.plugin), "Thank-you within (days)"), "5");
		await vi.waitFor(() => expect(saved(st).thankYouDays).toBe(5));
		expect(shownItems(view).find((i) => i.kind === "thank-you")).toMatchObject({ section: "Upcoming" });
		expect(rebuild).not.toHaveBeenCalled();
	});
});
