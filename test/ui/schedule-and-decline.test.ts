// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { ScheduleModal } from "../../src/ui/schedule-modal";
import { getFile, noticeMessages, openModals, runCommand } from "../fake-obsidian";
import { BO_INTERVIEW, button, buttonLabels, itemEl, JANE_INTERVIEW, PATHS, SAM, shownItems, sync, undoButton, useSmallVaultView } from "../plugin-harness";

const fx = useSmallVaultView();
const { text, click } = fx;

function scheduleModal(): ScheduleModal {
	const modal = openModals().find((m): m is ScheduleModal => m instanceof ScheduleModal);
	if (!modal) throw new Error("no Schedule modal");
	return modal;
}

function fill(modal: ScheduleModal, values: Partial<Record<"date" | "time" | "format" | "duration" | "location", string>>): void {
	for (const [key, value] of Object.entries(values)) {
		const input = modal.inputs.get(key as "date");
		if (!input) throw new Error(`no ${key} input`);
		input.value = value;
	}
}

function modalButton(modal: ScheduleModal, label: string): HTMLButtonElement {
	const b = [...modal.contentEl.querySelectorAll("button")].find((x) => x.textContent === label);
	if (!b) throw new Error(`no ${label} button`);
	return b;
}

describe("Schedule…", () => {
	it("is offered with Declined on a request's nudge row, and Not pursuing on reach-out and keep-in-touch rows only", () => {
		expect(buttonLabels(itemEl(fx.view, "nudge", PATHS.boInterview))).toEqual(["Done", "Snooze", "Schedule…", "Declined", "Draft"]);
		expect(buttonLabels(itemEl(fx.view, "thank-you", PATHS.janeInterview))).not.toContain("Schedule…");
		expect(buttonLabels(itemEl(fx.view, "thank-you", PATHS.janeInterview))).not.toContain("Not pursuing");
		expect(buttonLabels(itemEl(fx.view, "keep-in-touch", PATHS.sam))).toContain("Not pursuing");
	});

	it("writes status, date and time, format, duration and location in one write", async () => {
		button(itemEl(fx.view, "nudge", PATHS.boInterview), "informational-interviews-action-schedule").click();
		const modal = scheduleModal();
		expect(modal.inputs.get("duration")?.value).toBe("30");
		fill(modal, { date: "2026-11-25", time: "09:30", format: "video", location: "https://meet.example.com/abc" });
		let writes = 0;
		fx.s.app.vault.on("modify", () => writes++);
		await click(modalButton(modal, "Schedule"));
		expect(writes).toBe(1);
		expect(text(PATHS.boInterview)).toBe(
			BO_INTERVIEW.replace("status: requested", "status: scheduled").replace(
				"requested: 2026-11-10\n",
				"requested: 2026-11-10\ndate: 2026-11-25T09:30\nformat: video\nduration: 30\nlocation: https://meet.example.com/abc\n",
			),
		);
		expect(shownItems(fx.view).find((i) => i.note === PATHS.boInterview)?.kind).toBe("confirm");
		expect(noticeMessages().join("\n")).toContain("Scheduled the conversation with Bo Chen.");
	});

	it("bad input is named in the modal and nothing is written", async () => {
		button(itemEl(fx.view, "nudge", PATHS.boInterview), "informational-interviews-action-schedule").click();
		const modal = scheduleModal();
		const error = () => modal.contentEl.querySelector(".informational-interviews-error")?.textContent;
		for (const [values, message] of [
			[{ date: "" }, "Enter the date of the conversation."],
			[{ date: "2026-11-25", duration: "half an hour" }, `The duration: "half an hour" is not a whole number of minutes.`],
			[{ date: "2026-11-25", duration: "0" }, "The duration: 0 minutes is not between 1 and 1440 (a day)."],
		] as const) {
			fill(modal, values);
			modalButton(modal, "Schedule").click();
			expect(error()).toContain(message);
		}
		await sync(fx.s);
		expect(text(PATHS.boInterview)).toBe(BO_INTERVIEW);
		expect(openModals()).toContain(modal);
	});

	it("a new date removes confirmed, a blank optional field keeps its value, and Undo restores both", async () => {
		const before = BO_INTERVIEW.replace("requested: 2026-11-10", "requested: 2026-11-10\ndate: 2026-11-24\nconfirmed: 2026-11-21\nlocation: Blue Bottle, Market St");
		await fx.s.app.vault.modify(getFile(fx.s.app, PATHS.boInterview), before);
		await sync(fx.s);
		await sync(fx.s);
		await fx.s.app.workspace.getLeaf(false).openFile(getFile(fx.s.app, PATHS.boInterview));
		expect(await runCommand(fx.s.app, "schedule-conversation")).toBe(true);
		const modal = scheduleModal();
		expect(modal.inputs.get("location")?.value).toBe("Blue Bottle, Market St");
		fill(modal, { date: "2026-11-26", location: "" });
		await click(modalButton(modal, "Schedule"));
		const after = text(PATHS.boInterview) ?? "";
		expect(after).toContain("date: 2026-11-26\n");
		expect(after).not.toContain("confirmed:");
		expect(after).toContain("location: Blue Bottle, Market St\n");
		await click(undoButton());
		// Undo restores values, not bytes: confirmed comes back (at the end of the block).
		expect(fx.s.app.metadataCache.getFileCache(getFile(fx.s.app, PATHS.boInterview))?.frontmatter).toEqual({
			type: "interview",
			contact: "[[Bo Chen]]",
			status: "requested",
			requested: "2026-11-10",
			date: "2026-11-24",
			confirmed: "2026-11-21",
			location: "Blue Bottle, Market St",
		});
	});
});

describe("Declined", () => {
	it("writes status: declined; the request's follow-ups end; Undo brings the status back", async () => {
		await click(button(itemEl(fx.view, "nudge", PATHS.boInterview), "informational-interviews-action-declined"));
		expect(text(PATHS.boInterview)).toBe(BO_INTERVIEW.replace("status: requested", "status: declined"));
		expect(shownItems(fx.view).some((i) => i.note === PATHS.boInterview)).toBe(false);
		await click(undoButton());
		expect(text(PATHS.boInterview)).toBe(BO_INTERVIEW);
	});
});

describe("Not pursuing", () => {
	it("on a reach-out adds the person to the suggesting interview's not-pursued list; Undo removes the list again", async () => {
		await click(button(itemEl(fx.view, "reach-out", PATHS.janeInterview), "informational-interviews-action-not-pursuing"));
		expect(text(PATHS.janeInterview)).toBe(JANE_INTERVIEW.replace("---\n# Conversation", 'not-pursued:\n  - "[[Priya Nair]]"\n---\n# Conversation'));
		await click(undoButton());
		expect(text(PATHS.janeInterview)).toBe(JANE_INTERVIEW);
	});

	it("on a keep-in-touch writes status: paused on the contact, and nothing is created or archived", async () => {
		const files = fx.s.app.vault.getMarkdownFiles().length;
		await click(button(itemEl(fx.view, "keep-in-touch", PATHS.sam), "informational-interviews-action-not-pursuing"));
		expect(text(PATHS.sam)).toBe(SAM.replace("keep-in-touch: 90 days\n", "keep-in-touch: 90 days\nstatus: paused\n"));
		expect(fx.s.app.vault.getMarkdownFiles().length).toBe(files);
		expect(shownItems(fx.view).some((i) => i.kind === "keep-in-touch")).toBe(false);
	});
});
