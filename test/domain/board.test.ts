import { describe, expect, it } from "vitest";
import { boardCard, columnOf, moveChange } from "../../src/domain/board";
import type { Interview } from "../../src/domain/types";
import { build, C, I } from "../builders";

const TODAY = "2026-11-22";

function interviewOf(fm: Record<string, unknown>): Interview {
	const index = build({ "C/Ann.md": C(), "I/x.md": fm });
	const iv = index.get("I/x.md");
	if (iv?.kind !== "interview") throw new Error("not an interview");
	return iv;
}

describe("columnOf", () => {
	it.each([
		[{ created: "2026-11-20" }, "preparing"],
		[{ requested: "2026-11-10" }, "requested"],
		[{ status: "requested", requested: "2026-11-10" }, "requested"],
		[{ date: "2026-11-25" }, "scheduled"],
		[{ date: "2026-11-22T08:00" }, "scheduled"],
		[{ date: "2026-11-21" }, "done"],
		[{ status: "scheduled", date: "2026-11-21" }, "scheduled"],
		[{ status: "Declined" }, "declined"],
		[{ status: "cancelled", date: "2026-11-25" }, "cancelled"],
		[{ status: "no-response" }, "no-response"],
		[{ status: "maybe" }, null],
	] as const)("%o is in %s", (fm, column) => {
		expect(columnOf(interviewOf(I("Ann", fm)), TODAY)).toBe(column);
	});

	it("places a note without a status whose request date or date cannot be read in Preparing, not Requested", () => {
		expect(columnOf(interviewOf(I("Ann", { requested: "soon" })), TODAY)).toBe("preparing");
		expect(columnOf(interviewOf(I("Ann", { date: "2026-02-30" })), TODAY)).toBe("preparing");
	});
});

describe("boardCard", () => {
	it("names the person, the date and time or the days waiting, and the earliest follow-up of the note", () => {
		const iv = interviewOf(I("Ann", { status: "scheduled", date: "2026-11-24T14:30" }));
		const later = { kind: "thank-you", due: "2026-11-26", note: iv.path, contact: null, title: "Send a thank-you to Ann", person: "Ann" } as const;
		const sooner = { ...later, kind: "confirm", due: "2026-11-23", title: "Confirm the conversation with Ann" } as const;
		expect(boardCard(iv, "Ann", [later, sooner], TODAY)).toEqual({
			path: "I/x.md",
			column: "scheduled",
			person: "Ann",
			when: "Tue 24 Nov at 14:30",
			next: "Confirm the conversation with Ann · tomorrow",
			problem: null,
		});
		expect(boardCard(interviewOf(I("Ann", { status: "requested", requested: "2026-11-15" })), "Ann", [], TODAY)).toMatchObject({ when: "waiting 7 days", next: null });
		expect(boardCard(interviewOf(I("Ann", { status: "requested", requested: "2026-11-21" })), "Ann", [], TODAY)?.when).toBe("waiting 1 day");
		expect(boardCard(interviewOf(I("Ann", { status: "requested", requested: TODAY })), "Ann", [], TODAY)?.when).toBe("asked today");
		expect(boardCard(interviewOf(I("Ann", { status: "odd" })), "Ann", [], TODAY)).toBeNull();
	});

	it("gives a date without a time alone, and the days waiting only on a card in Requested that has a request date", () => {
		expect(boardCard(interviewOf(I("Ann", { status: "scheduled", date: "2026-11-24" })), "Ann", [], TODAY)?.when).toBe("Tue 24 Nov");
		// Declined after waiting: the request date no longer says anything on the card.
		expect(boardCard(interviewOf(I("Ann", { status: "declined", requested: "2026-11-10" })), "Ann", [], TODAY)?.when).toBeNull();
		expect(boardCard(interviewOf(I("Ann", { status: "requested" })), "Ann", [], TODAY)?.when).toBeNull();
	});

	it("says when a snooze decides the follow-up's day, and why a card sits where it does when its date cannot be read", () => {
		const iv = interviewOf(I("Ann", { status: "requested", requested: "2026-11-10", "snooze-until": "2026-11-25" }));
		const nudge = { kind: "nudge", due: "2026-11-25", note: iv.path, contact: null, title: "Nudge Ann about your request", person: "Ann" } as const;
		expect(boardCard(iv, "Ann", [nudge], TODAY)?.next).toBe("Nudge Ann about your request · snoozed until Wed 25 Nov");
		// A snooze already past, or a follow-up due later than it, reads as usual.
		expect(boardCard(iv, "Ann", [{ ...nudge, due: "2026-11-27" }], TODAY)?.next).toBe("Nudge Ann about your request · in 5 days");
		const past = interviewOf(I("Ann", { status: "requested", requested: "2026-11-10", "snooze-until": "2026-11-20" }));
		expect(boardCard(past, "Ann", [{ ...nudge, due: "2026-11-20" }], TODAY)?.next).toBe("Nudge Ann about your request · 2 days overdue");
		// A snooze that ends today has done its work: the follow-up is simply due today.
		const endsToday = interviewOf(I("Ann", { status: "requested", requested: "2026-11-10", "snooze-until": TODAY }));
		expect(boardCard(endsToday, "Ann", [{ ...nudge, due: TODAY }], TODAY)?.next).toBe("Nudge Ann about your request · today");
		const bad = interviewOf(I("Ann", { status: "scheduled", date: "2026-02-30" }));
		expect(boardCard(bad, "Ann", [], TODAY)).toMatchObject({ column: "scheduled", when: null, problem: "Cannot read its date: see Needs attention" });
		expect(boardCard(interviewOf(I("Ann", { status: "scheduled", date: "2026-11-24" })), "Ann", [], TODAY)?.problem).toBeNull();
	});
});

describe("moveChange", () => {
	const seen = { type: "interview", contact: "[[Ann]]", status: "scheduled", date: "2026-11-20", "other-plugin": 3 };

	it("to a closing column writes the status only, expecting status, request date and date as seen", () => {
		expect(moveChange("I/x.md", seen, "scheduled", "done", TODAY)).toEqual({
			path: "I/x.md",
			expected: { status: "scheduled", requested: undefined, date: "2026-11-20" },
			values: { status: "done" },
		});
		expect(moveChange("I/x.md", seen, "scheduled", "no-response", TODAY)?.values).toEqual({ status: "no-response" });
	});

	it("to Requested does Mark as sent: the status, and the request date only where missing", () => {
		expect(moveChange("I/x.md", { status: "declined" }, "declined", "requested", TODAY)?.values).toEqual({ requested: TODAY, status: "requested" });
		expect(moveChange("I/x.md", { status: "declined", requested: "2026-11-01" }, "declined", "requested", TODAY)?.values).toEqual({ status: "requested" });
		expect(moveChange("I/x.md", {}, "preparing", "requested", TODAY)?.expected).toMatchObject({ status: undefined, requested: undefined, date: undefined, created: undefined });
	});

	it("writes nothing to its own column, to Preparing, or to Scheduled (the Schedule dialog does that)", () => {
		expect(moveChange("I/x.md", seen, "scheduled", "scheduled", TODAY)).toBeNull();
		expect(moveChange("I/x.md", { status: "done" }, "done", "done", TODAY)).toBeNull();
		expect(moveChange("I/x.md", { status: "requested", requested: "2026-11-10" }, "requested", "requested", TODAY)).toBeNull();
		expect(moveChange("I/x.md", seen, "scheduled", "preparing", TODAY)).toBeNull();
		expect(moveChange("I/x.md", { status: "requested" }, "requested", "scheduled", TODAY)).toBeNull();
	});
});
