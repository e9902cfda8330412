import { describe, expect, it } from "vitest";
import { DEFAULT_RULE_SETTINGS } from "../../src/domain/rule-windows";
import { tookPlace } from "../../src/domain/rules";
import type { Interview } from "../../src/domain/types";
import { build, C, I, interviewNote, kinds } from "../builders";

const TODAY = "2026-11-22";
const jane = "People/Jane.md";

const iv = (fm: Record<string, unknown>): Interview => interviewNote("i.md", fm);

describe("took place", () => {
	it("decides by status first, then by a date before today", () => {
		expect(tookPlace(iv({ status: "done" }), TODAY)).toBe(true);
		expect(tookPlace(iv({ status: "DONE", date: "2027-01-01" }), TODAY)).toBe(true);
		expect(tookPlace(iv({ status: "done", date: "2026-02-30" }), TODAY)).toBe(true);
		expect(tookPlace(iv({ status: "scheduled", date: "2026-11-21" }), TODAY)).toBe(true);
		expect(tookPlace(iv({ date: "2026-11-21T18:00" }), TODAY)).toBe(true);
		expect(tookPlace(iv({ status: "scheduled", date: "2026-11-22T08:00" }), TODAY)).toBe(false);
		expect(tookPlace(iv({ date: TODAY }), TODAY)).toBe(false);
		for (const status of ["requested", "cancelled", "declined", "no-response", "maybe"]) {
			expect(tookPlace(iv({ status, date: "2026-11-01" }), TODAY)).toBe(false);
		}
		expect(tookPlace(iv({}), TODAY)).toBe(false);
	});
});

describe("nudge", () => {
	const base = { status: "requested", requested: "2026-11-10" };
	it("is due 7 days after the request, then 7 days after the latest nudge", () => {
		expect(kinds({ [jane]: C(), "i.md": I("Jane", base) }, TODAY)).toEqual(["nudge 2026-11-17 i.md -> People/Jane.md"]);
		expect(kinds({ "i.md": I("Jane", { ...base, nudged: "2026-11-18", nudges: 1 }) }, TODAY)).toEqual(["nudge 2026-11-25 i.md"]);
		// A `nudged` earlier than `requested` (a typo) does not pull the nudge earlier.
		expect(kinds({ "i.md": I("Jane", { ...base, nudged: "2026-11-01" }) }, TODAY)).toEqual(["nudge 2026-11-17 i.md"]);
	});
	it("needs status requested, a request date and no date", () => {
		expect(kinds({ "i.md": I("Jane", { requested: "2026-11-10" }) }, TODAY)).toEqual([]);
		expect(kinds({ "i.md": I("Jane", { status: "requested" }) }, TODAY)).toEqual([]);
		expect(kinds({ "i.md": I("Jane", { ...base, date: "2026-12-01" }) }, TODAY)).toEqual([]);
		expect(kinds({ "i.md": I("Jane", { status: "Requested", requested: "2026-11-10" }) }, TODAY)).toHaveLength(1);
	});
	it("suggests closing the request once the allowed nudges were sent", () => {
		const index = build({ "i.md": I("Jane", { ...base, nudged: "2026-11-20", nudges: 2 }) });
		const [f] = index.followUps(TODAY);
		expect(f?.kind).toBe("nudge");
		expect(f?.closeRequest).toBe(true);
		expect(f?.title).toBe("Close your request to Jane as no response");
		const one = build({ "i.md": I("Jane", { ...base, nudged: "2026-11-20", nudges: 1 }) }).followUps(TODAY)[0];
		expect(one?.closeRequest).toBeUndefined();
		expect(one?.title).toBe("Nudge Jane about your request");
		const three = build({ "i.md": I("Jane", base) }, { ...DEFAULT_RULE_SETTINGS, maxNudges: 0 }).followUps(TODAY)[0];
		expect(three?.closeRequest).toBe(true);
	});
	it("is skipped when a date it needs cannot be read", () => {
		expect(kinds({ "i.md": I("Jane", { ...base, nudged: "2026-13-01" }) }, TODAY)).toEqual([]);
		expect(kinds({ "i.md": I("Jane", { ...base, date: "soon" }) }, TODAY)).toEqual([]);
	});
});

