import { describe, expect, it } from "vitest";
import { readDailyNotesConfig, tokenize } from "../../src/domain/daily-notes";
import { MONTHS, WEEKDAYS } from "../../src/domain/relative";

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
	it("take a file of blanks, or JSON that is not an object, as the defaults", () => {
		for (const text of [" \n\t", "null", "[]", "5", '"Daily"']) {
			const setup = readDailyNotesConfig(text);
			expect([text, setup]).toMatchObject([text, { ok: true, daily: { folder: "", format: "YYYY-MM-DD" } }]);
			if (setup.ok) expect([text, setup.daily.dateOf("2026-11-20.md")]).toEqual([text, "2026-11-20"]);
		}
	});
	it("trim blanks around the folder and the format, and a format of blanks is the default", () => {
		const setup = readDailyNotesConfig(JSON.stringify({ folder: " Journal ", format: " DD.MM.YYYY " }));
		expect(setup).toMatchObject({ ok: true, daily: { folder: "Journal", format: "DD.MM.YYYY" } });
		if (setup.ok) expect(setup.daily.dateOf("Journal/20.11.2026.md")).toBe("2026-11-20");
		expect(readDailyNotesConfig(JSON.stringify({ format: "   " }))).toMatchObject({ ok: true, daily: { format: "YYYY-MM-DD" } });
		expect(dateOf({ format: "   " }, "2026-11-20.md")).toBe("2026-11-20");
	});
	it("read the folder, with or without slashes", () => {
		expect(dateOf({ folder: "/Journal/Daily/" }, "Journal/Daily/2026-11-20.md")).toBe("2026-11-20");
		expect(dateOf({ folder: "Journal" }, "2026-11-20.md")).toBeNull();
		expect(dateOf({ folder: "Journal" }, "Journal/2026-11-20.pdf")).toBeNull();
	});
	it("drop every slash at either end of the folder", () => {
		expect(readDailyNotesConfig(JSON.stringify({ folder: "//Journal//" }))).toMatchObject({ ok: true, daily: { folder: "Journal" } });
		expect(dateOf({ folder: "//Journal//" }, "Journal/2026-11-20.md")).toBe("2026-11-20");
	});
	it("count only Markdown notes inside the folder", () => {
		// A two-letter extension leaves the day itself once the last three characters are cut.
		expect(dateOf({ folder: "J" }, "J/2026-11-20.js")).toBeNull();
		expect(dateOf({ folder: "J" }, "J/2026-11-20.MD")).toBe("2026-11-20");
		// A folder of the same length elsewhere is not the daily notes' folder.
		expect(dateOf({ folder: "J" }, "K/2026-11-20.md")).toBeNull();
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
			["DD.MM.YY", "20.11.68", "2068-11-20"],
			["DD.MM.YY", "20.11.69", "1969-11-20"],
			["DD.MM.YY", "20.11.", null],
			["YYYY-MM-DD", "2026-2-03", null],
			["YYYY-MM-DD", "2026-11-2", null],
			["YYYY-MMMM-DD", "2026--05", null],
			["Do MMMM YYYY", "13th June 2026", "2026-06-13"],
			["Do MMMM YYYY", "13rd June 2026", null],
			["Do MMMM YYYY", "23rd June 2026", "2026-06-23"],
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
			["MM-DD", "a year, a month and a day"],
			["YYYY-DD", "a year, a month and a day"],
			// An ordinal is read after a single D only (`Do`): not after M (moment's `Mo`), nor after DD.
			["YYYY-Mo-DD", '"o"'],
			["YYYY-MM-DDo", '"o"'],
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
	it("tokenize bracketed literals side by side", () => {
		expect(tokenize("[Week ][of] YYYY")).toEqual([
			{ kind: "literal", text: "Week " },
			{ kind: "literal", text: "of" },
			{ kind: "literal", text: " " },
			{ kind: "YYYY" },
		]);
	});
});

describe("the names a daily note's date is read from", () => {
	// The reader takes the first name that matches: that is right only while no name of a list starts another.
	it.each([
		["months", MONTHS],
		["months, short", MONTHS.map((m) => m.slice(0, 3))],
		["weekdays", WEEKDAYS],
		["weekdays, short", WEEKDAYS.map((d) => d.slice(0, 3))],
	])("has no %s name that starts another", (_, names) => {
		for (const a of names) for (const b of names) if (a !== b) expect(b.toLowerCase().startsWith(a.toLowerCase())).toBe(false);
	});
});
