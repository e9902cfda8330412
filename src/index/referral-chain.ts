import { baseName } from "../domain/links";
import type { Contact } from "../domain/types";
import { byName, caseless, type World } from "./insights-world";

export interface ReferralNode {
	name: string;
	/** The contact note; null for a person suggested in `referrals` who has no note yet. */
	contact: string | null;
	/**
	 * Who led to them, as the notes say: the `referred-by` contact's name (the
	 * link's text when that person has no note; null when nobody, or when that
	 * contact is archived); for a suggested person, who suggested them.
	 */
	referredBy: string | null;
	/** A conversation with them took place. */
	met: boolean;
	children: ReferralNode[];
}

/** Contacts nest at most this deep (a suggested person one level more); deeper ones continue as further roots, so that no consumer (JSON.stringify, a recursive view) runs out of stack. */
export const MAX_CHAIN_DEPTH = 100;

/**
 * A forest. A contact's parent is the contact its `referred-by` resolves to
 * (not archived, not itself); contacts without one are roots. People suggested
 * in `referrals` of a conversation held who have no contact note hang as leaves
 * under the contact interviewed (the earliest conversation suggesting them).
 * A cycle of `referred-by` links is cut at its member that sorts first, which
 * becomes a root; a chain deeper than MAX_CHAIN_DEPTH continues as a root too.
 * Every visible contact appears exactly once; `referredBy` on a root says who
 * the notes name even when that person is no node. Siblings sort by name.
 */
export function referralChain(w: World): ReferralNode[] {
	const parent = new Map<string, string>();
	const children = new Map<string, Contact[]>();
	const referrerName = new Map<string, string | null>();
	for (const c of w.contacts) {
		if (!c.referredBy) continue;
		const { contact: p, hidden } = w.resolve(c.referredBy);
		referrerName.set(c.path, hidden ? null : (p?.name ?? c.referredBy.display));
		if (!p || p.path === c.path) continue;
		parent.set(c.path, p.path);
		const list = children.get(p.path);
		if (list) list.push(c);
		else children.set(p.path, [c]);
	}

	const leaves = new Map<string, ReferralNode[]>();
	const placed = new Set<string>();
	for (const iv of w.held) {
		const from = w.contactOf.get(iv.path);
		if (!from) continue;
		for (const link of iv.referrals) {
			if (w.index.resolveContact(link)) continue;
			const key = baseName(link.target).toLowerCase();
			if (placed.has(key)) continue;
			placed.add(key);
			const node: ReferralNode = { name: link.display, contact: null, referredBy: from.name, met: false, children: [] };
			const list = leaves.get(from.path);
			if (list) list.push(node);
			else leaves.set(from.path, [node]);
		}
	}

	const visited = new Set<string>();
	const deferred: Contact[] = [];
	const make = (c: Contact): ReferralNode => ({
		name: c.name,
		contact: c.path,
		referredBy: referrerName.get(c.path) ?? null,
		met: w.heldWith(c) > 0,
		children: [],
	});
	const build = (root: Contact): ReferralNode => {
		const top = make(root);
		visited.add(root.path);
		const stack: [Contact, ReferralNode, number][] = [[root, top, 1]];
		for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
			const [c, node, depth] = item;
			for (const child of children.get(c.path) ?? []) {
				if (visited.has(child.path)) continue;
				visited.add(child.path);
				if (depth + 1 > MAX_CHAIN_DEPTH) {
					deferred.push(child);
					continue;
				}
				const n = make(child);
				node.children.push(n);
				stack.push([child, n, depth + 1]);
			}
			node.children.push(...(leaves.get(c.path) ?? []));
			node.children.sort(byNode);
		}
		return top;
	};
	const forest: ReferralNode[] = [];
	const grow = (root: Contact) => {
		forest.push(build(root));
		for (let c = deferred.pop(); c !== undefined; c = deferred.pop()) forest.push(build(c));
	};

	for (const c of w.contacts) if (!parent.has(c.path)) grow(c);
	// What is left hangs from a cycle: walk up from it to the cycle and cut there.
	const byPath = new Map(w.contacts.map((c) => [c.path, c]));
	for (const c of w.contacts) {
		if (visited.has(c.path)) continue;
		const walk: string[] = [];
		const onWalk = new Set<string>();
		let at: string | undefined = c.path;
		while (at !== undefined && !onWalk.has(at) && !visited.has(at)) {
			walk.push(at);
			onWalk.add(at);
			at = parent.get(at);
		}
		const cycle = at !== undefined && onWalk.has(at) ? walk.slice(walk.indexOf(at)) : walk;
		const root = cycle
			.map((p) => byPath.get(p))
			.filter((x): x is Contact => x !== undefined)
			.sort(byName)[0];
		if (root) grow(root);
	}
	return forest.sort(byNode);
}

function byNode(a: ReferralNode, b: ReferralNode): number {
	return caseless(a.name, b.name) || caseless(a.contact ?? "", b.contact ?? "");
}
