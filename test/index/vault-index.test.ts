import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NO_RECOGNITION } from "../../src/domain/recognition";
import { DEFAULT_RULE_SETTINGS } from "../../src/domain/rule-windows";
import { conversations, conversationsSoon } from "../../src/index/conversations";
import { VaultIndex } from "../../src/index/vault-index";
import { op, TODAYS, type Op } from "../arbitraries";
import { build, C, I, lines } from "../builders";
import { runs } from "../property-runs";

type State = Map<string, { fm: unknown } | { unreadable: string } | { daily: string[] }>;

/** A daily note's path is its day: `Daily/2026-11-21.md`. */
const dayOf = (path: string) => path.slice(6, 16);
const refs = (links: string[]) => links.map((l) => ({ target: l, display: l }));

/** Applies operations to an index and, in parallel, to a plain map of what the vault holds. */
function apply(index: VaultIndex, state: State, ops: Op[]): void {
	for (const o of ops) {
		switch (o.op) {
			case "upsert":
				index.upsert(o.path, o.fm);
				state.set(o.path, { fm: o.fm });
				break;
			case "unreadable":
				index.setUnreadable(o.path, "bad YAML");
				state.set(o.path, { unreadable: "bad YAML" });
				break;
			case "remove":
				index.remove(o.path);
				state.delete(o.path);
				break;
			case "rename": {
				// As in a vault: a rename onto an existing note does not happen.
				const s = state.get(o.from);
				if (!s || o.from === o.to || state.has(o.to)) break;
				index.rename(o.from, o.to);
				state.delete(o.from);
				state.set(o.to, s);
				break;
			}
			case "query":
				index.dashboard(o.today, 14);
				index.fields(o.today);
				break;
			case "daily":
				index.setDailyNote(o.path, dayOf(o.path), refs(o.links));
				state.set(o.path, { daily: o.links });
				break;
			case "undaily":
				index.removeDailyNote(o.path);
				state.delete(o.path);
				break;
		}
	}
}

/**
 * `n` contacts and twice as many interviews, in every state the rules read: requests, scheduled
 * and held conversations, thank-yous sent or not, referrals to known and unknown people (so
 * reach-outs and thank-referrers), people who share a name, paused and archived contacts.
 */
function manyNotes(n: number): [string, Record<string, unknown>][] {
	const out: [string, Record<string, unknown>][] = [];
	const day = (d: number) => `2026-${String(10 + Math.floor(d / 30)).padStart(2, "0")}-${String((d % 28) + 1).padStart(2, "0")}`;
	for (let i = 0; i < n; i++) {
		const folder = i % 17 === 0 ? "Old" : "People";
		out.push([`${folder}/Person ${i % 350}.md`, C({ field: `Field ${i % 7}`, status: ["active", "paused", "archived", "active"][i % 4], "keep-in-touch": i % 3 === 0 ? "30 days" : undefined, "last-contact": day(i % 50), "referred-by": i % 5 === 0 ? `[[Person ${(i * 3) % n}]]` : undefined })]);
	}
	for (let j = 0; j < 2 * n; j++) {
		const status = ["requested", "scheduled", "done", "done", undefined][j % 5];
		out.push([
			`Interviews/Conversation ${j}.md`,
			I(`Person ${(j * 7) % (n + 40)}`, {
				status,
				requested: day(j % 40),
				date: status === "requested" ? undefined : day((j * 3) % 60),
				"thank-you-sent": j % 4 === 0 ? day(j % 60) : undefined,
				referrals: j % 3 === 0 ? [`[[Person ${(j * 11) % (n + 60)}]]`] : undefined,
			}),
		]);
	}
	return out;
}

function fresh(state: State): VaultIndex {
	const index = new VaultIndex();
	for (const [path, s] of state) {
		if ("fm" in s) index.upsert(path, s.fm);
		else if ("daily" in s) index.setDailyNote(path, dayOf(path), refs(s.daily));
		else index.setUnreadable(path, s.unreadable);
	}
	return index;
}

