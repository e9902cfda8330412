import { describe, expect, it } from "vitest";
import { briefReads, personBrief } from "../../src/index/person-brief";
import { recognitionFrom } from "../../src/domain/recognition";
import { DEFAULT_RULE_SETTINGS } from "../../src/domain/rule-windows";
import { dueFollowUps } from "../../src/index/due-report";
import { build, C, I } from "../builders";

const TODAY = "2026-11-22";
const ROSA = "People/Rosa.md";
const FIRST = "Talks/2026-09-03 Rosa.md";
const SECOND = "Talks/2026-11-10 Rosa.md";
const NEXT = "Talks/2026-11-25 Rosa.md";

const index = () =>
	build({
		[ROSA]: C({ role: "Research lead", organization: "[[Fernway Mutual]]", level: "mid career", relationship: "referral", "referred-by": "[[Aisha|Aisha R.]]", "keep-in-touch": "20" }),
		"People/Aisha.md": C(),
		"People/Keisha.md": C(),
		[FIRST]: I("Rosa", { status: "done", date: "2026-09-03", "thank-you-sent": "2026-09-04", "referrer-thanked": "2026-09-05", topics: ["junior roles"], referrals: ["[[Keisha]]", "[[Victor Lam]]"] }),
		[SECOND]: I("Rosa", { date: "2026-11-10", topics: ["case study"] }),
		[NEXT]: I("Rosa", { status: "scheduled", date: "2026-11-25T15:30", format: "video" }),
		"Talks/2026-11-12 Bo.md": I("Bo", { date: "2026-11-12" }),
	});

const TEXTS = new Map([
	[FIRST, "## Advice\n- Write up a small study.\n## Referrals\n"],
	[SECOND, "# Review\n## Advice\n- Three findings, most surprising first.\n"],
	[NEXT, "### Questions\n- [ ] What would you cut?\n- [ ] Who else should I talk to?\n### My pitch\nI teach science.\n"],
]);

