import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { eventCount, icsCalendar, unwrittenSummary } from "../../src/domain/ics";
import type { FollowUp } from "../../src/domain/types";

/** The calendar export never drops a follow-up without saying so, and counts what it wrote. */

function fu(partial: Partial<FollowUp> & Pick<FollowUp, "due">): FollowUp {
	return { kind: "thank-you", note: "Networking/Interviews/Jane.md", contact: null, title: "Send a thank-you to Jane Doe", person: "Jane Doe", ...partial };
}

function events(ics: string): ICAL.Event[] {
	return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
}

describe("every follow-up is written, or named as not written", () => {
	it("writes an event due on the calendar's last day, one day long", () => {
		const out = icsCalendar([fu({ due: "9999-12-31" }), fu({ due: "2026-11-24", note: "b.md" })], { today: "9999-12-30" });
		expect(out.written).toBe(2);
		expect(out.skipped).toEqual([]);
		const evs = events(out.ics);
		expect(evs).toHaveLength(2);
		for (const e of evs) {
			expect(e.startDate.isDate).toBe(true);
			expect(e.duration.toSeconds()).toBe(24 * 3600);
		}
		expect(evs.map((e) => e.startDate.toString()).sort()).toEqual(["2026-11-24", "9999-12-31"]);
		expect(out.ics).toContain("\r\nDTSTART;VALUE=DATE:99991231\r\nDURATION:P1D\r\n");
	});

	it("counts only what it wrote and returns the rest, which the summary names", () => {
		const bad = [fu({ due: "2026-02-30", note: "a.md" }), fu({ due: "10000-01-02", note: "c.md", title: "Keep in touch with Bo" })];
		const out = icsCalendar([fu({ due: "2026-11-24", note: "b.md" }), ...bad], { today: "2026-11-22" });
		expect(out.written).toBe(1);
		expect(events(out.ics)).toHaveLength(1);
		expect(out.skipped).toHaveLength(2);
		expect(out.skipped).toEqual(expect.arrayContaining(bad));
		const said = unwrittenSummary(out.skipped);
		expect(said).toContain("2 follow-ups could not be written");
		expect(said).toContain("Send a thank-you to Jane Doe (due 2026-02-30, a.md)");
		expect(said).toContain("Keep in touch with Bo (due 10000-01-02, c.md)");
		expect(unwrittenSummary([bad[0] as FollowUp])).toMatch(/^1 follow-up could not be written/);
		expect(unwrittenSummary([])).toBe("");
	});

	it("says how many it could not write, and each by title, due day and note", () => {
		const one = fu({ due: "2026-02-30", note: "a.md" });
		const two = fu({ due: "10000-01-02", note: "c.md", title: "Keep in touch with Bo" });
		expect(unwrittenSummary([one, two])).toBe(
			"2 follow-ups could not be written: their due days are not a day of the calendar: Send a thank-you to Jane Doe (due 2026-02-30, a.md); Keep in touch with Bo (due 10000-01-02, c.md)",
		);
		expect(unwrittenSummary([two])).toBe("1 follow-up could not be written: its due day is not a day of the calendar: Keep in touch with Bo (due 10000-01-02, c.md)");
	});

	it("counts follow-ups, and conversations when there are any, in the singular for one", () => {
		expect(eventCount(1, 0)).toBe("1 follow-up");
		expect(eventCount(17, 0)).toBe("17 follow-ups");
		expect(eventCount(0, 1)).toBe("0 follow-ups and 1 conversation");
		expect(eventCount(1, 2)).toBe("1 follow-up and 2 conversations");
	});
});