function snapshot(index: VaultIndex, today: string) {
	return {
		followUps: index.followUps(today).map((f) => ({ ...f })),
		conversations: conversations(index, today, 14),
		fields: index.fields(today),
		problems: index.problems(),
	};
}

describe("the index after incremental changes", () => {
	it("equals a fresh build over the same notes, for any sequence of upserts, removes and renames", () => {
		fc.assert(
			fc.property(fc.array(op, { minLength: 1, maxLength: 60 }), fc.constantFrom(...TODAYS), (ops, today) => {
				const index = new VaultIndex();
				const state: State = new Map();
				apply(index, state, ops);
				// The day of the last query, when there is one: the index then updates what changed since.
				const last = [...ops].reverse().find((o) => o.op === "query");
				const day = last?.op === "query" ? last.today : today;
				expect(snapshot(index, day)).toEqual(snapshot(fresh(state), day));
			}),
			{ numRuns: runs(400) },
		);
	});

	it("without the properties kept (the command line's index), gives the same results, no properties, and refuses a rename", () => {
		const notes = manyNotes(200);
		const today = "2026-11-22";
		const lean = new VaultIndex(DEFAULT_RULE_SETTINGS, { keepProperties: false });
		const full = new VaultIndex();
		for (const [path, fm] of notes) {
			lean.upsert(path, fm);
			full.upsert(path, fm);
		}
		expect(snapshot(lean, today)).toEqual(snapshot(full, today));
		const [path] = notes[0] ?? [""];
		expect(full.propertiesOf(path)).not.toBeNull();
		expect(lean.propertiesOf(path)).toBeNull();
		expect(() => lean.rename(path, "Elsewhere.md")).toThrow(/does not keep them/);
	});

	it("brought up to date in steps (prepare, a step at a time, between changes) equals a fresh build", () => {
		// Enough notes that a step (64 notes or people) leaves work for the next one.
		const notes = manyNotes(400);
		const today = "2026-11-22";
		const index = new VaultIndex();
		let steps = 0;
		const oneStep = () => () => false;
		for (const [i, [path, fm]] of notes.entries()) {
			index.upsert(path, fm);
			// Now and then a step of the derivation, as the plugin's start-up does between slices.
			if (i % 97 === 0) index.prepare(today, oneStep());
		}
		while (!index.prepare(today, oneStep())) steps++;
		expect(steps).toBeGreaterThan(10);
		const state: State = new Map(notes.map(([path, fm]) => [path, { fm }]));
		expect(snapshot(index, today)).toEqual(snapshot(fresh(state), today));
		expect(index.followUps(today).length).toBeGreaterThan(300);
	});

	it("taken in bulk, then changed between the steps of its first pass (links, then follow-ups), equals a fresh build", () => {
		// More interviews than a step of the link pass, more notes than a step of the derivation: each pass takes several steps.
		const notes = manyNotes(600);
		const today = "2026-11-22";
		const change = fc.record({ step: fc.nat(12), o: op });
		fc.assert(
			fc.property(fc.array(change, { minLength: 1, maxLength: 12 }), fc.array(fc.nat(150), { minLength: 1, maxLength: 6 }), (changes, removed) => {
				const index = new VaultIndex();
				const state: State = new Map();
				for (const [path, fm] of notes) {
					index.upsert(path, fm);
					state.set(path, { fm });
				}
				let steps = 0;
				let done = false;
				while (!done) {
					for (const c of changes) if (c.step === steps && c.o.op !== "query") apply(index, state, [c.o]);
					// Interviews of the bulk that leave (or come back renamed) while the pass is under way, some before it reaches them.
					const gone = notes[notes.length - 1 - (removed[steps] ?? notes.length)];
					if (gone && state.has(gone[0])) apply(index, state, [steps % 2 === 0 ? { op: "remove", path: gone[0] } : { op: "rename", from: gone[0], to: `Moved/${steps}.md` }]);
					done = index.prepare(today, () => false);
					steps++;
				}
				expect(steps).toBeGreaterThan(5);
				expect(snapshot(index, today)).toEqual(snapshot(fresh(state), today));
			}),
			{ numRuns: 6 },
		);
	});

	it("forgets everything on clear, and then reads as a fresh build of what comes in", () => {
		const notes = manyNotes(100);
		const today = "2026-11-22";
		const index = new VaultIndex();
		for (const [path, fm] of notes) index.upsert(path, fm);
		index.setUnreadable("Broken.md", "bad YAML");
		index.setDailyNote("Daily/2026-11-01.md", "2026-11-01", refs(["Person 3"]));
		index.dashboard(today, 14);
		index.clear();
		expect(snapshot(index, today)).toEqual(snapshot(new VaultIndex(), today));
		expect(index.size).toBe(0);
		for (const [path, fm] of notes.slice(0, 50)) index.upsert(path, fm);
		const state: State = new Map(notes.slice(0, 50).map(([path, fm]) => [path, { fm }]));
		expect(snapshot(index, today)).toEqual(snapshot(fresh(state), today));
	});

	it("moves a daily note's mention when a second contact of the same name appears (a shrunk counterexample of the property above)", () => {
		const ops: Op[] = [
			{ op: "daily", path: "Daily/2026-11-01.md", links: ["Jane Doe"] },
			{ op: "upsert", path: "Networking/Contacts/Jane Doe.md", fm: { type: "contact", "keep-in-touch": 30 } },
			{ op: "query", today: "2026-11-22" },
			{ op: "upsert", path: "Jane Doe.md", fm: { type: "contact" } },
		];
		const index = new VaultIndex();
		const state: State = new Map();
		apply(index, state, ops);
		expect(snapshot(index, "2026-11-22")).toEqual(snapshot(fresh(state), "2026-11-22"));
	});

	it("re-resolves links when a contact note appears, is renamed or is deleted", () => {
		const index = build({ "I/a.md": I("Jane Doe", { status: "done", date: "2026-11-20", referrals: ["[[Priya]]"] }) });
		const today = "2026-11-22";
		expect(lines(index, today)).toEqual(["thank-you 2026-11-22 I/a.md", "reach-out 2026-11-27 I/a.md"]);
		index.upsert("People/Jane Doe.md", C({ field: "UX" }));
		index.upsert("People/Priya.md", C());
		expect(lines(index, today)).toEqual([
			"thank-you 2026-11-22 I/a.md -> People/Jane Doe.md",
			"reach-out 2026-11-27 I/a.md -> People/Priya.md",
			"keep-in-touch 2027-02-18 People/Jane Doe.md -> People/Jane Doe.md",
		]);
		index.upsert("I/b.md", I("Priya", { status: "requested", requested: "2026-11-21" }));
		expect(lines(index, today)).not.toContain("reach-out 2026-11-27 I/a.md -> People/Priya.md");
		index.rename("People/Jane Doe.md", "People/Jane D.md");
		expect(lines(index, today)[0]).toBe("thank-you 2026-11-22 I/a.md");
		index.remove("I/b.md");
		expect(lines(index, today)).toContain("reach-out 2026-11-27 I/a.md -> People/Priya.md");
		index.remove("People/Priya.md");
		expect(lines(index, today)).toContain("reach-out 2026-11-27 I/a.md");
	});

	it("keeps the same follow-up objects where a change leaves them as they were (the list and the view see only what changed)", () => {
		const today = "2026-11-22";
		const index = build({
			"People/Jane.md": C({ "referred-by": "[[Sam]]", "keep-in-touch": 30 }),
			"I/a.md": I("Jane", { status: "done", date: "2026-11-20", referrals: ["[[Priya]]"] }),
			"I/b.md": I("Jane", { date: "2026-11-25" }),
		});
		const before = [...index.followUps(today)];
		expect(before.map((f) => f.kind).sort()).toEqual(["confirm", "keep-in-touch", "reach-out", "thank-referrer", "thank-you"]);
		index.upsert("People/Jane.md", C({ "referred-by": "[[Sam]]", "keep-in-touch": 30, field: "UX" }));
		index.upsert("I/a.md", I("Jane", { status: "done", date: "2026-11-20", referrals: ["[[Priya]]"], topics: ["maps"] }));
		const after = index.followUps(today);
		expect(after).toHaveLength(before.length);
		after.forEach((f, i) => expect(f).toBe(before[i]));
		index.upsert("I/b.md", I("Jane", { date: "2026-11-25", confirmed: "2026-11-21" }));
		expect(index.followUps(today).filter((f) => before.includes(f)).map((f) => f.kind).sort()).toEqual(["keep-in-touch", "reach-out", "thank-referrer", "thank-you"]);
	});

	it("answers the same dashboard again while nothing changed, and a new one after any change or for another day or horizon", () => {
		const today = "2026-11-22";
		const index = build({ "I/a.md": I("Jane", { status: "done", date: "2026-11-20" }), "I/b.md": I("Sam", { status: "done", date: "2026-11-01" }) });
		const first = index.dashboard(today, 14);
		expect(index.dashboard(today, 14)).toBe(first);
		expect(first.overdue.map((f) => f.note)).toEqual(["I/b.md"]);
		index.upsert("I/b.md", I("Sam", { status: "done", date: "2026-11-01", "thank-you-sent": "2026-11-02" }));
		expect(index.dashboard(today, 14).overdue).toEqual([]);
		expect(index.dashboard(today, 0).due.map((f) => f.note)).toEqual(["I/a.md"]);
		expect(index.dashboard("2026-11-25", 0).overdue.map((f) => f.note)).toEqual(["I/a.md"]);
	});

	it("counts revisions and moves problems with a renamed note", () => {
		const index = new VaultIndex();
		const r0 = index.revision;
		index.setUnreadable("x.md", "bad YAML");
		index.rename("x.md", "y.md");
		expect(index.revision).toBeGreaterThan(r0);
		expect(index.problems()).toEqual([{ note: "y.md", property: null, message: "bad YAML" }]);
		index.remove("y.md");
		expect(index.problems()).toEqual([]);
	});

	it("recomputes when the settings or the day change", () => {
		const index = build({ "I/a.md": I("Jane", { status: "done", date: "2026-11-20" }) });
		expect(index.followUps("2026-11-22")[0]?.due).toBe("2026-11-22");
		index.setSettings({ ...DEFAULT_RULE_SETTINGS, thankYouDays: 3 });
		expect(index.followUps("2026-11-22")[0]?.due).toBe("2026-11-23");
		const scheduled = build({ "I/a.md": I("Jane", { date: "2026-11-25", confirmed: "2026-11-24" }) });
		expect(scheduled.followUps("2026-11-22")).toEqual([]);
		expect(scheduled.followUps("2026-11-26").map((f) => f.kind)).toEqual(["thank-you"]);
	});
});

