import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ICAL from "ical.js";
import { afterAll, describe, expect, it } from "vitest";
import { conversationUid, icsCalendar } from "../../src/domain/ics";
import type { Conversation, FollowUp } from "../../src/domain/types";
import { cli } from "./run-cli";

const exampleVault = join(__dirname, "..", "..", "example-vault");
const AISHA = "Networking/Interviews/2026-11-22 Aisha Rahman.md";
const MATEO = "Networking/Interviews/2026-11-23 Mateo Ortega.md";

function events(ics: string): ICAL.Event[] {
	return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
}

function conversationEvents(ics: string): ICAL.Event[] {
	return events(ics).filter((e) => e.uid.startsWith("conversation-"));
}

async function ics(vault: string, ...extra: string[]): Promise<string> {
	const r = await cli("ics", vault, "--today", "2026-11-22", ...extra);
	expect(r.stderr).toBe("");
	expect(r.code).toBe(0);
	return r.stdout;
}

/** Wall-clock fields as the file states them: the same whatever zone reads it. */
function wall(t: ICAL.Time): string {
	const p = (n: number) => String(n).padStart(2, "0");
	return `${t.year}-${p(t.month)}-${p(t.day)} ${p(t.hour)}:${p(t.minute)}`;
}

describe("conversations in the calendar (example vault)", () => {
	const dir = mkdtempSync(join(tmpdir(), "ii-ics-talks-"));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it("holds the conversations of due --json, timed at their hour in floating local time, for their duration, where they happen", async () => {
		const text = await ics(exampleVault);
		const due = JSON.parse((await cli("due", exampleVault, "--today", "2026-11-22", "--json")).stdout) as { conversations: { note: string }[] };
		const evs = conversationEvents(text);
		expect(evs.map((e) => e.description.split("\n")[0])).toEqual(due.conversations.map((c) => `Note: ${c.note}`));

		const [aisha, mateo] = evs;
		expect(aisha?.summary).toBe("Informational interview with Aisha Rahman");
		expect(aisha?.startDate.isDate).toBe(false);
		expect(aisha?.startDate.zone.tzid).toBe("floating");
		expect(wall(aisha!.startDate)).toBe("2026-11-22 16:00");
		expect(wall(aisha!.endDate)).toBe("2026-11-22 16:45");
		// Read in the zone the suite runs in (two far apart: test/run.mjs), the event starts at 16:00 local.
		const start = aisha!.startDate.toJSDate();
		expect([start.getFullYear(), start.getMonth() + 1, start.getDate(), start.getHours(), start.getMinutes()]).toEqual([2026, 11, 22, 16, 0]);
		expect(aisha!.endDate.toJSDate().getTime() - start.getTime()).toBe(45 * 60 * 1000);
		expect(aisha?.location).toBe("https://meet.example.org/tidewater-aisha");
		expect(aisha?.description).toBe(`Note: ${AISHA}\nContact: Networking/Contacts/Aisha Rahman.md\nFormat: video`);
		expect(aisha?.component.getFirstPropertyValue("url")).toBe(
			`obsidian://open?vault=example-vault&file=${encodeURIComponent(AISHA.replace(/\.md$/, ""))}`,
		);

		expect(wall(mateo!.startDate)).toBe("2026-11-23 15:30");
		expect(wall(mateo!.endDate)).toBe("2026-11-23 16:00");
		expect(mateo?.location).toBeNull();
		expect(text).not.toMatch(/TZID|VTIMEZONE/);
	});

	it("keeps a conversation's UID when it is rescheduled: the event moves instead of doubling", async () => {
		const vault = join(dir, "vault");
		cpSync(exampleVault, vault, { recursive: true });
		const before = conversationEvents(await ics(vault));
		const file = join(vault, MATEO);
		writeFileSync(file, readFileSync(file, "utf8").replace("date: 2026-11-23T15:30", "date: 2026-11-25T09:15").replace("duration: 30", "duration: 60"));
		const after = conversationEvents(await ics(vault));
		expect(after.map((e) => e.uid)).toEqual(before.map((e) => e.uid));
		const moved = after.find((e) => e.summary.endsWith("Mateo Ortega"));
		expect(wall(moved!.startDate)).toBe("2026-11-25 09:15");
		expect(wall(moved!.endDate)).toBe("2026-11-25 10:15");
		expect(new Set(after.map((e) => e.uid)).size).toBe(after.length);
	});

	it("keeps to the horizon: --days 0 holds today's conversation only", async () => {
		expect(conversationEvents(await ics(exampleVault, "--days", "0")).map((e) => e.summary)).toEqual(["Informational interview with Aisha Rahman"]);
	});

	it("--overdue-today puts overdue follow-ups on the export day, naming the day they were due; others stay", async () => {
		const plain = events(await ics(exampleVault)).filter((e) => !e.uid.startsWith("conversation-"));
		const moved = events(await ics(exampleVault, "--overdue-today")).filter((e) => !e.uid.startsWith("conversation-"));
		const overdue = plain.filter((e) => e.startDate.toString() < "2026-11-22");
		expect(overdue.length).toBeGreaterThan(0);
		expect(moved.map((e) => e.uid).sort()).toEqual(plain.map((e) => e.uid).sort());
		for (const e of moved) {
			const was = plain.find((p) => p.uid === e.uid)!;
			const wasDay = was.startDate.toString();
			expect(e.startDate.isDate).toBe(true);
			expect(e.startDate.toString()).toBe(wasDay < "2026-11-22" ? "2026-11-22" : wasDay);
			if (wasDay < "2026-11-22") expect(e.description).toContain(`Due ${wasDay} (overdue)`);
			else expect(e.description).not.toContain("overdue");
		}
	});

	it("takes --overdue-today from the plugin's setting in the vault", async () => {
		// Named as the example vault, so that the two files can be compared byte for byte.
		const vault = join(dir, "with-setting", "example-vault");
		cpSync(exampleVault, vault, { recursive: true });
		const data = join(vault, ".obsidian", "plugins", "informational-interviews");
		mkdirSync(data, { recursive: true });
		writeFileSync(join(data, "data.json"), JSON.stringify({ calendarOverdueToday: true }));
		const withSetting = await ics(vault);
		expect(withSetting).toBe(await ics(exampleVault, "--overdue-today"));
		expect(withSetting).not.toBe(await ics(exampleVault));
	});
});

