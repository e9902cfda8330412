// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DraftModal } from "../../src/ui/draft-modal";
import { LandedModal } from "../../src/ui/landed-modal";
import { fileContent, noticeMessages, openModals, runCommand } from "../fake-obsidian";
import { button, buttonLabels, freezeClock, itemEl, JANE_INTERVIEW, openView, PATHS, SAM, shownItems, smallVault, startPlugin, sync, TODAY, withPropertyAdded, type Started, stopPlugin } from "../plugin-harness";

let s: Started;

async function start(files = smallVault()): Promise<void> {
	s = await startPlugin(files, { data: { digest: false, userName: "Alex Morgan" } });
}

beforeEach(() => freezeClock());

afterEach(() => stopPlugin(s));

const text = (path: string) => fileContent(s.app, path);

async function openedDraft(): Promise<DraftModal> {
	await vi.waitFor(() => expect(openModals().at(-1)).toBeInstanceOf(DraftModal));
	return openModals().at(-1) as unknown as DraftModal;
}

function clickIn(modal: { contentEl: HTMLElement }, selector: string): void {
	const b = modal.contentEl.querySelector<HTMLElement>(selector);
	if (!b) throw new Error(`no ${selector}`);
	b.click();
}

async function markSent(modal: DraftModal): Promise<void> {
	clickIn(modal, "button.informational-interviews-draft-sent");
	await vi.waitFor(() => expect(openModals()).not.toContain(modal));
	await sync(s);
	await sync(s);
}

describe("the sidebar's Draft button", () => {
	it("is on every item but a nudge past the allowed count, and opens the matching draft", async () => {
		await start();
		const view = await openView(s);
		const expected: Record<string, string> = {
			"keep-in-touch": "Keep-in-touch update",
			nudge: "Nudge",
			"thank-you": "Thank-you",
			"thank-referrer": "Thanks to the referrer",
			confirm: "Confirmation",
		};
		for (const item of shownItems(view)) {
			if (item.kind === "reach-out") continue;
			button(itemEl(view, item.kind, item.note), "informational-interviews-action-draft").click();
			const modal = await openedDraft();
			expect(modal.titleEl.textContent, item.kind).toBe(expected[item.kind]);
			modal.close();
		}
	});

	it("is not offered on a nudge past the allowed count (close the request instead)", async () => {
		const nudged = "---\ntype: interview\ncontact: \"[[Bo Chen]]\"\nstatus: requested\nrequested: 2026-11-01\nnudged: 2026-11-08\nnudges: 2\n---\n";
		await start({ ...smallVault(), [PATHS.boInterview]: nudged });
		const view = await openView(s);
		const li = itemEl(view, "nudge", PATHS.boInterview);
		expect(buttonLabels(li)).toEqual(["Close request", "Snooze", "Schedule…", "Declined"]);
	});

	it("thank-you: Mark as sent removes the follow-up", async () => {
		await start();
		const view = await openView(s);
		button(itemEl(view, "thank-you", PATHS.janeInterview), "informational-interviews-action-draft").click();
		const modal = await openedDraft();
		expect(modal.body).toContain("research methods and hiring");
		await markSent(modal);
		expect(text(PATHS.janeInterview)).toBe(withPropertyAdded(JANE_INTERVIEW, `thank-you-sent: ${TODAY}`));
		expect(shownItems(view).map((i) => i.kind)).not.toContain("thank-you");
	});

	it("thank-referrer: the draft goes to the referrer", async () => {
		await start();
		const view = await openView(s);
		button(itemEl(view, "thank-referrer", PATHS.janeInterview), "informational-interviews-action-draft").click();
		const modal = await openedDraft();
		expect(modal.plan.recipient).toBe("Sam Lee");
		expect(modal.body.startsWith("Dear Sam,")).toBe(true);
	});

	it("reach-out to someone with no note: draft with the name only, Mark as sent creates the notes", async () => {
		await start();
		const view = await openView(s);
		button(itemEl(view, "reach-out", PATHS.janeInterview), "informational-interviews-action-draft").click();
		const choice = openModals().at(-1);
		expect(choice?.contentEl.textContent).toContain("Priya Nair has no contact note yet.");
		clickIn(choice as never, "button.informational-interviews-reach-out-name-only");
		const modal = await openedDraft();
		expect(modal.titleEl.textContent).toBe("Outreach request");
		expect(modal.body.startsWith("Dear Priya,\n\nJane Doe suggested I get in touch with you.")).toBe(true);
		await markSent(modal);
		const contact = text("Networking/Contacts/Priya Nair.md") ?? "";
		expect(contact).toContain('\nrelationship: referral\nreferred-by: "[[Jane Doe]]"\n');
		expect(contact).toContain("\n---\n## Who they are\n");
		expect(text(`Networking/Interviews/${TODAY} Priya Nair.md`)).toContain("\n## Before we talk\n");
		expect(s.plugin.live.index.get(`Networking/Interviews/${TODAY} Priya Nair.md`)).toMatchObject({ status: "requested", requested: TODAY });
		expect(shownItems(view).map((i) => i.kind)).not.toContain("reach-out");
	});

	it("reach-out: create the note first, then the draft; Mark as sent adds only the interview", async () => {
		await start();
		const view = await openView(s);
		button(itemEl(view, "reach-out", PATHS.janeInterview), "informational-interviews-action-draft").click();
		clickIn(openModals().at(-1) as never, "button.informational-interviews-reach-out-create");
		const modal = await openedDraft();
		const contact = "Networking/Contacts/Priya Nair.md";
		const note = text(contact);
		expect(note).toContain('relationship: referral\nreferred-by: "[[Jane Doe]]"\n');
		await markSent(modal);
		expect(text(contact)).toBe(note);
		expect(s.app.vault.getMarkdownFiles().map((f) => f.path).filter((p) => p.includes("Priya"))).toEqual([contact, `Networking/Interviews/${TODAY} Priya Nair.md`].sort());
		expect(shownItems(view).map((i) => i.kind)).not.toContain("reach-out");
	});
});

