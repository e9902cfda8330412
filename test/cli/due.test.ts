import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cli } from "./run-cli";

const root = join(__dirname, "..", "..");
const vault = join(root, "example-vault");

describe("due on the example vault", () => {
	it("prints exactly the expected JSON", async () => {
		const r = await cli("due", vault, "--today", "2026-11-22", "--json");
		expect(r.code).toBe(0);
		expect(r.stderr).toBe("");
		const expected: unknown = JSON.parse(readFileSync(join(root, "test/fixtures/example-vault-due.json"), "utf8"));
		expect(JSON.parse(r.stdout)).toEqual(expected);
	});

	it("agrees with the follow-ups worked out by hand from the rules", async () => {
		const md = readFileSync(join(root, "test/fixtures/example-vault-expected.md"), "utf8");
		const block = /```json\n([\s\S]*?)\n```/.exec(md)?.[1];
		const byHand = JSON.parse(block ?? "{}") as {
			followUps: { kind: string; due: string; status: string; note: string; contact: string | null }[];
			conversations: unknown[];
			fields: unknown[];
			problems: { note: string; property: string | null }[];
		};
		const r = JSON.parse((await cli("due", vault, "--today", "2026-11-22", "--json")).stdout) as typeof byHand;
		expect(r.followUps.map(({ kind, due, status, note, contact }) => ({ kind, due, status, note, contact }))).toEqual(
			byHand.followUps.map(({ kind, due, status, note, contact }) => ({ kind, due, status, note, contact })),
		);
		expect(r.conversations).toEqual(byHand.conversations);
		expect(r.fields).toEqual(byHand.fields);
		expect(r.problems.map(({ note, property }) => ({ note, property }))).toEqual(byHand.problems);
	});

	it("counts the horizon inclusively and defaults it to 14 days", async () => {
		const items = async (...extra: string[]) =>
			(JSON.parse((await cli("due", vault, "--today", "2026-11-22", "--json", ...extra)).stdout) as { followUps: { due: string }[] }).followUps;
		const fourteen = await items();
		expect(fourteen.at(-1)?.due).toBe("2026-12-06");
		expect(await items("--days", "14")).toEqual(fourteen);
		expect((await items("--days", "13")).some((f) => f.due === "2026-12-06")).toBe(false);
		expect((await items("--days", "0")).every((f) => f.due <= "2026-11-22")).toBe(true);
	});

	it("prints a dashboard for a person, grouped and with what to do", async () => {
		const r = await cli("due", vault, "--today", "2026-11-22");
		expect(r.code).toBe(0);
		const text = r.stdout;
		expect(text).toContain("Follow-ups for Sunday 22 November 2026");
		expect(text.indexOf("Conversations, next 14 days (2)")).toBeLessThan(text.indexOf("Overdue (7)"));
		expect(text).toContain("Sun 22 Nov  16:00  Aisha Rahman · video · https://meet.example.org/tidewater-aisha  (today)");
		expect(text.indexOf("Overdue (7)")).toBeLessThan(text.indexOf("Due today (6)"));
		expect(text.indexOf("Due today (6)")).toBeLessThan(text.indexOf("Upcoming, next 14 days (4)"));
		expect(text).toContain("Send your request to Daniel Reyes  (today)");
		expect(text).toContain("Send a thank-you to Dev Patel  (today)");
		expect(text).toContain("Close your request to Lena Kowalski as no response  (12 days overdue)");
		expect(text).toContain("Keep in touch with Hannah Schultz  (in 14 days)");
		expect(text).toContain("UX research");
		expect(text).toContain("Needs attention (2)");
		expect(text).not.toContain("\u001b[");
	});

	it("ends with the search at a glance: the funnel in two lines", async () => {
		const text = (await cli("due", vault, "--today", "2026-11-22")).stdout;
		expect(text.endsWith(
			"\nAt a glance\n" +
				"  15 requests → 13 replies (87%) → 10 conversations → 6 referrals\n" +
				"  Median time from request to reply (or to the conversation): 11 days, over 11 replies with dates\n",
		)).toBe(true);
	});

	it("keeps the contract's keys in their order, insights last", async () => {
		const r = JSON.parse((await cli("due", vault, "--today", "2026-11-22", "--json")).stdout) as Record<string, unknown>;
		expect(Object.keys(r)).toEqual(["today", "followUps", "conversations", "fields", "problems", "insights"]);
		expect(Object.keys(r.insights as object)).toEqual(["funnel", "fields", "organizations", "referralChain"]);
	});

	it("takes today from the local calendar without --today", async () => {
		const r = await cli("due", vault, "--json");
		expect(JSON.parse(r.stdout).today).toBe("2026-11-22");
	});
});

