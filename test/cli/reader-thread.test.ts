import { describe, expect, it } from "vitest";
import { bundledCli, skipBundled } from "./bundled-cli";
import { cli } from "./run-cli";
import { tempVaults } from "./temp-vault";

const vaults = tempVaults("ii-reader-thread-");
const bundled = bundledCli();

/** Enough notes for the reader thread (it starts from 2,000), and `extra`. */
function largeVault(extra: Record<string, string>): string {
	const files: Record<string, string> = { ...extra };
	for (let i = 0; i < 2100; i++) files[`People/P${String(i).padStart(4, "0")}.md`] = `---\ntype: contact\nname: Person ${i}\n---\n`;
	return vaults(files);
}

const nested = (depth: number) => `---\ntype: contact\nnotes: ${"[".repeat(depth)}${"]".repeat(depth)}\n---\n`;

describe.skipIf(skipBundled)("the reader thread of the built command line", () => {
	it("reads a block nested deeper than the main thread's stack allows as the main thread does: a problem, not a crash nor a contact", async () => {
		const vault = largeVault({ "Deep 1000.md": nested(1000), "Deep 3000.md": nested(3000), "Deep 9000.md": nested(9000) });
		const inProcess = await cli("due", vault, "--json", "--today", "2026-11-22");
		const built = await bundled.run("due", vault, "--json", "--today", "2026-11-22");
		expect(built.stderr).toBe("");
		expect(built.use.workers).toBe(1);
		const problems = (JSON.parse(built.stdout) as { problems: { note: string; message: string }[] }).problems;
		expect(problems.map((p) => p.note)).toEqual(["Deep 3000.md", "Deep 9000.md"]);
		expect(problems[0]?.message).toMatch(/not valid YAML/);
		expect(built.stdout).toBe(inProcess.stdout);
	});
});
