import { beforeEach, describe, expect, it } from "vitest";
import { advisors, planForFollowUp, planForNote, planLanded, suggestedPerson, withContactNote } from "../../src/index/draft-plans";
import type { MessageSettings } from "../../src/domain/message-context";
import type { FollowUp, NoteRecord } from "../../src/domain/types";
import type { VaultIndex } from "../../src/index/vault-index";
import { build, C, I, type Notes } from "../builders";

const TODAY = "2026-11-22";
const SETTINGS: MessageSettings = { myName: "Alex", pitch: "I am moving into UX research.", today: TODAY };

const NOTES: Notes = {
	"People/Jane Doe.md": C({ email: " jane@example.com ", "referred-by": "[[Sam Lee]]" }),
	"People/Sam Lee.md": C({ email: "sam@example.com" }),
	"People/Omar.md": C({ email: "  " }),
	"People/Zed.md": C({ status: "archived" }),
	"People/Ann.md": C(),
	// Jane: met on 11-10 (thank-you due), a second conversation ahead.
	"Interviews/Jane 1.md": I("Jane Doe", { status: "done", date: "2026-11-10" }),
	"Interviews/Jane 2.md": I("Jane Doe", { status: "scheduled", date: "2026-11-25" }),
	// Omar: a request sent on 11-01, not answered.
	"Interviews/Omar.md": I("Omar", { status: "requested", requested: "2026-11-01" }),
	// Ann: a request being prepared (no status, no date, no request date).
	"Interviews/Ann.md": I("Ann", { created: "2026-11-21" }),
	// Zed (archived) met once; someone without a contact note met once.
	"Interviews/Zed.md": I("Zed", { status: "done", date: "2026-10-01" }),
	"Interviews/Kim.md": I("Kim Park", { status: "done", date: "2026-11-15", referrals: ["[[People/Priya Nair|Priya]]"] }),
	"Interviews/Nobody.md": { type: "interview", status: "done", date: "2026-11-15" },
	"Interviews/Odd.md": I("Omar", { status: "maybe" }),
};
// Built before each test, not when the file loads: Stryker switches a mutant on after the file is
// collected, so a value built here at the top would always come from the real code (docs/mutation.md).
let index: VaultIndex;
beforeEach(() => {
	index = build(NOTES);
});
const note = (path: string, ix: VaultIndex = index): NoteRecord => {
	const r = ix.get(path);
	if (!r) throw new Error(`no note ${path}`);
	return r;
};

describe("planForNote on a contact", () => {
	it("an outreach to a contact with a prepared request records it on that interview", () => {
		const p = planForNote(index, note("People/Ann.md"), "outreach", SETTINGS);
		expect(p?.target).toEqual({ kind: "interview", path: "Interviews/Ann.md" });
		expect(p?.recipient).toBe("Ann");
		expect(p?.email).toBeNull();
		expect(p?.seen).toEqual(index.propertiesOf("Interviews/Ann.md"));
	});

	it("an outreach to a contact without one makes a new interview, and has no note properties to guard", () => {
		const p = planForNote(index, note("People/Jane Doe.md"), "outreach", SETTINGS);
		expect(p?.target).toMatchObject({ kind: "new-interview", contact: { path: "People/Jane Doe.md" } });
		expect(p?.recipient).toBe("Jane Doe");
		expect(p?.email).toBe("jane@example.com");
		expect(p?.seen).toBeNull();
		expect(p?.values["referrer.name"]).toBe("Sam Lee");
	});

	it("a keep-in-touch update goes to the contact note, about the last conversation that took place", () => {
		const p = planForNote(index, note("People/Jane Doe.md"), "keep-in-touch", SETTINGS);
		expect(p?.target).toEqual({ kind: "contact", path: "People/Jane Doe.md" });
		expect(p?.seen).toEqual(index.propertiesOf("People/Jane Doe.md"));
		expect(p?.values["interview.date"]).toBe("Tuesday 10 November");
		expect(planForNote(index, note("People/Omar.md"), "keep-in-touch", SETTINGS)?.email).toBeNull();
	});

	it.each([
		["a status and no date", { status: "declined" }],
		["a date and no status", { date: "2026-11-30" }],
		["a request date and no status", { requested: "2026-11-01" }],
		["an unknown status", { status: "maybe" }],
	] as const)("an outreach to a contact whose only interview has %s is not recorded there: it makes a new interview", (_, extra) => {
		const one = build({ "People/Lin.md": C(), "Interviews/Lin.md": I("Lin", extra) });
		const p = planForNote(one, note("People/Lin.md", one), "outreach", SETTINGS);
		expect(p?.target).toMatchObject({ kind: "new-interview", contact: { path: "People/Lin.md" } });
		expect(p?.seen).toBeNull();
	});

	it("the landed thanks can be drafted on a contact note, about the last conversation that took place", () => {
		const p = planForNote(index, note("People/Jane Doe.md"), "landed", SETTINGS);
		expect(p).toMatchObject({ template: "landed", recipient: "Jane Doe", target: { kind: "contact", path: "People/Jane Doe.md" } });
		expect(p?.values["interview.date"]).toBe("Tuesday 10 November");
	});

	it("an email written as a list of one is trimmed, and a blank one is no email", () => {
		const lists = build({ "People/Lin.md": C({ email: [" lin@example.com "] }), "People/Max.md": C({ email: ["  "] }) });
		expect(planForNote(lists, note("People/Lin.md", lists), "keep-in-touch", SETTINGS)?.email).toBe("lin@example.com");
		expect(planForNote(lists, note("People/Max.md", lists), "keep-in-touch", SETTINGS)?.email).toBeNull();
	});

	it("an interview's message is not offered on a contact note", () => {
		expect(planForNote(index, note("People/Jane Doe.md"), "thank-you", SETTINGS)).toBeNull();
		expect(planForNote(index, note("People/Jane Doe.md"), "nudge", SETTINGS)).toBeNull();
	});
});

