import { describe, expect, it } from "vitest";
import { notPursuingChange } from "../../src/domain/follow-up-writes";
import { scheduleChange, scheduleFormFrom, type ScheduleForm } from "../../src/domain/schedule";

const form = (values: Partial<ScheduleForm>): ScheduleForm => ({ date: "2026-11-25", time: "", format: "", duration: "", location: "", ...values });
const PATH = "Interviews/Bo.md";

describe("scheduleChange", () => {
	it.each([
		[{ date: "" }, "date", "Enter the date of the conversation."],
		[{ date: "2026-02-30" }, "date", 'The date: "2026-02-30" is not a day of the calendar'],
		[{ date: "0226-03-01" }, "date", "out of range (1000 to 9999)"],
		[{ date: "25/11/2026" }, "date", 'The date: "25/11/2026" is not a date: write it as YYYY-MM-DD.'],
		[{ time: "25:00" }, "time", 'The time: "25:00" is not a time of day'],
		[{ time: "9.30" }, "time", 'The time: "9.30" is not a time of day'],
		[{ duration: "1.5" }, "duration", 'The duration: "1.5" is not a whole number of minutes.'],
		[{ duration: "-30" }, "duration", 'The duration: "-30" is not a whole number of minutes.'],
		[{ duration: "2000" }, "duration", "not between 1 and 1440"],
		[{ duration: "0" }, "duration", "The duration: 0 minutes is not between 1 and 1440 (a day)."],
		[{ duration: "1441" }, "duration", "The duration: 1441 minutes is not between 1 and 1440 (a day)."],
		[{ duration: "12345" }, "duration", 'The duration: "12345" is not a whole number of minutes.'],
		[{ duration: "45 min" }, "duration", 'The duration: "45 min" is not a whole number of minutes.'],
		[{ time: "23:60" }, "time", 'The time: "23:60" is not a time of day; write it as HH:mm, for example 14:30, or leave it blank.'],
		[{ time: "24:00" }, "time", 'The time: "24:00" is not a time of day'],
		[{ time: "123:00" }, "time", 'The time: "123:00" is not a time of day'],
		[{ time: "at 9:30" }, "time", 'The time: "at 9:30" is not a time of day'],
		[{ time: "9:30 pm" }, "time", 'The time: "9:30 pm" is not a time of day'],
		[{ date: "2026-11-25T10:00" }, "date", 'The date: "2026-11-25T10:00" is not a date: write it as YYYY-MM-DD.'],
		[{ date: "x2026-11-25" }, "date", 'The date: "x2026-11-25" is not a date'],
		[{ date: "2026-11-25x" }, "date", 'The date: "2026-11-25x" is not a date'],
	] as const)("refuses %o, naming the %s field", (values, field, message) => {
		const result = scheduleChange(PATH, null, form(values));
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.field).toBe(field);
		expect(result.message).toContain(message);
	});

	it("writes status and date (with the time when given); blank optional fields are left out so they keep their value", () => {
		const result = scheduleChange(PATH, { status: "requested", format: "phone" }, form({ time: "9:05", duration: "45" }));
		expect(result).toEqual({
			ok: true,
			change: {
				path: PATH,
				values: { status: "scheduled", date: "2026-11-25T09:05", duration: 45 },
				expected: { status: "requested", requested: undefined, date: undefined, nudged: undefined, nudges: undefined, "snooze-until": undefined, duration: undefined },
			},
		});
	});

	it("removes confirmed when the date changes, keeps it when the date is the one written", () => {
		const seen = { status: "scheduled", date: "2026-11-25T10:00", confirmed: "2026-11-21" };
		const moved = scheduleChange(PATH, seen, form({ time: "11:00" }));
		expect(moved.ok && Object.entries(moved.change.values)).toContainEqual(["confirmed", undefined]);
		expect(moved.ok && moved.change.expected.confirmed).toBe("2026-11-21");
		const same = scheduleChange(PATH, seen, form({ time: "10:00", location: "Café" }));
		expect(same.ok && Object.keys(same.change.values)).toEqual(["status", "date", "location"]);
	});
});

describe("scheduleChange accepts", () => {
	it("the edges of the ranges, with spaces around what was typed", () => {
		const result = scheduleChange(PATH, {}, form({ date: " 2026-11-25 ", time: " 23:59 ", duration: " 1440 ", format: " video ", location: " Room 4 " }));
		expect(result.ok && result.change.values).toEqual({ status: "scheduled", date: "2026-11-25T23:59", format: "video", duration: 1440, location: "Room 4" });
		const early = scheduleChange(PATH, {}, form({ time: "0:00", duration: "1" }));
		expect(early.ok && early.change.values).toEqual({ status: "scheduled", date: "2026-11-25T00:00", duration: 1 });
	});

	it("a day without a time, keeping a confirmation for that same day, and writing no confirmed where there was none", () => {
		const same = scheduleChange(PATH, { status: "scheduled", date: "2026-11-25", confirmed: "2026-11-21" }, form({}));
		expect(same.ok && same.change.values).toEqual({ status: "scheduled", date: "2026-11-25" });
		const none = scheduleChange(PATH, { status: "scheduled", date: "2026-11-20" }, form({}));
		expect(none.ok && "confirmed" in none.change.values).toBe(false);
	});
});

describe("scheduleFormFrom", () => {
	it("fills the form from the note, the default duration when it has none", () => {
		expect(scheduleFormFrom({ date: "2026-11-25T14:30", format: "video", location: "https://meet.example.com/x" }, 30)).toEqual({
			date: "2026-11-25",
			time: "14:30",
			format: "video",
			duration: "30",
			location: "https://meet.example.com/x",
		});
		expect(scheduleFormFrom({ date: "not a date", duration: 20 }, 30)).toMatchObject({ date: "", time: "", duration: "20" });
		expect(scheduleFormFrom({ date: "2026-11-25", format: "  coffee ", duration: " 45 ", location: 12 }, 30)).toEqual({ date: "2026-11-25", time: "", format: "coffee", duration: "45", location: "12" });
		expect(scheduleFormFrom({ format: ["video"], duration: "", location: null }, 30)).toEqual({ date: "", time: "", format: "", duration: "30", location: "" });
		expect(scheduleFormFrom(null, 45)).toEqual({ date: "", time: "", format: "", duration: "45", location: "" });
	});
});

describe("notPursuingChange", () => {
	const reachOut = { kind: "reach-out", due: "2026-11-26", note: "I/Jane.md", contact: null, title: "", person: "Priya Nair", target: "People/Priya Nair" } as const;
	it.each([
		[undefined, ["[[People/Priya Nair]]"]],
		[null, ["[[People/Priya Nair]]"]],
		["[[Ann]]", ["[[Ann]]", "[[People/Priya Nair]]"]],
		[["[[Ann]]", "[[Bo]]"], ["[[Ann]]", "[[Bo]]", "[[People/Priya Nair]]"]],
	])("adds the person to a not-pursued list of %o, expecting that list unchanged", (had, list) => {
		const seen = had === undefined ? {} : { "not-pursued": had };
		const change = notPursuingChange(reachOut, seen);
		expect(change.values).toEqual({ "not-pursued": list });
		expect(change.expected["not-pursued"]).toEqual(had);
	});
});