describe("interviewsOf", () => {
	it("answers on a fresh index, before any follow-ups were computed, and follows a contact that appears later", () => {
		const index = build({ "People/Jane.md": C(), "I/b.md": I("Jane", { date: "2026-11-02" }), "I/a.md": I("Jane", { date: "2026-10-01" }), "I/c.md": I("Ann") });
		expect(index.interviewsOf("People/Jane.md").map((iv) => iv.path)).toEqual(["I/a.md", "I/b.md"]);
		index.upsert("People/Ann.md", C());
		expect(index.interviewsOf("People/Ann.md").map((iv) => iv.path)).toEqual(["I/c.md"]);
	});

	it("orders by date whatever the paths, then by path on the same day, with undated interviews last", () => {
		const index = build({
			"People/Jane.md": C(),
			"I/u2.md": I("Jane"),
			"I/z.md": I("Jane", { date: "2026-10-01" }),
			"I/u1.md": I("Jane"),
			"I/c.md": I("Jane", { date: "2026-11-02" }),
			"I/a.md": I("Jane", { date: "2026-11-30" }),
			"I/b.md": I("Jane", { date: "2026-11-02" }),
		});
		expect(index.interviewsOf("People/Jane.md").map((iv) => iv.path)).toEqual(["I/z.md", "I/b.md", "I/c.md", "I/a.md", "I/u1.md", "I/u2.md"]);
	});
});

