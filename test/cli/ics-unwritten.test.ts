import { join } from "node:path";
import ICAL from "ical.js";
import { describe, expect, it, vi } from "vitest";
import { cli } from "./run-cli";

/**
 * A follow-up whose due day is not a day of the calendar cannot be an event.
 * A vault never gives one (its dates are read and computed within the
 * calendar), so the calendar here is made to leave one out: the command line
 * must say so on standard error, never in silence.
 */

vi.mock("../../src/index/calendar", async (importOriginal) => {
	const real = await importOriginal<typeof import("../../src/index/calendar")>();
	return {
		...real,
		calendarOf: (...args: Parameters<typeof real.calendarOf>) => ({
			...real.calendarOf(...args),
			skipped: [{ title: "Thank-you to Ann\u001b[2J", due: "2026-02-30", note: "Ann.md" }],
		}),
	};
});

const vault = join(__dirname, "..", "..", "example-vault");

describe("ics and a follow-up it could not write", () => {
	it("names it in a warning on standard error, control characters replaced, and writes the calendar", async () => {
		const r = await cli("ics", vault, "--today", "2026-11-22");
		expect(r.code).toBe(0);
		expect(r.stderr).toBe("warning: 1 follow-up could not be written: its due day is not a day of the calendar: Thank-you to Ann?[2J (due 2026-02-30, Ann.md)\n");
		expect(new ICAL.Component(ICAL.parse(r.stdout)).getAllSubcomponents("vevent")).toHaveLength(19);
	});
});
