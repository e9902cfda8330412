import * as fs from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { cli } from "./run-cli";

/**
 * A note that appears after the import looked (a sync, another program) is
 * never overwritten: notes are created with the `wx` flag. Here the note is
 * hidden from every listing and existence check, as if it arrived between the
 * plan and the write.
 */

const hidden = new Set<string>();
vi.mock("node:fs", async (importOriginal) => {
	const real = await importOriginal<typeof import("node:fs")>();
	const visible = (dir: fs.PathLike, name: string) => !hidden.has(join(String(dir), name));
	return {
		...real,
		existsSync: (p: fs.PathLike) => !hidden.has(String(p)) && real.existsSync(p),
		readdirSync: ((dir: fs.PathLike, options?: unknown) => {
			const entries = real.readdirSync(dir, options as { withFileTypes: true }) as (string | fs.Dirent)[];
			return entries.filter((e) => visible(dir, typeof e === "string" ? e : e.name));
		}) as typeof fs.readdirSync,
	};
});

const dir = fs.mkdtempSync(join(tmpdir(), "ii-race-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("import-linkedin and a note that appears while importing", () => {
	it("leaves the note as it is, byte for byte, and says so", async () => {
		const vault = join(dir, "vault");
		const eve = join(vault, "Networking", "Contacts", "Eve Moss.md");
		fs.mkdirSync(join(vault, "Networking", "Contacts"), { recursive: true });
		const mine = "---\ntype: contact\nfield: Mine\n---\nWritten by me.\n";
		fs.writeFileSync(eve, mine);
		hidden.add(eve);
		fs.writeFileSync(join(dir, "c.csv"), "First Name,Last Name,URL\nEve,Moss,https://www.linkedin.com/in/eve\nZed,Quinn,https://www.linkedin.com/in/zed\n");
		const r = await cli("import-linkedin", join(dir, "c.csv"), vault);
		expect(r.code, r.stderr).toBe(0);
		expect(fs.readFileSync(eve, "utf8")).toBe(mine);
		expect(r.stdout).toContain("Networking/Contacts/Eve Moss.md: a file with that name appeared while importing; it was left as it is");
		expect(r.stdout).toContain("1 created, 1 skipped.");
	});
});
