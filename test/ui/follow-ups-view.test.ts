// @vitest-environment happy-dom
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { TFolder } from "obsidian";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { indexVault } from "../../src/cli/vault-reader";
import { dueReport } from "../../src/index/due-report";
import InformationalInterviewsPlugin from "../../src/main";
import { VIEW_TYPE_FOLLOW_UPS } from "../../src/ui/constants";
import { FollowUpsView } from "../../src/ui/follow-ups-view";
import { addDeferredLeaf, createFakeApp, getFile, getPluginData, loadPlugin, noticeMessages, runCommand, triggerLayoutReady, openedLinks, resetFakeObsidian, setPlatform, setSideLeafAvailable, settle, unloadPlugin } from "../fake-obsidian";
import {
	followUpViews,
	freezeClock,
	MANIFEST,
	openView,
	BO_INTERVIEW,
	PATHS,
	PLUGIN_ID,
	readVaultFolder,
	REPO,
	sectionCounts,
	shownItems,
	smallVault,
	startPlugin,
	sync,
	TODAY,
	type Started,
} from "../plugin-harness";

let started: Started | null = null;
async function start(files: Record<string, string>, options: { data?: unknown; userEnable?: boolean } = {}): Promise<Started> {
	started = await startPlugin(files, options);
	return started;
}

beforeEach(() => freezeClock());
afterEach(() => {
	if (started) unloadPlugin(started.plugin);
	started = null;
	resetFakeObsidian();
	vi.useRealTimers();
});

