import { describe, expect, it } from "vitest";
import { readDailyNotesConfig, tokenize } from "../../src/domain/daily-notes";

function dateOf(config: object | null, path: string): string | null {
	const setup = readDailyNotesConfig(config === null ? null : JSON.stringify(config));
	if (!setup.ok) throw new Error(setup.message);
	return setup.daily.dateOf(path);
}

describe("the daily notes' settings", () => {
	it("default to the vault root and YYYY-MM-DD", () => {
		expect(dateOf(null, "2026-11-20.md")).toBe("2026-11-20");
		expect(dateOf({}, "2026-11-20.md")).toBe("2026-11-20");
		expect(dateOf({ folder: "", format: "" }, "2026-11-20.md")).toBe("2026-11-20");
		expect(dateOf(null, "Daily/2026-11-20.md")).toBeNull();
		expect(readDailyNotesConfig("")).toMatchObject({ ok: true });
	});
	it("read the folder, with or without slashes", () => {
		expect(dateOf({ folder: "/Journal/Daily/" }, "Journal/Daily/2026-11-20.md")).toBe("2026-11-20");
		expect(dateOf({ folder: "Journal" }, "2026-11-20.md")).toBeNull();
		expect(dateOf({ folder: "Journal" }, "Journal/2026-11-20.pdf")).toBeNull();
	});
	it("read the whole path below the folder in the format, `/` included", () => {
		expect(dateOf({ folder: "J", format: "YYYY/MM/YYYY-MM-DD" }, "J/2026/11/2026-11-20.md")).toBe("2026-11-20");
		// The parts must agree, and nothing may be left over.
		expect(dateOf({ folder: "J", format: "YYYY/MM/YYYY-MM-DD" }, "J/2026/10/2026-11-20.md")).toBeNull();
		expect(dateOf({ folder: "J", format: "YYYY/MM/YYYY-MM-DD" }, "J/2026-11-20.md")).toBeNull();
		expect(dateOf({ format: "YYYY-MM-DD" }, "2026-11-20 notes.md")).toBeNull();
	});
	it("read every supported token strictly", () => {
		const cases: [string, string, string | null][] = [
			["YYYY-MM-DD", "2026-02-30", null],
			["YYYY-MM-DD", "2026-2-3", null],
			["YYYY-M-D", "2026-2-3", "2026-02-03"],
			["YYYY-M-D", "2026-11-20", "2026-11-20"],
			["DD.MM.YY", "20.11.26", "2026-11-20"],
			["DD.MM.YY", "20.11.75", "1975-11-20"],
			["YYYYMMDD", "20261120", "2026-11-20"],
			["dddd, MMMM Do, YYYY", "Friday, November 20th, 2026", "2026-11-20"],
			["dddd, MMMM Do, YYYY", "Saturday, November 20th, 2026", null],
			["dddd, MMMM Do, YYYY", "Friday, November 20st, 2026", null],
			["ddd D MMM YYYY", "Sun 22 Nov 2026", "2026-11-22"],
			["ddd D MMM YYYY", "sun 22 nov 2026", "2026-11-22"],
			["MMMM D YYYY", "June 1 2026", "2026-06-01"],
			["MMM D YYYY", "June 1 2026", null],
			["Do MMMM YYYY", "1st June 2026", "2026-06-01"],
			["Do MMMM YYYY", "11th June 2026", "2026-06-11"],
			["Do MMMM YYYY", "22nd June 2026", "2026-06-22"],
			["[Journal] YYYY-MM-DD", "Journal 2026-11-20", "2026-11-20"],
			["[Journal] YYYY-MM-DD", "journal 2026-11-20", null],
		];
		for (const [format, name, want] of cases) expect([format, name, dateOf({ format }, `${name}.md`)]).toEqual([format, name, want]);
	});
	it("report a format they cannot read, naming the part, and a file that is not JSON", () => {
		for (const [format, part] of [
			["YYYY-[W]ww", '"ww"'],
			["gggg-MM-DD", '"gggg"'],
			["YYYY-MM-DD HHmm", '"HH"'],
			["YYYY-MM-DDD", '"DDD"'],
			["YYYY-MM", "a year, a month and a day"],
			["YYYY-MM-DD [note", "never closed"],
		]) {
			const setup = readDailyNotesConfig(JSON.stringify({ format }));
			expect(setup.ok).toBe(false);
			if (!setup.ok) expect(setup.message).toContain(part);
		}
		expect(readDailyNotesConfig("{ folder")).toMatchObject({ ok: false, message: expect.stringContaining("not valid JSON") });
	});
	it("tokenize moment's supported tokens", () => {
		expect(tokenize("YYYY/MM/Do ddd")).toEqual([
			{ kind: "YYYY" },
			{ kind: "literal", text: "/" },
			{ kind: "MM" },
			{ kind: "literal", text: "/" },
			{ kind: "Do" },
			{ kind: "literal", text: " " },
			{ kind: "ddd" },
		]);
	});
});
