import { beforeEach, describe, expect, it } from "vitest";
import { buildDigest, digestLines, type Digest } from "../../src/index/digest";
import type { FollowUp } from "../../src/domain/types";
import type { VaultIndex } from "../../src/index/vault-index";
import { build, C, I } from "../builders";

const TODAY = "2026-11-22";
// Built before each test, not when the file loads: Stryker switches a mutant on after the file is
// collected, so a value built here at the top would always come from the real code (docs/mutation.md).
let index: VaultIndex;
beforeEach(() => {
	// Requests sent on these days: each nudge falls due seven days later (11-08, 11-14, 11-15, 11-22, 11-29).
	index = build({
		"People/Al.md": C(),
		"People/Bo.md": C(),
		"People/Cy.md": C(),
		"People/Di.md": C(),
		"People/Ed.md": C(),
		"Interviews/Al.md": I("Al", { status: "requested", requested: "2026-11-01" }),
		"Interviews/Bo.md": I("Bo", { status: "requested", requested: "2026-11-07" }),
		"Interviews/Cy.md": I("Cy", { status: "requested", requested: "2026-11-08" }),
		"Interviews/Di.md": I("Di", { status: "requested", requested: "2026-11-15" }),
		"Interviews/Ed.md": I("Ed", { status: "requested", requested: "2026-11-22" }),
	});
});
const notes = (d: Digest | null) => d?.newlyDue.map((f) => `${f.due} ${f.note}`);

describe("buildDigest", () => {
	it("on the first start lists everything overdue or due today, nothing upcoming", () => {
		const d = buildDigest(index, TODAY, null);
		expect(notes(d)).toEqual(["2026-11-08 Interviews/Al.md", "2026-11-14 Interviews/Bo.md", "2026-11-15 Interviews/Cy.md", "2026-11-22 Interviews/Di.md"]);
		expect(d?.totalDue).toBe(4);
	});

	it("later lists what fell due after the last digest's day only, and counts all that is due", () => {
		const d = buildDigest(index, TODAY, "2026-11-14");
		expect(notes(d)).toEqual(["2026-11-15 Interviews/Cy.md", "2026-11-22 Interviews/Di.md"]);
		expect(d?.totalDue).toBe(4);
	});

	it("is null when nothing came due since", () => {
		expect(buildDigest(index, TODAY, TODAY)).toBeNull();
		expect(buildDigest(build({}), TODAY, null)).toBeNull();
	});
});

describe("digestLines", () => {
	const item = (n: number): FollowUp => ({ kind: "nudge", due: TODAY, note: `I/${n}.md`, contact: null, title: `Nudge person ${n}`, person: `person ${n}` });
	const digest = (n: number, total: number): Digest => ({ newlyDue: Array.from({ length: n }, (_, i) => item(i + 1)), totalDue: total });

	it.each([
		[1, 1, ["1 follow-up is due.", "• Nudge person 1"]],
		[2, 2, ["2 follow-ups are due.", "• Nudge person 1", "• Nudge person 2"]],
		[1, 4, ["1 follow-up came due since you last looked (4 due in all).", "• Nudge person 1"]],
		[3, 5, ["3 follow-ups came due since you last looked (5 due in all).", "• Nudge person 1", "• Nudge person 2", "• Nudge person 3"]],
		[5, 5, ["5 follow-ups are due.", "• Nudge person 1", "• Nudge person 2", "• Nudge person 3", "…and 2 more."]],
		[4, 9, ["4 follow-ups came due since you last looked (9 due in all).", "• Nudge person 1", "• Nudge person 2", "• Nudge person 3", "…and 1 more."]],
	])("%d new of %d due reads as a headline and up to three items", (n, total, lines) => {
		expect(digestLines(digest(n, total))).toEqual(lines);
	});
});