describe("plugin load → layout ready → view", () => {
	it("opens the view on first enable and shows the vault's follow-ups by section", async () => {
		const s = await start(smallVault(), { userEnable: true });
		await settle(s.app);
		const views = followUpViews(s.app);
		expect(views).toHaveLength(1);
		const view = views[0] as FollowUpsView;
		expect(shownItems(view)).toEqual([
			{ section: "Overdue", kind: "keep-in-touch", note: PATHS.sam, title: "Keep in touch with Sam Lee", when: "23 days overdue" },
			{ section: "Overdue", kind: "nudge", note: PATHS.boInterview, title: "Nudge Bo Chen about your request", when: "5 days overdue" },
			{ section: "Overdue", kind: "thank-you", note: PATHS.janeInterview, title: "Send a thank-you to Jane Doe", when: "1 day overdue" },
			{
				section: "Overdue",
				kind: "thank-referrer",
				note: PATHS.janeInterview,
				title: "Thank Sam Lee for the introduction to Jane Doe",
				when: "1 day overdue",
			},
			{ section: "Today", kind: "confirm", note: PATHS.anaInterview, title: "Confirm the conversation with Ana Ruiz (tomorrow)", when: "today" },
			{
				section: "Upcoming",
				kind: "reach-out",
				note: PATHS.janeInterview,
				title: "Reach out to Priya Nair (suggested by Jane Doe)",
				when: "in 4 days",
			},
		]);
		expect(sectionCounts(view)).toEqual({ Conversations: "1", Overdue: "4", Today: "1", Upcoming: "1", Fields: "2", "Needs attention": "2" });
		// Fields: progress per field against the target.
		const fields = [...view.contentEl.querySelectorAll(".informational-interviews-field")].map((el) => [
			el.querySelector(".informational-interviews-field-name")?.textContent,
			el.querySelector(".informational-interviews-field-count")?.textContent,
			el.querySelector("progress")?.getAttribute("value"),
			el.querySelector("progress")?.getAttribute("max"),
		]);
		expect(fields).toEqual([
			["Product management", "0 met · target 3", "0", "3"],
			["UX research", "1 met · target 3", "1", "3"],
		]);
		// Needs attention: the note, the property (none: the whole block), the parser's message as a sentence.
		// Bo Chen's interview names a person with no contact note yet: that is reported too.
		const [noContact, problem] = [...view.contentEl.querySelectorAll(".informational-interviews-problem")];
		expect(noContact?.textContent).toContain('No contact note named "Bo Chen" yet');
		expect(problem?.querySelector(".informational-interviews-problem-note")?.textContent).toBe("Broken");
		expect(problem?.querySelector(".informational-interviews-problem-property")).toBeNull();
		expect(problem?.querySelector(".informational-interviews-problem-message")?.textContent).toMatch(/^The properties are not valid YAML: /);
		// The status bar counts overdue + today.
		expect(s.app.workspace.containerEl.ownerDocument.querySelector(`.status-bar-item.plugin-${PLUGIN_ID}`)?.textContent).toBe("5 follow-ups due");
		// The auto-open is remembered in data.json (settings data, no people data).
		expect(JSON.parse(getPluginData(s.app, PLUGIN_ID) ?? "{}")).toMatchObject({ viewOpenedOnce: true });
	});

	it("opens the view in the right sidebar, and only once automatically", async () => {
		const s = await start(smallVault(), { userEnable: true });
		const leaf = s.app.workspace.getLeavesOfType(VIEW_TYPE_FOLLOW_UPS)[0];
		expect(leaf?.getRoot()).toBe(s.app.workspace.rightSplit);
		leaf?.detach();
		s.plugin.onUserEnable();
		await settle(s.app);
		expect(followUpViews(s.app)).toHaveLength(0);
		// The command and the ribbon reveal the same view, never a second one.
		await openView(s);
		await openView(s);
		expect(followUpViews(s.app)).toHaveLength(1);
		const ribbon = s.app.workspace.containerEl.ownerDocument.querySelector<HTMLElement>('.side-dock-ribbon-action[aria-label="Open follow-ups"]');
		ribbon?.click();
		await settle(s.app);
		expect(followUpViews(s.app)).toHaveLength(1);
	});

	it("does not open anything at start-up when the user did not just enable it", async () => {
		const s = await start(smallVault());
		expect(followUpViews(s.app)).toHaveLength(0);
	});

	it("opens in a tab when the right sidebar has no leaf to give", async () => {
		const s = await start(smallVault());
		setSideLeafAvailable(s.app, "right", false);
		const view = await openView(s);
		expect(view.leaf.getRoot()).toBe(s.app.workspace.rootSplit);
		expect(shownItems(view)).toHaveLength(6);
	});

	it("a view opened before the layout is ready says it is reading, then renders", async () => {
		const app = createFakeApp(smallVault());
		const plugin = await loadPlugin(InformationalInterviewsPlugin, app, { manifest: MANIFEST, layoutReady: false, data: { digest: false } });
		started = { app, plugin };
		expect(plugin.live.index.size).toBe(0); // nothing heavy in onload
		await runCommand(app, "open-follow-ups");
		const view = followUpViews(app)[0] as FollowUpsView;
		expect(view.contentEl.querySelector(".informational-interviews-loading")?.textContent).toBe("Reading your notes…");
		triggerLayoutReady(app);
		expect(view.contentEl.querySelector(".informational-interviews-loading")).toBeNull();
		expect(shownItems(view)).toHaveLength(6);
	});

	it("a leaf restored from the layout (deferred) is reused and renders when revealed", async () => {
		const app = createFakeApp(smallVault());
		const leaf = addDeferredLeaf(app, VIEW_TYPE_FOLLOW_UPS);
		const plugin = await loadPlugin(InformationalInterviewsPlugin, app, { manifest: MANIFEST });
		started = { app, plugin };
		expect(leaf.view).not.toBeInstanceOf(FollowUpsView);
		await runCommand(app, "open-follow-ups");
		expect(app.workspace.getLeavesOfType(VIEW_TYPE_FOLLOW_UPS)).toEqual([leaf]);
		expect(leaf.view).toBeInstanceOf(FollowUpsView);
		expect(shownItems(leaf.view as FollowUpsView)).toHaveLength(6);
	});

	it("shows the repository's example vault as the command line reports it", async () => {
		const root = join(REPO, "example-vault");
		if (!existsSync(root)) return;
		const files = readVaultFolder(root);
		const s = await start(files);
		const view = await openView(s);
		const expected = dueReport(indexVault(root), TODAY, 14);
		expect(expected.followUps.length).toBeGreaterThan(0);
		const shown = shownItems(view);
		const sections: [string, string][] = [
			["Overdue", "overdue"],
			["Today", "due"],
			["Upcoming", "upcoming"],
		];
		for (const [heading, status] of sections) {
			const want = expected.followUps.filter((f) => f.status === status);
			const got = shown.filter((i) => i.section === heading);
			// Each section shows its first page, in the command line's order.
			expect(got.map((i) => [i.kind, i.note, i.title])).toEqual(want.slice(0, 50).map((f) => [f.kind, f.note, f.title]));
			expect(sectionCounts(view)[heading]).toBe(want.length > 0 ? String(want.length) : undefined);
		}
		const fieldNames = [...view.contentEl.querySelectorAll(".informational-interviews-field-name")].map((e) => e.textContent);
		expect(fieldNames).toEqual(expected.fields.map((f) => f.field));
		const problemNotes = [...view.contentEl.querySelectorAll<HTMLElement>(".informational-interviews-problem")].map((e) => e.dataset.note);
		expect(problemNotes).toEqual(expected.problems.map((p) => p.note));
	});

	it("teaches what notes to write when there are none", async () => {
		const s = await start({ "Daily/2026-11-22.md": "# Today\n" });
		const view = await openView(s);
		const empty = view.contentEl.querySelector(".informational-interviews-empty");
		expect(empty?.textContent).toContain("No contacts or interviews yet");
		expect(empty?.textContent).toContain("New contact");
		expect(empty?.textContent).toContain("New interview");
		const samples = [...view.contentEl.querySelectorAll(".informational-interviews-sample")].map((e) => e.textContent ?? "");
		expect(samples[0]).toContain("type: contact");
		expect(samples[1]).toContain("type: interview");
		expect(samples[1]).toContain("date: 2026-11-29");
	});

	it("says when nothing is due", async () => {
		const s = await start({ [PATHS.sam]: "---\ntype: contact\nfield: Design\n---\n" });
		const view = await openView(s);
		expect(view.contentEl.querySelector(".informational-interviews-nothing-due")?.textContent).toContain("Nothing to follow up on.");
		expect(view.contentEl.querySelector(".informational-interviews-field-name")?.textContent).toBe("Design");
	});
});