describe("daily notes in the index", () => {
	const today = "2026-11-22";
	const notes = { "People/Jane.md": C({ "keep-in-touch": 30, "last-contact": "2026-10-01" }), "I/a.md": I("Jane", { status: "done", date: "2026-09-01", "thank-you-sent": "2026-09-01" }) };
	const jane = { target: "Jane", display: "Jane" };

	it("count a daily note that links to a contact as an interaction on its day", () => {
		const index = build(notes);
		expect(lines(index, today)).toEqual(["keep-in-touch 2026-10-31 People/Jane.md -> People/Jane.md"]);
		index.setDailyNote("Daily/2026-11-10.md", "2026-11-10", [jane]);
		expect(lines(index, today)).toEqual(["keep-in-touch 2026-12-10 People/Jane.md -> People/Jane.md"]);
		index.setDailyNote("Daily/2026-11-10.md", "2026-11-10", []);
		expect(lines(index, today)).toEqual(["keep-in-touch 2026-10-31 People/Jane.md -> People/Jane.md"]);
	});
	it("stop counting a daily note once it is removed", () => {
		const index = build(notes);
		index.setDailyNote("Daily/2026-11-10.md", "2026-11-10", [jane]);
		expect(lines(index, today)).toEqual(["keep-in-touch 2026-12-10 People/Jane.md -> People/Jane.md"]);
		index.removeDailyNote("Daily/2026-11-10.md");
		expect(lines(index, today)).toEqual(["keep-in-touch 2026-10-31 People/Jane.md -> People/Jane.md"]);
	});
	it("ignore daily notes dated after today, and a link that resolves to another contact", () => {
		const index = build({ ...notes, "Archive/Jane.md": C() });
		index.setDailyNote("Daily/2026-11-30.md", "2026-11-30", [jane]);
		index.setDailyNote("Daily/2026-11-10.md", "2026-11-10", [{ target: "Archive/Jane", display: "Jane" }]);
		expect(lines(index, today)).toEqual(["keep-in-touch 2026-10-31 People/Jane.md -> People/Jane.md"]);
		expect(lines(index, "2026-12-01")).toEqual(["keep-in-touch 2026-12-30 People/Jane.md -> People/Jane.md"]);
	});
	it("apply to a contact that appears after the daily note, and stop when the note is removed or the setting is off", () => {
		const index = build({ "I/a.md": notes["I/a.md"] });
		index.setDailyNote("Daily/2026-11-10.md", "2026-11-10", [jane]);
		index.upsert("People/Jane.md", notes["People/Jane.md"]);
		expect(lines(index, today)).toEqual(["keep-in-touch 2026-12-10 People/Jane.md -> People/Jane.md"]);
		index.setSettings({ ...DEFAULT_RULE_SETTINGS, dailyNotes: false });
		expect(lines(index, today)).toEqual(["keep-in-touch 2026-10-31 People/Jane.md -> People/Jane.md"]);
		index.setSettings(DEFAULT_RULE_SETTINGS);
		index.removeDailyNote("Daily/2026-11-10.md");
		expect(lines(index, today)).toEqual(["keep-in-touch 2026-10-31 People/Jane.md -> People/Jane.md"]);
	});
});

