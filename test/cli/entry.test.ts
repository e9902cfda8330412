import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { startCli, type CliProcess } from "../../src/cli/entry";

const vault = join(__dirname, "..", "..", "example-vault");
const SCRIPT = "/somewhere/dist/cli.js";

interface Recorded extends CliProcess {
	out: string;
	err: string;
}

/** A process as dist/cli.js sees it: node and the script first in argv, then the words given. */
function fakeProcess(words: string[], terminal: { isTTY?: boolean; NO_COLOR?: string } = {}): Recorded {
	const p: Recorded = {
		argv: ["/usr/bin/node", SCRIPT, ...words],
		out: "",
		err: "",
		stdout: { write: (t: string) => (p.out += t), isTTY: terminal.isTTY },
		stderr: { write: (t: string) => (p.err += t) },
		env: terminal.NO_COLOR === undefined ? {} : { NO_COLOR: terminal.NO_COLOR },
		exitCode: undefined,
	};
	return p;
}

async function started(words: string[], terminal?: { isTTY?: boolean; NO_COLOR?: string }): Promise<Recorded> {
	const p = fakeProcess(words, terminal);
	await startCli(p, SCRIPT);
	return p;
}

describe("the command line's entry point", () => {
	it("runs the words after node and the script, and sets the exit code run returns", async () => {
		const p = await started(["due", vault, "--today", "2026-11-22"]);
		expect(p.err).toBe("");
		expect(p.out.startsWith("Follow-ups for Sunday 22 November 2026\n")).toBe(true);
		expect(p.exitCode).toBe(0);
	});

	it("writes run's errors on stderr, with its exit code", async () => {
		const none = await started([]);
		expect(none.out).toBe("");
		expect(none.err.startsWith("Usage:\n")).toBe(true);
		expect(none.exitCode).toBe(2);
		const missing = await started(["due", join(vault, "no-such-folder")]);
		expect(missing.out).toBe("");
		expect(missing.err).toMatch(/^error: cannot read the vault folder ".*no-such-folder": it does not exist\n$/);
		expect(missing.exitCode).toBe(2);
	});

	it("an error run does not report itself: one error line on stderr and exit code 1", async () => {
		const p = fakeProcess(["due", vault, "--today", "2026-11-22"]);
		p.stdout.write = () => {
			throw new Error("write EPIPE");
		};
		await startCli(p, SCRIPT);
		expect(p.err).toBe("error: write EPIPE\n");
		expect(p.exitCode).toBe(1);
	});

	it("colours only on a terminal, and not when NO_COLOR is set", async () => {
		const words = ["due", vault, "--today", "2026-11-22"];
		const bold = "\u001b[1mFollow-ups for Sunday 22 November 2026\u001b[22m";
		expect((await started(words, { isTTY: true })).out).toContain(bold);
		for (const terminal of [{}, { isTTY: false }, { isTTY: true, NO_COLOR: "1" }, { isTTY: false, NO_COLOR: "1" }]) {
			const p = await started(words, terminal);
			expect(p.exitCode, JSON.stringify(terminal)).toBe(0);
			expect(p.out, JSON.stringify(terminal)).not.toContain("\u001b[");
		}
	});
});