describe("the brief on a person", () => {
	it("from the contact note: who they are, every earlier conversation, what is owed, and the next conversation's questions and pitch", () => {
		const ix = index();
		expect(briefReads(ix, ROSA, TODAY)).toEqual([FIRST, SECOND, NEXT]);
		expect(personBrief(ix, ROSA, TODAY, TEXTS, "Settings pitch")).toEqual({
			person: "Rosa",
			contact: ROSA,
			role: "Research lead",
			organization: "Fernway Mutual",
			level: "mid-career",
			relationship: "referral",
			referredBy: { name: "Aisha", path: "People/Aisha.md" },
			next: { note: NEXT, date: "2026-11-25", time: "15:30", format: "video", location: null },
			earlier: [
				{ note: FIRST, date: "2026-09-03", format: null, topics: ["junior roles"], advice: ["Write up a small study."], suggested: [{ name: "Keisha", path: "People/Keisha.md" }, { name: "Victor Lam", path: null }] },
				{ note: SECOND, date: "2026-11-10", format: null, topics: ["case study"], advice: ["Three findings, most surprising first."], suggested: [] },
			],
			owed: [
				{ kind: "thank-you", title: "Send a thank-you to Rosa", due: "2026-11-12", status: "overdue", note: SECOND },
				{ kind: "confirm", title: "Confirm the conversation with Rosa (Wed 25 Nov at 15:30)", due: "2026-11-24", status: "upcoming", note: NEXT },
				{ kind: "keep-in-touch", title: expect.stringContaining("Rosa") as string, due: "2026-11-30", status: "upcoming", note: ROSA },
			],
			questions: { note: NEXT, items: ["What would you cut?", "Who else should I talk to?"] },
			pitch: { text: "I teach science.", note: NEXT },
		});
	});

	it("from an interview note: that conversation's questions; the settings' pitch when the note has none", () => {
		const ix = index();
		const brief = personBrief(ix, SECOND, TODAY, new Map([[SECOND, "### Questions I will ask\n- Is five interviews enough?\n"]]), "  Settings pitch ");
		expect(brief?.next).toBeNull();
		expect(brief?.questions).toEqual({ note: SECOND, items: ["Is five interviews enough?"] });
		expect(brief?.pitch).toEqual({ text: "Settings pitch", note: null });
		// Texts not read: the properties still tell the story, with no advice and no questions.
		expect(personBrief(ix, ROSA, TODAY, new Map(), "")).toMatchObject({ questions: null, pitch: null, earlier: [{ advice: [] }, { advice: [] }] });
	});

	it("for a person with no contact note: the interview alone, and nothing of anyone else", () => {
		const ix = index();
		expect(personBrief(ix, "Talks/2026-11-12 Bo.md", TODAY, new Map(), "")).toMatchObject({
			person: "Bo",
			contact: null,
			referredBy: null,
			earlier: [{ note: "Talks/2026-11-12 Bo.md" }],
			owed: [{ kind: "thank-you", note: "Talks/2026-11-12 Bo.md" }],
		});
		expect(personBrief(ix, "Nowhere.md", TODAY, new Map(), "")).toBeNull();
	});

	it("reads notes adopted by recognition as it reads typed ones (no type written)", () => {
		const texts = { contactFolders: "People", contactTags: "", contactProperty: "", interviewFolders: "Meetings", interviewTags: "", interviewProperty: "", personProperty: "people" };
		const settings = { ...DEFAULT_RULE_SETTINGS, recognition: recognitionFrom(texts, "2026-11-01") };
		const ix = build({ "People/Lucia.md": { role: "Designer" }, "Meetings/2026-11-19 Coffee.md": { date: "2026-11-19", people: ["[[Lucia]]"], topics: ["portfolios"] } }, settings);
		expect(personBrief(ix, "People/Lucia.md", TODAY, new Map([["Meetings/2026-11-19 Coffee.md", "## Advice\n- Show the process.\n"]]), "")).toMatchObject({
			person: "Lucia",
			role: "Designer",
			earlier: [{ note: "Meetings/2026-11-19 Coffee.md", topics: ["portfolios"], advice: ["Show the process."] }],
			owed: [{ kind: "thank-you", note: "Meetings/2026-11-19 Coffee.md" }],
		});
	});

	it("from the contact note, the next conversation is the earliest scheduled or unmarked one dated today or later, never a cancelled one", () => {
		const ix = build({
			"People/Lee.md": C(),
			"Talks/2026-11-23 Lee.md": I("Lee", { status: "cancelled", date: "2026-11-23" }),
			"Talks/2026-11-24 Lee.md": I("Lee", { date: "2026-11-24" }),
			"Talks/2026-11-26 Lee.md": I("Lee", { status: "scheduled", date: "2026-11-26" }),
			"People/Mia.md": C(),
			"Talks/2026-11-22 Mia.md": I("Mia", { status: "scheduled", date: "2026-11-22" }),
			"Talks/2026-11-23 Mia.md": I("Mia", { status: "scheduled", date: "2026-11-23" }),
		});
		expect(personBrief(ix, "People/Lee.md", TODAY, new Map(), "")?.next).toEqual({ note: "Talks/2026-11-24 Lee.md", date: "2026-11-24", time: null, format: null, location: null });
		// One scheduled for today is still ahead.
		expect(personBrief(ix, "People/Mia.md", TODAY, new Map(), "")?.next).toEqual({ note: "Talks/2026-11-22 Mia.md", date: "2026-11-22", time: null, format: null, location: null });
	});

	it("from the contact note with nothing ahead, the next conversation is the request being prepared", () => {
		const ix = build({
			"People/Mo.md": C(),
			"Talks/Mo done.md": I("Mo", { status: "done", date: "2026-10-01" }),
			"Talks/Mo a draft.md": I("Mo"),
			"Talks/Mo b asked.md": I("Mo", { status: "requested" }),
		});
		const texts = new Map([["Talks/Mo a draft.md", "## Questions\n- How did you start?\n"]]);
		expect(personBrief(ix, "People/Mo.md", TODAY, texts, "")).toMatchObject({
			next: { note: "Talks/Mo a draft.md", date: null, time: null, format: null, location: null },
			questions: { note: "Talks/Mo a draft.md", items: ["How did you start?"] },
		});
	});

	it("gives no advice for an earlier conversation whose note has no Advice section", () => {
		const brief = personBrief(index(), ROSA, TODAY, new Map([[SECOND, "## Notes\n- Talked about case studies.\n"]]), "");
		expect(brief?.earlier.map((e) => [e.note, e.advice])).toEqual([
			[FIRST, []],
			[SECOND, []],
		]);
	});

	it("for a person with no contact note, leaves out reaching out to the people they suggested", () => {
		const ix = build({ "Talks/2026-11-12 Bo.md": I("Bo", { status: "done", date: "2026-11-12", "thank-you-sent": "2026-11-12", referrals: ["[[Victor Lam]]"] }) });
		// The reach-out is owed, but to Victor, not to Bo.
		expect(dueFollowUps(ix, TODAY).map((f) => f.kind)).toEqual(["reach-out"]);
		expect(personBrief(ix, "Talks/2026-11-12 Bo.md", TODAY, new Map(), "")?.owed).toEqual([]);
	});

	it("has no pitch when neither the note nor the settings hold more than blanks", () => {
		expect(personBrief(index(), SECOND, TODAY, new Map([[SECOND, ""]]), " \n\t ")?.pitch).toBeNull();
	});

	it("names no notes to read for a path that is neither a contact nor an interview", () => {
		expect(briefReads(index(), "Nowhere.md", TODAY)).toEqual([]);
		expect(briefReads(index(), "Talks/2026-11-12 Bo.md", TODAY)).toEqual(["Talks/2026-11-12 Bo.md"]);
	});
});