describe("live updates", () => {
	it("editing a note's properties updates the view", async () => {
		const s = await start(smallVault());
		const view = await openView(s);
		const file = getFile(s.app, PATHS.anaInterview);
		await s.app.vault.modify(file, ANA_CONFIRMED);
		await sync(s);
		expect(shownItems(view).map((i) => i.kind)).not.toContain("confirm");
		expect(sectionCounts(view).Today).toBeUndefined();
		await s.app.vault.modify(file, ANA_CONFIRMED.replace("confirmed: 2026-11-21\n", ""));
		await sync(s);
		expect(shownItems(view).filter((i) => i.kind === "confirm")).toHaveLength(1);
	});

	it("renaming a contact moves its follow-ups and re-resolves links to it", async () => {
		const s = await start(smallVault());
		const view = await openView(s);
		// A plain vault rename (links not updated): the keep-in-touch item now points at the new path.
		await s.app.vault.rename(getFile(s.app, PATHS.sam), "People/Samuel Lee.md");
		await sync(s);
		const keep = shownItems(view).find((i) => i.kind === "keep-in-touch");
		expect(keep).toMatchObject({ note: "People/Samuel Lee.md", title: "Keep in touch with Samuel Lee" });
		// Jane's interview names [[Jane Doe]]: renaming Jane with link updates keeps everything resolved.
		await s.app.fileManager.renameFile(getFile(s.app, PATHS.jane), "Networking/Contacts/Jane Roe.md");
		await sync(s);
		const titles = shownItems(view).map((i) => i.title);
		expect(titles).toContain("Send a thank-you to Jane Roe");
		expect(titles).toContain("Reach out to Priya Nair (suggested by Jane Roe)");
	});

	it("renaming a folder moves every note in it", async () => {
		const s = await start(smallVault());
		const view = await openView(s);
		await s.app.vault.rename(s.app.vault.getFolderByPath("Networking/Interviews") as TFolder, "Talks");
		await sync(s);
		const notes = new Set(shownItems(view).map((i) => i.note));
		expect(notes).toContain("Talks/2026-11-19 Jane Doe.md");
		expect([...notes].some((n) => n.startsWith("Networking/Interviews/"))).toBe(false);
		expect(shownItems(view)).toHaveLength(6);
	});

	it("deleting an interview removes its follow-ups", async () => {
		const s = await start(smallVault());
		const view = await openView(s);
		await s.app.vault.delete(getFile(s.app, PATHS.janeInterview));
		await sync(s);
		expect(shownItems(view).map((i) => i.kind)).toEqual(["keep-in-touch", "nudge", "confirm"]);
		// Jane has no conversation left: UX research is back to 0 met.
		expect(view.contentEl.querySelectorAll(".informational-interviews-field-count")[1]?.textContent).toBe("0 met · target 3");
	});

	it("a note that becomes unreadable moves to Needs attention, and back when fixed", async () => {
		const s = await start(smallVault());
		const view = await openView(s);
		const file = getFile(s.app, PATHS.boInterview);
		await s.app.vault.modify(file, "---\ntype: interview\nstatus: requested: yes\n---\n");
		await sync(s);
		expect(shownItems(view).map((i) => i.kind)).not.toContain("nudge");
		const notes = [...view.contentEl.querySelectorAll<HTMLElement>(".informational-interviews-problem")].map((e) => e.dataset.note);
		expect(notes).toEqual([PATHS.boInterview, PATHS.broken]);
		await s.app.vault.modify(file, (await s.app.vault.read(getFile(s.app, PATHS.anaInterview))).replace("Bo Chen", "Ana Ruiz"));
		await sync(s);
		expect([...view.contentEl.querySelectorAll<HTMLElement>(".informational-interviews-problem")].map((e) => e.dataset.note)).toEqual([PATHS.broken]);
	});

	it("an empty or comment-only properties block is not a problem", async () => {
		const s = await start({ ...smallVault(), "Notes/Empty.md": "---\n---\nText\n", "Notes/Comment.md": "---\n# nothing yet\n---\nText\n" });
		const view = await openView(s);
		await settle(s.app);
		await s.plugin.live.settled();
		s.plugin.live.flush();
		expect([...view.contentEl.querySelectorAll<HTMLElement>(".informational-interviews-problem")].map((e) => e.dataset.note)).toEqual([
			PATHS.boInterview,
			PATHS.broken,
		]);
	});

	it("a new contact note resolves the links that name it", async () => {
		const s = await start(smallVault());
		const view = await openView(s);
		await s.app.vault.create("Networking/Contacts/Priya Nair.md", "---\ntype: contact\nfield: UX research\n---\n");
		await sync(s);
		const reach = shownItems(view).find((i) => i.kind === "reach-out");
		expect(reach?.title).toBe("Reach out to Priya Nair (suggested by Jane Doe)");
		expect(view.viewModel?.sections[2]?.followUps[0]?.contact).toBe("Networking/Contacts/Priya Nair.md");
	});

	it("coalesces 200 rapid changes into one update and one render", async () => {
		vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"], now: new Date(2026, 10, 22, 9, 30) });
		const s = await start(smallVault());
		const view = await openView(s);
		const refresh = vi.spyOn(view, "refresh");
		let updates = 0;
		s.plugin.live.onChange(() => updates++);
		const file = getFile(s.app, PATHS.boInterview);
		for (let i = 0; i < 200; i++) {
			const day = String(1 + (i % 28)).padStart(2, "0");
			await s.app.vault.modify(file, BO_INTERVIEW.replace("requested: 2026-11-10", `requested: 2026-10-${day}`));
			await settle(s.app); // each write is indexed by the metadata cache: 200 `changed` events
		}
		expect(updates).toBe(0);
		vi.advanceTimersByTime(1000);
		expect(updates).toBe(1);
		expect(refresh).toHaveBeenCalledTimes(1);
		const nudge = shownItems(view).find((i) => i.kind === "nudge");
		// The last write: requested 2026-10-04 (i = 199 → day 4) → due 2026-10-11.
		expect(nudge?.when).toBe("42 days overdue");
	});

	it("moves to the next day when the date changes", async () => {
		const s = await start(smallVault());
		const view = await openView(s);
		expect(shownItems(view).find((i) => i.kind === "reach-out")?.when).toBe("in 4 days");
		freezeClock(new Date(2026, 10, 23, 0, 1));
		expect(s.plugin.live.checkDay()).toBe(true);
		expect(shownItems(view).find((i) => i.kind === "reach-out")?.when).toBe("in 3 days");
		expect(shownItems(view).find((i) => i.kind === "confirm")?.when).toBe("1 day overdue");
		expect(s.plugin.live.checkDay()).toBe(false);
	});

	it("the Rebuild the index command reads everything again", async () => {
		const s = await start(smallVault());
		const view = await openView(s);
		await runCommand(s.app, "rebuild-index");
		expect(noticeMessages().at(-1)).toBe("Index rebuilt: 6 contact and interview notes, 2 problems to look at.");
		expect(shownItems(view)).toHaveLength(6);
	});

	it("stops listening when the plugin unloads", async () => {
		const s = await start(smallVault());
		const live = s.plugin.live;
		const revision = live.index.revision;
		unloadPlugin(s.plugin);
		started = null;
		await s.app.vault.delete(getFile(s.app, PATHS.janeInterview));
		await settle(s.app);
		expect(live.index.revision).toBe(revision);
	});
});

