import { describe, expect, it } from "vitest";
import { DEFAULT_RULE_SETTINGS } from "../../src/domain/rule-windows";
import { VaultIndex } from "../../src/index/vault-index";
import { build, C, I, lines } from "../builders";

const today = "2026-11-22";

/** What `prepare` answers, call after call, given no time for a second step, until it is done. */
function stepResults(index: VaultIndex): boolean[] {
	const out: boolean[] = [];
	while (out.length < 50 && out[out.length - 1] !== true) out.push(index.prepare(today, () => false));
	return out;
}

/** `n` requests to as many people with no contact note, each asking for a nudge. */
function requests(n: number): [string, Record<string, unknown>][] {
	return Array.from({ length: n }, (_, i) => [`R/${String(i).padStart(3, "0")}.md`, I(`Sam ${i}`, { status: "requested", requested: "2026-11-01" })]);
}

const reachOuts = (index: VaultIndex) => lines(index, today).filter((l) => l.startsWith("reach-out"));

describe("the follow-up derivation, a step at a time", () => {
	it("derives a fresh index in steps: reach-outs, the people picked, the groups, then the sort", () => {
		const index = build({ "People/Jane.md": C({ "keep-in-touch": 30, "last-contact": "2026-11-01" }), "I/a.md": I("Jane", { status: "done", date: "2026-11-20" }) });
		expect(stepResults(index)).toEqual([false, false, false, true]);
		expect(lines(index, today)).toEqual(["thank-you 2026-11-22 I/a.md -> People/Jane.md", "keep-in-touch 2026-12-20 People/Jane.md -> People/Jane.md"]);
		// With nothing to sort, the last step of the groups is the last one.
		expect(stepResults(new VaultIndex())).toEqual([false, false, true]);
	});

	it("leaves the rest of the link pass to its steps when an interview leaves its contact's group meanwhile", () => {
		const index = build({ "People/Jane.md": C(), ...Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`I/${String(i).padStart(3, "0")}.md`, I("Jane", { status: "requested", requested: "2026-11-01" })])) });
		// The first step links 32 interviews; each later one links 32 more, until the derivation's steps begin.
		expect(index.prepare(today, () => false)).toBe(false);
		index.remove("I/000.md");
		expect(stepResults(index)).toEqual([...Array<boolean>(17).fill(false), true]);
		expect(lines(index, today)).toHaveLength(99);
	});

	it("brings 100 new interviews in: links, then reach-outs, then groups, 64 at a time", () => {
		const index = build({ "People/Jane.md": C() });
		expect(lines(index, today)).toEqual([]);
		for (const [path, fm] of requests(100)) index.upsert(path, fm);
		// Links of 64; the other 36 and reach-outs of 64; the other 36 and groups of 64; the other 36.
		expect(stepResults(index)).toEqual([false, false, false, true]);
		expect(lines(index, today)).toHaveLength(100);
	});

	it("finishes the work of 100 new interviews at a query, given time", () => {
		const index = build({ "People/Jane.md": C() });
		expect(lines(index, today)).toEqual([]);
		for (const [path, fm] of requests(100)) index.upsert(path, fm);
		expect(lines(index, today)).toEqual(requests(100).map(([path]) => `nudge 2026-11-08 ${path}`));
	});

	it("counts the interviews that came in between new settings and the next query, their links resolved after the derivation from nothing", () => {
		const index = build({ "People/Jane.md": C() });
		expect(lines(index, today)).toEqual([]);
		index.setSettings({ ...DEFAULT_RULE_SETTINGS, nudgeDays: 10 });
		for (const [path, fm] of requests(100)) index.upsert(path, fm);
		index.upsert("I/jane.md", I("Jane", { status: "requested", requested: "2026-11-01" }));
		expect(stepResults(index)).toEqual([...Array<boolean>(17).fill(false), true]);
		expect(lines(index, today)).toEqual(["nudge 2026-11-11 I/jane.md -> People/Jane.md", ...requests(100).map(([path]) => `nudge 2026-11-11 ${path}`)]);
	});
});

