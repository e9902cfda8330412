import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { indexVault } from "../../src/cli/vault-reader";
import { insights, median, organizationName } from "../../src/index/insights";
import { MAX_CHAIN_DEPTH, type ReferralNode } from "../../src/index/referral-chain";
import { VaultIndex } from "../../src/index/vault-index";

const TODAY = "2026-11-22";
const vault = join(__dirname, "..", "..", "example-vault");

function vaultOf(notes: Record<string, Record<string, unknown>>): VaultIndex {
	const index = new VaultIndex();
	for (const [path, fm] of Object.entries(notes)) index.upsert(path, fm);
	return index;
}

/** `Name(child, child)` per root, for compact comparisons. */
function shape(nodes: readonly ReferralNode[]): string[] {
	return nodes.map((n) => (n.children.length === 0 ? n.name : `${n.name}(${shape(n.children).join(", ")})`));
}

/** Every name in the forest (iteratively: a chain may be deep). */
function allNames(nodes: readonly ReferralNode[]): string[] {
	const out: string[] = [];
	const stack = [...nodes];
	for (let n = stack.pop(); n !== undefined; n = stack.pop()) {
		out.push(n.name);
		stack.push(...n.children);
	}
	return out;
}

describe("insights on the example vault (numbers worked out by hand from its notes)", () => {
	const result = insights(indexVault(vault), TODAY);

	it("funnel: 15 requests, 13 replies, 10 conversations, 6 referrals, median 11 days", () => {
		// Requests: the 16 interview notes minus Claire Donovan's (her contact is archived).
		// Not replies: Lena Kowalski and Sam Whitaker (status requested).
		// Held: Ben, Grace, Oliver 08-20, Rosa 09-03, Hannah (no status, date past), Rosa 11-10,
		//   Marcus, Keisha, Felix, Dev. Not held: Aisha (today), Mateo (tomorrow), Oliver 12-03 (bad date).
		// Referrals of held ones: Marcus, Keisha, Ines, Mateo, Wen Zhao, Priya Natarajan
		//   (Paul Nakamura was suggested by archived Claire only).
		// Days requested → min(confirmed, date, today): Ben 13, Grace 13, Oliver 9, Rosa 4, Hannah 13,
		//   Marcus 41, Keisha 11, Felix 26, Dev 10, Aisha 8, Mateo 7 (capped at today);
		//   Rosa 11-10 has no `requested`, Oliver 12-03 no readable date. Sorted: 4 7 8 9 10 [11] 13 13 13 26 41.
		expect(result.funnel).toEqual({
			requests: 15,
			replies: 13,
			conversations: 10,
			referrals: 6,
			replyRate: 0.867,
			medianDaysToReply: 11,
			repliesTimed: 11,
		});
	});

	it("fields: conversations held and the organizations met, archived Museum education left out", () => {
		expect(result.fields).toEqual([
			{ field: "Data analysis", contacts: 5, met: 2, conversations: 2, target: 3, organizations: ["Bluefin Analytics", "Ridgeway Transit District"] },
			{
				field: "Learning design",
				contacts: 5,
				met: 4,
				conversations: 4,
				target: 3,
				organizations: ["Columbia Ridge University", "Kestrel Learning", "Larkspur Health", "Tallgrass Learning Co-op"],
			},
			{ field: "UX research", contacts: 5, met: 3, conversations: 4, target: 3, organizations: ["Cedarline Health", "Fernway Mutual", "Loomwork"] },
		]);
	});

	it("organizations: one per organization of a visible contact, with who referred whom", () => {
		const orgs = Object.fromEntries(result.organizations.map((o) => [o.organization, o]));
		expect(result.organizations.map((o) => o.organization)).toEqual([
			"Bluefin Analytics",
			"Calloway Foods",
			"Cedarline Health",
			"Columbia Ridge University",
			"Fernway Mutual",
			"Kestrel Learning",
			"Larkspur Health",
			"Loomwork",
			"Open Harbor Literacy",
			"Pellham County Health Department",
			"Quillfeather Software",
			"Ridgeway Transit District",
			"Riverton School District",
			"Tallgrass Learning Co-op",
			"Tidewater Credit Union",
		]);
		expect(orgs["Harborview Science Center"]).toBeUndefined();
		expect(orgs["Fernway Mutual"]).toEqual({
			organization: "Fernway Mutual",
			contacts: 1,
			met: 1,
			conversations: 2,
			referrals: [{ from: "Aisha Rahman", fromContact: "Networking/Contacts/Aisha Rahman.md", to: "Rosa Jimenez", toContact: "Networking/Contacts/Rosa Jimenez.md" }],
		});
		// Dev Patel's `referred-by` is "[[Networking/Contacts/Sam Whitaker|Sam]]": the note's name is used.
		expect(orgs["Ridgeway Transit District"]?.referrals).toEqual([
			{ from: "Sam Whitaker", fromContact: "Networking/Contacts/Sam Whitaker.md", to: "Dev Patel", toContact: "Networking/Contacts/Dev Patel.md" },
		]);
		expect(orgs["Quillfeather Software"]).toMatchObject({ contacts: 1, met: 0, conversations: 0 });
		const total = result.organizations.reduce((n, o) => n + o.conversations, 0);
		expect(total).toBe(10);
	});

	it("referral chain: the chains of Home.md, suggestions without a note as leaves", () => {
		expect(shape(result.referralChain)).toEqual([
			"Aisha Rahman(Rosa Jimenez(Keisha Morgan))",
			"Ben Adeyemi",
			"Felix Strand(Priya Natarajan)",
			"Grace Liu(Marcus Bell(Mateo Ortega, Wen Zhao))",
			"Hannah Schultz(Ines Carvalho)",
			"Lena Kowalski",
			"Oliver Grant",
			"Ruth Okonkwo(Daniel Reyes)",
			"Sam Whitaker(Dev Patel)",
		]);
		const grace = result.referralChain.find((n) => n.name === "Grace Liu");
		expect(grace?.children[0]?.children).toEqual([
			{ name: "Mateo Ortega", contact: "Networking/Contacts/Mateo Ortega.md", referredBy: "Marcus Bell", met: false, children: [] },
			{ name: "Wen Zhao", contact: null, referredBy: "Marcus Bell", met: false, children: [] },
		]);
		expect(grace).toMatchObject({ referredBy: null, met: true });
		expect(result.referralChain.find((n) => n.name === "Sam Whitaker")?.children[0]).toMatchObject({
			name: "Dev Patel",
			referredBy: "Sam Whitaker",
			met: true,
		});
		expect(allNames(result.referralChain)).not.toContain("Claire Donovan");
		expect(allNames(result.referralChain)).not.toContain("Paul Nakamura");
	});
});

