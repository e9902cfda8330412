import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/main";
import { cli } from "./run-cli";

const vault = join(__dirname, "..", "..", "example-vault");

async function refused(argv: string[], words: string): Promise<void> {
	const r = await cli(...argv);
	expect(r.code, r.stderr).toBe(2);
	expect(r.stdout).toBe("");
	expect(r.stderr).toContain(words);
	expect(r.stderr.endsWith("\n")).toBe(true);
	expect(r.stderr.trim().split("\n")).toHaveLength(1);
}

describe("subcommands", () => {
	// Names every plain object has: a lookup on one finds a function that is no subcommand.
	it.each(["constructor", "toString", "__proto__", "valueOf", "hasOwnProperty", "isPrototypeOf", "__defineGetter__", "toLocaleString"])(
		"%s is an unknown command: the usage line and exit 2",
		async (name) => {
			await refused([name, vault], `unknown command "${name}"`);
			await refused([name, vault], "due, ics, import-linkedin or import-vcard");
		},
	);

	it("echoes an unknown command without the control characters it holds", async () => {
		const r = await cli("\u001b[2Jdue\u0007", vault);
		expect(r.code).toBe(2);
		// eslint-disable-next-line no-control-regex -- the test looks for control characters on purpose
		expect(r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
		expect(r.stderr).toContain("[2Jdue");
	});
});

describe("errors", () => {
	it("an error that is neither about the arguments nor about the vault is not reported as one: run rejects with it", async () => {
		let err = "";
		const io = {
			out: () => {
				throw new Error("write EPIPE");
			},
			err: (t: string) => (err += t),
			color: false,
			now: () => new Date(2026, 10, 22),
		};
		await expect(run(["due", vault, "--today", "2026-11-22"], io)).rejects.toThrow("write EPIPE");
		expect(err).toBe("");
	});
});

describe("--today and --days are bounded", () => {
	it.each(["0000-01-01", "0999-12-31", "0226-03-01", "10000-01-01", "2026-02-30", "2026-13-01", "+2026-11-22"])(
		"--today %s exits 2 with a one-line error",
		async (day) => {
			for (const command of ["due", "ics"]) await refused([command, vault, "--today", day], "--today must be a date");
		},
	);

	it("--today takes the calendar's first and last years", async () => {
		for (const day of ["1000-01-01", "9999-12-31"]) {
			const r = await cli("due", vault, "--today", day, "--json");
			expect(r.code, r.stderr).toBe(0);
			expect((JSON.parse(r.stdout) as { today: string }).today).toBe(day);
		}
	});

	it.each(["3651", "99999999999999999999", "-1", "1e3", "1.5", "0x10", " 3", ""])("--days %j exits 2 with a one-line error", async (days) => {
		for (const command of ["due", "ics"]) await refused([command, vault, `--days=${days}`], "--days must be a whole number of days from 0 to 3650");
	});

	it("--days takes 0 and 3650", async () => {
		for (const days of ["0", "3650"]) {
			const r = await cli("due", vault, "--today", "2026-11-22", "--days", days);
			expect(r.code, r.stderr).toBe(0);
		}
	});

	it("--days 3650 on the calendar's last day lists nothing past it", async () => {
		const r = await cli("due", vault, "--today", "9999-12-31", "--days", "3650", "--json");
		expect(r.code, r.stderr).toBe(0);
		for (const f of (JSON.parse(r.stdout) as { followUps: { due: string }[] }).followUps) expect(f.due <= "9999-12-31").toBe(true);
	});
});
