import { describe, expect, it } from "vitest";
import { levelFromTitle } from "../../src/domain/level";

describe("levelFromTitle", () => {
	it.each([
		["Director of Product", "senior"],
		["Associate Director, Research", "senior"],
		["VP Engineering", "senior"],
		["Senior Vice President, Sales", "senior"],
		["Head of Data Platform", "senior"],
		["Chief of Staff", "senior"],
		["CTO", "senior"],
		["Co-founder & CEO", "senior"],
		["Founder", "senior"],
		["Partner", "senior"],
		["Senior Product Designer", "mid-career"],
		["Sr. Software Engineer", "mid-career"],
		["Data Science Intern", "early-career"],
		["Junior Developer", "early-career"],
		["Graduate Analyst", "early-career"],
		["Trainee Accountant", "early-career"],
		["Electrician Apprentice", "early-career"],
	] as const)("%s → %s", (title, level) => {
		expect(levelFromTitle(title)).toBe(level);
	});

	it("leaves the level empty when the title does not say", () => {
		for (const title of ["Research Scientist", "Product Manager", "Designer", "Internal Auditor", "Seniority Analyst", "Headhunter", "", "   "]) {
			expect(levelFromTitle(title), title).toBeNull();
		}
		expect(levelFromTitle(null)).toBeNull();
		expect(levelFromTitle(undefined)).toBeNull();
	});

	it("a leadership word wins over an entry word", () => {
		expect(levelFromTitle("Director, Graduate Programs")).toBe("senior");
	});
});