describe("referral chain", () => {
	it("terminates on a cycle and shows every contact exactly once", () => {
		const index = vaultOf({
			"C/Ann.md": { type: "contact", "referred-by": "[[Bob]]" },
			"C/Bob.md": { type: "contact", "referred-by": "[[Cat]]" },
			"C/Cat.md": { type: "contact", "referred-by": "[[Ann]]" },
			"C/Dan.md": { type: "contact", "referred-by": "[[Cat]]" },
			"C/Eve.md": { type: "contact", "referred-by": "[[Eve]]" },
			"C/Fay.md": { type: "contact", "referred-by": "[[Gus]]" },
			"C/Gus.md": { type: "contact", "referred-by": "[[Fay]]" },
			"C/Hal.md": { type: "contact" },
		});
		const chain = insights(index, TODAY).referralChain;
		// Ann → Bob → Cat → Ann is cut at Ann (first by name); Dan hangs from Cat.
		expect(shape(chain)).toEqual(["Ann(Cat(Bob, Dan))", "Eve", "Fay(Gus)", "Hal"]);
		expect(allNames(chain).sort()).toEqual(["Ann", "Bob", "Cat", "Dan", "Eve", "Fay", "Gus", "Hal"]);
		// Where the cycle is cut, the root still names who its note says referred it.
		expect(chain.map((n) => n.referredBy)).toEqual(["Bob", "Eve", "Gus", null]);
	});

	it("survives a long chain and a cycle that a long tail leads into, cutting very deep chains into roots", () => {
		const notes: Record<string, Record<string, unknown>> = {};
		for (let i = 0; i < 3000; i++) notes[`C/P${i}.md`] = { type: "contact", "referred-by": `[[P${(i + 1) % 3000}]]` };
		notes["C/Tail.md"] = { type: "contact", "referred-by": "[[P5]]" };
		const chain = insights(vaultOf(notes), TODAY).referralChain;
		const names = allNames(chain);
		expect(names).toHaveLength(3001);
		expect(new Set(names).size).toBe(3001);
		const depth = (n: ReferralNode): number => 1 + Math.max(0, ...n.children.map(depth));
		expect(Math.max(...chain.map(depth))).toBeLessThanOrEqual(MAX_CHAIN_DEPTH);
		// A root cut from a deeper chain still says who referred them.
		expect(chain.filter((n) => n.referredBy === null)).toEqual([]);
		expect(() => JSON.stringify(chain)).not.toThrow();
	});

	it("hides archived contacts: their children become roots, their suggestions vanish", () => {
		const index = vaultOf({
			"C/Old.md": { type: "contact", status: "archived" },
			"C/New.md": { type: "contact", "referred-by": "[[Old]]" },
			"C/Zed.md": { type: "contact", "referred-by": "[[Nobody Here]]" },
			"I/old.md": { type: "interview", contact: "[[Old]]", status: "done", date: "2026-10-01", referrals: ["[[Xia]]"] },
			"I/zed.md": { type: "interview", contact: "[[Zed]]", status: "done", date: "2026-10-02", referrals: ["[[Old]]", "[[Yan]]"] },
		});
		const r = insights(index, TODAY);
		expect(shape(r.referralChain)).toEqual(["New", "Zed(Yan)"]);
		// An archived referrer is hidden; one without a note is still named.
		expect(r.referralChain.map((n) => n.referredBy)).toEqual([null, "Nobody Here"]);
		expect(r.funnel).toMatchObject({ requests: 1, replies: 1, conversations: 1, referrals: 1 });
	});

	it("puts a person suggested twice under the earliest conversation, once", () => {
		const index = vaultOf({
			"C/Amy.md": { type: "contact" },
			"C/Ben.md": { type: "contact" },
			"I/b.md": { type: "interview", contact: "[[Ben]]", status: "done", date: "2026-09-01", referrals: ["[[People/Kim Park]]"] },
			"I/a.md": { type: "interview", contact: "[[Amy]]", status: "done", date: "2026-10-01", referrals: ["[[Kim Park|Kim]]", "[[Ben]]"] },
			"I/c.md": { type: "interview", contact: "[[Amy]]", status: "scheduled", date: "2026-12-01", referrals: ["[[Lou]]"] },
		});
		const r = insights(index, TODAY);
		expect(shape(r.referralChain)).toEqual(["Amy", "Ben(Kim Park)"]);
		// Ben has a note (and an interview): a referral received, but not a leaf.
		expect(r.funnel.referrals).toBe(2);
	});
});

