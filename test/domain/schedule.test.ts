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
