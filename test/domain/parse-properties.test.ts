import { describe, expect, it } from "vitest";
import { parseNote } from "../../src/domain/parse";
import { NO_RECOGNITION, type Recognition } from "../../src/domain/recognition";

// Each note is read inside its `it` (never in a describe body): see docs/mutation.md.
const contact = (fm: Record<string, unknown>) => parseNote("C/Jane.md", { type: "contact", ...fm });
const interview = (fm: Record<string, unknown>) => parseNote("I/a.md", { type: "interview", contact: "[[Jane]]", ...fm });
const problemsOf = (r: { problems: { property: string | null; message: string }[] }) => r.problems.map((p) => `${p.property}: ${p.message}`);

describe("confirmed, thank-you-sent and referrer-thanked", () => {
	it("read yes/no words in any case and with blanks around them", () => {
		const r = interview({ confirmed: " TRUE ", "thank-you-sent": "Sent", "referrer-thanked": " False " });
		expect(r.problems).toEqual([]);
		expect(r.record).toMatchObject({ confirmed: true, thankYouSent: true, referrerThanked: null });
		expect(interview({ confirmed: "true", "thank-you-sent": " sent ", "referrer-thanked": "false" }).record).toMatchObject({
			confirmed: true,
			thankYouSent: true,
			referrerThanked: null,
		});
	});
	it("read a checkbox: ticked is done on an unknown day, unticked is not done", () => {
		const r = interview({ confirmed: true, "thank-you-sent": false });
		expect(r.problems).toEqual([]);
		expect(r.record).toMatchObject({ confirmed: true, thankYouSent: null });
	});
});

describe("a link that names no one", () => {
	it("is reported as naming no one when written as text, and as not a link otherwise", () => {
		expect(problemsOf(interview({ contact: "[[#Intro]]" }))).toEqual(['contact: "[[#Intro]]" names no one: write a link like [[Jane Doe]]']);
		expect(problemsOf(interview({ contact: 12 }))).toEqual(["contact: expected a link like [[Jane Doe]], found 12"]);
		expect(interview({ contact: 12 }).record).toMatchObject({ contact: null });
	});
});

describe("the person of an adopted interview", () => {
	const MEETINGS: Recognition = { ...NO_RECOGNITION, interview: { folders: ["meetings"], tags: [], properties: [] }, personProperty: "people" };
	const adopted = (fm: Record<string, unknown>) => parseNote("Meetings/Call.md", fm, MEETINGS);

	it("is the first person of a list, or the one link written alone", () => {
		expect(adopted({ people: ["[[Ann]]", "[[Bo]]"] }).record).toMatchObject({ kind: "interview", contact: { target: "Ann", display: "Ann" } });
		expect(adopted({ people: "[[Bo]]" }).record).toMatchObject({ contact: { target: "Bo", display: "Bo" } });
	});
	it("reports a value written alone that is no link, as for a contact property", () => {
		const number = adopted({ people: 12 });
		expect(number.record).toMatchObject({ kind: "interview", contact: null });
		expect(problemsOf(number)).toEqual(["people: expected a link like [[Jane Doe]], found 12"]);
		const empty = adopted({ people: "[[]]" });
		expect(empty.record).toMatchObject({ kind: "interview", contact: null });
		expect(problemsOf(empty)).toEqual(['people: "[[]]" names no one: write a link like [[Jane Doe]]']);
	});
});

describe("nudges", () => {
	it("reads a whole number written as text, blanks around it, and zero", () => {
		for (const [nudges, read] of [["3 ", 3], [" 12", 12], ["0", 0], [0, 0], [2, 2]] as const) {
			const r = interview({ nudges });
			expect(r.problems).toEqual([]);
			expect(r.record).toMatchObject({ nudges: read });
		}
	});
	it("reports anything but digits, counting it as no nudge", () => {
		for (const nudges of ["x3", "3x", "1e3", "0x10", "+3", "-1", "1.5", [3], true]) {
			const r = interview({ nudges });
			expect(r.record).toMatchObject({ nudges: 0 });
			expect(problemsOf(r)).toEqual([expect.stringMatching(/^nudges: expected a whole number, found /)]);
		}
	});
});

describe("duration", () => {
	it("reads minutes written with or without a unit, in any case, with blanks", () => {
		const cases: [unknown, number][] = [
			["45 min", 45],
			["1.5 minutes", 1.5],
			["1.25", 1.25],
			["90m", 90],
			["30 mins", 30],
			["45minutes", 45],
			["1 Minute", 1],
			[" 20 ", 20],
			["60", 60],
			[45, 45],
		];
		for (const [duration, read] of cases) {
			const r = interview({ duration });
			expect(r.problems).toEqual([]);
			expect(r.record).toMatchObject({ duration: read });
		}
	});
	it("reports zero, other units, text around the number and a list, reading no duration", () => {
		for (const duration of ["0", 0, "0 min", "about 45", "45 minutes or so", "2 hours", "1.", [45], true]) {
			const r = interview({ duration });
			expect(r.record).toMatchObject({ duration: null });
			expect(problemsOf(r)).toEqual([expect.stringMatching(/^duration: expected a number of minutes, found /)]);
		}
	});
});

describe("status", () => {
	it("reads a status with blanks around it and spaces or underscores inside", () => {
		for (const [status, read] of [[" Done ", "done"], ["no  response", "no-response"], ["No _ Response", "no-response"], ["no_response", "no-response"]] as const) {
			const r = interview({ status });
			expect(r.problems).toEqual([]);
			expect(r.record).toMatchObject({ status: read, statusUnknown: false });
		}
		expect(contact({ status: " Paused " }).record).toMatchObject({ status: "paused" });
	});
});

describe("keep-in-touch", () => {
	it("reads an empty value as none, with no problem", () => {
		const empty = contact({ "keep-in-touch": "" });
		expect(empty.problems).toEqual([]);
		expect(empty.record).toMatchObject({ keepInTouch: null });
		expect(contact({}).record).toMatchObject({ keepInTouch: null });
	});
});
