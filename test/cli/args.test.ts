import { describe, expect, it } from "vitest";
import { dateOption, daysOption, parseArgs, UsageError } from "../../src/cli/args";

const FLAGS = new Set(["json", "dry-run"]);
const VALUED = new Set(["today", "days", "folder"]);
const parse = (...argv: string[]) => parseArgs(argv, FLAGS, VALUED);
const refusal = (f: () => unknown): string => {
	try {
		f();
	} catch (e) {
		if (e instanceof UsageError) return e.message;
		throw e;
	}
	throw new Error("not refused");
};

describe("parseArgs", () => {
	it("reads the command, positionals, flags and options written either way", () => {
		const r = parse("due", "vault", "--json", "--today", "2026-11-22", "--days=7", "--folder=a=b", "--", "-x");
		expect(r.command).toBe("due");
		expect(r.positional).toEqual(["vault", "--", "-x"]);
		expect([...r.options]).toEqual([
			["json", true],
			["today", "2026-11-22"],
			["days", "7"],
			["folder", "a=b"],
		]);
	});

	it("takes an empty value written with =, and a value that starts with -- when written with =", () => {
		expect(parse("due", "--folder=").options.get("folder")).toBe("");
		expect(parse("due", "--folder=--x").options.get("folder")).toBe("--x");
		expect(parse("due", "--folder", "-x").options.get("folder")).toBe("-x");
	});

	it("has an empty command when there is none", () => {
		expect(parse()).toEqual({ command: "", positional: [], options: new Map() });
	});

	it.each([
		[["due", "--json=yes"], "--json takes no value"],
		[["due", "--json="], "--json takes no value"],
		[["due", "--today"], "--today needs a value"],
		[["due", "--today", "--json"], "--today needs a value"],
		[["due", "--colour"], "unknown option --colour"],
		[["due", "--=x"], "unknown option --"],
		[["due", "--days=1=2=3", "--folder"], "--folder needs a value"],
	])("refuses %j: %s", (argv, message) => {
		expect(refusal(() => parse(...argv))).toBe(message);
	});
});

describe("dateOption", () => {
	it("reads a calendar date, and nothing when the option is absent", () => {
		expect(dateOption("2026-11-22", "today")).toBe("2026-11-22");
		expect(dateOption(undefined, "today")).toBeNull();
	});

	it.each([
		[true, "--today needs a date"],
		["2026-11-22T10:00", '--today must be a date written YYYY-MM-DD, not "2026-11-22T10:00"'],
		["x2026-11-22", '--today must be a date written YYYY-MM-DD, not "x2026-11-22"'],
		[" 2026-11-22", '--today must be a date written YYYY-MM-DD, not " 2026-11-22"'],
		["2026-11-22 ", '--today must be a date written YYYY-MM-DD, not "2026-11-22 "'],
		["2026-02-30", '--today must be a date written YYYY-MM-DD, not "2026-02-30"'],
	] as const)("refuses %j", (value, message) => {
		expect(refusal(() => dateOption(value, "today"))).toBe(message);
	});

	it("names the option as the caller spells it", () => {
		expect(refusal(() => dateOption(true, "today", (n) => `${n}=`))).toBe("today= needs a date");
	});
});

describe("daysOption", () => {
	it("reads 0 to 3650 days, the fallback when absent", () => {
		expect(daysOption("0", 14)).toBe(0);
		expect(daysOption("3650", 14)).toBe(3650);
		expect(daysOption(undefined, 14)).toBe(14);
	});

	it.each([
		[true, '--days must be a whole number of days from 0 to 3650, not ""'],
		["3651", '--days must be a whole number of days from 0 to 3650, not "3651"'],
		["7 days", '--days must be a whole number of days from 0 to 3650, not "7 days"'],
		["x7", '--days must be a whole number of days from 0 to 3650, not "x7"'],
	] as const)("refuses %j", (value, message) => {
		expect(refusal(() => daysOption(value, 14))).toBe(message);
	});

	it("names the option as the caller spells it", () => {
		expect(refusal(() => daysOption("x", 14, (n) => `${n}=`))).toContain("days= must be");
	});
});