describe("planForNote on an interview", () => {
	it.each([
		["Interviews/Omar.md", "nudge", true],
		["Interviews/Omar.md", "confirm", false],
		["Interviews/Omar.md", "thank-you", false],
		["Interviews/Jane 2.md", "confirm", true],
		["Interviews/Jane 2.md", "nudge", false],
		["Interviews/Jane 2.md", "thank-you", false],
		["Interviews/Jane 1.md", "thank-you", true],
		["Interviews/Jane 1.md", "thank-referrer", true],
		["Interviews/Kim.md", "thank-referrer", false],
		["Interviews/Jane 1.md", "confirm", false],
		["Interviews/Odd.md", "nudge", false],
		["Interviews/Nobody.md", "thank-you", false],
	] as const)("on %s, a %s draft is offered: %s", (path, template, offered) => {
		const p = planForNote(index, note(path), template, SETTINGS);
		expect(p !== null).toBe(offered);
		if (p) expect(p.target).toEqual({ kind: "interview", path });
	});

	it("an interview of an unknown status offers no draft, not even an outreach or an update", () => {
		expect(planForNote(index, note("Interviews/Odd.md"), "outreach", SETTINGS)).toBeNull();
		expect(planForNote(index, note("Interviews/Odd.md"), "keep-in-touch", SETTINGS)).toBeNull();
	});

	it("the thanks to a referrer without a contact note goes to the name in referred-by, with no email", () => {
		const noNote = build({ "People/Lin.md": C({ "referred-by": "[[Ray Moss]]" }), "Interviews/Lin.md": I("Lin", { status: "done", date: "2026-11-10" }) });
		const p = planForNote(noNote, note("Interviews/Lin.md", noNote), "thank-referrer", SETTINGS);
		expect(p).toMatchObject({ recipient: "Ray Moss", email: null, target: { kind: "interview", path: "Interviews/Lin.md" } });
	});

	it("the thanks to the referrer is addressed to the referrer, with their email", () => {
		const p = planForNote(index, note("Interviews/Jane 1.md"), "thank-referrer", SETTINGS);
		expect(p?.recipient).toBe("Sam Lee");
		expect(p?.email).toBe("sam@example.com");
		expect(p?.values["contact.name"]).toBe("Jane Doe");
	});

	it("an outreach on an open interview: a request already sent goes out again as a nudge", () => {
		expect(planForNote(index, note("Interviews/Omar.md"), "outreach", SETTINGS)?.target).toEqual({ kind: "interview", path: "Interviews/Omar.md", requestedOn: "2026-11-01" });
		expect(planForNote(index, note("Interviews/Ann.md"), "outreach", SETTINGS)?.target).toEqual({ kind: "interview", path: "Interviews/Ann.md" });
		expect(planForNote(index, note("Interviews/Jane 2.md"), "outreach", SETTINGS)).toBeNull();
		expect(planForNote(index, note("Interviews/Jane 1.md"), "outreach", SETTINGS)).toBeNull();
	});

	it("an update from an interview goes to its contact note, and needs one", () => {
		expect(planForNote(index, note("Interviews/Jane 1.md"), "keep-in-touch", SETTINGS)?.target).toEqual({ kind: "contact", path: "People/Jane Doe.md" });
		expect(planForNote(index, note("Interviews/Kim.md"), "keep-in-touch", SETTINGS)).toBeNull();
		expect(planForNote(index, note("Interviews/Kim.md"), "thank-you", SETTINGS)?.recipient).toBe("Kim Park");
	});
});

