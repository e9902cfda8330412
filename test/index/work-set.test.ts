import { describe, expect, it } from "vitest";
import { WorkSet } from "../../src/index/work-set";

function workSet(...items: string[]): WorkSet {
	const set = new WorkSet();
	for (const item of items) set.add(item);
	return set;
}

describe("WorkSet", () => {
	it("takes at most the number asked for, oldest first, and removes what it takes", () => {
		const set = workSet("a", "b", "c", "d");
		expect(set.take(1)).toEqual(["a"]);
		expect(set.take(2)).toEqual(["b", "c"]);
		expect(set.size).toBe(1);
		expect(set.take(5)).toEqual(["d"]);
		expect(set.size).toBe(0);
		expect(set.take(5)).toEqual([]);
	});

	it("takes nothing for a limit of 0", () => {
		const set = workSet("a");
		expect(set.take(0)).toEqual([]);
		expect(set.size).toBe(1);
	});

	it("keeps taking what is added after a take, and an entry added again only once", () => {
		const set = workSet("a", "b");
		expect(set.take(1)).toEqual(["a"]);
		set.add("c");
		set.add("b");
		expect(set.take(5)).toEqual(["b", "c"]);
		set.add("a");
		expect(set.take(5)).toEqual(["a"]);
	});

	it("never gives a deleted entry", () => {
		const set = workSet("a", "b", "c");
		set.delete("b");
		expect(set.size).toBe(2);
		expect(set.take(5)).toEqual(["a", "c"]);
	});

	it("clear drops every entry, and entries added later are taken", () => {
		const set = workSet("a", "b", "c");
		expect(set.take(1)).toEqual(["a"]);
		set.clear();
		expect(set.size).toBe(0);
		expect(set.take(5)).toEqual([]);
		set.add("d");
		expect(set.take(5)).toEqual(["d"]);
	});
});
