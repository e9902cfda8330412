import { describe, expect, it } from "vitest";
import { NUMBER_WINDOWS, numberWindow, type NumberWindowKey } from "../../src/domain/rule-windows";

describe("numberWindow", () => {
	it("gives the row of each number window by its key", () => {
		expect(NUMBER_WINDOWS.length).toBeGreaterThan(1);
		for (const row of NUMBER_WINDOWS) expect(numberWindow(row.key)).toBe(row);
	});

	it("refuses a key that is no number window", () => {
		expect(() => numberWindow("keepInTouch" as NumberWindowKey)).toThrow(new Error('No rule window "keepInTouch"'));
	});
});
