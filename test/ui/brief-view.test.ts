// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { App } from "obsidian";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { BriefView, VIEW_TYPE_BRIEF } from "../../src/ui/brief-view";
import { getFile, isCommandAvailable, runCommand } from "../fake-obsidian";
import { button, freezeClock, itemEl, openNote, openView, readVaultFolder, REPO, startPlugin, stopPlugin, sync, type Started } from "../plugin-harness";

const ROSA = "Networking/Contacts/Rosa Jimenez.md";
const NEXT = "Networking/Interviews/2026-11-30 Rosa Jimenez.md";
const MATEO_INTERVIEW = "Networking/Interviews/2026-11-23 Mateo Ortega.md";
/** A third conversation with Rosa, a week ahead, prepared with questions and a pitch (the browser tests use it too). */
const NEXT_TEXT = readFileSync(join(REPO, "test/fixtures/brief-next-conversation.md"), "utf8");

let s: Started | undefined;
beforeEach(() => freezeClock());
afterEach(() => stopPlugin(s));

async function start(): Promise<Started> {
	s = await startPlugin({ ...readVaultFolder(join(REPO, "example-vault")), [NEXT]: NEXT_TEXT }, { data: { digest: false, pitch: "I teach science." } });
	return s;
}

function briefView(app: App): BriefView {
	const view = app.workspace.getLeavesOfType(VIEW_TYPE_BRIEF)[0]?.view;
	if (!(view instanceof BriefView)) throw new Error("no brief view");
	return view;
}

/** The brief view once it shows `person` (it reads the notes' text before it renders). */
async function shown(app: App, person: string): Promise<BriefView> {
	return vi.waitFor(() => {
		const view = briefView(app);
		expect(view.brief?.person).toBe(person);
		return view;
	});
}

const texts = (root: HTMLElement, selector: string) => [...root.querySelectorAll(selector)].map((e) => e.textContent);

describe("Brief me on this person", () => {
	it("on a contact note: who they are, two earlier conversations, what is owed, the next conversation's questions and pitch, each linking to its note", async () => {
		const st = await start();
		await openNote(st, ROSA);
		expect(await runCommand(st.app, "brief-me")).toBe(true);
		const view = await shown(st.app, "Rosa Jimenez");
		const el = view.contentEl;
		expect(view.getDisplayText()).toBe("Brief: Rosa Jimenez");
		expect(el.querySelector(".informational-interviews-brief-subtitle")?.textContent).toBe("UX Research Lead · Fernway Mutual");
		expect(texts(el, "dt")).toEqual(["Role", "Organization", "Level", "How you know them", "Introduced by"]);
		expect(texts(el, "dd")).toEqual(["UX Research Lead", "Fernway Mutual", "Mid-career", "referral", "Aisha Rahman"]);
		expect(texts(el, ".informational-interviews-brief-next a")).toEqual(["Monday 30 November at 10:00"]);
		const conversations = [...el.querySelectorAll<HTMLElement>(".informational-interviews-brief-conversation")];
		expect(conversations.map((li) => li.dataset.note)).toEqual(["Networking/Interviews/2026-09-03 Rosa Jimenez.md", "Networking/Interviews/2026-11-10 Rosa Jimenez.md"]);
		expect(texts(conversations[0] as HTMLElement, "li")).toEqual([
			"what UX research is like inside an insurance company",
			"qualitative versus quantitative research",
			"junior research roles",
			"Do a small study on something I know (a district app?) and write it up as a case study.",
			"Learn enough survey statistics to be dangerous; talk to Keisha about that.",
		]);
		expect(texts(conversations[0] as HTMLElement, ".informational-interviews-brief-suggested a")).toEqual(["Keisha Morgan"]);
		expect(texts(el, ".informational-interviews-brief-owed-list a")).toEqual(["Send a thank-you to Rosa Jimenez", "Confirm the conversation with Rosa Jimenez (Mon 30 Nov at 10:00)"]);
		expect(texts(el, ".informational-interviews-brief-questions ol li")).toEqual([
			"Did the three findings land better than the first version?",
			"Who reviews junior research reports on your team, and what do they look for?",
			"Would you send this case study with an application, or write a new one?",
		]);
		expect(el.querySelector(".informational-interviews-brief-pitch-text")?.textContent).toMatch(/^You have seen my case study twice/);
		// Every link names a note of the vault.
		for (const a of el.querySelectorAll("a")) expect(st.app.vault.getFileByPath(a.getAttribute("data-href") ?? ""), a.textContent ?? "").not.toBeNull();

		(el.querySelector(".informational-interviews-brief-questions .informational-interviews-brief-source a") as HTMLElement).click();
		await sync(st);
		expect(st.app.workspace.getActiveFile()?.path).toBe(NEXT);
	});

	it("follows edits of the notes it reads", async () => {
		const st = await start();
		await openNote(st, NEXT);
		await runCommand(st.app, "brief-me");
		const view = await shown(st.app, "Rosa Jimenez");
		expect(view.brief?.questions?.items[0]).toBe("Did the three findings land better than the first version?");
		await st.app.vault.modify(getFile(st.app, NEXT), NEXT_TEXT.replace("### Questions\n", "### Questions\n- What changed since we last spoke?\n"));
		await sync(st);
		await vi.waitFor(() => expect(view.brief?.questions?.items[0]).toBe("What changed since we last spoke?"));
	});

	it("is offered on contact and interview notes only; a confirm item has a Brief button", async () => {
		const st = await start();
		await openNote(st, "Home.md");
		expect(isCommandAvailable(st.app, "brief-me")).toBe(false);
		const view = await openView(st);
		button(itemEl(view, "confirm", MATEO_INTERVIEW), "informational-interviews-action-brief").click();
		const brief = (await shown(st.app, "Mateo Ortega")).brief;
		expect(brief).toMatchObject({ person: "Mateo Ortega", referredBy: { name: "Marcus Bell", path: "Networking/Contacts/Marcus Bell.md" }, earlier: [] });
		expect(brief?.questions?.items).toHaveLength(6);
		expect(brief?.pitch?.note).toBe(MATEO_INTERVIEW);
	});

	it("a conversation row of the Follow-ups view has a Brief button; a click elsewhere on the row still opens the note", async () => {
		const st = await start();
		const view = await openView(st);
		const row = view.contentEl.querySelector<HTMLElement>(`.informational-interviews-conversation[data-note="${MATEO_INTERVIEW}"]`);
		if (!row) throw new Error("no conversation row for Mateo");
		button(row, "informational-interviews-action-brief").click();
		expect((await shown(st.app, "Mateo Ortega")).brief?.next?.note).toBe(MATEO_INTERVIEW);
		row.click();
		await vi.waitFor(() => expect(st.app.workspace.getActiveFile()?.path).toBe(MATEO_INTERVIEW));
	});
});
