import { describe, expect, it } from "vitest";
import { compareFollowUps } from "../../src/domain/rules";
import type { FollowUp } from "../../src/domain/types";
import { SortedFollowUps } from "../../src/index/sorted-follow-ups";

const KINDS = ["nudge", "confirm", "thank-you", "thank-referrer", "reach-out", "keep-in-touch"] as const;

/** `n` follow-ups from a fixed seed, with many equal days, notes and keys (ties the sort must keep in order). */
function followUps(n: number, seed: number): FollowUp[] {
	let x = seed;
	const next = (m: number) => {
		x = (Math.imul(x, 1103515245) + 12345) >>> 0;
		return x % m;
	};
	return Array.from({ length: n }, (_, i) => {
		const kind = KINDS[next(KINDS.length)] ?? "nudge";
		const person = `Person ${next(40)}`;
		return { kind, due: `2026-11-${String(1 + next(28)).padStart(2, "0")}`, note: `I/${next(60)}.md`, contact: null, target: next(3) === 0 ? null : person, title: `#${i}`, person } as FollowUp;
	});
}

describe("SortedFollowUps.resetInSteps", () => {
	it("gives, a run or a merge per step, what one stable sort by compareFollowUps gives, and leaves the list as it was until the last step", () => {
		for (const n of [0, 1, 2047, 2048, 2049, 6001]) {
			const items = followUps(n, n + 7);
			const sorted = new SortedFollowUps();
			sorted.reset(followUps(5, 1));
			const before = sorted.all;
			const step = sorted.resetInSteps(items);
			let steps = 1;
			while (!step()) {
				expect(sorted.all, `n = ${n}: untouched before the last step`).toBe(before);
				steps++;
			}
			// Runs of 2048, then one merge per step.
			const runs = Math.ceil(n / 2048);
			expect(steps, `n = ${n}`).toBe(runs + Math.max(0, runs - 1) + 1);
			expect(sorted.all.map((f) => f.title), `n = ${n}`).toEqual([...items].sort(compareFollowUps).map((f) => f.title));
		}
	});
});

/** A follow-up of note `note` due on `due`; `title` tells apart those that compare equal. */
function followUp(due: string, note: string, title = note): FollowUp {
	return { kind: "nudge", due, note, contact: null, title, person: "Ann" };
}

describe("SortedFollowUps", () => {
	it("starts empty", () => {
		const sorted = new SortedFollowUps();
		expect(sorted.all).toEqual([]);
		expect(sorted.size).toBe(0);
	});

	it("reset replaces the content with the follow-ups in display order", () => {
		const sorted = new SortedFollowUps();
		sorted.insert(followUp("2026-11-01", "I/old.md"));
		sorted.reset([followUp("2026-11-03", "I/c.md"), followUp("2026-11-01", "I/b.md"), followUp("2026-11-01", "I/a.md")]);
		expect(sorted.all.map((f) => f.note)).toEqual(["I/a.md", "I/b.md", "I/c.md"]);
		expect(sorted.size).toBe(3);
	});

	it("clear empties the list", () => {
		const sorted = new SortedFollowUps();
		sorted.reset([followUp("2026-11-01", "I/a.md"), followUp("2026-11-02", "I/b.md")]);
		sorted.clear();
		expect(sorted.all).toEqual([]);
		expect(sorted.size).toBe(0);
	});

	it("inserts each follow-up at its place in display order", () => {
		const sorted = new SortedFollowUps();
		for (const [due, note] of [["2026-11-02", "I/b.md"], ["2026-11-03", "I/a.md"], ["2026-11-01", "I/z.md"], ["2026-11-02", "I/a.md"]] as const) {
			sorted.insert(followUp(due, note));
		}
		expect(sorted.all.map((f) => `${f.due} ${f.note}`)).toEqual(["2026-11-01 I/z.md", "2026-11-02 I/a.md", "2026-11-02 I/b.md", "2026-11-03 I/a.md"]);
	});

	it("removes the very follow-up given, not another that compares equal to it", () => {
		const first = followUp("2026-11-02", "I/a.md", "first");
		const second = followUp("2026-11-02", "I/a.md", "second");
		const sorted = new SortedFollowUps();
		sorted.reset([followUp("2026-11-01", "I/a.md", "before"), first, second, followUp("2026-11-03", "I/a.md", "after")]);
		sorted.remove(second);
		expect(sorted.all.map((f) => f.title)).toEqual(["before", "first", "after"]);
		sorted.remove(first);
		expect(sorted.all.map((f) => f.title)).toEqual(["before", "after"]);
	});

	it("removing a follow-up that is not in the list changes nothing, not even the version", () => {
		const sorted = new SortedFollowUps();
		sorted.reset([followUp("2026-11-01", "I/a.md"), followUp("2026-11-02", "I/b.md")]);
		const version = sorted.version;
		// Compares equal to the first, and sorts past the end.
		sorted.remove(followUp("2026-11-01", "I/a.md"));
		sorted.remove(followUp("2026-11-09", "I/z.md"));
		expect(sorted.all.map((f) => f.note)).toEqual(["I/a.md", "I/b.md"]);
		expect(sorted.version).toBe(version);
	});

	it("still removes a follow-up whose due day changed after it was inserted (out of order, found by a scan)", () => {
		const moved = followUp("2026-11-01", "I/a.md");
		const sorted = new SortedFollowUps();
		sorted.reset([moved, followUp("2026-11-02", "I/b.md"), followUp("2026-11-03", "I/c.md")]);
		moved.due = "2026-11-05";
		const version = sorted.version;
		sorted.remove(moved);
		expect(sorted.all.map((f) => f.note)).toEqual(["I/b.md", "I/c.md"]);
		expect(sorted.version).toBeGreaterThan(version);
	});

	it("gives every change a version above all the earlier ones", () => {
		const sorted = new SortedFollowUps();
		const a = followUp("2026-11-01", "I/a.md");
		const b = followUp("2026-11-02", "I/b.md");
		const versions = [sorted.version];
		const changes = [
			() => sorted.insert(a),
			() => sorted.insert(b),
			() => sorted.remove(a),
			() => sorted.reset([a, b]),
			() => {
				b.due = "2026-10-01";
				sorted.remove(b);
			},
			() => sorted.clear(),
		];
		for (const change of changes) {
			change();
			versions.push(sorted.version);
		}
		expect(versions).toEqual([0, 1, 2, 3, 4, 5, 6]);
	});
});