describe("confirm", () => {
	it("is due the day before a conversation today or later", () => {
		expect(kinds({ "i.md": I("Jane", { status: "scheduled", date: "2026-11-25T10:00" }) }, TODAY)).toEqual(["confirm 2026-11-24 i.md"]);
		expect(kinds({ "i.md": I("Jane", { date: "2026-11-23" }) }, TODAY)).toEqual(["confirm 2026-11-22 i.md"]);
		// At 08:00 today it has not yet taken place: the confirmation was due yesterday.
		expect(kinds({ "i.md": I("Jane", { date: "2026-11-22T08:00" }) }, TODAY)).toEqual(["confirm 2026-11-21 i.md"]);
	});
	it("ends with `confirmed`, and only concerns scheduled or status-less interviews", () => {
		expect(kinds({ "i.md": I("Jane", { date: "2026-11-25", confirmed: "2026-11-22" }) }, TODAY)).toEqual([]);
		expect(kinds({ "i.md": I("Jane", { date: "2026-11-25", confirmed: true }) }, TODAY)).toEqual([]);
		for (const status of ["requested", "done", "cancelled", "declined", "no-response"]) {
			expect(kinds({ "i.md": I("Jane", { status, date: "2026-11-25" }) }, TODAY).filter((l) => l.startsWith("confirm"))).toEqual([]);
		}
	});
	it("is gone once the day has passed", () => {
		expect(kinds({ "i.md": I("Jane", { date: "2026-11-21", thankYouSent: "x" }) }, TODAY).some((l) => l.startsWith("confirm"))).toBe(false);
	});
	it("follows the confirm window setting", () => {
		const s = { ...DEFAULT_RULE_SETTINGS, confirmDaysBefore: 2 };
		expect(kinds({ "i.md": I("Jane", { date: "2026-11-25" }) }, TODAY, s)).toEqual(["confirm 2026-11-23 i.md"]);
	});
});

describe("thank-you", () => {
	it("is due two days after a conversation that took place", () => {
		expect(kinds({ "i.md": I("Jane", { status: "done", date: "2026-11-20" }) }, TODAY)).toEqual(["thank-you 2026-11-22 i.md"]);
		expect(kinds({ "i.md": I("Jane", { date: "2026-11-21T17:00" }) }, TODAY)).toEqual(["thank-you 2026-11-23 i.md"]);
	});
	it("ends with thank-you-sent", () => {
		expect(kinds({ "i.md": I("Jane", { status: "done", date: "2026-11-20", "thank-you-sent": "2026-11-21" }) }, TODAY)).toEqual([]);
	});
	it("needs a readable date even when the status says done", () => {
		expect(kinds({ "i.md": I("Jane", { status: "done" }) }, TODAY)).toEqual([]);
		expect(kinds({ "i.md": I("Jane", { status: "done", date: "2026-02-30" }) }, TODAY)).toEqual([]);
	});
	it("does not exist for a conversation later today or one that never happened", () => {
		expect(kinds({ "i.md": I("Jane", { status: "scheduled", date: "2026-11-22T18:00", confirmed: "2026-11-21" }) }, TODAY)).toEqual([]);
		expect(kinds({ "i.md": I("Jane", { status: "cancelled", date: "2026-11-20" }) }, TODAY)).toEqual([]);
	});
});

