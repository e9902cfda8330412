// @vitest-environment happy-dom
import { join } from "node:path";
import type { App, MarkdownView } from "obsidian";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { indexVault } from "../../src/cli/vault-reader";
import { insights } from "../../src/index/insights";
import { InsightsView, VIEW_TYPE_INSIGHTS } from "../../src/ui/insights-view";
import { getFile, resetFakeObsidian, runCommand, settle, unloadPlugin } from "../fake-obsidian";
import { freezeClock, openView, readVaultFolder, REPO, startPlugin, sync, TODAY, type Started } from "../plugin-harness";

const ROOT = join(REPO, "example-vault");
let s: Started | null = null;

beforeEach(() => freezeClock());
afterEach(() => {
	if (s) unloadPlugin(s.plugin);
	s = null;
	resetFakeObsidian();
	vi.useRealTimers();
});

function insightsViews(app: App): InsightsView[] {
	return app.workspace
		.getLeavesOfType(VIEW_TYPE_INSIGHTS)
		.map((l) => l.view)
		.filter((v): v is InsightsView => v instanceof InsightsView);
}

async function openInsightsView(started: Started): Promise<InsightsView> {
	await runCommand(started.app, "open-insights");
	const view = insightsViews(started.app)[0];
	if (!view) throw new Error("no insights view");
	return view;
}

const texts = (root: HTMLElement, selector: string) => [...root.querySelectorAll(selector)].map((e) => e.textContent);

/** The referral chain as `Name(child, child)`, read from the DOM. */
function chainShape(list: Element | null): string[] {
	return [...(list?.querySelectorAll(":scope > li") ?? [])].map((li) => {
		const name = li.querySelector(":scope > .informational-interviews-chain-line > a, :scope > .informational-interviews-chain-line > .informational-interviews-insights-name")?.textContent ?? "";
		const kids = chainShape(li.querySelector(":scope > ul"));
		return kids.length === 0 ? name : `${name}(${kids.join(", ")})`;
	});
}

function link(view: InsightsView, name: string): HTMLAnchorElement {
	const a = [...view.contentEl.querySelectorAll<HTMLAnchorElement>("a.informational-interviews-insights-link")].find((e) => e.textContent === name);
	if (!a) throw new Error(`no link to ${name}`);
	return a;
}

