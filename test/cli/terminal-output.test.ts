import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cli } from "./run-cli";

/**
 * Text printed to a terminal has its control characters replaced: a note's
 * file name, a property or a LinkedIn cell could otherwise clear the screen,
 * retitle the window or break the layout. `--json` keeps them, escaped.
 */

const ESC = "\u001b";
const CLEAR = `${ESC}[2J`;
const TITLE = `${ESC}]0;owned\u0007`;
const C1 = "\u009b31m";
// Any control character but the line breaks the printer writes itself.
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

const dir = mkdtempSync(join(tmpdir(), "ii-terminal-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (path: string, text: string) => {
	mkdirSync(dirname(join(dir, path)), { recursive: true });
	writeFileSync(join(dir, path), text);
};

const vault = join(dir, "vault");
const ANN = `Ann${CLEAR}Lee`;
// In YAML's double quotes, \e is ESC and \a is BEL (a raw control character is not valid YAML).
const ANN_YAML = "Ann\\e[2JLee";
write(`vault/${ANN}.md`, `---\ntype: contact\nfield: "UX\\e]0;owned\\a research"\n---\n`);
write(`vault/Talk ${ANN}.md`, `---\ntype: interview\ncontact: "[[${ANN_YAML}]]"\nstatus: done\ndate: 2026-11-20\nreferrals:\n  - "Bo\u202eChen"\n---\n`);
write(`vault/Bad${C1}.md`, `---\ntype: interview\ncontact: "[[${ANN}]]"\nstatus: "odd\\a"\n---\n`);
write(`vault/Tab\there.md`, `---\ntype: contact\nlast-contact: 2026-13-01\n---\n`);

describe("due prints no control character", () => {
	it("replaces each in file names, properties and messages, keeping the layout", async () => {
		const r = await cli("due", vault, "--today", "2026-11-22");
		expect(r.code, r.stderr).toBe(0);
		for (const line of r.stdout.split("\n")) expect(line, JSON.stringify(line)).not.toMatch(CONTROL);
		expect(r.stdout).toContain("Send a thank-you to Ann?[2JLee  (today)");
		expect(r.stdout).toContain("Talk Ann?[2JLee.md");
		expect(r.stdout).toContain("Reach out to Bo?Chen (suggested by Ann?[2JLee)");
		expect(r.stdout).toContain("UX?]0;owned? research");
		expect(r.stdout).toContain("Bad?31m.md");
		expect(r.stdout).toContain("Tab?here.md");
	});

	it("--json keeps them, escaped, so the values read back unchanged", async () => {
		const r = await cli("due", vault, "--today", "2026-11-22", "--json");
		expect(r.code, r.stderr).toBe(0);
		expect(r.stdout).not.toMatch(CONTROL);
		const report = JSON.parse(r.stdout) as { followUps: { title: string; note: string }[]; problems: { note: string }[] };
		expect(report.followUps.map((f) => f.note)).toContain(`Talk ${ANN}.md`);
		expect(report.followUps.map((f) => f.title)).toContain("Reach out to Bo\u202eChen (suggested by " + ANN + ")");
		expect(report.problems.map((p) => p.note)).toContain(`Bad${C1}.md`);
		expect(r.stdout).toContain("\\u009b31m");
		expect(r.stdout).toContain("\\u202e");
	});
});

describe("import-linkedin prints no control character", () => {
	it("replaces each in the names and cells it lists", async () => {
		const csv = join(dir, "Connections.csv");
		write(
			"Connections.csv",
			[
				"First Name,Last Name,URL,Email Address,Company,Position,Connected On",
				`Eve${CLEAR},Moss${TITLE},https://www.linkedin.com/in/eve,,Acme,Lead,1 Jan 2020`,
				`LinkedIn,Member,,,,,`,
				`Zed${C1},Quinn,https://www.linkedin.com/in/zed,,Acme${ESC}[5m,Lead,not a date${ESC}[8m`,
			].join("\n"),
		);
		const r = await cli("import-linkedin", csv, vault, "--dry-run");
		expect(r.code, r.stderr).toBe(0);
		for (const line of (r.stdout + r.stderr).split("\n")) expect(line, JSON.stringify(line)).not.toMatch(CONTROL);
		expect(r.stdout).toContain(`"not a date?[8m" is not a date`);
		expect(r.stdout).toContain("Networking/Contacts/Eve 2J Moss 0;owned.md");
	});
});