describe("thank the referrer", () => {
	const notes = () => ({
		[jane]: C({ "referred-by": "[[Sam Lee]]" }),
		"b.md": I("Jane", { status: "done", date: "2026-11-18", "thank-you-sent": "2026-11-19" }),
		"a.md": I("Jane", { status: "done", date: "2026-11-05", "thank-you-sent": "2026-11-06" }),
		"c.md": I("Jane", { status: "requested", requested: "2026-11-01", "thank-you-sent": "2026-11-06", nudged: "2026-11-20" }),
	});
	it("belongs to the contact's earliest interview that took place", () => {
		const index = build(notes());
		const f = index.followUps(TODAY).filter((x) => x.kind === "thank-referrer");
		expect(f.map((x) => `${x.due} ${x.note}`)).toEqual(["2026-11-07 a.md"]);
		expect(f[0]?.title).toBe("Thank Sam Lee for the introduction to Jane");
		expect(f[0]?.contact).toBe(jane);
	});
	it("ends with referrer-thanked on any of the contact's interviews", () => {
		const n = notes();
		n["b.md"] = { ...n["b.md"], "referrer-thanked": "2026-11-19" };
		expect(build(n).followUps(TODAY).filter((x) => x.kind === "thank-referrer")).toEqual([]);
	});
	it("needs referred-by on the contact and a conversation that took place", () => {
		expect(kinds({ [jane]: C(), "a.md": I("Jane", { status: "done", date: "2026-11-05", "thank-you-sent": "2026-11-06" }) }, TODAY).filter((l) => l.startsWith("thank-referrer"))).toEqual([]);
		expect(kinds({ [jane]: C({ "referred-by": "Sam" }), "a.md": I("Jane", { status: "scheduled", date: "2026-11-30", confirmed: "x" }) }, TODAY).filter((l) => l.startsWith("thank-referrer"))).toEqual([]);
	});
});

describe("reach-out", () => {
	const done = { status: "done", date: "2026-11-20", "thank-you-sent": "2026-11-20" };
	it("is due 7 days after the conversation, for a suggested person with no note", () => {
		const index = build({ "i.md": I("Jane", { ...done, referrals: ["[[Priya Shah]]"] }) });
		const f = index.followUps(TODAY)[0];
		expect(f).toMatchObject({ kind: "reach-out", due: "2026-11-27", note: "i.md", contact: null, title: "Reach out to Priya Shah (suggested by Jane)" });
	});
	it("concerns the suggested person's note while they have no interview yet", () => {
		const notes = { "P/Priya Shah.md": C(), "i.md": I("Jane", { ...done, referrals: ["[[Priya Shah]]"] }) };
		expect(kinds(notes, TODAY)).toEqual(["reach-out 2026-11-27 i.md -> P/Priya Shah.md"]);
		expect(kinds({ ...notes, "j.md": I("Priya Shah", { status: "requested" }) }, TODAY)).toEqual([]);
	});
	it("merges several referrals to the same person into the earliest", () => {
		const notes = {
			"P/Priya Shah.md": C(),
			"i.md": I("Jane", { ...done, referrals: ["[[Priya Shah]]", "[[P/Priya Shah|Priya]]", "priya shah"] }),
			"k.md": I("Sam", { ...done, date: "2026-11-18", referrals: ["[[Priya Shah]]"] }),
		};
		expect(kinds(notes, TODAY)).toEqual(["reach-out 2026-11-25 k.md -> P/Priya Shah.md"]);
	});
	it("needs a conversation that took place", () => {
		expect(kinds({ "i.md": I("Jane", { status: "scheduled", date: "2026-11-30", confirmed: "x", referrals: ["[[Priya]]"] }) }, TODAY)).toEqual([]);
	});
	it("is hidden for an archived suggested person, and for referrals from an archived contact's interview", () => {
		expect(kinds({ "Priya.md": C({ status: "archived" }), "i.md": I("Jane", { ...done, referrals: ["[[Priya]]"] }) }, TODAY)).toEqual([]);
		expect(kinds({ "Jane.md": C({ status: "archived" }), "i.md": I("Jane", { ...done, referrals: ["[[Priya]]"] }) }, TODAY)).toEqual([]);
	});
});

