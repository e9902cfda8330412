import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { writeJsonForTerminal } from "../../src/cli/terminal";

/** What the command line printed before writing in pieces: the whole JSON at once, the raw controls escaped. */
const whole = (value: unknown) =>
	JSON.stringify(value, null, 2).replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

function inPieces(value: unknown, piece: number): string[] {
	const pieces: string[] = [];
	writeJsonForTerminal(value, (text) => pieces.push(text), piece);
	return pieces;
}

describe("JSON written in pieces", () => {
	it("is, put together, JSON.stringify's text of any value, whatever the size of the pieces", () => {
		fc.assert(
			fc.property(fc.anything({ maxDepth: 5, withBoxedValues: true, withNullPrototype: true, withDate: true, withMap: true, withSparseArray: true }), fc.integer({ min: 1, max: 200 }), (value, piece) => {
				fc.pre(value !== undefined && typeof value !== "function" && typeof value !== "symbol");
				expect(inPieces(value, piece).join("")).toBe(whole(value));
			}),
			{ numRuns: 500 },
		);
	});

	it("keeps to the size asked (a piece ends as soon as it reaches it), controls escaped in each", () => {
		const report = { today: "2026-11-22", followUps: Array.from({ length: 300 }, (_, i) => ({ note: `N${i}\u0085.md`, contact: null, skip: undefined })) };
		const pieces = inPieces(report, 1000);
		expect(pieces.length).toBeGreaterThan(10);
		expect(pieces.slice(0, -1).every((p) => p.length >= 1000 && p.length < 1200)).toBe(true);
		expect(pieces.join("")).toBe(whole(report));
		expect(pieces.join("")).not.toMatch(/\u0085/);
	});

	it("ends a piece the moment it holds exactly the size asked", () => {
		expect(inPieces(["ab"], 4)).toEqual(["[\n  ", '"ab"', "\n]"]);
	});

	it("writes the outer three levels member by member and anything deeper in one piece", () => {
		expect(inPieces([[[[1, 2]]]], 1)).toEqual(["[", "\n  ", "[", "\n    ", "[", "\n      ", "[\n        1,\n        2\n      ]", "\n    ]", "\n  ]", "\n]"]);
		expect(inPieces({ a: [{ b: { c: 1 } }] }, 1)).toEqual(["{", '\n  "a": ', "[", "\n    ", "{", '\n      "b": ', '{\n        "c": 1\n      }', "\n    }", "\n  ]", "\n}"]);
	});

	it("writes an object without a prototype member by member, as a plain one", () => {
		const bare = Object.assign(Object.create(null) as object, { a: 1 });
		expect(inPieces(bare, 1)).toEqual(["{", '\n  "a": ', "1", "\n}"]);
	});

	it("writes what toJSON gives for an array or an object that has one", () => {
		const list = Object.assign([1, 2], { toJSON: () => "list" });
		const when = { toJSON: () => "2026-11-22", hour: 9 };
		expect(inPieces({ list, when }, 1).join("")).toBe('{\n  "list": "list",\n  "when": "2026-11-22"\n}');
	});

	it("leaves out a member whose toJSON gives nothing, and writes null for such an item of a list, as JSON.stringify does", () => {
		const nothing = { toJSON: () => undefined };
		const value = { a: 1, gone: nothing, list: [nothing, 2], deep: { deeper: { deepest: { gone: nothing, b: 2 } } } };
		expect(inPieces(value, 1).join("")).toBe(whole(value));
		expect(whole(value)).toContain('"list": [\n    null,\n    2\n  ]');
		expect(whole(value)).not.toContain('"gone"');
	});

	it("leaves out functions and symbols as JSON.stringify does: the member of an object, as null in an array", () => {
		const value = { a: 1, f: () => 1, s: Symbol("s"), list: [() => 2, Symbol("t"), 3] };
		expect(inPieces(value, 1).join("")).toBe(whole(value));
		expect(whole(value)).toBe('{\n  "a": 1,\n  "list": [\n    null,\n    null,\n    3\n  ]\n}');
	});

	it("writes nothing for undefined, which JSON.stringify gives no text for", () => {
		expect(inPieces(undefined, 1)).toEqual([]);
	});
});
