import { describe, expect, it } from "vitest";
import { cli } from "./run-cli";

describe("the usage text", () => {
	it.each(["--help", "-h", "help"])("%s prints it on stdout and exits 0", async (word) => {
		const r = await cli(word);
		expect(r.code).toBe(0);
		expect(r.stderr).toBe("");
		expect(r.stdout).toMatch(/^Usage:\n[^]*[^\n]\n$/);
		expect(r.stdout).toContain("due <vault>");
	});

	it("no command at all prints it on stderr and exits 2", async () => {
		const r = await cli();
		expect(r.code).toBe(2);
		expect(r.stdout).toBe("");
		expect(r.stderr).toBe((await cli("--help")).stdout);
	});

	it("a word that only looks like help is an unknown command", async () => {
		const r = await cli("--HELP");
		expect(r.code).toBe(2);
		expect(r.stdout).toBe("");
		expect(r.stderr).toContain('unknown command "--HELP"');
	});
});
