import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MultiMap } from "../../src/index/multi-map";
import { runs } from "../property-runs";

/** What a MultiMap must behave as: a Map of Sets, each Set dropped once empty. */
class Model {
	readonly map = new Map<string, Set<string>>();
	add(k: string, v: string) {
		let s = this.map.get(k);
		if (!s) this.map.set(k, (s = new Set()));
		s.add(v);
	}
	remove(k: string, v: string) {
		const s = this.map.get(k);
		if (!s) return;
		s.delete(v);
		if (s.size === 0) this.map.delete(k);
	}
}

const contents = (m: MultiMap) => [...m.entries()].map(([k, vs]) => [k, [...vs]]);
const modelContents = (m: Model) => [...m.map].map(([k, vs]) => [k, [...vs]]);

describe("MultiMap", () => {
	it("holds what a Map of Sets holds, in the same order, through any adds and removes", () => {
		// Few keys and values, so that keys fill past the array's size and empty out again.
		const op = fc.record({ add: fc.boolean(), key: fc.constantFrom("a", "b", "c"), value: fc.integer({ min: 0, max: 11 }).map(String) });
		fc.assert(
			fc.property(fc.array(op, { maxLength: 200 }), (ops) => {
				const m = new MultiMap();
				const model = new Model();
				for (const o of ops) {
					if (o.add) {
						m.add(o.key, o.value);
						model.add(o.key, o.value);
					} else {
						m.remove(o.key, o.value);
						model.remove(o.key, o.value);
					}
					expect(contents(m)).toEqual(modelContents(model));
					expect(m.size).toBe(model.map.size);
					expect([...m.keys()]).toEqual([...model.map.keys()]);
					for (const k of ["a", "b", "c"]) expect([...m.get(k)]).toEqual([...(model.map.get(k) ?? [])]);
				}
			}),
			{ numRuns: runs(200) },
		);
	});

	it("keeps each value once under a key, past the array's size too", () => {
		const m = new MultiMap();
		for (let round = 0; round < 2; round++) for (let i = 0; i < 20; i++) m.add("k", `v${i}`);
		expect([...m.get("k")]).toEqual(Array.from({ length: 20 }, (_, i) => `v${i}`));
	});

	it("answers nothing for a key never used or emptied, and forgets an emptied key", () => {
		const m = new MultiMap();
		expect([...m.get("none")]).toEqual([]);
		m.add("k", "x");
		m.add("k", "y");
		m.remove("k", "x");
		expect([...m.get("k")]).toEqual(["y"]);
		m.remove("k", "y");
		m.remove("k", "y");
		expect(m.size).toBe(0);
		expect([...m.get("k")]).toEqual([]);
	});

	it("moves a value to the end when it is removed and added again, as a Set does", () => {
		const m = new MultiMap();
		for (const v of ["a", "b", "c"]) m.add("k", v);
		m.remove("k", "a");
		m.add("k", "a");
		expect([...m.get("k")]).toEqual(["b", "c", "a"]);
	});

	it("empties at once with clear", () => {
		const m = new MultiMap();
		m.add("k", "x");
		m.add("j", "y");
		m.clear();
		expect(m.size).toBe(0);
		expect([...m.entries()]).toEqual([]);
	});

	it("keeps each value once under a key that holds a few", () => {
		const m = new MultiMap();
		for (const v of ["a", "b", "a", "c", "b"]) m.add("k", v);
		expect([...m.get("k")]).toEqual(["a", "b", "c"]);
	});

	it("keeps up to eight values under a key in an array and more in a Set, as the memory plan says", () => {
		const m = new MultiMap();
		m.add("k", "v1");
		for (let i = 2; i <= 8; i++) {
			m.add("k", `v${i}`);
			expect(Array.isArray(m.get("k"))).toBe(true);
		}
		m.add("k", "v9");
		expect(m.get("k")).toBeInstanceOf(Set);
		expect([...m.get("k")]).toEqual(["v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9"]);
	});

	it("removes values from a long list, and forgets the key once the last is gone", () => {
		const m = new MultiMap();
		const values = Array.from({ length: 12 }, (_, i) => `v${i}`);
		for (const v of values) m.add("k", v);
		m.add("j", "x");
		m.remove("k", "v3");
		m.remove("k", "absent");
		expect([...m.get("k")]).toEqual(values.filter((v) => v !== "v3"));
		for (const v of values) m.remove("k", v);
		expect([...m.get("k")]).toEqual([]);
		expect([...m.keys()]).toEqual(["j"]);
		expect(m.size).toBe(1);
	});
});