describe("keep in touch", () => {
	it("is due 90 days after the last interaction with someone met", () => {
		const notes = { [jane]: C(), "i.md": I("Jane", { status: "done", date: "2026-08-01", "thank-you-sent": "2026-08-02" }) };
		expect(kinds(notes, TODAY)).toEqual(["keep-in-touch 2026-10-31 People/Jane.md -> People/Jane.md"]);
	});
	it("restarts at every interaction: last-contact, a later conversation or thank-you", () => {
		const notes = {
			[jane]: C({ "last-contact": "2026-09-01" }),
			"i.md": I("Jane", { status: "done", date: "2026-08-01", "thank-you-sent": "2026-08-20" }),
		};
		expect(kinds(notes, TODAY)).toEqual(["keep-in-touch 2026-11-30 People/Jane.md -> People/Jane.md"]);
	});
	it("uses the contact's own cadence", () => {
		expect(kinds({ [jane]: C({ "keep-in-touch": "6 weeks", "last-contact": "2026-10-20" }) }, TODAY)).toEqual([
			"keep-in-touch 2026-12-01 People/Jane.md -> People/Jane.md",
		]);
		expect(kinds({ [jane]: C({ "keep-in-touch": "3 months", "last-contact": "2026-08-31" }) }, TODAY)).toEqual([
			"keep-in-touch 2026-11-30 People/Jane.md -> People/Jane.md",
		]);
	});
	it("yields nothing until the first interaction, for someone never met, or paused or archived", () => {
		expect(kinds({ [jane]: C({ "keep-in-touch": 30 }) }, TODAY)).toEqual([]);
		expect(kinds({ [jane]: C({ "last-contact": "2026-01-01" }) }, TODAY)).toEqual([]);
		const met = { "i.md": I("Jane", { status: "done", date: "2026-08-01", "thank-you-sent": "2026-08-02" }) };
		expect(kinds({ [jane]: C({ status: "Paused" }), ...met }, TODAY)).toEqual([]);
		expect(kinds({ [jane]: C({ status: "archived" }), ...met }, TODAY)).toEqual([]);
	});
	it("follows the default cadence setting", () => {
		const s = { ...DEFAULT_RULE_SETTINGS, keepInTouch: { count: 2, unit: "months" as const } };
		const notes = { [jane]: C(), "i.md": I("Jane", { status: "done", date: "2026-08-31", "thank-you-sent": "2026-08-31" }) };
		expect(kinds(notes, TODAY, s)).toEqual(["keep-in-touch 2026-10-31 People/Jane.md -> People/Jane.md"]);
	});
});

describe("snooze", () => {
	const fresh = { status: "done", date: "2026-11-20" };
	it("moves an earlier due date to the snooze day, never a later one", () => {
		expect(kinds({ "i.md": I("Jane", { ...fresh, "snooze-until": "2026-11-30" }) }, TODAY)).toEqual(["thank-you 2026-11-30 i.md"]);
		expect(kinds({ "i.md": I("Jane", { ...fresh, "snooze-until": "2026-11-21" }) }, TODAY)).toEqual(["thank-you 2026-11-22 i.md"]);
	});
	it("on a contact applies to every follow-up concerning them; the later snooze wins", () => {
		const notes = {
			[jane]: C({ "snooze-until": "2026-12-01", "referred-by": "Sam" }),
			"i.md": I("Jane", { ...fresh, "snooze-until": "2026-12-05" }),
			"j.md": I("Jane", { status: "requested", requested: "2026-11-01" }),
		};
		expect(kinds(notes, TODAY)).toEqual([
			"nudge 2026-12-01 j.md -> People/Jane.md",
			"thank-you 2026-12-05 i.md -> People/Jane.md",
			"thank-referrer 2026-12-05 i.md -> People/Jane.md",
			"keep-in-touch 2027-02-18 People/Jane.md -> People/Jane.md",
		]);
	});
	it("an unreadable snooze is reported and ignored", () => {
		const index = build({ "i.md": I("Jane", { ...fresh, "snooze-until": "tomorrow" }) });
		expect(index.followUps(TODAY).map((f) => f.due)).toEqual(["2026-11-22"]);
		expect(index.problems().filter((p) => p.property !== "contact")).toEqual([
			{ note: "i.md", property: "snooze-until", message: expect.stringContaining("tomorrow") },
		]);
	});
});