describe("planForFollowUp", () => {
	const followUp = (kind: FollowUp["kind"], path: string) => {
		const f = index.followUps(TODAY).find((x) => x.kind === kind && x.note === path);
		if (!f) throw new Error(`no ${kind} on ${path}: ${index.followUps(TODAY).map((x) => `${x.kind} ${x.note}`).join(", ")}`);
		return f;
	};

	it("drafts the follow-up's message on its note", () => {
		const p = planForFollowUp(index, followUp("thank-you", "Interviews/Jane 1.md"), SETTINGS);
		expect(p).toMatchObject({ template: "thank-you", recipient: "Jane Doe", target: { kind: "interview", path: "Interviews/Jane 1.md" } });
		expect(planForFollowUp(index, followUp("nudge", "Interviews/Omar.md"), SETTINGS)?.template).toBe("nudge");
	});

	it("a reach-out drafts an outreach to the person suggested, introduced by whom the user met", () => {
		const f = followUp("reach-out", "Interviews/Kim.md");
		const p = planForFollowUp(index, f, SETTINGS);
		expect(p).toMatchObject({ template: "outreach", recipient: "Priya Nair", email: null, seen: null, target: { kind: "suggested", followUp: f } });
		expect(p?.values["referrer.name"]).toBe("Kim Park");
	});

	it("a reach-out to someone with a note already prepared for them records the request there, not in a second note", () => {
		const f = followUp("reach-out", "Interviews/Kim.md");
		const withNote = build({ ...NOTES, "People/Priya Nair.md": C({}), "Interviews/Priya.md": I("Priya Nair", { duration: 20 }) });
		const reachOut = withNote.followUps(TODAY).find((x) => x.kind === "reach-out" && x.note === f.note);
		if (!reachOut) throw new Error("no reach-out to Priya");
		const p = planForFollowUp(withNote, reachOut, SETTINGS);
		expect(p).toMatchObject({ template: "outreach", recipient: "Priya Nair", target: { kind: "interview", path: "Interviews/Priya.md" } });
		expect(p?.values["call-length"]).toBe("20 minutes");
		expect(p?.values["referrer.name"]).toBe("Kim Park");
		expect(p?.seen).toEqual(withNote.propertiesOf("Interviews/Priya.md"));
	});

	it("a reach-out whose conversation note is gone has no one to name as the referrer", () => {
		const f = followUp("reach-out", "Interviews/Kim.md");
		const p = planForFollowUp(index, { ...f, note: "Interviews/Gone.md" }, SETTINGS);
		expect(p).toMatchObject({ template: "outreach", recipient: "Priya Nair", target: { kind: "suggested" } });
		expect(p?.values["referrer.name"]).toBeNull();
	});

	it("a reach-out from a conversation that links to no one: the person's own contact note gives the email and who referred them", () => {
		const noOne = build({
			"Interviews/Talk.md": { type: "interview", status: "done", date: "2026-11-15", referrals: ["[[People/Priya Nair|Priya]]"] },
			"People/Priya Nair.md": C({ email: "priya@example.com", "referred-by": "[[Sam Lee]]" }),
			"People/Sam Lee.md": C(),
		});
		const f = noOne.followUps(TODAY).find((x) => x.kind === "reach-out");
		if (!f) throw new Error("no reach-out");
		const p = planForFollowUp(noOne, f, SETTINGS);
		expect(p).toMatchObject({ recipient: "Priya Nair", email: "priya@example.com", target: { kind: "suggested", followUp: f } });
		expect(p?.values["referrer.name"]).toBe("Sam Lee");
	});

	it("a keep-in-touch follow-up drafts the update on its contact note, and nothing once that note is gone", () => {
		const f = followUp("keep-in-touch", "People/Jane Doe.md");
		expect(planForFollowUp(index, f, SETTINGS)).toMatchObject({ template: "keep-in-touch", recipient: "Jane Doe", target: { kind: "contact", path: "People/Jane Doe.md" } });
		expect(planForFollowUp(index, { ...f, note: "People/Gone.md" }, SETTINGS)).toBeNull();
	});

	it("nothing to draft for a thank-you on a conversation that links to no one", () => {
		expect(planForFollowUp(index, followUp("thank-you", "Interviews/Nobody.md"), SETTINGS)).toBeNull();
	});

	it("a thanks to the referrer left over for a contact no one referred has no one to address", () => {
		const f = followUp("thank-you", "Interviews/Kim.md");
		expect(planForFollowUp(index, { ...f, kind: "thank-referrer" }, SETTINGS)).toMatchObject({ template: "thank-referrer", recipient: "", email: null });
	});

	it("nothing to draft for a nudge past the allowed count, or a follow-up whose note is gone", () => {
		const f = followUp("nudge", "Interviews/Omar.md");
		expect(planForFollowUp(index, { ...f, closeRequest: true }, SETTINGS)).toBeNull();
		expect(planForFollowUp(index, { ...f, note: "Interviews/Gone.md" }, SETTINGS)).toBeNull();
		expect(planForFollowUp(index, { ...f, kind: "keep-in-touch" }, SETTINGS)).toBeNull();
	});
});

