// @vitest-environment happy-dom
import { FuzzySuggestModal } from "obsidian";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { FollowUp } from "../../src/domain/types";
import { ScheduleModal } from "../../src/ui/schedule-modal";
import { clearNotices, fileContent, getFile, isCommandAvailable, noticeMessages, openModals, runCommand } from "../fake-obsidian";
import { ANA_INTERVIEW, BO_INTERVIEW, freezeClock, JANE_INTERVIEW, openNote, PATHS, SAM, smallVault, startPlugin, stopPlugin, sync, TODAY, withPropertyAdded, type Started } from "../plugin-harness";

let s: Started;

beforeEach(async () => {
	freezeClock();
	s = await startPlugin(smallVault(), { data: { digest: false, defaultDuration: 50 } });
	clearNotices();
});

afterEach(() => stopPlugin(s));

const text = (path: string) => fileContent(s.app, path);
const available = (id: string) => isCommandAvailable(s.app, id);

async function run(id: string): Promise<void> {
	expect(await runCommand(s.app, id)).toBe(true);
	await sync(s);
	await sync(s);
}

describe("Schedule the conversation", () => {
	it("is offered on a request or a conversation still ahead, never once it took place or on a contact", async () => {
		await openNote(s, PATHS.boInterview); // requested
		expect(available("schedule-conversation")).toBe(true);
		await openNote(s, PATHS.anaInterview); // scheduled tomorrow
		expect(available("schedule-conversation")).toBe(true);
		await openNote(s, PATHS.janeInterview); // done
		expect(available("schedule-conversation")).toBe(false);
		await openNote(s, PATHS.sam);
		expect(available("schedule-conversation")).toBe(false);
	});

	it("opens the dialog filled from the note, with the setting's duration when the note has none", async () => {
		await openNote(s, PATHS.anaInterview);
		await run("schedule-conversation");
		const modal = openModals().find((m): m is ScheduleModal => m instanceof ScheduleModal);
		if (!modal) throw new Error("no Schedule modal");
		expect(modal.inputs.get("date")?.value).toBe("2026-11-23");
		expect(modal.inputs.get("duration")?.value).toBe("50");
		modal.close();
	});
});

describe("Mark declined", () => {
	it("writes status: declined on an open request only, with Undo", async () => {
		await openNote(s, PATHS.anaInterview); // scheduled: cancelled, not declined
		expect(available("mark-declined")).toBe(false);
		await openNote(s, PATHS.boInterview);
		await run("mark-declined");
		expect(text(PATHS.boInterview)).toBe(BO_INTERVIEW.replace("status: requested", "status: declined"));
		expect(noticeMessages()).toEqual(["Recorded that Bo Chen declined. Undo"]);
		expect(available("mark-declined")).toBe(false);
		await run("undo-last-change");
		expect(text(PATHS.boInterview)).toBe(BO_INTERVIEW);
	});
});

describe("Stop keeping in touch with this contact", () => {
	it("writes status: paused on a contact with a keep-in-touch follow-up, and is then no longer offered", async () => {
		await openNote(s, PATHS.jane); // met, but her keep-in-touch is not due yet: still offered
		const janeOffered = available("not-pursuing-contact");
		await openNote(s, PATHS.sam);
		await run("not-pursuing-contact");
		expect(text(PATHS.sam)).toBe(SAM.replace("keep-in-touch: 90 days\n", "keep-in-touch: 90 days\nstatus: paused\n"));
		expect(available("not-pursuing-contact")).toBe(false);
		expect(janeOffered).toBe(s.plugin.live.index.followUps(TODAY).some((f) => f.kind === "keep-in-touch" && f.note === PATHS.jane));
	});
});

describe("Not pursuing someone this interview suggested…", () => {
	it("lists the interview's open reach-outs and adds the one picked to not-pursued", async () => {
		await openNote(s, PATHS.anaInterview);
		expect(available("not-pursuing-referral")).toBe(false);
		await openNote(s, PATHS.janeInterview);
		await run("not-pursuing-referral");
		const picker = openModals().at(-1) as unknown as FuzzySuggestModal<FollowUp>;
		expect(picker).toBeInstanceOf(FuzzySuggestModal);
		const items = picker.getItems();
		expect(items.map((f) => picker.getItemText(f))).toEqual(["Priya Nair"]);
		picker.onChooseItem(items[0]!, new MouseEvent("click"));
		await sync(s);
		await sync(s);
		expect(text(PATHS.janeInterview)).toBe(JANE_INTERVIEW.replace("---\n# Conversation", 'not-pursued:\n  - "[[Priya Nair]]"\n---\n# Conversation'));
		expect(available("not-pursuing-referral")).toBe(false);
	});
});

describe("Undo the last change", () => {
	it("is offered only while a write can be undone; it undoes the latest, once", async () => {
		expect(available("undo-last-change")).toBe(false);
		await openNote(s, PATHS.anaInterview);
		await run("mark-confirmed");
		expect(text(PATHS.anaInterview)).toBe(withPropertyAdded(ANA_INTERVIEW, `confirmed: ${TODAY}`));
		expect(available("undo-last-change")).toBe(true);
		await run("undo-last-change");
		expect(text(PATHS.anaInterview)).toBe(ANA_INTERVIEW);
		expect(noticeMessages().at(-1)).toBe('Undone: "2026-11-23 Ana Ruiz" is as it was.');
		expect(available("undo-last-change")).toBe(false);
	});

	it("leaves a note alone that changed since the write", async () => {
		await openNote(s, PATHS.anaInterview);
		await run("mark-confirmed");
		const theirs = ANA_INTERVIEW.replace("date: 2026-11-23", `date: 2026-11-23\nconfirmed: 2026-11-21`);
		await s.app.vault.modify(getFile(s.app, PATHS.anaInterview), theirs);
		await run("undo-last-change");
		expect(text(PATHS.anaInterview)).toBe(theirs);
		expect(noticeMessages().at(-1)).toBe('"2026-11-23 Ana Ruiz" changed since ("confirmed"), so Undo left it as it is.');
	});
});