describe("bad arguments", () => {
	it.each([
		[[], "Usage"],
		[["due"], "due needs the vault folder"],
		[["due", "/nonexistent/vault"], "does not exist"],
		[["due", vault, "--today", "2026-02-30"], "--today must be a date"],
		[["due", vault, "--today", "22/11/2026"], "--today must be a date"],
		[["due", vault, "--today"], "--today needs a value"],
		[["due", vault, "--days", "-1"], "--days must be a whole number"],
		[["due", vault, "--days", "two"], "--days must be a whole number"],
		[["due", vault, "--colour"], "unknown option --colour"],
		[["due", vault, "extra"], 'unexpected argument "extra"'],
		[["frobnicate"], 'unknown command "frobnicate"'],
	])("%j exits 2 with a one-line error", async (argv, words) => {
		const r = await cli(...argv);
		expect(r.code).toBe(2);
		expect(r.stdout).toBe("");
		expect(r.stderr).toContain(words);
		if (argv.length > 0) expect(r.stderr.trim().split("\n")).toHaveLength(1);
	});

	it("refuses a file given as the vault", async () => {
		const r = await cli("due", join(vault, "Home.md"));
		expect(r.code).toBe(2);
		expect(r.stderr).toContain("is not a folder");
	});
});

describe("reading notes from disk", () => {
	const dir = mkdtempSync(join(tmpdir(), "ii-cli-"));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	const write = (path: string, text: string | Buffer) => {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	};
	const marker = join(dir, "pwned");
	write("evil.md", `---js\n{ type: "contact", x: require("fs").writeFileSync(${JSON.stringify(marker)}, "x") }\n---\nbody\n`);
	write("evil2.md", `---javascript\nmodule.exports = { type: "interview" }\n---\n`);
	write("json.md", `---json\n{ "type": "contact" }\n---\n`);
	write("People/Jane Doe.md", "\ufeff---\r\ntype: contact\r\nfield: UX research\r\n---\r\nNotes\r\n");
	write("I/a.md", "---\r\ntype: interview\r\ncontact: [[Jane Doe]]\r\nstatus: done\r\ndate: 2026-11-20\r\n---\r\n");
	write("broken.md", "---\ntype: contact\nfield: [unclosed\n---\n");
	write("dup.md", "---\ntype: contact\nfield: a\nfield: b\n---\n");
	write("rule.md", "----\nnot frontmatter\n----\n");
	write("plain.md", "# Just a note\n");
	write(".obsidian/hidden.md", "---\ntype: contact\n---\n");
	write("notes.txt", "---\ntype: contact\n---\n");
	write("list.md", "---\n- a\n- type\n---\n");
	// A block that never mentions `type` cannot make a contact or an interview: not parsed, not reported.
	write("journal.md", "---\ntags: [unclosed\nmood: fine: really\n---\n");
	write("journal2.md", "---\n- a\n- b\n---\n");
	write("dated.md", "---\ntype: interview\ncontact: Jane Doe\ndate: 2026-11-25T10:00:00-08:00\n---\n");
	// Obsidian reads no properties from a block that is never closed, nor closed by `---x`;
	// one that sets `type` is reported (README, "The command line").
	write("unclosed.md", "---\ntype: interview\ncontact: Jane Doe\nstatus: done\ndate: 2026-11-01\n");
	write("not-a-fence.md", "---\ntype: interview\ncontact: Jane Doe\nstatus: done\ndate: 2026-11-02\n---x\n");
	write("People/Fence.md", "---\ntype: contact\nfield: Fences\n---  \nbody\n---\nmore\n");

	it("never runs code from ---js frontmatter and reports notes in other languages", async () => {
		const r = await cli("due", dir, "--today", "2026-11-22", "--json");
		expect(r.code).toBe(0);
		expect(existsSync(marker)).toBe(false);
		const problems = (JSON.parse(r.stdout) as { problems: { note: string; property: string | null; message: string }[] }).problems;
		const byNote = Object.fromEntries(problems.map((p) => [p.note, p]));
		expect(byNote["evil.md"]).toMatchObject({ property: null, message: expect.stringContaining("only YAML") });
		expect(byNote["evil2.md"]).toMatchObject({ property: null });
		expect(byNote["json.md"]).toMatchObject({ property: null });
	});

	it("reads BOM and CRLF notes, reports broken YAML as a problem and skips hidden folders", async () => {
		const r = JSON.parse((await cli("due", dir, "--today", "2026-11-22", "--json")).stdout) as {
			followUps: { kind: string; note: string; contact: string | null; due: string }[];
			fields: unknown[];
			problems: { note: string; property: string | null }[];
		};
		expect(r.followUps.map((f) => `${f.kind} ${f.note} ${f.contact} ${f.due}`)).toEqual([
			"thank-you I/a.md People/Jane Doe.md 2026-11-22",
			"confirm dated.md People/Jane Doe.md 2026-11-24",
		]);
		expect(r.fields).toEqual([
			{ field: "Fences", contacts: 1, met: 0, target: 3 },
			{ field: "UX research", contacts: 1, met: 1, target: 3 },
		]);
		expect(r.problems.map((p) => `${p.note} ${p.property}`)).toEqual([
			"broken.md null",
			"dup.md null",
			"evil.md null",
			"evil2.md null",
			"json.md null",
			"list.md null",
			"not-a-fence.md null",
			"unclosed.md null",
		]);
	});
});