describe("the view's DOM", () => {
	it("renders names as text, never as HTML", async () => {
		const evil = "<img src=x onerror=alert(1)>";
		const s = await start({
			[`Networking/Contacts/${evil}.md`]: "---\ntype: contact\nfield: <b>bold</b>\n---\n",
			"Networking/Interviews/x.md": `---\ntype: interview\ncontact: "[[${evil}]]"\nstatus: done\ndate: 2026-11-20\n---\n`,
			"Networking/Interviews/y.md": `---\ntype: interview\ncontact: "[[${evil}]]"\nstatus: "<script>alert(2)</script>"\n---\n`,
		});
		const view = await openView(s);
		const el = view.contentEl;
		expect(el.querySelector("img, script, b")).toBeNull();
		expect(shownItems(view).map((i) => i.title)).toContain(`Send a thank-you to ${evil}`);
		expect(el.querySelector(".informational-interviews-field-name")?.textContent).toBe("<b>bold</b>");
		expect(el.querySelector(".informational-interviews-problem-message")?.textContent).toContain("<script>");
	});

	it("is keyboard reachable: real buttons, focusable items, Enter opens the note", async () => {
		const s = await start(smallVault());
		const view = await openView(s);
		const items = [...view.contentEl.querySelectorAll<HTMLElement>("li.informational-interviews-item")];
		expect(items.every((li) => li.tabIndex === 0)).toBe(true);
		expect(view.contentEl.querySelectorAll(".informational-interviews-item-actions > :not(button)")).toHaveLength(0);
		const first = items[0] as HTMLElement;
		first.focus();
		first.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
		await drain(s);
		expect(s.app.workspace.getActiveFile()?.path).toBe(PATHS.sam);
		const problem = view.contentEl.querySelector<HTMLElement>(`.informational-interviews-problem[data-note="${PATHS.broken}"]`);
		expect(problem?.tabIndex).toBe(0);
		problem?.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
		await drain(s);
		expect(s.app.workspace.getActiveFile()?.path).toBe(PATHS.broken);
	});

	it("a click on the note link opens it in place; Mod-click in a new tab", async () => {
		const s = await start(smallVault());
		const view = await openView(s);
		const leavesBefore = s.app.workspace.getLeavesOfType("markdown").length;
		const link = () => view.contentEl.querySelector<HTMLElement>(`li.informational-interviews-item[data-kind="nudge"] .informational-interviews-item-note`) as HTMLElement;
		// The title names Bo Chen: the link shows the date (never cut to "20…"), the whole name as its tooltip.
		expect(link().textContent).toBe("2026-11-10");
		expect(link().title).toBe("2026-11-10 Bo Chen");
		expect(link().classList.contains("informational-interviews-item-note-date")).toBe(true);
		link().dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true }));
		await drain(s);
		expect(s.app.workspace.getActiveFile()?.path).toBe(PATHS.boInterview);
		const afterPlain = s.app.workspace.getLeavesOfType("markdown").length;
		expect(afterPlain).toBeLessThanOrEqual(leavesBefore + 1);
		link().dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, ctrlKey: true }));
		await drain(s);
		expect(s.app.workspace.getLeavesOfType("markdown").length).toBe(afterPlain + 1);
		expect(openedLinks(s.app)).toEqual([]); // opened as files: a missing note is never created
	});

	it("renders at most a page per list, with a Show more button", async () => {
		const files: Record<string, string> = {};
		for (let i = 0; i < 120; i++) {
			files[`I/${String(i).padStart(3, "0")}.md`] = `---\ntype: interview\ncontact: "[[P${i}]]"\nstatus: done\ndate: 2026-10-01\nthank-you-sent: 2026-10-02\nreferrals:\n  - "[[Q${i}]]"\n---\n`;
			files[`C/P${i}.md`] = "---\ntype: contact\n---\n";
		}
		const s = await start(files);
		await runCommand(s.app, "open-follow-ups");
		const view = followUpViews(s.app)[0] as FollowUpsView;
		const rows = () => view.contentEl.querySelectorAll<HTMLElement>("li.informational-interviews-item");
		// A screenful at once (the window's height over 40 px a row), the rest of the page in later slices.
		const screenful = Math.ceil(view.contentEl.win.innerHeight / 40);
		expect(screenful).toBeLessThan(50);
		expect(rows()).toHaveLength(screenful);
		const first = rows()[0];
		await slices();
		expect(rows()).toHaveLength(50);
		expect(rows()[0]).toBe(first); // drawn once: the slices add rows, they do not draw the list again
		expect(sectionCounts(view).Overdue).toBe("120");
		const more = view.contentEl.querySelector<HTMLButtonElement>(".informational-interviews-section-overdue .informational-interviews-show-more");
		expect(more?.textContent).toBe("Show 50 more");
		more?.click();
		expect(view.contentEl.ownerDocument.activeElement?.getAttribute("data-note")).toBe("I/050.md");
		expect(rows()[0]).toBe(first);
		await slices();
		expect(rows()).toHaveLength(100);
		view.contentEl.querySelector<HTMLButtonElement>(".informational-interviews-section-overdue .informational-interviews-show-more")?.click();
		await slices();
		expect(rows()).toHaveLength(120);
		expect([...rows()].map((li) => li.dataset.note)).toEqual(Array.from({ length: 120 }, (_, i) => `I/${String(i).padStart(3, "0")}.md`));
		expect(view.contentEl.querySelector(".informational-interviews-show-more")).toBeNull();
	});

	it("hides the status bar item on mobile", async () => {
		setPlatform({ isMobile: true });
		const s = await start(smallVault());
		expect(s.app.workspace.containerEl.ownerDocument.querySelector(`.status-bar-item.plugin-${PLUGIN_ID}`)).toBeNull();
	});

	it("the status bar opens the view and follows changes", async () => {
		const s = await start(smallVault());
		const item = s.app.workspace.containerEl.ownerDocument.querySelector<HTMLElement>(`.status-bar-item.plugin-${PLUGIN_ID}`) as HTMLElement;
		expect(item.textContent).toBe("5 follow-ups due");
		await s.app.vault.delete(getFile(s.app, PATHS.janeInterview));
		await sync(s);
		expect(item.textContent).toBe("3 follow-ups due");
		item.click();
		await settle(s.app);
		expect(followUpViews(s.app)).toHaveLength(1);
	});
});

