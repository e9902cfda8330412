// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DraftModal } from "../../src/ui/draft-modal";
import { LandedModal } from "../../src/ui/landed-modal";
import { fileContent, noticeMessages, openModals, resetFakeObsidian, runCommand, unloadPlugin } from "../fake-obsidian";
import { button, freezeClock, itemEl, JANE_INTERVIEW, openView, PATHS, SAM, shownItems, smallVault, startPlugin, sync, TODAY, withPropertyAdded, type Started } from "./helpers";

let s: Started;

async function start(files = smallVault()): Promise<void> {
	s = await startPlugin(files, { data: { digest: false, userName: "Alex Morgan" } });
}

beforeEach(() => freezeClock());

afterEach(() => {
	unloadPlugin(s.plugin);
	resetFakeObsidian();
	vi.useRealTimers();
});

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
	clickIn(modal, "button.ii-draft-sent");
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
			button(itemEl(view, item.kind, item.note), "ii-action-draft").click();
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
		expect([...li.querySelectorAll("button")].map((b) => b.textContent)).toEqual(["Close request", "Snooze"]);
	});

	it("thank-you: Mark as sent removes the follow-up", async () => {
		await start();
		const view = await openView(s);
		button(itemEl(view, "thank-you", PATHS.janeInterview), "ii-action-draft").click();
		const modal = await openedDraft();
		expect(modal.body).toContain("research methods and hiring");
		await markSent(modal);
		expect(text(PATHS.janeInterview)).toBe(withPropertyAdded(JANE_INTERVIEW, `thank-you-sent: ${TODAY}`));
		expect(shownItems(view).map((i) => i.kind)).not.toContain("thank-you");
	});

	it("thank-referrer: the draft goes to the referrer", async () => {
		await start();
		const view = await openView(s);
		button(itemEl(view, "thank-referrer", PATHS.janeInterview), "ii-action-draft").click();
		const modal = await openedDraft();
		expect(modal.plan.recipient).toBe("Sam Lee");
		expect(modal.body.startsWith("Dear Sam,")).toBe(true);
	});

	it("reach-out to someone with no note: draft with the name only, Mark as sent creates the notes", async () => {
		await start();
		const view = await openView(s);
		button(itemEl(view, "reach-out", PATHS.janeInterview), "ii-action-draft").click();
		const choice = openModals().at(-1);
		expect(choice?.contentEl.textContent).toContain("Priya Nair has no contact note yet.");
		clickIn(choice as never, "button.ii-reach-out-name-only");
		const modal = await openedDraft();
		expect(modal.titleEl.textContent).toBe("Outreach request");
		expect(modal.body.startsWith("Dear Priya,\n\nJane Doe suggested I get in touch with you.")).toBe(true);
		await markSent(modal);
		expect(text("Networking/Contacts/Priya Nair.md")).toBe('---\ntype: contact\nrelationship: referral\nreferred-by: "[[Jane Doe]]"\nstatus: active\n---\n');
		expect(s.plugin.live.index.get(`Networking/Interviews/${TODAY} Priya Nair.md`)).toMatchObject({ status: "requested", requested: TODAY });
		expect(shownItems(view).map((i) => i.kind)).not.toContain("reach-out");
	});

	it("reach-out: create the note first, then the draft; Mark as sent adds only the interview", async () => {
		await start();
		const view = await openView(s);
		button(itemEl(view, "reach-out", PATHS.janeInterview), "ii-action-draft").click();
		clickIn(openModals().at(-1) as never, "button.ii-reach-out-create");
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
		const rows = [...modal.contentEl.querySelectorAll<HTMLElement>(".ii-landed-advisor")];
		expect(rows.map((r) => r.dataset.path)).toEqual([PATHS.jane, PATHS.sam]);
		const role = modal.contentEl.querySelector<HTMLInputElement>("input[type=text]");
		if (!role) throw new Error("no role input");
		role.value = "junior researcher at Acme Health";
		role.dispatchEvent(new Event("input"));
		rows[1]?.querySelector("button")?.click();
		const draft = await openedDraft();
		expect(draft.titleEl.textContent).toBe("I landed a position");
		expect(draft.body).toContain("I have accepted a position as junior researcher at Acme Health. Our conversation on Monday 2 November");
		await markSent(draft);
		expect(text(PATHS.sam)).toBe(SAM.replace("last-contact: 2026-08-01", `last-contact: ${TODAY}`));
		expect(noticeMessages()).toContain('Recorded today as the last contact in "Sam Lee".');
	});

	it("says so when there is nobody to thank yet", async () => {
		await start({ [PATHS.sam]: SAM });
		await runCommand(s.app, "landed-a-position");
		expect(openModals().at(-1)?.contentEl.textContent).toBe("Nobody to thank yet: no contact has a conversation that took place.");
	});
});
