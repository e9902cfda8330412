import * as fs from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { cli } from "./run-cli";

/**
 * `ics --out` writes a temporary file beside the target and renames it over
 * the target. Here the write is made to fail: a link planted at the temporary
 * file's name just before it is created, or a rename the system refuses.
 */

let plant: string | null = null;
let refuseRename = false;
vi.mock("node:fs", async (importOriginal) => {
	const real = await importOriginal<typeof import("node:fs")>();
	return {
		...real,
		writeFileSync: ((file: fs.PathOrFileDescriptor, data: string, options?: fs.WriteFileOptions) => {
			if (plant !== null && String(file).endsWith(".tmp")) real.symlinkSync(plant, String(file));
			real.writeFileSync(file, data, options);
		}) as typeof fs.writeFileSync,
		renameSync: ((from: fs.PathLike, to: fs.PathLike) => {
			if (refuseRename) throw Object.assign(new Error("EBUSY: resource busy or locked"), { code: "EBUSY" });
			real.renameSync(from, to);
		}) as typeof fs.renameSync,
	};
});

const dir = fs.mkdtempSync(join(tmpdir(), "ii-ics-write-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
	plant = null;
	refuseRename = false;
});
const vault = join(dir, "vault");
fs.mkdirSync(vault);
fs.writeFileSync(join(vault, "Ann.md"), "---\ntype: contact\nkeep-in-touch: 30\nlast-contact: 2026-10-01\n---\n");

describe("ics --out when the write fails", () => {
	it("never writes through a link found at the temporary file's name", async () => {
		const out = join(dir, "a", "follow-ups.ics");
		const victim = join(dir, "a", "victim.txt");
		fs.mkdirSync(join(dir, "a"));
		fs.writeFileSync(out, "old calendar");
		fs.writeFileSync(victim, "someone else's file");
		plant = victim;
		const r = await cli("ics", vault, "--today", "2026-11-22", "--out", out);
		expect(r.code).toBe(2);
		expect(r.stdout).toBe("");
		expect(r.stderr.startsWith(`error: cannot write "${out}": EEXIST: file already exists, open '${join(dir, "a", ".follow-ups.ics.")}`)).toBe(true);
		expect(r.stderr).toMatch(/\.tmp'\n$/);
		expect(fs.readFileSync(victim, "utf8")).toBe("someone else's file");
		expect(fs.readFileSync(out, "utf8")).toBe("old calendar");
		expect(fs.readdirSync(join(dir, "a")).sort()).toEqual(["follow-ups.ics", "victim.txt"]);
	});

	it("says why, keeps the old file, and leaves no temporary file when the rename is refused", async () => {
		const out = join(dir, "b", "follow-ups.ics");
		fs.mkdirSync(join(dir, "b"));
		fs.writeFileSync(out, "old calendar");
		refuseRename = true;
		const r = await cli("ics", vault, "--today", "2026-11-22", "--out", out);
		expect(r.code).toBe(2);
		expect(r.stdout).toBe("");
		expect(r.stderr).toBe(`error: cannot write "${out}": EBUSY: resource busy or locked\n`);
		expect(fs.readFileSync(out, "utf8")).toBe("old calendar");
		expect(fs.readdirSync(join(dir, "b"))).toEqual(["follow-ups.ics"]);
	});
});
