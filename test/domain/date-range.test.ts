import { describe, expect, it } from "vitest";
import { addDays, addPeriod, parseDateValue } from "../../src/domain/dates";
import { parseConnectedOn } from "../../src/domain/linkedin";
import { build, C, I, lines } from "../builders";

/**
 * Every way a date is written gets the same checks: a year from 1000 to 9999
 * and a day the calendar has. The plain `YYYY-MM-DD` form is read on a fast
 * path of its own, so each check is made on it as well as on the others.
 */

const FORMS = (ymd: string): unknown[] => [ymd, ` ${ymd} `, `${ymd}T10:00`, `${ymd} 10:00`, `[[${ymd}]]`, [[ymd]]];

describe("the year range, on every form of date", () => {
	it.each(["0226-03-01", "0000-01-01", "0999-12-31"])("refuses %s in every form, naming the range", (ymd) => {
		for (const form of FORMS(ymd)) {
			const r = parseDateValue(form);
			expect(r.ok, JSON.stringify(form)).toBe(false);
			if (!r.ok) expect(r.message).toContain("1000 to 9999");
		}
	});

	it.each(["1000-01-01", "9999-12-31", "9000-06-15", "9500-01-01"])("reads %s in every form", (ymd) => {
		for (const form of FORMS(ymd)) {
			const r = parseDateValue(form);
			expect(r.ok && r.value.date, JSON.stringify(form)).toBe(ymd);
		}
	});

	it("refuses a parser-made Date outside the range, and reads one inside it", () => {
		const at = (y: number) => {
			const d = new Date(Date.UTC(2000, 0, 1));
			d.setUTCFullYear(y, 2, 1);
			return d;
		};
		expect(parseDateValue(at(226)).ok).toBe(false);
		expect(parseDateValue(at(10000)).ok).toBe(false);
		const r = parseDateValue(at(9999));
		expect(r.ok && r.value.date).toBe("9999-03-01");
	});

	it("refuses an impossible day in every form", () => {
		for (const ymd of ["2026-02-30", "2026-04-31", "2026-13-01", "2026-00-01", "2026-01-00", "2100-02-29"]) {
			for (const form of FORMS(ymd)) {
				const r = parseDateValue(form);
				expect(r.ok, JSON.stringify(form)).toBe(false);
				if (!r.ok) expect(r.message).toContain("not a day of the calendar");
			}
		}
	});

	it("refuses LinkedIn's connection dates outside the range, in each of its forms", () => {
		for (const text of ["01 Mar 0226", "Mar 1, 0226", "0226-03-01", "31 Dec 0999"]) expect(parseConnectedOn(text), text).toBeNull();
		expect(parseConnectedOn("01 Mar 9999")).toBe("9999-03-01");
		expect(parseConnectedOn("31 Feb 2026")).toBeNull();
	});
});

describe("a typo in a year", () => {
	it("makes the date a problem, not a follow-up thousands of days overdue", () => {
		const index = build({
			"Ann.md": C({ "last-contact": "0226-03-01", "keep-in-touch": 90 }),
		});
		expect(lines(index, "2026-11-22")).toEqual([]);
		expect(index.problems()).toEqual([{ note: "Ann.md", property: "last-contact", message: expect.stringContaining("1000 to 9999") }]);
	});

	it("in the far future gives no follow-up that sorts as overdue", () => {
		const index = build({
			"Ann.md": C({ "last-contact": "9999-12-01", "keep-in-touch": "1 year" }),
			"Bo.md": C(),
			"Bo call.md": I("Bo", { status: "done", date: "9999-12-30" }),
		});
		const today = "2026-11-22";
		for (const f of index.followUps(today)) {
			expect(f.due >= today, `${f.kind} ${f.due}`).toBe(true);
			expect(f.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		}
		expect(index.dashboard(today, 3650).overdue).toEqual([]);
	});
});

describe("date arithmetic at the end of the calendar", () => {
	it("never writes a year past 9999: it stops at the calendar's last day", () => {
		expect(addDays("9999-12-30", 1)).toBe("9999-12-31");
		expect(addDays("9999-12-31", 1)).toBe("9999-12-31");
		expect(addDays("9999-12-01", 90)).toBe("9999-12-31");
		expect(addPeriod("9999-12-01", 3, "months")).toBe("9999-12-31");
		expect(addPeriod("9950-01-01", 100, "years")).toBe("9999-12-31");
		expect(addPeriod("9998-12-31", 1, "years")).toBe("9999-12-31");
		expect(addDays("1000-01-05", -10)).toBe("1000-01-01");
	});
});

describe("the dashboard on the calendar's last day", () => {
	it("lists what is due that day as due today, and nothing is lost past it", () => {
		const index = build({
			"Ann.md": C(),
			"Ann call.md": I("Ann", { status: "done", date: "9999-12-29" }),
		});
		const d = index.dashboard("9999-12-31", 14);
		expect(d.due.map((f) => f.kind).sort()).toEqual(["keep-in-touch", "thank-you"]);
		expect(d.overdue).toEqual([]);
		expect(d.upcoming).toEqual([]);
		const before = index.dashboard("9999-12-30", 1);
		expect(before.upcoming.map((f) => f.kind).sort()).toEqual(["keep-in-touch", "thank-you"]);
	});
});
