import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateVault } from "../../bench/lib/vault-gen.mjs";
import { bundledCli, skipBundled } from "./bundled-cli";
import { cli } from "./run-cli";

/**
 * `due --json` on the benchmark's synthetic vault, a thirtieth of its size (seeded: the same
 * notes, byte for byte, every time): 2,450 notes, enough for the command line to read them in
 * its reader thread, with the generator's every form of frontmatter, broken ones included. The
 * output must stay what it was, byte for byte: work that makes reading or the report faster
 * must not change a character. Only the output's SHA-256 is kept (the output is ~330 KB), with
 * the counts of what it lists, to say what moved when it changes.
 *
 * When a change of behaviour is MEANT to change the output, run this test, check that the
 * counts moved as intended, and copy the new figures it prints into EXPECTED.
 */
const EXPECTED = {
	sha256: "b8c234d8d8bcde0130b570b0fec82a97ac6c59842add7724807854174521e216",
	followUps: 609,
	conversations: 24,
	fields: 24,
	problems: 32,
	bytes: 328573,
};

const work = mkdtempSync(join(tmpdir(), "ii-bench-due-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const bundled = bundledCli();

/** The figures of an output, to compare with EXPECTED. */
function figures(stdout: string) {
	const report = JSON.parse(stdout) as Record<string, unknown[]>;
	return {
		sha256: createHash("sha256").update(stdout).digest("hex"),
		followUps: report.followUps?.length ?? -1,
		conversations: report.conversations?.length ?? -1,
		fields: report.fields?.length ?? -1,
		problems: report.problems?.length ?? -1,
		bytes: Buffer.byteLength(stdout),
	};
}

describe("due --json on a seeded bench vault", () => {
	const vault = generateVault(join(work, "vault"), { contacts: 350, interviews: 700, unrelated: 1400 });

	it("prints exactly what it printed before, byte for byte", async () => {
		expect(vault.notes.length).toBe(2450);
		const r = await cli("due", vault.root, "--json", "--today", vault.today);
		expect(r.stderr).toBe("");
		expect(r.code).toBe(0);
		const got = figures(r.stdout);
		expect(got, `the output changed; its figures now: ${JSON.stringify(got)}`).toEqual(EXPECTED);
	});

	it.skipIf(skipBundled)("prints the same from the built command line, whose reader thread reads and parses every note", async () => {
		const r = await bundled.run("due", vault.root, "--json", "--today", vault.today);
		expect(r.stderr).toBe("");
		expect(r.code).toBe(0);
		expect(figures(r.stdout)).toEqual(EXPECTED);
		// One reader thread; this thread opened no note (only the settings it looks for, if any).
		expect(r.use.workers).toBe(1);
		expect(r.use.mainOpens).toBeLessThan(5);
		// Its young generation stayed at its starting size (1 to 2 MB) although a reader thread started
		// (src/cli/young-generation.ts); V8 would have grown it to 8 MB on this vault, 32 MB on a large one.
		expect(r.use.youngMb).toBeLessThanOrEqual(2);
	});
});
