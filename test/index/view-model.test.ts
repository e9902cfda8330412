import { describe, expect, it } from "vitest";
import type { FollowUp } from "../../src/domain/types";
import { VaultIndex } from "../../src/index/vault-index";
import { buildViewModel, describeFollowUp, dueCount, dueCountText, fieldSummary, followUpKey, sentence, snoozeChoices } from "../../src/index/view-model";

const TODAY = "2026-11-22";

function index(): VaultIndex {
	const ix = new VaultIndex();
	ix.upsert("C/Jane Doe.md", { type: "contact", field: "UX research", "referred-by": "[[Sam Lee]]" });
	ix.upsert("C/Sam Lee.md", { type: "contact", field: "UX research", "last-contact": "2026-08-01", "keep-in-touch": "90 days" });
	ix.upsert("I/jane.md", { type: "interview", contact: "[[Jane Doe]]", status: "done", date: "2026-11-19", referrals: ["[[Priya]]", "[[Omar]]"] });
	ix.upsert("I/ana.md", { type: "interview", contact: "[[Ana]]", status: "scheduled", date: "2026-11-23" });
	ix.upsert("I/far.md", { type: "interview", contact: "[[Far]]", status: "scheduled", date: "2026-12-30" });
	ix.upsert("I/bad.md", { type: "interview", date: "2026-02-30" });
	return ix;
}

describe("buildViewModel", () => {
	it("splits follow-ups into overdue, today and upcoming within the horizon", () => {
		const vm = buildViewModel(index(), TODAY, { horizonDays: 14 });
		expect(vm.sections.map((s) => [s.id, s.heading, s.followUps.map((f) => f.kind)])).toEqual([
			["overdue", "Overdue", ["keep-in-touch", "thank-you", "thank-referrer"]],
			["today", "Today", ["confirm"]],
			["upcoming", "Upcoming", ["reach-out", "reach-out"]],
		]);
		expect(vm.sections[2]?.hint).toBe("Next 14 days");
		expect(vm.dueCount).toBe(4);
		expect(dueCount(index(), TODAY)).toBe(4); // the status bar's count: upcoming ones left out
		for (const day of ["2026-10-01", "2026-10-30", "2026-11-21", "2026-12-31"]) expect(dueCount(index(), day), day).toBe(buildViewModel(index(), day, { horizonDays: 14 }).dueCount);
		expect(vm.noteCount).toBe(6);
		expect(vm.fields).toEqual([{ field: "UX research", contacts: 2, met: 1, target: 3 }]);
		// ana and far name people with no contact note; bad names nobody (each reported on `contact`).
		expect(vm.problems.map((p) => [p.note, p.property])).toEqual([
			["I/ana.md", "contact"],
			["I/bad.md", "contact"],
			["I/bad.md", "date"],
			["I/far.md", "contact"],
		]);
		expect(buildViewModel(index(), TODAY, { horizonDays: 0 }).sections[2]?.followUps).toEqual([]);
	});

	it("leaves out hidden items while their due date is unchanged", () => {
		const ix = index();
		const thankYou = ix.followUps(TODAY).find((f) => f.kind === "thank-you") as FollowUp;
		const key = followUpKey(thankYou);
		let vm = buildViewModel(ix, TODAY, { horizonDays: 14, hidden: new Map([[key, thankYou.due]]) });
		expect(vm.sections[0]?.followUps.map((f) => f.kind)).toEqual(["keep-in-touch", "thank-referrer"]);
		expect([...vm.stillHidden]).toEqual([key]);
		expect(vm.dueCount).toBe(3);
		// Snoozed: same key, another due date: shown again, no longer hidden.
		ix.upsert("I/jane.md", { type: "interview", contact: "[[Jane Doe]]", status: "done", date: "2026-11-19", "snooze-until": "2026-11-24" });
		vm = buildViewModel(ix, TODAY, { horizonDays: 14, hidden: new Map([[key, thankYou.due]]) });
		expect(vm.stillHidden.size).toBe(0);
		expect(vm.sections[2]?.followUps.some((f) => f.kind === "thank-you")).toBe(true);
	});

	it("finds a hidden item among the others due on its day, and hides nothing else", () => {
		const ix = index();
		const overdue = buildViewModel(ix, TODAY, { horizonDays: 14 }).sections[0]?.followUps ?? [];
		for (const f of overdue) {
			const vm = buildViewModel(ix, TODAY, { horizonDays: 14, hidden: new Map([[followUpKey(f), f.due]]) });
			expect(vm.sections[0]?.followUps).toEqual(overdue.filter((g) => g !== f));
			expect([...vm.stillHidden]).toEqual([followUpKey(f)]);
		}
		const both = new Map(overdue.slice(1).map((f) => [followUpKey(f), f.due]));
		expect(buildViewModel(ix, TODAY, { horizonDays: 14, hidden: both }).sections[0]?.followUps).toEqual(overdue.slice(0, 1));
	});

	it("hints the upcoming horizon as only today, tomorrow, or a number of days", () => {
		const hint = (horizonDays: number) => buildViewModel(index(), TODAY, { horizonDays }).sections[2]?.hint;
		expect([hint(0), hint(1), hint(2)]).toEqual(["Only today", "Tomorrow", "Next 2 days"]);
	});

	it("keys a follow-up with neither target nor contact by its kind and note", () => {
		expect(followUpKey({ kind: "confirm", due: TODAY, note: "I/x.md", contact: null, title: "Confirm", person: "x" })).toBe("confirm\u0000I/x.md\u0000");
	});

	it("keys tell apart several reach-outs from one interview", () => {
		const reach = index()
			.followUps(TODAY)
			.filter((f) => f.kind === "reach-out");
		expect(new Set(reach.map(followUpKey)).size).toBe(2);
	});
});