describe("suggestedPerson and withContactNote", () => {
	const f: FollowUp = { kind: "reach-out", due: TODAY, note: "Interviews/Kim.md", contact: null, title: "", person: "Priya" };

	it("names the person by the link's file name, else as shown", () => {
		expect(suggestedPerson({ ...f, target: " People/Priya Nair " })).toBe("Priya Nair");
		expect(suggestedPerson({ ...f, target: "  " })).toBe("Priya");
		expect(suggestedPerson(f)).toBe("Priya");
	});

	it("gives a reach-out its new contact note, and leaves other targets alone", () => {
		expect(withContactNote({ kind: "suggested", followUp: f }, "People/Priya Nair.md")).toEqual({ kind: "suggested", followUp: { ...f, contact: "People/Priya Nair.md" } });
		expect(withContactNote({ kind: "contact", path: "People/Ann.md" }, "People/Priya Nair.md")).toEqual({ kind: "contact", path: "People/Ann.md" });
	});
});

describe("advisors and planLanded", () => {
	it("lists every contact met, not archived, by name, with their latest conversation", () => {
		expect(advisors(index, TODAY).map((a) => `${a.contact.name} ${a.interview.path}`)).toEqual(["Jane Doe Interviews/Jane 1.md"]);
		const two = build({ ...NOTES, "People/Bea.md": C(), "Interviews/Bea.md": I("Bea", { status: "done", date: "2026-09-01" }) });
		expect(advisors(two, TODAY).map((a) => a.contact.name)).toEqual(["Bea", "Jane Doe"]);
	});

	it("two advisors of the same name come by the path of their notes", () => {
		const twins = build({
			"People/Work/Lee.md": C(),
			"People/Home/Lee.md": C(),
			"Interviews/Lee at work.md": I("People/Work/Lee", { status: "done", date: "2026-11-01" }),
			"Interviews/Lee at home.md": I("People/Home/Lee", { status: "done", date: "2026-11-02" }),
		});
		expect(advisors(twins, TODAY).map((a) => a.contact.path)).toEqual(["People/Home/Lee.md", "People/Work/Lee.md"]);
	});

	it("the landed thanks goes to the contact note, with the new role when given", () => {
		const [advisor] = advisors(index, TODAY);
		if (!advisor) throw new Error("no advisor");
		const p = planLanded(index, advisor, SETTINGS, "  UX researcher at Acme ");
		expect(p).toMatchObject({ template: "landed", recipient: "Jane Doe", target: { kind: "contact", path: "People/Jane Doe.md" } });
		expect(p.values["new-role"]).toBe("UX researcher at Acme");
		expect(planLanded(index, advisor, SETTINGS, "  ").values["new-role"]).toBeNull();
	});
});
