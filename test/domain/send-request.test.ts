import { describe, expect, it } from "vitest";
import { recognitionFrom } from "../../src/domain/recognition";
import { DEFAULT_RULE_SETTINGS } from "../../src/domain/rule-windows";
import { build, C, I, kinds } from "../builders";

const TODAY = "2026-11-22";
const jane = "People/Jane.md";
const priya = "People/Priya.md";
const done = { status: "done", date: "2026-11-20", "thank-you-sent": "2026-11-20" };

describe("send-request", () => {
	it("is due 2 days after the prepared note was created, titled for the person", () => {
		const index = build({ [jane]: C(), "i.md": I("Jane", { created: "2026-11-19" }) });
		expect(index.followUps(TODAY)).toEqual([
			{ kind: "send-request", due: "2026-11-21", note: "i.md", contact: jane, person: "Jane", title: "Send your request to Jane" },
		]);
	});
	it("follows its setting", () => {
		const s = { ...DEFAULT_RULE_SETTINGS, sendRequestDays: 5 };
		expect(kinds({ [jane]: C(), "i.md": I("Jane", { created: "2026-11-19" }) }, TODAY, s)).toEqual(["send-request 2026-11-24 i.md -> People/Jane.md"]);
	});
	it("is due today without a readable created, and an unreadable one is a problem", () => {
		expect(kinds({ [jane]: C(), "i.md": I("Jane") }, TODAY)).toEqual(["send-request 2026-11-22 i.md -> People/Jane.md"]);
		const index = build({ [jane]: C(), "i.md": I("Jane", { created: "2026-02-30" }) });
		expect(index.followUps(TODAY).map((f) => `${f.kind} ${f.due}`)).toEqual(["send-request 2026-11-22"]);
		expect(index.problems().map((p) => `${p.note} ${p.property}`)).toEqual(["i.md created"]);
	});
	it("ends as soon as the request is sent: a status, requested or date", () => {
		for (const sent of [{ status: "requested" }, { requested: "2026-11-21" }, { date: "2026-12-01" }, { status: "declined" }]) {
			expect(kinds({ [jane]: C(), "i.md": I("Jane", { created: "2026-11-19", ...sent }) }, TODAY).filter((l) => l.startsWith("send-request"))).toEqual([]);
		}
	});
	it("checks created only on a prepared interview", () => {
		const index = build({ [jane]: C(), "i.md": I("Jane", { status: "requested", requested: "2026-11-20", created: "soon" }) });
		expect(index.problems()).toEqual([]);
	});
	it("is not offered for an archived contact, nor for an interview with no contact (a problem)", () => {
		expect(kinds({ [jane]: C({ status: "archived" }), "i.md": I("Jane") }, TODAY)).toEqual([]);
		const index = build({ "i.md": { type: "interview", created: "2026-11-19" } });
		expect(index.followUps(TODAY)).toEqual([]);
		expect(index.problems().map((p) => `${p.note} ${p.property}`)).toEqual(["i.md contact"]);
	});
	it("is offered for a person with no contact note yet", () => {
		expect(kinds({ "i.md": I("Priya", { created: "2026-11-21" }) }, TODAY)).toEqual(["send-request 2026-11-23 i.md"]);
	});
	it("is moved by a snooze, and comes last among one note's follow-ups of a day", () => {
		expect(kinds({ [jane]: C({ "snooze-until": "2026-11-25" }), "i.md": I("Jane", { created: "2026-11-19" }) }, TODAY)).toEqual([
			"send-request 2026-11-25 i.md -> People/Jane.md",
		]);
	});
});

describe("reach-out and a prepared request to the same person", () => {
	const suggesting = { "s.md": I("Sam", { ...done, referrals: ["[[Priya]]"] }) };
	it("keeps the reach-out while the request is only prepared, and offers no send-request beside it", () => {
		expect(kinds({ ...suggesting, [priya]: C(), "p.md": I("Priya", { created: "2026-11-21" }) }, TODAY)).toEqual([
			"reach-out 2026-11-27 s.md -> People/Priya.md",
		]);
	});
	it("does the same for a person without a contact note, matched by the link's name", () => {
		expect(kinds({ ...suggesting, "p.md": I("priya", { created: "2026-11-21" }) }, TODAY)).toEqual(["reach-out 2026-11-27 s.md"]);
	});
	it("ends the reach-out once the request is sent, with or without other interviews", () => {
		expect(kinds({ ...suggesting, [priya]: C(), "p.md": I("Priya", { status: "requested", requested: "2026-11-21" }) }, TODAY)).toEqual([
			"nudge 2026-11-28 p.md -> People/Priya.md",
		]);
		expect(kinds({ ...suggesting, [priya]: C(), "p.md": I("Priya", { date: "2026-11-30", confirmed: "2026-11-22" }) }, TODAY)).toEqual([]);
	});
	it("keeps the reach-out when the only sent interview of a person has no contact note (the note is missing)", () => {
		expect(kinds({ ...suggesting, "p.md": I("Priya", { status: "requested" }) }, TODAY)).toEqual(["reach-out 2026-11-27 s.md"]);
	});
	it("brings the send-request back when the reach-out goes (the suggestion is no longer pursued)", () => {
		const index = build({ ...suggesting, [priya]: C(), "p.md": I("Priya", { created: "2026-11-21" }) });
		expect(index.followUps(TODAY).map((f) => f.kind)).toEqual(["reach-out"]);
		index.upsert("s.md", I("Sam", { ...done, referrals: ["[[Priya]]"], "not-pursued": ["[[Priya]]"] }));
		expect(index.followUps(TODAY).map((f) => f.kind)).toEqual(["send-request"]);
	});
});

describe("not pursued", () => {
	it("suppresses the reach-out from that interview only", () => {
		const notes = {
			"s.md": I("Sam", { ...done, referrals: ["[[Priya]]", "[[Omar]]"], "not-pursued": ["[[priya|P.]]"] }),
			"t.md": I("Tia", { ...done, date: "2026-11-21", referrals: ["[[Priya]]"] }),
		};
		expect(kinds(notes, TODAY)).toEqual(["reach-out 2026-11-27 s.md", "reach-out 2026-11-28 t.md"]);
		expect(build(notes).followUps(TODAY).map((f) => f.target)).toEqual(["Omar", "Priya"]);
	});
	it("matches the person by contact note when the links are written differently", () => {
		expect(kinds({ [priya]: C(), "s.md": I("Sam", { ...done, referrals: ["[[People/Priya]]"], "not-pursued": "Priya" }) }, TODAY)).toEqual([]);
	});
	it("is not asked of a recognised meeting note made before recognition was turned on, nor of one with no created day", () => {
		const texts = { contactFolders: "", contactTags: "", contactProperty: "", interviewFolders: "Meetings", interviewTags: "", interviewProperty: "", personProperty: "people" };
		const s = { ...DEFAULT_RULE_SETTINGS, recognition: recognitionFrom(texts, "2026-11-10") };
		const meeting = (extra: Record<string, unknown> = {}) => ({ people: "[[Jane]]", ...extra });
		expect(kinds({ [jane]: C(), "Meetings/old.md": meeting({ created: "2026-11-09" }), "Meetings/bare.md": meeting() }, TODAY, s)).toEqual([]);
		expect(kinds({ [jane]: C(), "Meetings/new.md": meeting({ created: "2026-11-19" }) }, TODAY, s)).toEqual(["send-request 2026-11-21 Meetings/new.md -> People/Jane.md"]);
	});
});