describe("start-up digest", () => {
	it("shows one notice a day summarising what came due, and remembers the day", async () => {
		const s = await start(smallVault());
		const digests = noticeMessages().filter((m) => m.includes("Informational interviews"));
		expect(digests).toHaveLength(1);
		expect(digests[0]).toContain("5 follow-ups are due.");
		expect(digests[0]).toContain("Keep in touch with Sam Lee");
		expect(digests[0]).toContain("and 2 more");
		const data = JSON.parse(getPluginData(s.app, PLUGIN_ID) ?? "{}") as Record<string, unknown>;
		expect(data.lastDigestDay).toBe(TODAY);
		// A second start the same day: no digest.
		unloadPlugin(s.plugin);
		started = null;
		resetFakeObsidian();
		await start(smallVault(), { data });
		expect(noticeMessages().filter((m) => m.includes("Informational interviews"))).toHaveLength(0);
	});

	it("the next day counts only what came due since", async () => {
		await start(smallVault(), { data: { lastDigestDay: "2026-11-20" } });
		const digest = noticeMessages().find((m) => m.includes("Informational interviews")) ?? "";
		expect(digest).toContain("3 follow-ups came due since you last looked (5 due in all).");
	});

	it("is off with the setting", async () => {
		await start(smallVault(), { data: { digest: false } });
		expect(noticeMessages()).toEqual([]);
	});
});

/** Lets promise chains (opening a file in a leaf) run to their end. */
/** Lets the view draw the later slices of its render (each a task of its own). */
async function slices(): Promise<void> {
	for (let i = 0; i < 20; i++) await new Promise<void>((resolve) => setTimeout(resolve, 0));
}

async function drain(s: Started): Promise<void> {
	for (let i = 0; i < 5; i++) {
		await settle(s.app);
		await new Promise<void>((resolve) => setTimeout(resolve, 0));
	}
}

const ANA_CONFIRMED = `---
type: interview
contact: "[[Ana Ruiz]]"
status: scheduled
date: 2026-11-23
confirmed: 2026-11-21
---
`;