describe("the follow-up derivation, after changes", () => {
	it("forgets a contact removed between new settings and the next query", () => {
		const index = build({ "People/Jane.md": C({ "keep-in-touch": 30, "last-contact": "2026-11-01" }), "People/Sam.md": C({ "keep-in-touch": 30, "last-contact": "2026-11-02" }) });
		expect(lines(index, today)).toEqual(["keep-in-touch 2026-12-01 People/Jane.md -> People/Jane.md", "keep-in-touch 2026-12-02 People/Sam.md -> People/Sam.md"]);
		index.remove("People/Jane.md");
		index.setSettings({ ...DEFAULT_RULE_SETTINGS, nudgeDays: 10 });
		expect(lines(index, today)).toEqual(["keep-in-touch 2026-12-02 People/Sam.md -> People/Sam.md"]);
	});

	it("keeps the sorted list exact over one change after another, each queried in turn", () => {
		const index = build({ "People/Jane.md": C() });
		expect(lines(index, today)).toEqual([]);
		index.upsert("R/a.md", I("Jane", { status: "requested", requested: "2026-11-01" }));
		expect(lines(index, today)).toEqual(["nudge 2026-11-08 R/a.md -> People/Jane.md"]);
		index.upsert("R/b.md", I("Jane", { status: "requested", requested: "2026-11-02" }));
		expect(lines(index, today)).toEqual(["nudge 2026-11-08 R/a.md -> People/Jane.md", "nudge 2026-11-09 R/b.md -> People/Jane.md"]);
		index.remove("R/a.md");
		expect(lines(index, today)).toEqual(["nudge 2026-11-09 R/b.md -> People/Jane.md"]);
	});

	it("drops the follow-ups of a removed interview that names no contact note", () => {
		const index = build({ "I/a.md": I("Jane", { status: "done", date: "2026-11-20" }), "I/b.md": I("Sam", { status: "done", date: "2026-11-21" }) });
		expect(lines(index, today)).toEqual(["thank-you 2026-11-22 I/a.md", "thank-you 2026-11-23 I/b.md"]);
		index.remove("I/a.md");
		expect(lines(index, today)).toEqual(["thank-you 2026-11-23 I/b.md"]);
	});

	it("drops the follow-ups of a removed contact note, and of one renamed away", () => {
		const index = build({ "People/Jane.md": C({ "keep-in-touch": 30, "last-contact": "2026-11-01" }), "People/Sam.md": C({ "keep-in-touch": 30, "last-contact": "2026-11-02" }) });
		expect(lines(index, today)).toEqual(["keep-in-touch 2026-12-01 People/Jane.md -> People/Jane.md", "keep-in-touch 2026-12-02 People/Sam.md -> People/Sam.md"]);
		index.remove("People/Jane.md");
		expect(lines(index, today)).toEqual(["keep-in-touch 2026-12-02 People/Sam.md -> People/Sam.md"]);
		index.rename("People/Sam.md", "Old/Sam.md");
		expect(lines(index, today)).toEqual(["keep-in-touch 2026-12-02 Old/Sam.md -> Old/Sam.md"]);
	});

	it("holds back a request being prepared to a person with no contact note while a reach-out to them exists", () => {
		const index = build({ "I/met.md": I("Jane", { status: "done", date: "2026-11-20", "thank-you-sent": "2026-11-20" }), "I/prep.md": I("Priya", { created: "2026-11-20" }) });
		expect(lines(index, today)).toEqual(["send-request 2026-11-22 I/prep.md"]);
		index.upsert("I/met.md", I("Jane", { status: "done", date: "2026-11-20", "thank-you-sent": "2026-11-20", referrals: ["[[Priya]]"] }));
		expect(lines(index, today)).toEqual(["reach-out 2026-11-27 I/met.md"]);
		index.upsert("I/met.md", I("Jane", { status: "done", date: "2026-11-20", "thank-you-sent": "2026-11-20" }));
		expect(lines(index, today)).toEqual(["send-request 2026-11-22 I/prep.md"]);
	});
});

describe("a person's reach-out", () => {
	const met = (date: string) => I("Jane", { status: "done", date, "thank-you-sent": date, referrals: ["[[Priya]]"] });

	it("is the earliest of the interviews that suggest them, whatever order the notes came in", () => {
		expect(reachOuts(build({ "I/b.md": met("2026-11-18"), "I/a.md": met("2026-11-20") }))).toEqual(["reach-out 2026-11-25 I/b.md"]);
		expect(reachOuts(build({ "I/a.md": met("2026-11-20"), "I/b.md": met("2026-11-18") }))).toEqual(["reach-out 2026-11-25 I/b.md"]);
	});

	it("on the same day, is that of the first note by path, whatever order the notes came in", () => {
		expect(reachOuts(build({ "I/b.md": met("2026-11-20"), "I/a.md": met("2026-11-20") }))).toEqual(["reach-out 2026-11-27 I/a.md"]);
		expect(reachOuts(build({ "I/a.md": met("2026-11-20"), "I/b.md": met("2026-11-20") }))).toEqual(["reach-out 2026-11-27 I/a.md"]);
	});

	it("stays as it was when an earlier one comes and goes while the index is brought up to date in steps", () => {
		const index = build({ "I/a.md": met("2026-11-20") });
		expect(reachOuts(index)).toEqual(["reach-out 2026-11-27 I/a.md"]);
		index.upsert("I/b.md", met("2026-11-18"));
		for (const [path, fm] of requests(100)) index.upsert(path, fm);
		// A step for the links of the first 64 interviews, one for the rest and the first 64 reach-outs (I/b's among them).
		expect([index.prepare(today, () => false), index.prepare(today, () => false)]).toEqual([false, false]);
		index.remove("I/b.md");
		expect(reachOuts(index)).toEqual(["reach-out 2026-11-27 I/a.md"]);
		expect(lines(index, today)).toHaveLength(101);
	});

	it("is gone with an interview that came and left while the derivation from nothing was under way, before its link was resolved", () => {
		const index = build(Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`People/P${i}.md`, C()])));
		// The first step of the derivation reads 16 of the 20 notes; the next one reads the rest and the new interview.
		expect(index.prepare(today, () => false)).toBe(false);
		index.upsert("I/b.md", met("2026-11-18"));
		expect(index.prepare(today, () => false)).toBe(false);
		index.remove("I/b.md");
		expect(lines(index, today)).toEqual([]);
	});
});
