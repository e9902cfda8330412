import { describe, expect, it } from "vitest";
import { DEFAULT_RULE_SETTINGS } from "../../src/domain/rule-windows";
import { compareFollowUps, groupFollowUps, reachOutCandidates, wasSent, type RuleContext } from "../../src/domain/rules";
import type { FollowUp, Interview } from "../../src/domain/types";
import { C, contactNote, I, interviewNote, kinds } from "../builders";

// The rules called directly, one person at a time, in an order the test chooses (the index always
// hands interviews over in its own order, so some ties can only be set up here).

const TODAY = "2026-11-22";

const contact = contactNote;
const interview = (path: string, fm: Record<string, unknown>) => interviewNote(path, I("Jane", fm));

const context = (): RuleContext => ({
	today: TODAY,
	settings: DEFAULT_RULE_SETTINGS,
	resolve: () => null,
	hasSentInterview: () => false,
	reachOutTo: () => false,
	lastDailyMention: () => null,
});

describe("was sent", () => {
	it("is true once a request day, a date or a known status is written, any one alone", () => {
		expect(wasSent(interview("i.md", {}))).toBe(false);
		expect(wasSent(interview("i.md", { requested: "2026-11-01" }))).toBe(true);
		expect(wasSent(interview("i.md", { date: "2026-11-30" }))).toBe(true);
		expect(wasSent(interview("i.md", { status: "declined" }))).toBe(true);
	});
});

describe("comparing follow-ups", () => {
	const f = (target: string): FollowUp => ({ kind: "reach-out", due: TODAY, note: "i.md", contact: null, title: "", person: target, target });
	it("orders two of one kind on one note by whom they concern, and finds one equal to itself", () => {
		expect(compareFollowUps(f("Ann"), f("Bo"))).toBe(-1);
		expect(compareFollowUps(f("Bo"), f("Ann"))).toBe(1);
		expect(compareFollowUps(f("Ann"), f("Ann"))).toBe(0);
	});
});

describe("thanking the referrer, one contact's interviews in a given order", () => {
	const jane = () => contact("People/Jane.md", { "referred-by": "[[Sam Lee]]" });
	const done = (path: string, date?: string) => interview(path, date === undefined ? { status: "done" } : { status: "done", date });
	const thanks = (interviews: Interview[]) =>
		groupFollowUps(jane(), interviews, context())
			.filter((x) => x.kind === "thank-referrer")
			.map((x) => `${x.due} ${x.note}`);

	it("belongs to the earliest conversation, whatever the order and the paths", () => {
		expect(thanks([done("b.md", "2026-11-05"), done("a.md", "2026-11-18")])).toEqual(["2026-11-07 b.md"]);
		expect(thanks([done("a.md", "2026-11-18"), done("b.md", "2026-11-05")])).toEqual(["2026-11-07 b.md"]);
	});

	it("takes the first path in order between two conversations on one day, whichever comes first", () => {
		expect(thanks([done("x.md", "2026-11-10"), done("w.md", "2026-11-10")])).toEqual(["2026-11-12 w.md"]);
		expect(thanks([done("w.md", "2026-11-10"), done("x.md", "2026-11-10")])).toEqual(["2026-11-12 w.md"]);
	});

	it("passes over a conversation marked done without a date", () => {
		expect(thanks([done("undated.md"), done("a.md", "2026-11-10")])).toEqual(["2026-11-12 a.md"]);
	});
});

describe("keeping in touch while a property it needs cannot be read", () => {
	it("is left out (the problem says why) rather than counted from the conversation alone", () => {
		const met = { "i.md": I("Jane", { status: "done", date: "2026-08-01", "thank-you-sent": "2026-08-02" }) };
		expect(kinds({ "Jane.md": C(), ...met }, TODAY)).toEqual(["keep-in-touch 2026-10-31 Jane.md -> Jane.md"]);
		expect(kinds({ "Jane.md": C({ "last-contact": "2026-13-45" }), ...met }, TODAY)).toEqual([]);
		expect(kinds({ "Jane.md": C({ "keep-in-touch": "every so often" }), ...met }, TODAY)).toEqual([]);
	});
});

describe("an interview whose status is unknown", () => {
	it("yields nothing, not even a confirmation for a day to come", () => {
		expect(kinds({ "i.md": I("Jane", { date: "2026-11-30" }) }, TODAY)).toEqual(["confirm 2026-11-29 i.md"]);
		expect(kinds({ "i.md": I("Jane", { status: "postponed", date: "2026-11-30" }) }, TODAY)).toEqual([]);
	});
});

describe("reach-out candidates of one interview", () => {
	const done = { status: "done", date: "2026-11-20" };
	it("are one per person suggested, and nothing else", () => {
		const out = reachOutCandidates(interview("i.md", { ...done, referrals: ["[[Priya Shah]]"] }), null, context());
		expect(out).toEqual([{ personKey: "?priya shah", followUp: expect.objectContaining({ kind: "reach-out", due: "2026-11-27", target: "Priya Shah" }) }]);
	});

	it("are none without referrals, with an unknown status, from an archived contact or before the conversation", () => {
		const priya = { referrals: ["[[Priya Shah]]"] };
		expect(reachOutCandidates(interview("i.md", done), null, context())).toEqual([]);
		expect(reachOutCandidates(interview("i.md", { ...done, ...priya, status: "postponed" }), null, context())).toEqual([]);
		expect(reachOutCandidates(interview("i.md", { ...done, ...priya }), contact("Jane.md", { status: "archived" }), context())).toEqual([]);
		expect(reachOutCandidates(interview("i.md", { ...priya, status: "scheduled", date: "2026-11-30" }), null, context())).toEqual([]);
		expect(reachOutCandidates(interview("i.md", { ...priya, status: "done" }), null, context())).toEqual([]);
	});
});

describe("keeping in touch after a conversation without a date", () => {
	it("waits for a day to count from: a thank-you marked sent without one gives none", () => {
		const notes = { "Jane.md": C(), "i.md": I("Jane", { status: "done", "thank-you-sent": true }) };
		expect(kinds(notes, TODAY)).toEqual([]);
		expect(kinds({ ...notes, "Jane.md": C({ "last-contact": "2026-11-01" }) }, TODAY)).toEqual(["keep-in-touch 2027-01-30 Jane.md -> Jane.md"]);
	});
});