describe("statuses and problems", () => {
	it("matches type and status in any case", () => {
		expect(kinds({ "i.md": { type: "INTERVIEW", contact: "Jane", status: "DoNe", date: "2026-11-20" } }, TODAY)).toHaveLength(1);
	});
	it("an unknown status is a problem and the interview yields nothing", () => {
		const index = build({ "i.md": I("Jane", { status: "postponed", date: "2026-11-20" }) });
		expect(index.followUps(TODAY)).toEqual([]);
		expect(index.problems().filter((p) => p.property !== "contact")).toEqual([
			{ note: "i.md", property: "status", message: expect.stringContaining("postponed") },
		]);
	});
	it("one bad note never breaks another's follow-ups", () => {
		const index = build({
			"bad.md": I("Jane", { status: "done", date: "2026-02-30" }),
			"good.md": I("Jane", { status: "done", date: "2026-11-20" }),
		});
		expect(index.followUps(TODAY).map((f) => f.note)).toEqual(["good.md"]);
		expect(index.problems().map((p) => `${p.note} ${p.property}`)).toEqual(["bad.md contact", "bad.md date", "good.md contact"]);
	});
	it("ignores notes of other types and reports nothing for them", () => {
		const index = build({ "x.md": { type: "book", date: "nonsense" }, "y.md": { tags: ["a"] }, "z.md": undefined });
		expect(index.followUps(TODAY)).toEqual([]);
		expect(index.problems()).toEqual([]);
	});
	it("orders by due date, then note path, then the order of the rules table", () => {
		const notes = {
			"Jane.md": C({ "referred-by": "Sam" }),
			"b.md": I("Jane", { status: "done", date: "2026-11-20", referrals: ["Zed"] }),
			"a.md": I("Ann", { status: "done", date: "2026-11-20" }),
		};
		expect(kinds(notes, TODAY)).toEqual([
			"thank-you 2026-11-22 a.md",
			"thank-you 2026-11-22 b.md -> Jane.md",
			"thank-referrer 2026-11-22 b.md -> Jane.md",
			"reach-out 2026-11-27 b.md",
			"keep-in-touch 2027-02-18 Jane.md -> Jane.md",
		]);
	});
});

describe("interviews whose contact note cannot be found", () => {
	it("are reported, and the report follows the contact note as it appears and goes", () => {
		const index = build({ "i.md": I("Jane Doh", { status: "done", date: "2026-11-20" }), "j.md": { type: "interview", status: "requested" } });
		expect(index.problems()).toEqual([
			{ note: "i.md", property: "contact", message: 'No contact note named "Jane Doh" yet: create it, or correct the link' },
			{ note: "j.md", property: "contact", message: expect.stringContaining("Missing") },
		]);
		index.upsert("People/Jane Doh.md", C());
		expect(index.problems().map((p) => p.note)).toEqual(["j.md"]);
		index.remove("People/Jane Doh.md");
		expect(index.problems().map((p) => p.note)).toEqual(["i.md", "j.md"]);
		index.remove("i.md");
		expect(index.problems().map((p) => p.note)).toEqual(["j.md"]);
	});

	it("still yield their follow-ups, named after the link's file name", () => {
		expect(build({ "i.md": I("People/Jane Doh|Jane", { status: "done", date: "2026-11-20" }) }).followUps(TODAY)[0]?.title).toBe(
			"Send a thank-you to Jane Doh",
		);
	});
});

