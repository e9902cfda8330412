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
});