describe("funnel definitions", () => {
	it("counts requests, replies and conversations as documented", () => {
		const index = vaultOf({
			"C/A.md": { type: "contact", field: "X", organization: "[[Orgs/Acme|Acme Inc]]" },
			// a draft: no requested, no status, no date → not a request
			"I/draft.md": { type: "interview", contact: "[[A]]" },
			// requested, no answer
			"I/r1.md": { type: "interview", contact: "[[A]]", status: "requested", requested: "2026-11-01" },
			"I/r2.md": { type: "interview", contact: "[[A]]", status: "no-response", requested: "2026-10-01" },
			// replies
			"I/d1.md": { type: "interview", contact: "[[A]]", status: "declined", requested: "2026-10-01" },
			"I/c1.md": { type: "interview", contact: "[[A]]", status: "cancelled", requested: "2026-10-01", confirmed: "2026-10-05" },
			"I/s1.md": { type: "interview", contact: "[[A]]", status: "scheduled", requested: "2026-11-10", date: "2026-12-20" },
			"I/n1.md": { type: "interview", contact: "[[A]]", date: "2026-11-02", requested: "2026-11-01" },
			"I/dn.md": { type: "interview", contact: "[[Nobody]]", status: "done", requested: "2026-10-10", date: "2026-10-12T09:00" },
			// a reply date before the request: skipped from the median
			"I/bad.md": { type: "interview", contact: "[[A]]", status: "done", requested: "2026-10-10", date: "2026-10-01" },
			// unknown status: a problem, counted nowhere
			"I/u.md": { type: "interview", contact: "[[A]]", status: "maybe", requested: "2026-10-01" },
		});
		const r = insights(index, TODAY);
		// days: c1 4, s1 12 (capped at today), n1 1, dn 2 → sorted 1 2 4 12 → median 3
		expect(r.funnel).toEqual({
			requests: 8,
			replies: 6,
			conversations: 3,
			referrals: 0,
			replyRate: 0.75,
			medianDaysToReply: 3,
			repliesTimed: 4,
		});
		expect(r.fields).toEqual([{ field: "X", contacts: 1, met: 1, conversations: 2, target: 3, organizations: ["Acme Inc"] }]);
		expect(r.organizations).toEqual([{ organization: "Acme Inc", contacts: 1, met: 1, conversations: 2, referrals: [] }]);
	});

	it("counts a note with only `requested`, readable or not, as a request without a reply", () => {
		const index = vaultOf({
			"C/A.md": { type: "contact" },
			"I/day.md": { type: "interview", contact: "[[A]]", requested: "2026-11-01" },
			"I/unread.md": { type: "interview", contact: "[[A]]", requested: "early November" },
		});
		expect(insights(index, TODAY).funnel).toEqual({
			requests: 2,
			replies: 0,
			conversations: 0,
			referrals: 0,
			replyRate: 0,
			medianDaysToReply: null,
			repliesTimed: 0,
		});
	});

	it("does not time a reply whose only sign is `confirmed` without a day", () => {
		const index = vaultOf({
			"C/A.md": { type: "contact" },
			"I/c.md": { type: "interview", contact: "[[A]]", status: "cancelled", requested: "2026-11-01", confirmed: true },
		});
		expect(insights(index, TODAY).funnel).toMatchObject({ requests: 1, replies: 1, medianDaysToReply: null, repliesTimed: 0 });
	});

	it("is empty but well-formed for an empty vault", () => {
		expect(insights(new VaultIndex(), TODAY)).toEqual({
			funnel: { requests: 0, replies: 0, conversations: 0, referrals: 0, replyRate: null, medianDaysToReply: null, repliesTimed: 0 },
			fields: [],
			organizations: [],
			referralChain: [],
		});
	});

	it("merges organizations written differently and reduces links to their text", () => {
		const index = vaultOf({
			"C/A.md": { type: "contact", organization: [["Acme"]] },
			"C/B.md": { type: "contact", organization: "acme" },
			"C/C.md": { type: "contact", organization: "[Acme](Orgs/Acme.md)" },
			"C/D.md": { type: "contact", organization: "R&D / Labs" },
			"C/E.md": { type: "contact" },
		});
		expect(insights(index, TODAY).organizations.map((o) => [o.organization, o.contacts])).toEqual([
			["Acme", 3],
			["R&D / Labs", 1],
		]);
	});
});

