// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { FollowUpsView } from "../../src/ui/follow-ups-view";
import { fileContent, getFile } from "../fake-obsidian";
import { BO_INTERVIEW, button, freezeClock, itemEl, openView, PATHS, smallVault, startPlugin, stopPlugin, sync, TODAY, type Started } from "../plugin-harness";

/** The nudges property counts the nudges sent: Done on a nudge adds one to what the note holds, whatever it holds. */
let s: Started;
let view: FollowUpsView;

beforeEach(async () => {
	freezeClock();
	s = await startPlugin(smallVault(), { data: { digest: false, maxNudges: 5 } });
	view = await openView(s);
});

afterEach(() => stopPlugin(s));

async function nudgeWith(before: string): Promise<string> {
	const note = BO_INTERVIEW.replace("requested: 2026-11-10\n", `requested: 2026-10-01\nnudged: 2026-11-01\n${before}`);
	await s.app.vault.modify(getFile(s.app, PATHS.boInterview), note);
	await sync(s);
	button(itemEl(view, "nudge", PATHS.boInterview), "informational-interviews-action-done").click();
	await sync(s);
	await sync(s);
	return fileContent(s.app, PATHS.boInterview) ?? "";
}

describe("Done on a nudge counts it", () => {
	it.each([
		["nudges: 1\n", "nudges: 2"],
		["nudges: 3\n", "nudges: 4"],
		['nudges: "2"\n', "nudges: 3"],
	])("after %j the note holds %s, and nudged is today", async (before, after) => {
		const text = await nudgeWith(before);
		expect(text).toContain(`\n${after}\n`);
		expect(text).toContain(`\nnudged: ${TODAY}\n`);
		expect(text).toContain("Asked by email.");
	});
});
