// @vitest-environment happy-dom
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { unfoldLines } from "../../src/domain/ics";
import { calendarPath } from "../../src/obsidian/calendar-export";
import InformationalInterviewsPlugin from "../../src/main";
import { createFakeApp, fileContent, getFile, loadPlugin, noticeMessages, resetFakeObsidian, runCommand, unloadPlugin } from "../fake-obsidian";
import { cli } from "../cli/run-cli";
import { freezeClock, MANIFEST, PATHS, readVaultFolder, REPO, smallVault, startPlugin, sync, TODAY, type Started } from "../plugin-harness";

const ICS = "Networking/Follow-ups.ics";
let s: Started | null = null;

beforeEach(() => freezeClock());
afterEach(() => {
	if (s) unloadPlugin(s.plugin);
	s = null;
	resetFakeObsidian();
	vi.useRealTimers();
});

/** UID → DTSTART of every follow-up's event. */
function events(ics: string | null): Map<string, string> {
	const out = new Map<string, string>();
	for (const block of unfoldLines(ics ?? "").split("BEGIN:VEVENT").slice(1)) {
		const uid = /\r\nUID:([^\r]*)/.exec(block)?.[1];
		const start = /\r\nDTSTART;VALUE=DATE:(\d{8})/.exec(block)?.[1];
		if (uid && start && !uid.startsWith("conversation-")) out.set(uid, start);
	}
	return out;
}

describe("Export follow-ups to a calendar file", () => {
	it("writes the same file as the command line's ics, for the example vault", async () => {
		const root = join(REPO, "example-vault");
		// The command line names the calendar after the vault folder; so does Obsidian.
		const app = createFakeApp(readVaultFolder(root), { vaultName: "example-vault" });
		s = { app, plugin: await loadPlugin(InformationalInterviewsPlugin, app, { manifest: MANIFEST, data: { digest: false } }) };
		expect(await runCommand(s.app, "export-calendar")).toBe(true);
		const expected = await cli("ics", root, "--today", TODAY);
		expect(expected.code).toBe(0);
		expect(fileContent(s.app, ICS)).toBe(expected.stdout);
		const n = events(expected.stdout).size;
		expect(n).toBeGreaterThan(5);
		expect(noticeMessages()).toContain(`Wrote ${n} follow-ups and 2 conversations to ${ICS}.`);
	});

	it("with the overdue setting on, writes the same file as ics --overdue-today", async () => {
		const root = join(REPO, "example-vault");
		const app = createFakeApp(readVaultFolder(root), { vaultName: "example-vault" });
		s = { app, plugin: await loadPlugin(InformationalInterviewsPlugin, app, { manifest: MANIFEST, data: { digest: false, calendarOverdueToday: true } }) };
		expect(await runCommand(s.app, "export-calendar")).toBe(true);
		const moved = await cli("ics", root, "--today", TODAY, "--overdue-today");
		expect(fileContent(s.app, ICS)).toBe(moved.stdout);
		expect(moved.stdout).not.toBe((await cli("ics", root, "--today", TODAY)).stdout);
	});

	it("a second run updates the same file and keeps every event's UID", async () => {
		s = await startPlugin(smallVault(), { data: { digest: false } });
		await runCommand(s.app, "export-calendar");
		const first = fileContent(s.app, ICS);
		expect(first).toContain("BEGIN:VCALENDAR\r\n");
		expect(first).toContain("X-WR-CALNAME:Informational interviews (Fake Vault)");
		const before = events(first);
		expect(before.size).toBe(6);

		// Nothing changed: nothing is written.
		const mtime = getFile(s.app, ICS).stat.mtime;
		await runCommand(s.app, "export-calendar");
		expect(noticeMessages()).toContain(`${ICS} is up to date: 6 follow-ups and 1 conversation.`);
		expect(getFile(s.app, ICS).stat.mtime).toBe(mtime);

		// Snooze Bo's nudge to the 25th: same event, new day.
		const bo = getFile(s.app, PATHS.boInterview);
		await s.app.fileManager.processFrontMatter(bo, (fm: Record<string, unknown>) => {
			fm["snooze-until"] = "2026-11-25";
		});
		await sync(s);
		await runCommand(s.app, "export-calendar");
		const after = events(fileContent(s.app, ICS));
		expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
		const changed = [...after].filter(([uid, day]) => before.get(uid) !== day);
		expect(changed).toEqual([[expect.stringMatching(/^nudge-[0-9a-f]{16}@informational-interviews$/), "20261125"]]);
		expect(noticeMessages().at(-1)).toBe(`Wrote 6 follow-ups and 1 conversation to ${ICS}.`);
	});

	it("writes where the setting says, creating the folder", async () => {
		s = await startPlugin(smallVault(), { data: { digest: false, calendarFile: "Calendar/ii" } });
		await runCommand(s.app, "export-calendar");
		expect(fileContent(s.app, "Calendar/ii.ics")).toContain("END:VCALENDAR\r\n");
		expect(noticeMessages()).toContain("Wrote 6 follow-ups and 1 conversation to Calendar/ii.ics.");
	});

	it("says so when the path is a folder", async () => {
		s = await startPlugin({ ...smallVault(), "Cal.ics/readme.md": "x\n" }, { data: { digest: false, calendarFile: "Cal.ics" } });
		await runCommand(s.app, "export-calendar");
		expect(noticeMessages().at(-1)).toMatch(/^Could not write the calendar file: Cal\.ics is a folder/);
	});

	it("cleans the configured path", () => {
		expect(calendarPath("")).toBe("Networking/Follow-ups.ics");
		expect(calendarPath(" /Cal\\..\\mine ")).toBe("Cal/mine.ics");
		expect(calendarPath("Follow-ups.ICS")).toBe("Follow-ups.ICS");
	});
});