describe("a request with a date", () => {
	it("is reported: the status should say scheduled", () => {
		const index = build({ "Jane.md": C(), "i.md": I("Jane", { status: "requested", requested: "2026-11-01", date: "2026-11-24" }) });
		expect(index.followUps(TODAY).filter((f) => f.note === "i.md")).toEqual([]);
		expect(index.problems()).toEqual([{ note: "i.md", property: "status", message: expect.stringContaining("set the status to scheduled") }]);
	});
});

describe("titles", () => {
	it("say when the conversation to confirm is, and name people by their notes' file names", () => {
		const index = build({
			"Dev.md": C({ "referred-by": "[[People/Sam Whitaker|Sam]]" }),
			"a.md": I("Dev", { status: "done", date: "2026-11-20", "thank-you-sent": "2026-11-20", referrals: ["[[Notes/Priya Nair|Priya]]", "Carl, Dana"] }),
			"b.md": I("Dev", { date: "2026-11-23T15:30" }),
			"c.md": I("Dev", { date: "2026-11-22T16:00" }),
			"d.md": I("Dev", { date: "2026-11-30" }),
		});
		const titles = index.followUps(TODAY).map((f) => f.title);
		expect(titles).toContain("Thank Sam Whitaker for the introduction to Dev");
		expect(titles).toContain("Confirm the conversation with Dev (tomorrow at 15:30)");
		expect(titles).toContain("Confirm the conversation with Dev (today at 16:00)");
		expect(titles).toContain("Confirm the conversation with Dev (Mon 30 Nov)");
		expect(titles).toContain("Reach out to Priya Nair (suggested by Dev)");
		expect(titles).toContain("Reach out to Carl (suggested by Dev)");
		expect(titles).toContain("Reach out to Dana (suggested by Dev)");
		const priya = index.followUps(TODAY).find((f) => f.title.startsWith("Reach out to Priya"));
		expect(priya).toMatchObject({ person: "Priya Nair", target: "Notes/Priya Nair", contact: null });
	});
});

describe("dashboard horizon", () => {
	it("shows overdue and due always, upcoming within the horizon counted inclusively", () => {
		const index = build({
			"a.md": I("A", { status: "done", date: "2026-11-01" }),
			"b.md": I("B", { status: "done", date: "2026-11-20" }),
			"c.md": I("C", { date: "2026-12-07" }),
			"d.md": I("D", { date: "2026-12-08" }),
		});
		const d = index.dashboard(TODAY, 14);
		expect(d.overdue.map((f) => f.note)).toEqual(["a.md"]);
		expect(d.due.map((f) => f.note)).toEqual(["b.md"]);
		expect(d.upcoming.map((f) => `${f.note} ${f.due}`)).toEqual(["c.md 2026-12-06"]);
		expect(index.dashboard(TODAY, 15).upcoming.map((f) => f.note)).toEqual(["c.md", "d.md"]);
		expect(index.dashboard(TODAY, 0).upcoming).toEqual([]);
	});
});

describe("field progress", () => {
	it("counts contacts and those met per field, leaving out archived contacts", () => {
		const index = build({
			"A.md": C({ field: "UX research" }),
			"B.md": C({ field: "ux research" }),
			"C.md": C({ field: ["Data analysis", "UX research"] }),
			"D.md": C({ field: "Data analysis", status: "archived" }),
			"E.md": C({ field: "Learning design" }),
			"a.md": I("A", { status: "done", date: "2026-11-01" }),
			"c.md": I("C", { date: "2026-11-10" }),
			"d.md": I("D", { status: "done", date: "2026-11-10" }),
			"e.md": I("E", { status: "scheduled", date: "2026-12-10" }),
		});
		expect(index.fields(TODAY)).toEqual([
			{ field: "Data analysis", contacts: 1, met: 1, target: 3 },
			{ field: "Learning design", contacts: 1, met: 0, target: 3 },
			{ field: "UX research", contacts: 3, met: 2, target: 3 },
		]);
	});
});