describe("reach-out to a referral written with an alias or a folder", () => {
	const withReferral = (link: string) => ({ ...smallVault(), [PATHS.janeInterview]: JANE_INTERVIEW.replace('  - "[[Priya Nair]]"\n', `  - "${link}"\n`) });
	const reachOuts = () => s.plugin.live.index.followUps(TODAY).filter((f) => f.kind === "reach-out");

	async function done(): Promise<void> {
		const view = await openView(s);
		button(itemEl(view, "reach-out", PATHS.janeInterview), "informational-interviews-action-done").click();
		const modal = openModals().at(-1);
		[...(modal?.contentEl.querySelectorAll("button") ?? [])].find((b) => b.textContent === "Create notes")?.click();
		await vi.waitFor(() => expect(openModals()).toHaveLength(0));
		await vi.waitFor(() => expect(s.app.workspace.getActiveFile()?.path).toMatch(/^Networking\/Interviews\/2026-11-22 /));
		await sync(s);
		await sync(s);
	}

	it("Done on [[Priya Nair|Priya]]: the contact note is named for the link, not the alias, and the follow-up ends", async () => {
		await start(withReferral("[[Priya Nair|Priya]]"));
		expect(reachOuts()).toHaveLength(1);
		await done();
		expect(text("Networking/Contacts/Priya.md")).toBeNull();
		expect(text("Networking/Contacts/Priya Nair.md")).toContain('referred-by: "[[Jane Doe]]"');
		expect(text(`Networking/Interviews/${TODAY} Priya Nair.md`)).toContain('contact: "[[Priya Nair]]"\nstatus: requested\n');
		expect(reachOuts()).toEqual([]);
	});

	it("Done on [[People/Priya Nair|Priya]]: the contact note goes where the link finds it, folders made, and the follow-up ends", async () => {
		await start(withReferral("[[People/Priya Nair|Priya]]"));
		expect(reachOuts()).toHaveLength(1);
		await done();
		expect(text("Networking/Contacts/Priya Nair.md")).toBeNull();
		expect(text("People/Priya Nair.md")).toContain("type: contact\n");
		expect(s.plugin.live.index.resolveContact({ target: "People/Priya Nair", display: "Priya" })?.path).toBe("People/Priya Nair.md");
		expect(reachOuts()).toEqual([]);
		expect(noticeMessages().filter((m) => m.includes("cannot find"))).toEqual([]);
	});

	it("Draft, creating the note first, on [[Contacts/Priya Nair|Priya]] in a new folder: Mark as sent ends the follow-up", async () => {
		await start(withReferral("[[Contacts/Priya Nair|Priya]]"));
		const view = await openView(s);
		button(itemEl(view, "reach-out", PATHS.janeInterview), "informational-interviews-action-draft").click();
		clickIn(openModals().at(-1) as never, "button.informational-interviews-reach-out-create");
		const modal = await openedDraft();
		expect(s.app.vault.getFolderByPath("Contacts")).not.toBeNull();
		expect(text("Contacts/Priya Nair.md")).toContain('relationship: referral\nreferred-by: "[[Jane Doe]]"\n');
		expect(text("Networking/Contacts/Priya.md")).toBeNull();
		await markSent(modal);
		expect(s.app.vault.getMarkdownFiles().map((f) => f.path).filter((p) => p.includes("Priya")).sort()).toEqual(["Contacts/Priya Nair.md", `Networking/Interviews/${TODAY} Priya Nair.md`]);
		expect(reachOuts()).toEqual([]);
	});

	it("Draft with the name only on [[People/Priya Nair|Priya]]: Mark as sent creates both notes where the link finds them", async () => {
		await start(withReferral("[[People/Priya Nair|Priya]]"));
		const view = await openView(s);
		button(itemEl(view, "reach-out", PATHS.janeInterview), "informational-interviews-action-draft").click();
		clickIn(openModals().at(-1) as never, "button.informational-interviews-reach-out-name-only");
		await markSent(await openedDraft());
		expect(text("People/Priya Nair.md")).toContain("type: contact\n");
		expect(reachOuts()).toEqual([]);
	});

	it("a link whose name cannot be a file name: the note gets a safe name, and a Notice says the link does not find it", async () => {
		await start(withReferral("[[People/Priya? Nair|Priya]]"));
		expect(reachOuts()).toHaveLength(1);
		await done();
		expect(text("People/Priya Nair.md")).toContain("type: contact\n");
		expect(noticeMessages()).toContain(
			'The link [[People/Priya? Nair]] in "2026-11-19 Jane Doe" cannot find the new note "Priya Nair": a file name cannot hold some of its characters. Change the link to [[Priya Nair]].',
		);
	});
});

