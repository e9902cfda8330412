import { describe, expect, it } from "vitest";
import { DEFAULT_RULE_SETTINGS } from "../../src/domain/rule-windows";
import { DEFAULT_SETTINGS, loadSettings, readCadenceSetting, readNumberSetting, toRuleSettings } from "../../src/settings/plugin-settings";

describe("loadSettings", () => {
	it("gives every default for no data.json (null), and for data that is not an object", () => {
		for (const data of [null, undefined, 42, "text", true, [], [1, 2], () => 1]) {
			expect(loadSettings(data)).toEqual(DEFAULT_SETTINGS);
		}
	});

	it("returns a fresh object each time (defaults are never shared or mutated)", () => {
		const a = loadSettings(null);
		a.contactsFolder = "Elsewhere";
		expect(loadSettings(null).contactsFolder).toBe("Networking/Contacts");
		expect(DEFAULT_SETTINGS.contactsFolder).toBe("Networking/Contacts");
	});

	it("merges defaults for keys an older data.json lacks", () => {
		const s = loadSettings({ contactsFolder: "People", thankYouDays: 3 });
		expect(s).toEqual({ ...DEFAULT_SETTINGS, contactsFolder: "People", thankYouDays: 3 });
	});

	it("replaces a key of the wrong type or out of range by its default, keeping the others", () => {
		const s = loadSettings({
			contactsFolder: 12,
			interviewsFolder: "Talks",
			nudgeDays: "soon",
			maxNudges: -1,
			thankYouDays: 2.5,
			confirmDaysBefore: "2",
			horizonDays: 1e9,
			fieldTarget: 0,
			keepInTouch: "every now and then",
			digest: "yes",
			viewOpenedOnce: 1,
			lastDigestDay: "yesterday",
			pitch: { text: "hi" },
			userName: null,
			linkedInNoteLimit: 20,
		});
		expect(s).toEqual({ ...DEFAULT_SETTINGS, interviewsFolder: "Talks", confirmDaysBefore: 2 });
	});

	it("keeps the LinkedIn note's length from 50 to 2000 characters (default 200)", () => {
		expect(DEFAULT_SETTINGS.linkedInNoteLimit).toBe(200);
		expect(loadSettings({ linkedInNoteLimit: 300 }).linkedInNoteLimit).toBe(300);
		expect(loadSettings({ linkedInNoteLimit: "150" }).linkedInNoteLimit).toBe(150);
		for (const bad of [49, 2001, 199.5, "short", null]) expect(loadSettings({ linkedInNoteLimit: bad }).linkedInNoteLimit).toBe(200);
	});

	it("keeps valid values of every key", () => {
		const data = {
			contactsFolder: "A",
			interviewsFolder: "B",
			templatesFolder: "T",
			nudgeDays: 5,
			maxNudges: 0,
			confirmDaysBefore: 2,
			thankYouDays: 1,
			thankReferrerDays: 4,
			reachOutDays: 10,
			sendRequestDays: 3,
			dailyNotes: false,
			keepInTouch: "3 months",
			horizonDays: 30,
			fieldTarget: 5,
			userName: "Kia",
			pitch: "I teach.\nI want to learn.",
			linkedInNoteLimit: 300,
			digest: false,
			defaultDuration: 45,
			calendarFile: "Calendar/Follow-ups.ics",
			baseFolder: "Tables",
			calendarOverdueToday: true,
			viewOpenedOnce: true,
			lastDigestDay: "2026-11-21",
			recognise: true,
			recogniseSince: "2026-11-01",
			contactFolders: "People",
			contactTags: "person, mentor",
			contactProperty: "categories: [[People]]",
			interviewFolders: "Meetings",
			interviewTags: "meeting",
			interviewProperty: "categories: [[Meetings]]",
			personProperty: "people",
		};
		expect(loadSettings(data)).toEqual(data);
	});

	it("accepts a cadence written as a number of days", () => {
		expect(loadSettings({ keepInTouch: 60 }).keepInTouch).toBe("60 days");
		expect(readCadenceSetting(" 6 weeks ")).toBe("6 weeks");
		expect(readCadenceSetting("0 days")).toBeNull();
	});

	it("drops keys it does not know", () => {
		expect(loadSettings({ surprise: 1 })).not.toHaveProperty("surprise");
	});

	it("never throws on odd objects", () => {
		const odd = Object.create(null) as Record<string, unknown>;
		odd.nudgeDays = 9;
		expect(loadSettings(odd).nudgeDays).toBe(9);
		expect(loadSettings(new Date()).nudgeDays).toBe(DEFAULT_SETTINGS.nudgeDays);
	});
});

describe("number settings", () => {
	it("reads whole numbers in range, from numbers or digits", () => {
		expect(readNumberSetting("nudgeDays", 7)).toBe(7);
		expect(readNumberSetting("nudgeDays", " 12 ")).toBe(12);
		expect(readNumberSetting("nudgeDays", 0)).toBeNull();
		expect(readNumberSetting("maxNudges", 0)).toBe(0);
		expect(readNumberSetting("horizonDays", "")).toBeNull();
		expect(readNumberSetting("horizonDays", "1.5")).toBeNull();
		expect(readNumberSetting("fieldTarget", Number.NaN)).toBeNull();
	});
});

describe("the Schedule dialog's default duration", () => {
	it("is 30 minutes unless data.json holds a whole number of minutes up to a day", () => {
		expect(loadSettings(null).defaultDuration).toBe(30);
		expect(loadSettings({ defaultDuration: "20" }).defaultDuration).toBe(20);
		expect(loadSettings({ defaultDuration: 1440 }).defaultDuration).toBe(1440);
		for (const bad of [0, 1441, 22.5, "half an hour", null]) expect(loadSettings({ defaultDuration: bad }).defaultDuration).toBe(30);
	});
});

describe("toRuleSettings", () => {
	it("maps the defaults to the rules' defaults", () => {
		expect(toRuleSettings(loadSettings(null))).toEqual(DEFAULT_RULE_SETTINGS);
	});

	it("parses the cadence", () => {
		expect(toRuleSettings(loadSettings({ keepInTouch: "2 months" })).keepInTouch).toEqual({ count: 2, unit: "months" });
	});
});