describe("interviewsDated", () => {
	it("finds the interviews of a short window by looking its days up, and of a long one by walking the dated days: the same answer either way", () => {
		const days = ["2025-12-31", "2026-01-01", "2026-02-28", "2026-03-01", "2026-11-22", "2026-11-23", "2026-11-24", "2027-01-01", "9999-12-30", "9999-12-31"];
		const index = build(Object.fromEntries(days.map((d, i) => [`I/${d} ${i}.md`, I(`P${i}`, { status: "scheduled", date: `${d}T10:00` })])));
		index.upsert("I/undated.md", I("Q", { status: "requested", requested: "2026-11-22" }));
		const dated = (from: string, until: string) => index.interviewsDated(from, until).map((iv) => iv.date).sort();
		const expected = (from: string, until: string) => days.filter((d) => d >= from && d <= until);
		for (const [from, until] of [
			["2026-11-22", "2026-11-23"], // two days: looked up
			["2026-11-23", "2026-11-23"],
			["2025-12-31", "2026-01-01"], // across a year
			["2026-02-27", "2026-03-01"], // across the end of February
			["2026-01-01", "2026-03-03"], // 61 days: looked up
			["2026-01-01", "2027-01-01"], // a year: walked
			["2026-11-25", "2026-11-20"], // empty
			["9999-12-30", "9999-12-31"], // up to the calendar's last day, which has no next one
			["9999-12-31", "9999-12-31"],
		] as const) {
			expect(dated(from, until), `${from} … ${until}`).toEqual(expected(from, until));
		}
	});
});