describe("conversation events", () => {
	const talk = (over: Partial<Conversation> = {}): Conversation => ({
		date: "2026-03-08",
		time: "23:45",
		note: "Talks/Ana.md",
		contact: null,
		format: null,
		location: null,
		duration: null,
		person: "Ana",
		...over,
	});
	const read = (cs: Conversation[], follow: FollowUp[] = []) => icsCalendar(follow, { today: "2026-03-01" }, cs);

	it("lasts 30 minutes by default, across midnight when it must, and all day without a time", () => {
		const out = read([talk(), talk({ note: "Talks/Bo.md", time: null, person: "Bo" }), talk({ note: "Talks/Cy.md", duration: 90.4, person: "Cy" })]);
		expect(out.conversations).toBe(3);
		expect(out.written).toBe(0);
		const [ana, bo, cy] = events(out.ics);
		expect(wall(ana!.startDate)).toBe("2026-03-08 23:45");
		expect(wall(ana!.endDate)).toBe("2026-03-09 00:15");
		expect(bo?.startDate.isDate).toBe(true);
		expect(bo?.startDate.toString()).toBe("2026-03-08");
		expect(bo?.endDate.toString()).toBe("2026-03-09");
		expect(cy?.duration.toSeconds()).toBe(90 * 60);
	});

	it("writes a location with commas, semicolons and line breaks as written", () => {
		const location = "Room 4; 2nd floor, Main St\nbuzz 12";
		const [e] = events(read([talk({ location })]).ics);
		expect(e?.location).toBe(location);
	});

	it("takes its UID from the note alone", () => {
		expect(conversationUid(talk())).toBe(conversationUid(talk({ date: "2027-01-01", time: "08:00", duration: 60 })));
		expect(conversationUid(talk())).not.toBe(conversationUid(talk({ note: "Talks/Other.md" })));
		expect(conversationUid(talk())).toMatch(/^conversation-[0-9a-f]{16}@informational-interviews$/);
	});

	it("names a conversation whose day is no calendar day instead of dropping it in silence", () => {
		const out = read([talk({ date: "2026-02-30" })]);
		expect(out.conversations).toBe(0);
		expect(out.skipped).toEqual([{ title: "Informational interview with Ana", due: "2026-02-30", note: "Talks/Ana.md" }]);
	});
});