describe("The search at a glance", () => {
	it("shows the example vault's funnel, fields, organizations and referral chain", async () => {
		s = await startPlugin(readVaultFolder(ROOT), { data: { digest: false } });
		const view = await openInsightsView(s);
		const el = view.contentEl;
		expect(view.getDisplayText()).toBe("Search at a glance");
		// The numbers are those of the command line's `due --json` insights.
		expect(view.insights?.funnel).toEqual(insights(indexVault(ROOT), TODAY).funnel);

		const steps = [...el.querySelectorAll(".informational-interviews-funnel-step")].map((li) => [
			li.querySelector(".informational-interviews-funnel-label")?.textContent,
			li.querySelector(".informational-interviews-funnel-count")?.textContent,
			li.querySelector("progress")?.getAttribute("value"),
			li.querySelector("progress")?.getAttribute("max"),
		]);
		expect(steps).toEqual([
			["Requests sent", "15", "15", "15"],
			["Replies", "13", "13", "15"],
			["Conversations held", "10", "10", "15"],
			["Referrals received", "6", "6", "15"],
		]);
		expect(el.querySelector(".informational-interviews-funnel-rate")?.textContent).toBe("Reply rate 87% (13 of 15).");
		expect(el.querySelector(".informational-interviews-funnel-median")?.textContent).toBe("Median 11 days from request to reply, over 11 replies.");

		expect(texts(el, ".informational-interviews-insights-fields .informational-interviews-field-name")).toEqual(["Data analysis", "Learning design", "UX research"]);
		expect(texts(el, ".informational-interviews-insights-fields .informational-interviews-field-count")).toEqual(["2 conversations · target 3", "4 conversations · target 3", "4 conversations · target 3"]);
		expect(texts(el, ".informational-interviews-insights-fields .informational-interviews-insights-detail")[0]).toBe(
			"2 of 5 contacts metOrganizations: Bluefin Analytics, Ridgeway Transit District",
		);

		const fernway = [...el.querySelectorAll(".informational-interviews-org")].find((li) => li.querySelector(".informational-interviews-org-name")?.textContent === "Fernway Mutual");
		expect(fernway?.querySelector(".informational-interviews-org-count")?.textContent).toBe("1 contact, 1 met, 2 conversations");
		expect(texts(fernway as HTMLElement, ".informational-interviews-org-referrals li")).toEqual(["Aisha Rahman introduced Rosa Jimenez"]);
		expect(el.querySelector(".informational-interviews-orgs-quiet summary")?.textContent).toMatch(/^\d+ more organizations? with contacts but no conversation yet$/);

		expect(chainShape(el.querySelector(".informational-interviews-insights-chain > ul.informational-interviews-chain"))).toEqual([
			"Aisha Rahman(Rosa Jimenez(Keisha Morgan))",
			"Felix Strand(Priya Natarajan)",
			"Grace Liu(Marcus Bell(Mateo Ortega, Wen Zhao))",
			"Hannah Schultz(Ines Carvalho)",
			"Ruth Okonkwo(Daniel Reyes)",
			"Sam Whitaker(Dev Patel)",
		]);
		expect(chainShape(el.querySelector(".informational-interviews-chain-alone ul"))).toEqual(["Ben Adeyemi", "Lena Kowalski", "Oliver Grant"]);
		// A suggested person without a note is named, not linked.
		const wen = [...el.querySelectorAll(".informational-interviews-chain-line")].find((l) => l.textContent?.startsWith("Wen Zhao"));
		expect(wen?.querySelector("a")).toBeNull();
		expect(wen?.textContent).toBe("Wen Zhaono note yet");
		// No inline styles anywhere.
		expect(el.querySelector("[style]")).toBeNull();
	});

	it("a click on a name in the chain opens the note; Mod-click opens it in a new tab", async () => {
		s = await startPlugin(readVaultFolder(ROOT), { data: { digest: false } });
		const view = await openInsightsView(s);
		const marcus = link(view, "Marcus Bell");
		expect(marcus.getAttribute("href")).toBe("#");
		const click = new MouseEvent("click", { bubbles: true, cancelable: true });
		marcus.dispatchEvent(click);
		expect(click.defaultPrevented).toBe(true);
		await vi.waitFor(() => expect(s?.app.workspace.getActiveFile()?.path).toBe("Networking/Contacts/Marcus Bell.md"));
		// The view stays open beside the note.
		expect(insightsViews(s.app)).toHaveLength(1);
		const leaves = () => s?.app.workspace.getLeavesOfType("markdown") ?? [];
		expect(leaves()).toHaveLength(1);

		link(view, "Keisha Morgan").dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, ctrlKey: true, metaKey: true }));
		await vi.waitFor(() => expect(leaves()).toHaveLength(2));
		expect(leaves().map((l) => (l.view as MarkdownView).file?.path)).toEqual([
			"Networking/Contacts/Marcus Bell.md",
			"Networking/Contacts/Keisha Morgan.md",
		]);
	});

	it("re-renders when the notes change, and opens from the follow-ups view", async () => {
		s = await startPlugin(readVaultFolder(ROOT), { data: { digest: false } });
		const followUps = await openView(s);
		const open = followUps.contentEl.querySelector<HTMLButtonElement>("button.informational-interviews-open-insights");
		expect(open?.getAttribute("aria-label")).toBe("Search at a glance");
		open?.click();
		await settle(s.app);
		const view = insightsViews(s.app)[0] as InsightsView;
		expect(view).toBeInstanceOf(InsightsView);
		// Running the command again reveals the same view.
		await runCommand(s.app, "open-insights");
		expect(insightsViews(s.app)).toHaveLength(1);

		const lena = getFile(s.app, "Networking/Interviews/2026-10-20 Lena Kowalski.md");
		await s.app.fileManager.processFrontMatter(lena, (fm: Record<string, unknown>) => {
			fm.status = "declined";
		});
		await sync(s);
		expect(view.contentEl.querySelector(".informational-interviews-funnel-replies .informational-interviews-funnel-count")?.textContent).toBe("14");
		expect(view.contentEl.querySelector(".informational-interviews-funnel-rate")?.textContent).toBe("Reply rate 93% (14 of 15).");
	});

	it("teaches what to write when there is nothing to measure", async () => {
		s = await startPlugin({ "Daily/2026-11-22.md": "# Today\n" }, { data: { digest: false } });
		const view = await openInsightsView(s);
		const empty = view.contentEl.querySelector(".informational-interviews-empty");
		expect(empty?.textContent).toContain("Nothing to measure yet");
		expect(empty?.textContent).toContain("Referral chain: referred-by on a contact");
		expect(view.contentEl.querySelector(".informational-interviews-sample")?.textContent).toContain(`requested: ${TODAY}`);
		await s.app.vault.create("Jo.md", "---\ntype: contact\nfield: Design\norganization: Acme\n---\n");
		await sync(s);
		expect(view.contentEl.querySelector(".informational-interviews-empty")).toBeNull();
		expect(view.contentEl.querySelector(".informational-interviews-insights-funnel")?.textContent).toContain("No requests yet.");
		expect(texts(view.contentEl, ".informational-interviews-field-count")).toEqual(["0 conversations · target 3"]);
		expect(view.contentEl.querySelector(".informational-interviews-insights-chain")?.textContent).toContain("No introductions yet.");
	});
});