describe("the plugin's settings in the vault", () => {
	const dir = mkdtempSync(join(tmpdir(), "ii-cli-settings-"));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	const write = (path: string, text: string) => {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	};
	write("I/a.md", "---\ntype: interview\ncontact: Jane\nstatus: done\ndate: 2026-11-20\n---\n");
	write("Templates/Contact note.md", "---\ntype: contact\nfield: {{contact.field}}\nlast-contact: {{today}}\n---\n");

	it("counts windows and skips note templates as the plugin does", async () => {
		const before = JSON.parse((await cli("due", dir, "--today", "2026-11-22", "--json")).stdout) as { followUps: { due: string }[]; problems: unknown[] };
		expect(before.followUps.map((f) => f.due)).toEqual(["2026-11-22"]);
		expect(before.problems.length).toBeGreaterThan(1);
		write(".obsidian/plugins/informational-interviews/data.json", JSON.stringify({ templatesFolder: "Templates", thankYouDays: 3 }));
		const after = JSON.parse((await cli("due", dir, "--today", "2026-11-22", "--json")).stdout) as { followUps: { due: string }[]; problems: { note: string }[] };
		expect(after.followUps.map((f) => f.due)).toEqual(["2026-11-23"]);
		expect(after.problems.map((p) => p.note)).toEqual(["I/a.md"]);
	});

	it("falls back to the defaults when data.json cannot be read", async () => {
		write(".obsidian/plugins/informational-interviews/data.json", "{ not json");
		const r = JSON.parse((await cli("due", dir, "--today", "2026-11-22", "--json")).stdout) as { followUps: { due: string }[] };
		expect(r.followUps.map((f) => f.due)).toEqual(["2026-11-22"]);
	});
});

describe("the README", () => {
	it("shows exactly what the demo prints", async () => {
		const readme = readFileSync(join(root, "README.md"), "utf8");
		const block = /```\n(Follow-ups for Sunday 22 November 2026\n[\s\S]*?)```/.exec(readme)?.[1];
		const r = await cli("due", vault, "--today", "2026-11-22");
		expect(block).toBe(r.stdout);
	});
});
