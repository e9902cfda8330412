// @vitest-environment happy-dom
import ICAL from "ical.js";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fileContent, noticeMessages, resetFakeObsidian, runCommand, unloadPlugin } from "../fake-obsidian";
import { freezeClock, startPlugin, type Started } from "../plugin-harness";

const ICS = "Networking/Follow-ups.ics";
let s: Started | null = null;
afterEach(() => {
	if (s) unloadPlugin(s.plugin);
	s = null;
	resetFakeObsidian();
	vi.useRealTimers();
});

describe("Export follow-ups to a calendar file, on the calendar's last days", () => {
	it("writes the follow-ups due on 31 December 9999, and the notice counts the events written", async () => {
		freezeClock(new Date(9999, 11, 30, 9, 30));
		s = await startPlugin(
			{
				"Ann.md": "---\ntype: contact\n---\n",
				"Ann call.md": '---\ntype: interview\ncontact: "[[Ann]]"\nstatus: done\ndate: 9999-12-29\n---\n',
			},
			{ data: { digest: false } },
		);
		expect(await runCommand(s.app, "export-calendar")).toBe(true);
		const evs = new ICAL.Component(ICAL.parse(fileContent(s.app, ICS) ?? "")).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
		// The thank-you, and the keep-in-touch that falls after the calendar's end, on its last day.
		expect(evs.map((e) => `${e.summary} ${e.startDate.toString()}`).sort()).toEqual(["Keep in touch with Ann 9999-12-31", "Thank-you to Ann 9999-12-31"]);
		for (const e of evs) expect(e.duration.toSeconds()).toBe(24 * 3600);
		expect(noticeMessages()).toContain(`Wrote 2 follow-ups to ${ICS}.`);
	});
});
