import { describe, expect, it } from "vitest";
import { completionValues, declinedChange, doneChange, notPursuingChange, requestAgainValues, snoozeChange } from "../../src/domain/follow-up-writes";
import type { FollowUpKind } from "../../src/domain/follow-up-kinds";
import type { FollowUp } from "../../src/domain/types";

const TODAY = "2026-11-22";
const item = (kind: FollowUpKind, extra: Partial<FollowUp> = {}): FollowUp => ({
	kind,
	due: "2026-11-20",
	note: "Interviews/Bo.md",
	contact: "People/Bo.md",
	title: "",
	person: "Bo",
	...extra,
});

describe("doneChange", () => {
	it("a thank-you writes today's date, guarded by what its rule read and what it writes", () => {
		const seen = { status: "done", date: "2026-11-19", topics: ["a"] };
		expect(doneChange(item("thank-you"), seen, TODAY)).toEqual({
			path: "Interviews/Bo.md",
			expected: { status: "done", date: "2026-11-19", "thank-you-sent": undefined, "snooze-until": undefined },
			values: { "thank-you-sent": TODAY },
		});
	});

	it.each([
		["confirm", "confirmed"],
		["thank-referrer", "referrer-thanked"],
		["keep-in-touch", "last-contact"],
	] as const)("%s writes today's date into %s", (kind, property) => {
		expect(doneChange(item(kind), {}, TODAY).values).toEqual({ [property]: TODAY });
	});

	it.each([
		[undefined, 1],
		[0, 1],
		[2, 3],
		["2", 3],
		[" 4 ", 5],
		["x", 1],
		[-1, 1],
		[1.5, 1],
		["1.5", 1],
		["12", 13],
		[null, 1],
		// A list is not a count, even one holding a single number.
		[[2], 1],
	])("a nudge with nudges %o writes nudged today and nudges %d", (had, next) => {
		const seen = had === undefined ? { status: "requested" } : { status: "requested", nudges: had };
		const change = doneChange(item("nudge"), seen, TODAY);
		expect(change.values).toEqual({ nudged: TODAY, nudges: next });
		expect(change.expected.nudges).toEqual(had);
	});

	it("a nudge past the allowed count closes the request as no-response instead", () => {
		const change = doneChange(item("nudge", { closeRequest: true }), { status: "requested", nudges: 3 }, TODAY);
		expect(change.values).toEqual({ status: "no-response" });
		expect(change.expected).toMatchObject({ status: "requested", nudges: 3 });
	});

	it("a send-request writes the request date and status only where the note has none", () => {
		expect(doneChange(item("send-request"), {}, TODAY).values).toEqual({ requested: TODAY, status: "requested" });
		expect(doneChange(item("send-request"), { requested: " ", status: null }, TODAY).values).toEqual({ requested: TODAY, status: "requested" });
		expect(doneChange(item("send-request"), { requested: "2026-11-01" }, TODAY).values).toEqual({ status: "requested" });
		expect(doneChange(item("send-request"), { status: "maybe" }, TODAY).values).toEqual({ requested: TODAY });
		expect(doneChange(item("send-request"), { requested: "2026-11-01", status: "requested" }, TODAY).values).toEqual({});
		// A value of another kind is there (a problem the user sees), not blank: it is never overwritten.
		expect(doneChange(item("send-request"), { requested: 20261101, status: ["requested"] }, TODAY).values).toEqual({});
	});

	it("a reach-out is not ended by a property", () => {
		expect(() => doneChange(item("reach-out"), {}, TODAY)).toThrow(/creating notes/);
		expect(() => completionValues({ write: "notes" }, {}, TODAY)).toThrow(/creating notes/);
	});
});

describe("requestAgainValues", () => {
	it("is a nudge, adding status requested only to a note without a status", () => {
		expect(requestAgainValues({ requested: "2026-11-01", nudges: 1 }, TODAY)).toEqual({ nudged: TODAY, nudges: 2, status: "requested" });
		expect(requestAgainValues({ requested: "2026-11-01", status: "" }, TODAY)).toEqual({ nudged: TODAY, nudges: 1, status: "requested" });
		expect(requestAgainValues({ requested: "2026-11-01", status: "requested", nudges: "1" }, TODAY)).toEqual({ nudged: TODAY, nudges: 2 });
	});
});

describe("snoozeChange and declinedChange", () => {
	it("snooze writes snooze-until in the follow-up's note, guarded by its rule's properties", () => {
		const change = snoozeChange(item("confirm"), { status: "scheduled", date: "2026-11-25" }, "2026-11-29");
		expect(change).toEqual({
			path: "Interviews/Bo.md",
			expected: { status: "scheduled", date: "2026-11-25", confirmed: undefined, "snooze-until": undefined },
			values: { "snooze-until": "2026-11-29" },
		});
	});

	it("declined writes status declined, guarded as a nudge is", () => {
		const change = declinedChange("Interviews/Al.md", { status: "requested", requested: "2026-11-01" });
		expect(change.path).toBe("Interviews/Al.md");
		expect(change.values).toEqual({ status: "declined" });
		expect(change.expected).toEqual({ status: "requested", requested: "2026-11-01", date: undefined, nudged: undefined, nudges: undefined, "snooze-until": undefined });
	});
});

describe("notPursuingChange on other kinds", () => {
	it("pauses a keep-in-touch contact", () => {
		const change = notPursuingChange(item("keep-in-touch", { note: "People/Bo.md" }), { status: "active", "last-contact": "2026-01-01" });
		expect(change.path).toBe("People/Bo.md");
		expect(change.values).toEqual({ status: "paused" });
		expect(change.expected).toMatchObject({ status: "active", "last-contact": "2026-01-01" });
	});

	it("adds the person's name when the reach-out has no target note", () => {
		expect(notPursuingChange(item("reach-out", { person: "Priya Nair" }), {}).values).toEqual({ "not-pursued": ["[[Priya Nair]]"] });
	});

	it("is refused on a follow-up that does not offer it", () => {
		expect(() => notPursuingChange(item("thank-you"), {})).toThrow('"Not pursuing" is not offered on a thank-you');
	});
});
