// @vitest-environment happy-dom
import type { App } from "obsidian";
import { describe, expect, it } from "vitest";
import { doneChange } from "../../src/domain/follow-up-writes";
import { writeIfUnchanged } from "../../src/obsidian/write";
import { getFile, noticeMessages } from "../fake-obsidian";
import { BO_INTERVIEW, button, itemEl, JANE_INTERVIEW, PATHS, SAM, shownItems, sync, TODAY, undoButton, useSmallVaultView, withPropertyAdded } from "../plugin-harness";

const fx = useSmallVaultView();
const { text, click } = fx;

/** Writes the note as another device (or the user in another pane) would, without letting the view refresh. */
async function changeBehindTheView(app: App, path: string, content: string): Promise<void> {
	await app.vault.modify(getFile(app, path), content);
}

describe("a change landing between render and click", () => {
	it("Done on a thank-you the user already recorded writes nothing and says what changed", async () => {
		const done = button(itemEl(fx.view, "thank-you", PATHS.janeInterview), "informational-interviews-action-done");
		const theirs = JANE_INTERVIEW.replace("status: done", "status: cancelled").replace("date: 2026-11-19", "date: 2026-11-19\nthank-you-sent: 2026-11-19");
		await changeBehindTheView(fx.s.app, PATHS.janeInterview, theirs);
		await click(done);
		expect(text(PATHS.janeInterview)).toBe(theirs);
		expect(noticeMessages().join("\n")).toContain(`"2026-11-19 Jane Doe" changed since it was shown ("status" and "thank-you-sent"), so nothing was written.`);
		expect(shownItems(fx.view).map((i) => i.kind)).not.toContain("thank-you");
	});

	it("a property the rule does not read (another plugin's) does not block the write", async () => {
		const done = button(itemEl(fx.view, "thank-you", PATHS.janeInterview), "informational-interviews-action-done");
		const theirs = withPropertyAdded(JANE_INTERVIEW, "modified-by-sync: 2026-11-22T09:31");
		await changeBehindTheView(fx.s.app, PATHS.janeInterview, theirs);
		await click(done);
		expect(text(PATHS.janeInterview)).toBe(withPropertyAdded(theirs, `thank-you-sent: ${TODAY}`));
	});

	it("Log contact on a keep-in-touch whose last contact changed writes nothing", async () => {
		const li = itemEl(fx.view, "keep-in-touch", PATHS.sam);
		const theirs = SAM.replace("last-contact: 2026-08-01", "last-contact: 2026-11-21");
		await changeBehindTheView(fx.s.app, PATHS.sam, theirs);
		await click(button(li, "informational-interviews-action-done"));
		expect(text(PATHS.sam)).toBe(theirs);
		expect(noticeMessages().join("\n")).toContain(`("last-contact")`);
	});
});

describe("two writes racing on one note", () => {
	it("the second nudge, started from the same view of the note, finds the first and writes nothing", async () => {
		const f = fx.s.plugin.live.index.followUps(TODAY).find((x) => x.kind === "nudge");
		if (!f) throw new Error("no nudge");
		const seen = fx.s.plugin.live.index.propertiesOf(f.note);
		const change = doneChange(f, seen, TODAY);
		const [a, b] = await Promise.all([writeIfUnchanged(fx.s.app, change), writeIfUnchanged(fx.s.app, change)]);
		expect([a.status, b.status]).toEqual(["written", "stale"]);
		expect(text(PATHS.boInterview)).toBe(withPropertyAdded(withPropertyAdded(BO_INTERVIEW, `nudged: ${TODAY}`), "nudges: 1"));
	});
});

describe("Undo", () => {
	it("restores the earlier values exactly: a property that did not exist is removed again", async () => {
		await click(button(itemEl(fx.view, "thank-you", PATHS.janeInterview), "informational-interviews-action-done"));
		expect(noticeMessages()).toContain("Done: Send a thank-you to Jane Doe. Undo");
		await click(undoButton());
		expect(text(PATHS.janeInterview)).toBe(JANE_INTERVIEW);
		expect(noticeMessages()).toContain(`Undone: "2026-11-19 Jane Doe" is as it was.`);
		expect(shownItems(fx.view).map((i) => i.kind)).toContain("thank-you");
	});

	it("puts back a value that was replaced (the nudge count)", async () => {
		const twice = BO_INTERVIEW.replace("requested: 2026-11-10", "requested: 2026-11-10\nnudged: 2026-11-14\nnudges: 1");
		await changeBehindTheView(fx.s.app, PATHS.boInterview, twice);
		await sync(fx.s);
		await click(button(itemEl(fx.view, "nudge", PATHS.boInterview), "informational-interviews-action-done"));
		expect(text(PATHS.boInterview)).toContain("nudges: 2");
		await click(undoButton());
		expect(text(PATHS.boInterview)).toBe(twice);
	});

	it("leaves the note alone when it changed since the plugin wrote it", async () => {
		await click(button(itemEl(fx.view, "thank-you", PATHS.janeInterview), "informational-interviews-action-done"));
		const theirs = withPropertyAdded(JANE_INTERVIEW, "thank-you-sent: 2026-11-20");
		await changeBehindTheView(fx.s.app, PATHS.janeInterview, theirs);
		await click(undoButton());
		expect(text(PATHS.janeInterview)).toBe(theirs);
		expect(noticeMessages().join("\n")).toContain(`"2026-11-19 Jane Doe" changed since ("thank-you-sent"), so Undo left it as it is.`);
	});
});