describe("describeFollowUp", () => {
	const base: FollowUp = { kind: "thank-you", due: "2026-11-20", note: "I/2026-11-19 Jane Doe.md", contact: "C/Jane Doe.md", title: "Send a thank-you to Jane Doe", person: "Jane Doe" };

	it("words an item for display", () => {
		const item = describeFollowUp(base, TODAY);
		expect(item).toMatchObject({
			title: "Send a thank-you to Jane Doe",
			when: "2 days overdue",
			dueLong: "Friday 20 November 2026",
			status: "overdue",
			noteName: "2026-11-19 Jane Doe",
			noteLink: "2026-11-19",
			primary: { action: "done", label: "Done" },
		});
	});

	it("links the note only when its name tells more than the title", () => {
		const keep: FollowUp = { ...base, kind: "keep-in-touch", note: "C/Jane Doe.md", title: "Keep in touch with Jane Doe" };
		expect(describeFollowUp(keep, TODAY).noteLink).toBeNull();
		expect(describeFollowUp({ ...keep, note: "C/Jane Doe (Acme).md" }, TODAY).noteLink).toBe("Jane Doe (Acme)");
	});

	it("shows no link for a note named as the person even when the title leaves the name out", () => {
		expect(describeFollowUp({ ...base, note: "C/Jane Doe.md", title: "Send a thank-you" }, TODAY).noteLink).toBeNull();
	});

	it("shows the date alone for a dated note named after the person, whatever the title says", () => {
		const link = (note: string, title = "Send a thank-you") => describeFollowUp({ ...base, note, title }, TODAY).noteLink;
		expect(link("I/2026-11-19 Jane Doe.md")).toBe("2026-11-19");
		expect(link("I/2026-11-19  Jane Doe.md")).toBe("2026-11-19");
		// Only a name starting with the date, and naming this person (by the person or the title).
		expect(link("I/x2026-11-19 Jane Doe.md")).toBe("x2026-11-19 Jane Doe");
		expect(link("I/2026-11-19 Sam Lee.md", "Send a thank-you to Jane Doe")).toBe("2026-11-19 Sam Lee");
		expect(link("I/2026-11-19 Sam Lee.md", "Thank Sam Lee for Jane Doe")).toBe("2026-11-19");
	});

	it("takes the date wording from the cache when it holds the day", () => {
		const cache = new Map([[base.due, { when: "cached", dueLong: "cached long" }]]);
		expect(describeFollowUp(base, TODAY, cache)).toMatchObject({ when: "cached", dueLong: "cached long" });
		const fresh = new Map<string, { when: string; dueLong: string }>();
		describeFollowUp(base, TODAY, fresh);
		expect(fresh.get(base.due)).toEqual({ when: "2 days overdue", dueLong: "Friday 20 November 2026" });
	});

	it("picks the main action by kind", () => {
		const action = (f: Partial<FollowUp>) => describeFollowUp({ ...base, ...f }, TODAY).primary.action;
		expect(action({ kind: "nudge" })).toBe("done");
		expect(action({ kind: "nudge", closeRequest: true })).toBe("close-request");
		expect(action({ kind: "confirm" })).toBe("done");
		expect(action({ kind: "thank-referrer" })).toBe("done");
		expect(action({ kind: "reach-out" })).toBe("record-reach-out");
		expect(action({ kind: "keep-in-touch" })).toBe("log-contact");
	});

	it("offers snooze days after the due date only", () => {
		expect(snoozeChoices(base, TODAY).map((c) => [c.label, c.date])).toEqual([
			["Tomorrow", "2026-11-23"],
			["In 3 days", "2026-11-25"],
			["Next week", "2026-11-29"],
		]);
		expect(snoozeChoices({ ...base, due: "2026-11-25" }, TODAY).map((c) => c.label)).toEqual(["Next week"]);
	});

	it("small helpers", () => {
		expect(dueCountText(1)).toBe("1 follow-up due");
		expect(dueCountText(0)).toBe("0 follow-ups due");
		expect(fieldSummary(4, 3)).toBe("4 met · target 3");
		expect(sentence("the properties are not valid YAML")).toBe("The properties are not valid YAML");
		expect(sentence("")).toBe("");
		expect(sentence("élan")).toBe("Élan");
	});
});
