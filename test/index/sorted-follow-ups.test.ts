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