describe("the revision", () => {
	const today = "2026-11-22";

	it("rises with every change of notes, daily notes or settings, and never goes back (caches keyed on it would take an old answer for a new one)", () => {
		const index = new VaultIndex();
		let last = index.revision;
		const rises = (what: string) => {
			expect(index.revision, what).toBeGreaterThan(last);
			last = index.revision;
		};
		index.upsert("People/Jane.md", C());
		rises("upsert");
		index.upsert("I/a.md", I("Jane", { date: today }));
		rises("upsert");
		index.setUnreadable("Broken.md", "bad YAML");
		rises("setUnreadable");
		index.rename("I/a.md", "I/b.md");
		rises("rename of a record");
		index.rename("Broken.md", "Still broken.md");
		rises("rename of an unreadable note");
		index.remove("Still broken.md");
		rises("remove of an unreadable note");
		index.remove("I/b.md");
		rises("remove of a record");
		index.setDailyNote("Daily/2026-11-10.md", "2026-11-10", refs(["Jane"]));
		rises("setDailyNote");
		index.removeDailyNote("Daily/2026-11-10.md");
		rises("removeDailyNote");
		index.setSettings({ ...DEFAULT_RULE_SETTINGS, thankYouDays: 3 });
		rises("setSettings");
		index.clear();
		rises("clear");
		// A rename of a path the index does not hold bumps it too (harmless): it must not lower it.
		index.rename("Nothing.md", "Still nothing.md");
		expect(index.revision).toBeGreaterThanOrEqual(last);
	});

	it("stays as it is when a remove, a rename or a daily note's removal finds nothing to change", () => {
		const index = build({ "People/Jane.md": C(), "I/a.md": I("Jane", { date: today }) });
		index.setUnreadable("Broken.md", "bad YAML");
		index.remove("Broken.md");
		index.setDailyNote("Daily/2026-11-10.md", "2026-11-10", refs(["Jane"]));
		index.removeDailyNote("Daily/2026-11-10.md");
		const r = index.revision;
		index.remove("Never there.md");
		index.remove("Broken.md"); // removed already
		index.rename("I/a.md", "I/a.md");
		index.removeDailyNote("Daily/2026-11-11.md");
		index.removeDailyNote("Daily/2026-11-10.md"); // removed already
		expect(index.revision).toBe(r);
	});

	it("keeps today's conversations, cached while the revision stays the same, up to date after any two changes in a row", () => {
		const index = build({ "People/Jane.md": C(), "I/old.md": I("Jane", { date: today }) });
		const others: [string, () => void][] = [
			["a rename of a path the index does not hold", () => index.rename("Nothing.md", "Still nothing.md")],
			["a remove", () => index.remove("I/old.md")],
			["a daily note", () => index.setDailyNote("Daily/2026-11-10.md", "2026-11-10", refs(["Jane"]))],
			["a daily note removed", () => index.removeDailyNote("Daily/2026-11-10.md")],
			["new settings", () => index.setSettings({ ...DEFAULT_RULE_SETTINGS, thankYouDays: 3 })],
			["clear", () => index.clear()],
		];
		for (const [i, [what, other]] of others.entries()) {
			conversationsSoon(index, today);
			index.upsert(`I/${i}.md`, I("Jane", { date: today }));
			other();
			expect(conversationsSoon(index, today), what).toEqual(conversations(index, today, 1));
		}
		expect(conversationsSoon(index, today)).toEqual([]);
	});
});

