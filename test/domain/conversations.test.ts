import { describe, expect, it } from "vitest";
import { awaitingReply, compareConversations, conversationOf, stillAhead } from "../../src/domain/conversations";
import type { Contact, Conversation, Interview } from "../../src/domain/types";
import { contactNote, interviewNote } from "../builders";

const interview = (fm: Record<string, unknown>, path = "Interviews/Bo.md"): Interview => interviewNote(path, { contact: "[[Bo Chen]]", ...fm });
const contact = (fm: Record<string, unknown> = {}): Contact => contactNote("People/Bo Chen.md", fm);

describe("conversationOf", () => {
	const FROM = "2026-11-22";
	const UNTIL = "2026-11-29";

	it("lists a scheduled interview dated from the first day through the last, both included", () => {
		const iv = interview({ status: "scheduled", date: "2026-11-22T09:30", format: "coffee", location: "Blue Bottle", duration: 30 });
		expect(conversationOf(iv, contact(), FROM, UNTIL)).toEqual({
			date: "2026-11-22",
			time: "09:30",
			note: "Interviews/Bo.md",
			contact: "People/Bo Chen.md",
			format: "coffee",
			location: "Blue Bottle",
			duration: 30,
			person: "Bo Chen",
		});
		expect(conversationOf(interview({ date: "2026-11-29" }), null, FROM, UNTIL)).toMatchObject({ date: "2026-11-29", contact: null, person: "Bo Chen" });
	});

	it.each([
		["dated the day before", { status: "scheduled", date: "2026-11-21" }],
		["dated the day after", { status: "scheduled", date: "2026-11-30" }],
		["without a date", { status: "scheduled" }],
		["done", { status: "done", date: "2026-11-24" }],
		["cancelled", { status: "cancelled", date: "2026-11-24" }],
		["of an unknown status", { status: "maybe", date: "2026-11-24" }],
	])("leaves out an interview %s", (_, fm) => {
		expect(conversationOf(interview(fm), contact(), FROM, UNTIL)).toBeNull();
	});

	it("leaves out a conversation with an archived contact, keeps a paused one's and a snoozed one", () => {
		const iv = interview({ date: "2026-11-24", "snooze-until": "2026-12-31" });
		expect(conversationOf(iv, contact({ status: "archived" }), FROM, UNTIL)).toBeNull();
		expect(conversationOf(iv, contact({ status: "paused" }), FROM, UNTIL)).not.toBeNull();
	});
});

describe("stillAhead and awaitingReply", () => {
	const TODAY = "2026-11-22";

	it.each([
		[{ status: "scheduled", date: "2026-11-22" }, true],
		[{ date: "2026-11-30" }, true],
		[{ status: "scheduled", date: "2026-11-21" }, false],
		[{ status: "scheduled" }, false],
		[{ status: "done", date: "2026-11-30" }, false],
		[{ status: "maybe", date: "2026-11-30" }, false],
	])("a conversation %o is still ahead: %s", (fm, ahead) => {
		expect(stillAhead(interview(fm), TODAY)).toBe(ahead);
	});

	it.each([
		[{ status: "requested" }, true],
		[{ requested: "2026-11-01" }, true],
		[{ status: "requested", date: "2026-11-30" }, false],
		[{ requested: "2026-11-01", date: "2026-11-30" }, false],
		[{ status: "scheduled", requested: "2026-11-01" }, false],
		[{ status: "maybe", requested: "2026-11-01" }, false],
		[{}, false],
	])("a request %o awaits a reply: %s", (fm, awaiting) => {
		expect(awaitingReply(interview(fm))).toBe(awaiting);
	});
});

describe("compareConversations", () => {
	const c = (date: string, time: string | null, note: string): Conversation => ({ date, time, note, contact: null, format: null, location: null, duration: null, person: "" });

	it("orders by date, then time (none first), then note", () => {
		const list = [
			c("2026-11-25", "10:00", "b.md"),
			c("2026-11-24", "16:00", "z.md"),
			c("2026-11-25", null, "c.md"),
			c("2026-11-25", "09:00", "d.md"),
			c("2026-11-25", "10:00", "a.md"),
			c("2026-11-24", null, "y.md"),
		];
		expect(list.sort(compareConversations).map((x) => `${x.date} ${x.time ?? "-"} ${x.note}`)).toEqual([
			"2026-11-24 - y.md",
			"2026-11-24 16:00 z.md",
			"2026-11-25 - c.md",
			"2026-11-25 09:00 d.md",
			"2026-11-25 10:00 a.md",
			"2026-11-25 10:00 b.md",
		]);
	});

	it("says two conversations of the same note at the same time are equal, either way round", () => {
		expect(compareConversations(c("2026-11-25", "10:00", "a.md"), c("2026-11-25", "10:00", "a.md"))).toBe(0);
		expect(compareConversations(c("2026-11-25", null, "a.md"), c("2026-11-25", "10:00", "a.md"))).toBe(-1);
		expect(compareConversations(c("2026-11-25", "10:00", "a.md"), c("2026-11-25", null, "a.md"))).toBe(1);
		expect(compareConversations(c("2026-11-25", "11:00", "a.md"), c("2026-11-25", "10:00", "a.md"))).toBe(1);
		expect(compareConversations(c("2026-11-26", null, "a.md"), c("2026-11-25", null, "b.md"))).toBe(1);
		expect(compareConversations(c("2026-11-25", null, "b.md"), c("2026-11-25", null, "a.md"))).toBe(1);
	});
});
