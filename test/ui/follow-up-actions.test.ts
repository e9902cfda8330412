// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { doneChange } from "../../src/domain/follow-up-writes";
import { writeIfUnchanged } from "../../src/obsidian/write";
import type { FollowUpsView } from "../../src/ui/follow-ups-view";
import { clickMenuItem, fileContent, getFile, lastMenu, menuItems, noticeMessages, openModals, settle } from "../fake-obsidian";
import { clickAndSync, ANA_INTERVIEW, BO_INTERVIEW, button, buttonLabels, freezeClock, itemEl, JANE_INTERVIEW, openView, PATHS, SAM, shownItems, smallVault, startPlugin, sync, TODAY, undoButton, withPropertyAdded, type Started, stopPlugin } from "../plugin-harness";

let s: Started;
let view: FollowUpsView;

beforeEach(async () => {
	freezeClock();
	s = await startPlugin(smallVault(), { data: { digest: false } });
	view = await openView(s);
});

afterEach(() => stopPlugin(s));

const text = (path: string) => fileContent(s.app, path);

const click = (b: HTMLElement) => clickAndSync(s, b);

describe("Done", () => {
	it("thank-you: writes thank-you-sent today and nothing else; the item leaves at once", async () => {
		const li = itemEl(view, "thank-you", PATHS.janeInterview);
		const done = button(li, "informational-interviews-action-done");
		expect(done.getAttribute("aria-label")).toBe("Done");
		done.click();
		// Optimistic: gone before the write or the index update finished.
		expect(shownItems(view).map((i) => i.kind)).not.toContain("thank-you");
		await sync(s);
		await sync(s);
		expect(text(PATHS.janeInterview)).toBe(withPropertyAdded(JANE_INTERVIEW, `thank-you-sent: ${TODAY}`));
		expect(shownItems(view).map((i) => i.kind)).not.toContain("thank-you");
		expect(s.plugin.live.index.followUps(TODAY).some((f) => f.kind === "thank-you")).toBe(false);
	});

	it("confirm: writes confirmed", async () => {
		await click(button(itemEl(view, "confirm", PATHS.anaInterview), "informational-interviews-action-done"));
		expect(text(PATHS.anaInterview)).toBe(withPropertyAdded(ANA_INTERVIEW, `confirmed: ${TODAY}`));
		expect(shownItems(view).map((i) => i.kind)).not.toContain("confirm");
	});

	it("thank-referrer: writes referrer-thanked in the interview", async () => {
		await click(button(itemEl(view, "thank-referrer", PATHS.janeInterview), "informational-interviews-action-done"));
		expect(text(PATHS.janeInterview)).toBe(withPropertyAdded(JANE_INTERVIEW, `referrer-thanked: ${TODAY}`));
		expect(text(PATHS.sam)).toBe(SAM);
		expect(shownItems(view).map((i) => i.kind)).not.toContain("thank-referrer");
	});

	it("nudge: writes nudged today and counts it; the next nudge is a week away", async () => {
		await click(button(itemEl(view, "nudge", PATHS.boInterview), "informational-interviews-action-done"));
		expect(text(PATHS.boInterview)).toBe(withPropertyAdded(withPropertyAdded(BO_INTERVIEW, `nudged: ${TODAY}`), "nudges: 1"));
		expect(shownItems(view).find((i) => i.kind === "nudge")).toMatchObject({ section: "Upcoming", when: "in 7 days" });
	});

	it("nudge past the allowed count: Close request sets status no-response", async () => {
		const nudged = BO_INTERVIEW.replace("requested: 2026-11-10\n", "requested: 2026-11-01\nnudged: 2026-11-08\nnudges: 2\n");
		await s.app.vault.modify(getFile(s.app, PATHS.boInterview), nudged);
		await sync(s);
		const li = itemEl(view, "nudge", PATHS.boInterview);
		expect(li.querySelector(".informational-interviews-item-title")?.textContent).toBe("Close your request to Bo Chen as no response");
		const close = button(li, "informational-interviews-action-done");
		expect(close.getAttribute("aria-label")).toBe("Close request");
		await click(close);
		expect(text(PATHS.boInterview)).toBe(nudged.replace("status: requested", "status: no-response"));
		expect(shownItems(view).map((i) => i.kind)).not.toContain("nudge");
	});

	it("keep-in-touch: Log contact today writes last-contact in the contact note", async () => {
		const li = itemEl(view, "keep-in-touch", PATHS.sam);
		const log = button(li, "informational-interviews-action-done");
		expect(log.getAttribute("aria-label")).toBe("Log contact today");
		expect(buttonLabels(li)).toEqual(["Log contact today", "Snooze", "Not pursuing", "Draft"]);
		await click(log);
		expect(text(PATHS.sam)).toBe(SAM.replace("last-contact: 2026-08-01", `last-contact: ${TODAY}`));
		expect(shownItems(view).map((i) => i.kind)).not.toContain("keep-in-touch");
	});

	it("send-request: Mark as sent writes status requested and the request date; Draft opens the outreach", async () => {
		const prepared = "Networking/Interviews/2026-11-21 Ana Ruiz.md";
		const note = '---\ntype: interview\ncontact: "[[Ana Ruiz]]"\ncreated: 2026-11-21\n---\n# Preparing\n';
		await s.app.vault.create(prepared, note);
		await sync(s);
		const li = itemEl(view, "send-request", prepared);
		expect(li.querySelector(".informational-interviews-item-title")?.textContent).toBe("Send your request to Ana Ruiz");
		expect(buttonLabels(li)).toEqual(["Mark as sent", "Snooze", "Draft"]);
		button(li, "informational-interviews-action-draft").click();
		await vi.waitFor(() => expect(openModals().at(-1)?.contentEl.textContent).toContain("Ana Ruiz"));
		openModals().at(-1)?.close();
		await click(button(itemEl(view, "send-request", prepared), "informational-interviews-action-done"));
		expect(text(prepared)).toBe(note.replace("created: 2026-11-21\n", `created: 2026-11-21\nrequested: ${TODAY}\nstatus: requested\n`));
		expect(shownItems(view).map((i) => i.kind)).not.toContain("send-request");
	});

	it("reach-out: asks, then creates the person's contact note and a requested interview", async () => {
		const li = itemEl(view, "reach-out", PATHS.janeInterview);
		button(li, "informational-interviews-action-done").click();
		const modal = openModals().at(-1);
		expect(modal?.contentEl.textContent).toContain("Networking/Contacts/Priya Nair.md");
		expect(modal?.contentEl.textContent).toContain(`Networking/Interviews/${TODAY} Priya Nair.md`);
		const create = [...(modal?.contentEl.querySelectorAll("button") ?? [])].find((b) => b.textContent === "Create notes");
		create?.click();
		await vi.waitFor(() => expect(text(`Networking/Interviews/${TODAY} Priya Nair.md`)).not.toBeNull());
		await sync(s);
		await sync(s);
		// Both from the note templates, as New contact and New interview make them, with the preparation sections.
		const contact = text("Networking/Contacts/Priya Nair.md") ?? "";
		expect(contact.startsWith("---\ntype: contact\norganization:\n")).toBe(true);
		expect(contact).toContain('\nrelationship: referral\nreferred-by: "[[Jane Doe]]"\n');
		expect(contact).toContain("\n---\n## Who they are\n");
		const interview = text(`Networking/Interviews/${TODAY} Priya Nair.md`) ?? "";
		expect(interview.startsWith(`---\ntype: interview\ncontact: "[[Priya Nair]]"\nstatus: requested\ncreated: ${TODAY}\nrequested: ${TODAY}\ndate:\n`)).toBe(true);
		expect(interview).toContain("\n---\nSuggested by [[Jane Doe]] in [[2026-11-19 Jane Doe]].\n\n## Before we talk\n");
		expect(interview).toMatch(/### Questions I will ask\n#### .*\n- \[ \] /);
		expect(text(PATHS.janeInterview)).toBe(JANE_INTERVIEW);
		const kinds = shownItems(view).map((i) => i.kind);
		expect(kinds).not.toContain("reach-out");
		expect(shownItems(view).find((i) => i.note === `Networking/Interviews/${TODAY} Priya Nair.md`)).toMatchObject({ kind: "nudge", when: "in 7 days" });
		expect(s.app.workspace.getActiveFile()?.path).toBe(`Networking/Interviews/${TODAY} Priya Nair.md`);
	});

	it("reach-out to someone with a note prepared for them: Done records the request in that note, no new notes, and Undo takes it back", async () => {
		await s.app.vault.create("Networking/Contacts/Priya Nair.md", "---\ntype: contact\nrelationship: referral\n---\n");
		const prepared = "Networking/Interviews/2026-11-21 Priya Nair.md";
		const note = '---\ntype: interview\ncontact: "[[Priya Nair]]"\nduration: 20\n---\n# Preparing\n';
		await s.app.vault.create(prepared, note);
		await sync(s);
		const files = s.app.vault.getMarkdownFiles().length;
		await click(button(itemEl(view, "reach-out", PATHS.janeInterview), "informational-interviews-action-done"));
		expect(openModals()).toHaveLength(0);
		expect(text(prepared)).toBe(note.replace("duration: 20\n", `duration: 20\nrequested: ${TODAY}\nstatus: requested\n`));
		expect(s.app.vault.getMarkdownFiles()).toHaveLength(files);
		expect(noticeMessages().at(-1)).toContain('"2026-11-21 Priya Nair"');
		const kinds = shownItems(view).map((i) => i.kind);
		expect(kinds).not.toContain("reach-out");
		expect(kinds).not.toContain("send-request");
		await click(undoButton());
		expect(text(prepared)).toBe(note);
	});

	it("reach-out: Cancel changes nothing", async () => {
		button(itemEl(view, "reach-out", PATHS.janeInterview), "informational-interviews-action-done").click();
		const modal = openModals().at(-1);
		[...(modal?.contentEl.querySelectorAll("button") ?? [])].find((b) => b.textContent === "Cancel")?.click();
		await sync(s);
		expect(openModals()).toHaveLength(0);
		expect(text("Networking/Contacts/Priya Nair.md")).toBeNull();
		expect(shownItems(view).map((i) => i.kind)).toContain("reach-out");
	});

	it("keyboard focus moves to the next item after Done", async () => {
		const li = itemEl(view, "nudge", PATHS.boInterview);
		const done = button(li, "informational-interviews-action-done");
		done.focus();
		done.click();
		expect(view.contentEl.ownerDocument.activeElement?.getAttribute("data-kind")).toBe("thank-you");
		await sync(s);
	});
});

describe("a failed write", () => {
	it("shows a Notice naming the note, changes nothing, and the item comes back", async () => {
		const li = itemEl(view, "thank-you", PATHS.janeInterview);
		// The note's YAML breaks after the view listed it (the index has not seen the change yet).
		const broken = JANE_INTERVIEW.replace("status: done", "status: done: twice");
		await s.app.vault.modify(getFile(s.app, PATHS.janeInterview), broken);
		button(li, "informational-interviews-action-done").click();
		await vi.waitFor(() => expect(noticeMessages().some((m) => m.includes(PATHS.janeInterview))).toBe(true));
		expect(noticeMessages().at(-1)).toBe(
			`Could not update "${PATHS.janeInterview}": its properties are not valid YAML. Fix them in the note (or in source mode) and try again. Nothing was changed.`,
		);
		expect(text(PATHS.janeInterview)).toBe(broken);
		expect(shownItems(view).map((i) => i.kind)).toContain("thank-you");
		// Once the index reads the broken note, it is listed under Needs attention instead.
		await sync(s);
		expect(shownItems(view).map((i) => i.note)).not.toContain(PATHS.janeInterview);
		expect([...view.contentEl.querySelectorAll<HTMLElement>(".informational-interviews-problem")].map((e) => e.dataset.note)).toContain(PATHS.janeInterview);
	});

	it("a note that no longer exists: a Notice, no file created", async () => {
		const f = s.plugin.live.index.followUps(TODAY).find((x) => x.kind === "confirm");
		if (!f) throw new Error("no confirm follow-up");
		await s.app.vault.delete(getFile(s.app, PATHS.anaInterview));
		expect(await writeIfUnchanged(s.app, doneChange(f, s.plugin.live.index.propertiesOf(f.note), TODAY))).toEqual({ status: "failed" });
		expect(noticeMessages().at(-1)).toBe(`Could not update "${PATHS.anaInterview}": the note no longer exists. Nothing was changed.`);
		expect(text(PATHS.anaInterview)).toBeNull();
	});
});

describe("Snooze", () => {
	it("offers tomorrow, in 3 days, next week and a date; writes snooze-until only", async () => {
		const li = itemEl(view, "thank-you", PATHS.janeInterview);
		button(li, "informational-interviews-action-snooze").click();
		expect(menuItems().map((m) => m.title)).toEqual(["Tomorrow (Mon 23 Nov)", "In 3 days (Wed 25 Nov)", "Next week (Sun 29 Nov)", "Pick a date…"]);
		clickMenuItem((t) => t.startsWith("Tomorrow"));
		expect(shownItems(view).map((i) => i.kind)).not.toContain("thank-you");
		await sync(s);
		await sync(s);
		expect(text(PATHS.janeInterview)).toBe(withPropertyAdded(JANE_INTERVIEW, "snooze-until: 2026-11-23"));
		// Snoozing moves the item: it is back, under Upcoming, tomorrow.
		expect(shownItems(view).find((i) => i.kind === "thank-you")).toMatchObject({ section: "Upcoming", when: "tomorrow" });
	});

	it("offers only days after the item's due date", async () => {
		button(itemEl(view, "reach-out", PATHS.janeInterview), "informational-interviews-action-snooze").click();
		expect(menuItems().map((m) => m.title)).toEqual(["Next week (Sun 29 Nov)", "Pick a date…"]);
		lastMenu()?.hide();
	});

	it("keep-in-touch snoozes the contact note", async () => {
		button(itemEl(view, "keep-in-touch", PATHS.sam), "informational-interviews-action-snooze").click();
		clickMenuItem((t) => t.startsWith("Next week"));
		await sync(s);
		await sync(s);
		expect(text(PATHS.sam)).toBe(withPropertyAdded(SAM, "snooze-until: 2026-11-29"));
	});

	it("Pick a date opens a dialog with a date input; a day too early is refused", async () => {
		button(itemEl(view, "confirm", PATHS.anaInterview), "informational-interviews-action-snooze").click();
		clickMenuItem("Pick a date…");
		const modal = openModals().at(-1);
		const input = modal?.contentEl.querySelector<HTMLInputElement>('input[type="date"]');
		expect(input?.min).toBe("2026-11-23");
		const snooze = [...(modal?.contentEl.querySelectorAll("button") ?? [])].find((b) => b.textContent === "Snooze") as HTMLButtonElement;
		if (!input) throw new Error("no date input");
		input.value = "2026-11-22";
		snooze.click();
		expect(modal?.contentEl.querySelector(".informational-interviews-error")?.textContent).toBe("Choose a day from Monday 23 November 2026 on.");
		expect(openModals()).toHaveLength(1);
		input.value = "2026-12-01";
		snooze.click();
		expect(openModals()).toHaveLength(0);
		await sync(s);
		await sync(s);
		expect(text(PATHS.anaInterview)).toBe(withPropertyAdded(ANA_INTERVIEW, "snooze-until: 2026-12-01"));
		expect(shownItems(view).find((i) => i.kind === "confirm")).toMatchObject({ section: "Upcoming", when: "in 9 days" });
	});
});

describe("extension point", () => {
	it("item action providers add buttons (e.g. Draft) after the built-in ones", async () => {
		const run = vi.fn();
		s.plugin.itemActionProviders.length = 0; // without the plugin's own Draft button (see workflow-drafts.test.ts)
		s.plugin.itemActionProviders.push((item) =>
			item.followUp.kind === "thank-you" ? [{ id: "draft", label: "Draft", tooltip: "Draft the thank-you", run }] : [],
		);
		view.refresh(true);
		const li = itemEl(view, "thank-you", PATHS.janeInterview);
		expect(buttonLabels(li)).toEqual(["Done", "Snooze", "Draft"]);
		button(li, "informational-interviews-action-draft").click();
		expect(run).toHaveBeenCalledTimes(1);
		expect(run.mock.calls[0]?.[0]).toMatchObject({ title: "Send a thank-you to Jane Doe" });
		expect(itemEl(view, "confirm", PATHS.anaInterview).querySelector(".informational-interviews-action-draft")).toBeNull();
		await settle(s.app);
	});
});
