import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readDailyNotes } from "../../src/cli/daily-notes";
import { VaultIndex } from "../../src/index/vault-index";
import { cli } from "./run-cli";

interface Report {
	followUps: { kind: string; due: string; note: string }[];
	problems: { note: string; property: string | null; message: string }[];
}

let dir = "";
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function vault(files: Record<string, string>): string {
	dir = mkdtempSync(join(tmpdir(), "ii-daily-"));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	return dir;
}

async function due(root: string): Promise<Report> {
	const r = await cli("due", root, "--today", "2026-11-22", "--json", "--days", "60");
	expect(r.code).toBe(0);
	return JSON.parse(r.stdout) as Report;
}

const jane = { "People/Jane Doe.md": "---\ntype: contact\nkeep-in-touch: 30\nlast-contact: 2026-10-01\n---\n" };
const keepInTouch = (r: Report) => r.followUps.filter((f) => f.kind === "keep-in-touch").map((f) => f.due);

describe("daily notes on the command line", () => {
	it("count a link in the body or the properties, in the folder and format of daily-notes.json", async () => {
		const root = vault({
			...jane,
			".obsidian/daily-notes.json": JSON.stringify({ folder: "Journal", format: "YYYY/MM/YYYY-MM-DD" }),
			"Journal/2026/11/2026-11-10.md": "# Tuesday\n\nCoffee with [[Jane Doe|Jane]] after school.\n",
		});
		expect(keepInTouch(await due(root))).toEqual(["2026-12-10"]);
		writeFileSync(join(root, "Journal/2026/11/2026-11-10.md"), '---\nwith: "[[People/Jane Doe]]"\n---\nCoffee.\n');
		expect(keepInTouch(await due(root))).toEqual(["2026-12-10"]);
	});
	it("ignore links inside code, notes outside the folder or format, and days after today", async () => {
		const root = vault({
			...jane,
			"2026-11-10.md": "```\n[[Jane Doe]]\n```\nand `[[Jane Doe]]`\n",
			"Notes/2026-11-11.md": "[[Jane Doe]]",
			"2026-11-12 plan.md": "[[Jane Doe]]",
			"2026-11-30.md": "Lunch with [[Jane Doe]] next week.",
		});
		expect(keepInTouch(await due(root))).toEqual(["2026-10-31"]);
	});
	it("report a format that cannot be read once, on daily-notes.json, and skip the rule", async () => {
		const root = vault({ ...jane, ".obsidian/daily-notes.json": '{ "format": "gggg-[W]ww" }', "2026-11-10.md": "[[Jane Doe]]" });
		const r = await due(root);
		expect(keepInTouch(r)).toEqual(["2026-10-31"]);
		expect(r.problems).toEqual([{ note: ".obsidian/daily-notes.json", property: null, message: expect.stringContaining('"gggg" is not supported') }]);
	});
	it("report a daily-notes.json that cannot be read as a file, and skip the rule", async () => {
		const root = vault({ ...jane, "2026-11-10.md": "[[Jane Doe]]" });
		mkdirSync(join(root, ".obsidian/daily-notes.json"), { recursive: true });
		const r = await due(root);
		expect(keepInTouch(r)).toEqual(["2026-10-31"]);
		expect(r.problems).toEqual([{ note: ".obsidian/daily-notes.json", property: null, message: "cannot be read: EISDIR: illegal operation on a directory, read" }]);
	});
	it("count a link after an empty properties block", async () => {
		const root = vault({ ...jane, "2026-11-10.md": "---\n---\nCoffee with [[Jane Doe]].\n" });
		expect(keepInTouch(await due(root))).toEqual(["2026-12-10"]);
	});
	it("count no link inside properties that cannot be read, only those of the body", async () => {
		const root = vault({ ...jane, "2026-11-10.md": '---\nwith: "[[Jane Doe]]\n---\nCoffee.\n' });
		expect(keepInTouch(await due(root))).toEqual(["2026-10-31"]);
		writeFileSync(join(root, "2026-11-10.md"), '---\nwith: "[[Jane Doe]]\n---\nCoffee with [[Jane Doe]].\n');
		expect(keepInTouch(await due(root))).toEqual(["2026-12-10"]);
	});
	it("count no link in a properties block that is never closed, byte-order mark or not", async () => {
		const unclosed = '---\ntype: note\nwith: "[[Jane Doe]]"\n';
		const root = vault({ ...jane, "2026-11-10.md": `\ufeff${unclosed}`, "2026-11-11.md": unclosed });
		expect(keepInTouch(await due(root))).toEqual(["2026-10-31"]);
	});
	it("skip a daily note gone before it is read (its own reading reports it)", () => {
		const root = vault({ "2026-11-11.md": "[[Jane Doe]]" });
		const index = new VaultIndex();
		index.upsert("People/Jane Doe.md", { type: "contact", "keep-in-touch": 30, "last-contact": "2026-10-01" });
		readDailyNotes(root, ["2026-11-10.md", "2026-11-11.md"], index);
		expect(index.followUps("2026-11-22").filter((f) => f.kind === "keep-in-touch").map((f) => f.due)).toEqual(["2026-12-11"]);
		expect(index.problems()).toEqual([]);
	});
	it("do not count when the setting is off", async () => {
		const root = vault({
			...jane,
			"2026-11-10.md": "[[Jane Doe]]",
			".obsidian/daily-notes.json": "not json",
			".obsidian/plugins/informational-interviews/data.json": JSON.stringify({ dailyNotes: false }),
		});
		const r = await due(root);
		expect(keepInTouch(r)).toEqual(["2026-10-31"]);
		expect(r.problems).toEqual([]);
	});
});