describe("renames", () => {
	it("keep a note adopted by a tag of its body (the tags read with it go along)", () => {
		const recognition = { ...NO_RECOGNITION, contact: { folders: [], tags: ["person"], properties: [] } };
		const index = new VaultIndex({ ...DEFAULT_RULE_SETTINGS, recognition });
		index.upsert("Notes/Jane.md", { role: "Designer" }, ["person"]);
		expect(index.get("Notes/Jane.md")?.kind).toBe("contact");
		index.rename("Notes/Jane.md", "Notes/Jane Doe.md");
		expect(index.get("Notes/Jane.md")).toBeUndefined();
		expect(index.get("Notes/Jane Doe.md")?.kind).toBe("contact");
		expect(index.propertiesOf("Notes/Jane Doe.md")).toEqual({ role: "Designer" });
	});

	it("of a path the index does not hold (not a note, no properties) add nothing, and one onto the same path changes nothing", () => {
		const index = build({ "People/Jane.md": C() });
		index.rename("Attachments/photo.png", "Attachments/jane.png");
		expect(index.size).toBe(1);
		expect(index.problems()).toEqual([]);
		const lean = new VaultIndex(DEFAULT_RULE_SETTINGS, { keepProperties: false });
		lean.upsert("People/Jane.md", C());
		lean.rename("People/Jane.md", "People/Jane.md");
		expect(lean.get("People/Jane.md")?.kind).toBe("contact");
	});
});

describe("problems", () => {
	it("are listed by note, then by property, and the same list is answered again while nothing changed", () => {
		const index = new VaultIndex();
		index.upsert("I/b.md", { type: "interview", "thank-you-sent": "x", status: "weird", date: "garbage" });
		index.upsert("I/a.md", I("Nobody", { requested: [1, 2] }));
		const first = index.problems();
		expect(first.map((p) => `${p.note} ${p.property}`)).toEqual(["I/a.md contact", "I/a.md requested", "I/b.md contact", "I/b.md date", "I/b.md status", "I/b.md thank-you-sent"]);
		expect(index.problems()).toBe(first);
		index.upsert("People/Nobody.md", C());
		expect(index.problems().map((p) => `${p.note} ${p.property}`)).toEqual(["I/a.md requested", "I/b.md contact", "I/b.md date", "I/b.md status", "I/b.md thank-you-sent"]);
	});
});

describe("prepare", () => {
	const today = "2026-11-22";
	/** 100 interviews taken in bulk: the link pass (32 interviews a step) takes four steps. */
	const bulk = () => build(Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`I/${i}.md`, I(`Person ${i}`, { status: "done", date: "2026-11-20" })])));
	const stepsToFinish = (index: VaultIndex) => {
		let steps = 1;
		while (!index.prepare(today, () => false)) steps++;
		return steps;
	};

	it("on a cold start, links the interviews a step of 32 at a time before deriving the follow-ups", () => {
		const cold = bulk();
		const coldSteps = stepsToFinish(cold);
		// The links are kept over new settings: the follow-ups alone take their steps again.
		cold.setSettings(DEFAULT_RULE_SETTINGS);
		expect(coldSteps).toBe(stepsToFinish(cold) + 3);
	});

	it("given the time, does it all in one call", () => {
		const index = bulk();
		expect(index.prepare(today, () => true)).toBe(true);
		expect(index.followUps(today)).toHaveLength(100);
	});
});