describe("I landed a position", () => {
	it("lists exactly the advisors met (not archived), each with a thanks draft that records the last contact", async () => {
		await start({
			...smallVault(),
			"Networking/Contacts/Old Boss.md": "---\ntype: contact\nstatus: archived\n---\n",
			"Networking/Interviews/2026-10-01 Old Boss.md": '---\ntype: interview\ncontact: "[[Old Boss]]"\nstatus: done\ndate: 2026-10-01\n---\n',
			"Networking/Interviews/2026-11-02 Sam Lee.md": '---\ntype: interview\ncontact: "[[Sam Lee]]"\ndate: 2026-11-02\n---\n',
			"Networking/Interviews/2026-11-03 Ana Ruiz.md": '---\ntype: interview\ncontact: "[[Ana Ruiz]]"\nstatus: cancelled\ndate: 2026-11-03\n---\n',
		});
		await runCommand(s.app, "landed-a-position");
		const modal = openModals().at(-1) as unknown as LandedModal;
		expect(modal).toBeInstanceOf(LandedModal);
		const rows = [...modal.contentEl.querySelectorAll<HTMLElement>(".informational-interviews-landed-advisor")];
		expect(rows.map((r) => r.dataset.path)).toEqual([PATHS.jane, PATHS.sam]);
		const role = modal.contentEl.querySelector<HTMLInputElement>("input[type=text]");
		if (!role) throw new Error("no role input");
		role.value = "junior researcher at Acme Health";
		role.dispatchEvent(new Event("input"));
		rows[1]?.querySelector("button")?.click();
		const draft = await openedDraft();
		expect(draft.titleEl.textContent).toBe("I landed a position");
		expect(draft.body).toContain("I have accepted a position as junior researcher at Acme Health. Looking back, our conversation on Monday 2 November");
		await markSent(draft);
		expect(text(PATHS.sam)).toBe(SAM.replace("last-contact: 2026-08-01", `last-contact: ${TODAY}`));
		expect(noticeMessages()).toContain('Recorded today as the last contact in "Sam Lee". Undo');
	});

	it("says so when there is nobody to thank yet", async () => {
		await start({ [PATHS.sam]: SAM });
		await runCommand(s.app, "landed-a-position");
		expect(openModals().at(-1)?.contentEl.textContent).toBe("Nobody to thank yet: no contact has a conversation that took place.");
	});
});