describe("helpers", () => {
	it("median", () => {
		expect(median([])).toBeNull();
		expect(median([5])).toBe(5);
		expect(median([9, 1, 4])).toBe(4);
		expect(median([1, 2, 4, 12])).toBe(3);
		expect(median([1, 2])).toBe(1.5);
	});

	it("organizationName", () => {
		expect(organizationName(null)).toBeNull();
		expect(organizationName("  ")).toBeNull();
		expect(organizationName("[[Orgs/Acme|Acme Inc]]")).toBe("Acme Inc");
		expect(organizationName("[[Orgs/Acme]]")).toBe("Acme");
		expect(organizationName("Orgs/Acme")).toBe("Orgs/Acme");
		expect(organizationName("Smith  &  Co")).toBe("Smith & Co");
		expect(organizationName("  [[Orgs/Acme|Acme Inc]]  ")).toBe("Acme Inc");
		expect(organizationName("[[Orgs/ Acme ]]")).toBe("Acme");
	});

	it("organizationName: text that only holds a link is kept as written, a link to no one is no name", () => {
		expect(organizationName("Acme [[Orgs/Acme]]")).toBe("Acme [[Orgs/Acme]]");
		expect(organizationName("[[Orgs/Acme]] Labs")).toBe("[[Orgs/Acme]] Labs");
		expect(organizationName("See [Acme](Orgs/Acme.md)")).toBe("See [Acme](Orgs/Acme.md)");
		expect(organizationName("[Acme](Orgs/Acme.md) Labs")).toBe("[Acme](Orgs/Acme.md) Labs");
		expect(organizationName("[[]]")).toBeNull();
		expect(organizationName("[[#Heading]]")).toBeNull();
	});
});
