import { describe, expect, it } from "vitest";
import { insights } from "../../src/index/insights";
import { World } from "../../src/index/insights-world";
import { MAX_CHAIN_DEPTH, referralChain, type ReferralNode } from "../../src/index/referral-chain";
import { build, C, I, type Notes } from "../builders";

const TODAY = "2026-11-22";

const chainOf = (notes: Notes): ReferralNode[] => referralChain(new World(build(notes), TODAY));

/** `Name(child, child)` per root, for compact comparisons. */
function shape(nodes: readonly ReferralNode[]): string[] {
	return nodes.map((n) => (n.children.length === 0 ? n.name : `${n.name}(${shape(n.children).join(", ")})`));
}

/** How many levels a tree has (iteratively: a chain may be deep). */
function depth(root: ReferralNode): number {
	let deepest = 0;
	const stack: [ReferralNode, number][] = [[root, 1]];
	for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
		const [n, d] = item;
		deepest = Math.max(deepest, d);
		for (const c of n.children) stack.push([c, d + 1]);
	}
	return deepest;
}

describe("referral chain", () => {
	it("cuts a cycle at its member that sorts first, even when the walk up reaches the cycle from a contact below it", () => {
		// Ann → Bob → Cat → Ann; Aaron, referred by Cat, sorts before them all and is walked from first.
		const chain = chainOf({
			"C/Aaron.md": C({ "referred-by": "[[Cat]]" }),
			"C/Ann.md": C({ "referred-by": "[[Bob]]" }),
			"C/Bob.md": C({ "referred-by": "[[Cat]]" }),
			"C/Cat.md": C({ "referred-by": "[[Ann]]" }),
		});
		expect(shape(chain)).toEqual(["Ann(Cat(Aaron, Bob))"]);
		expect(chain.map((n) => n.referredBy)).toEqual(["Bob"]);
	});

	it("nests a chain of exactly MAX_CHAIN_DEPTH contacts in one tree, and continues a longer one as a further root", () => {
		const name = (i: number) => `P${String(i).padStart(3, "0")}`;
		const notes = (n: number): Notes => Object.fromEntries(Array.from({ length: n }, (_, i) => [`C/${name(i)}.md`, C(i === 0 ? {} : { "referred-by": `[[${name(i - 1)}]]` })]));
		const exact = chainOf(notes(MAX_CHAIN_DEPTH));
		expect(exact.map((n) => [n.name, depth(n)])).toEqual([["P000", MAX_CHAIN_DEPTH]]);
		const longer = chainOf(notes(MAX_CHAIN_DEPTH + 1));
		expect(longer.map((n) => [n.name, n.referredBy, depth(n)])).toEqual([
			["P000", null, MAX_CHAIN_DEPTH],
			[name(MAX_CHAIN_DEPTH), name(MAX_CHAIN_DEPTH - 1), 1],
		]);
	});

	it("puts suggested people before a contact of the same name among siblings", () => {
		const [amy] = chainOf({
			"C/Amy.md": C(),
			"C/Ben.md": C({ "referred-by": "[[Amy]]" }),
			"C/Kim.md": C({ "referred-by": "[[Amy]]" }),
			"I/amy.md": I("Amy", { status: "done", date: "2026-10-01", referrals: ["[[Kim Lee|Kim]]", "[[Kim Park|Kim]]"] }),
		});
		expect(amy?.children.map((n) => [n.name, n.contact])).toEqual([
			["Ben", "C/Ben.md"],
			["Kim", null],
			["Kim", null],
			["Kim", "C/Kim.md"],
		]);
	});

	it("orders roots of the same name by their notes' paths, a root cut from a cycle too", () => {
		const chain = chainOf({
			"A/Kim.md": C({ "referred-by": "[[Zed]]" }),
			"B/Kim.md": C(),
			"C/Zed.md": C({ "referred-by": "[[A/Kim]]" }),
		});
		expect(chain.map((n) => [n.contact, shape(n.children)])).toEqual([
			["A/Kim.md", ["Zed"]],
			["B/Kim.md", []],
		]);
	});

	it("shows as many suggested people as the funnel counts: names that differ as ß and ss are two", () => {
		const index = build({
			"C/Amy.md": C(),
			"I/amy.md": I("Amy", { status: "done", date: "2026-10-01", referrals: ["[[Anna Strauß]]", "[[Anna Strauss]]"] }),
		});
		expect(insights(index, TODAY).funnel.referrals).toBe(2);
		expect(shape(referralChain(new World(index, TODAY)))).toEqual(["Amy(Anna Strauss, Anna Strauß)"]);
	});
});
