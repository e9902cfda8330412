import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ICAL from "ical.js";
import { afterAll, describe, expect, it } from "vitest";
import { cli } from "./run-cli";

const root = join(__dirname, "..", "..");
const vault = join(root, "example-vault");

interface DueJson {
	followUps: { kind: string; due: string; note: string; title: string }[];
}

function allEvents(ics: string): ICAL.Event[] {
	const cal = new ICAL.Component(ICAL.parse(ics));
	return cal.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
}

/** The follow-ups' events (the conversations' have their own tests). */
function events(ics: string): ICAL.Event[] {
	return allEvents(ics).filter((e) => !e.uid.startsWith("conversation-"));
}

async function ics(...extra: string[]): Promise<string> {
	const r = await cli("ics", vault, "--today", "2026-11-22", ...extra);
	expect(r.code).toBe(0);
	expect(r.stderr).toBe("");
	return r.stdout;
}

describe("ics on the example vault", () => {
	it("writes the same follow-ups as due, one all-day event each, valid for ical.js", async () => {
		const text = await ics();
		const due = JSON.parse((await cli("due", vault, "--today", "2026-11-22", "--json")).stdout) as DueJson;
		expect(text.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
		expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
		expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
		for (const line of text.slice(0, -2).split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);

		const cal = new ICAL.Component(ICAL.parse(text));
		expect(cal.getFirstPropertyValue("x-wr-calname")).toBe("Informational interviews (example-vault)");
		const evs = events(text);
		expect(evs).toHaveLength(due.followUps.length);
		expect(evs).toHaveLength(17);
		const byDay = (xs: string[]) => [...xs].sort();
		expect(byDay(evs.map((e) => e.startDate.toString()))).toEqual(byDay(due.followUps.map((f) => f.due)));
		for (const e of evs) {
			expect(e.startDate.isDate).toBe(true);
			expect(e.endDate.toJSDate().getTime() - e.startDate.toJSDate().getTime()).toBeGreaterThanOrEqual(23 * 3600 * 1000);
		}
		const dev = evs.find((e) => e.summary === "Thank-you to Dev Patel");
		expect(dev?.startDate.toString()).toBe("2026-11-22");
		expect(dev?.description).toContain("Note: Networking/Interviews/2026-11-20 Dev Patel.md");
		expect(evs.map((e) => e.summary)).toContain("Reach out to Wen Zhao");
		expect(evs.map((e) => e.summary)).toContain("Send request to Daniel Reyes");
		expect(new Set(evs.map((e) => e.uid)).size).toBe(17);
		expect(allEvents(text)).toHaveLength(19);
	});

	it("gives the same bytes on every run and the same UIDs whatever the day and the time zone", async () => {
		const a = await ics();
		expect(await ics()).toBe(a);
		const uids = (text: string) => Object.fromEntries(events(text).map((e) => [`${e.summary}`, e.uid]));
		const today = uids(a);
		const tomorrow = uids(await ics("--today", "2026-11-23"));
		for (const [summary, uid] of Object.entries(tomorrow)) if (summary in today) expect(uid).toBe(today[summary]);
		// Literal UIDs: this suite runs in two time zones far apart (test/run.mjs), so both must give these.
		expect(today["Thank-you to Dev Patel"]).toBe("thank-you-caeea26fe752b63d@informational-interviews");
		expect(today["Keep in touch with Grace Liu"]).toBe("keep-in-touch-aa18bce6565cddbc@informational-interviews");
	});

	it("keeps to the horizon like due", async () => {
		const none = events(await ics("--days", "0"));
		expect(none.every((e) => e.startDate.toString() <= "2026-11-22")).toBe(true);
		expect(none).toHaveLength(13);
		const wide = events(await ics("--days", "60"));
		expect(wide.length).toBeGreaterThan(17);
	});

	it("takes today from the local calendar without --today", async () => {
		const r = await cli("ics", vault);
		expect(r.code).toBe(0);
		expect(r.stdout).toContain("DTSTAMP:20261122T000000Z");
	});
});

describe("ics --out", () => {
	const dir = mkdtempSync(join(tmpdir(), "ii-ics-"));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it("writes the file atomically, replaces an older one, and leaves no temporary file", async () => {
		const out = join(dir, "follow-ups.ics");
		writeFileSync(out, "old content");
		const r = await cli("ics", vault, "--today", "2026-11-22", "--out", out);
		expect(r.code).toBe(0);
		expect(r.stderr).toBe("");
		expect(r.stdout).toBe(`Wrote 17 follow-ups and 2 conversations to ${out}\n`);
		expect(readFileSync(out, "utf8")).toBe(await ics());
		expect(readdirSync(dir)).toEqual(["follow-ups.ics"]);
		const again = await cli("ics", vault, "--today", "2026-11-22", `--out=${out}`);
		expect(again.code).toBe(0);
		expect(readFileSync(out, "utf8")).toBe(await ics());
		expect(readdirSync(dir)).toEqual(["follow-ups.ics"]);
	});

	it("refuses a folder, and a file in a folder that does not exist", async () => {
		const folder = join(dir, "a-folder");
		mkdirSync(folder);
		const r = await cli("ics", vault, "--today", "2026-11-22", "--out", folder);
		expect(r.code).toBe(2);
		expect(r.stdout).toBe("");
		expect(r.stderr.trim().split("\n")).toHaveLength(1);
		expect(r.stderr).toContain("is a folder");
		expect(statSync(folder).isDirectory()).toBe(true);
		expect(readdirSync(folder)).toEqual([]);

		const missing = await cli("ics", vault, "--out", join(dir, "nope", "x.ics"));
		expect(missing.code).toBe(2);
		expect(missing.stderr).toContain("does not exist");
	});

	it("keeps the permissions of the file it replaces", async () => {
		const out = join(dir, "shared.ics");
		writeFileSync(out, "old content");
		chmodSync(out, 0o640);
		const r = await cli("ics", vault, "--today", "2026-11-22", "--out", out);
		expect(r.code, r.stderr).toBe(0);
		expect(statSync(out).mode & 0o777).toBe(0o640);
	});

	it("refuses a target that is not a regular file, and a folder that is a file", async () => {
		const pipe = join(dir, "a-pipe");
		execFileSync("mkfifo", [pipe]);
		const r = await cli("ics", vault, "--today", "2026-11-22", "--out", pipe);
		expect(r.code).toBe(2);
		expect(r.stderr).toBe(`error: --out "${pipe}" is not a regular file\n`);
		expect(statSync(pipe).isFIFO()).toBe(true);

		const file = join(dir, "plain.txt");
		writeFileSync(file, "text");
		const inside = await cli("ics", vault, "--today", "2026-11-22", "--out", join(file, "x.ics"));
		expect(inside.code).toBe(2);
		expect(inside.stderr).toBe(`error: cannot write --out "${join(file, "x.ics")}": ${file} is not a folder\n`);
		expect(readFileSync(file, "utf8")).toBe("text");
	});

	it("names the calendar after the vault's own folder when given a link to it", async () => {
		const link = join(dir, "link-to-vault");
		symlinkSync(vault, link);
		const r = await cli("ics", link, "--today", "2026-11-22");
		expect(r.code, r.stderr).toBe(0);
		expect(new ICAL.Component(ICAL.parse(r.stdout)).getFirstPropertyValue("x-wr-calname")).toBe("Informational interviews (example-vault)");
	});
});

describe("ics bad arguments", () => {
	it.each([
		[["ics"], "ics needs the vault folder"],
		[["ics", "/nonexistent/vault"], "does not exist"],
		[["ics", vault, "--today", "2026-13-01"], "--today must be a date"],
		[["ics", vault, "--days", "x"], "--days must be a whole number"],
		[["ics", vault, "--out"], "--out needs a value"],
		[["ics", vault, "--out="], "--out needs a file name"],
		[["ics", vault, "--json"], "unknown option --json"],
		[["ics", vault, "more"], 'unexpected argument "more"'],
	])("%j exits 2 with a one-line error", async (argv, words) => {
		const r = await cli(...argv);
		expect(r.code).toBe(2);
		expect(r.stdout).toBe("");
		expect(r.stderr).toContain(words);
		expect(r.stderr.trim().split("\n")).toHaveLength(1);
	});
});
