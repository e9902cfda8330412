import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import ICAL from "ical.js";
import { afterAll, describe, expect, it } from "vitest";
import { cli } from "./run-cli";

const dir = mkdtempSync(join(tmpdir(), "ii-ics-count-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (path: string, text: string) => {
	mkdirSync(dirname(join(dir, path)), { recursive: true });
	writeFileSync(join(dir, path), text);
};
write("Ann.md", "---\ntype: contact\n---\n");
write("Ann call.md", "---\ntype: interview\ncontact: \"[[Ann]]\"\nstatus: done\ndate: 9999-12-29\n---\n");
write("Bo.md", "---\ntype: contact\nlast-contact: 9999-12-01\nkeep-in-touch: 1 year\n---\n");

describe("ics on the calendar's last days", () => {
	it("writes every follow-up due on 31 December 9999 as a day-long event, and its count is what it wrote", async () => {
		const out = join(dir, "out.ics");
		const r = await cli("ics", dir, "--today", "9999-12-30", "--out", out);
		expect(r.code, r.stderr).toBe(0);
		expect(r.stderr).toBe("");
		const evs = new ICAL.Component(ICAL.parse(readFileSync(out, "utf8"))).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
		expect(evs.map((e) => `${e.summary} ${e.startDate.toString()}`).sort()).toEqual([
			// Ann's next keep-in-touch falls after the calendar's end: on its last day.
			"Keep in touch with Ann 9999-12-31",
			"Keep in touch with Bo 9999-12-31",
			"Thank-you to Ann 9999-12-31",
		]);
		for (const e of evs) expect(e.duration.toSeconds()).toBe(24 * 3600);
		expect(r.stdout).toBe(`Wrote ${evs.length} follow-ups to ${out}\n`);
	});
});
