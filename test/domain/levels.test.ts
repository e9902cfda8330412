import { describe, expect, it } from "vitest";
import { levelFromTitle, questionLevelOf } from "../../src/domain/levels";
import { pickQuestions, QUESTION_BANK } from "../../src/domain/questions";

describe("the level a job title suggests", () => {
	it("is senior for leadership titles only", () => {
		for (const title of ["Director of Research", "Senior Director, Design", "VP Engineering", "SVP, Sales", "Vice President of People", "Vice-President", "Head of UX", "Chief Data Officer", "CEO", "CTO & co-founder", "CHRO", "Partner", "Managing Partner", "Founder", "Co-Founder"]) {
			expect([title, levelFromTitle(title)]).toEqual([title, "senior"]);
		}
	});
	it("is early-career for interns, juniors, graduates, trainees and apprentices", () => {
		for (const title of ["UX Intern", "Summer internship", "Junior Analyst", "Jr. Developer", "Graduate Engineer", "Trainee Accountant", "Apprentice electrician"]) {
			expect([title, levelFromTitle(title)]).toEqual([title, "early-career"]);
		}
	});
	it("is mid-career for a Senior title without leadership, and nothing when the title says nothing", () => {
		expect(levelFromTitle("Senior UX Researcher")).toBe("mid-career");
		expect(levelFromTitle("Sr. Data Analyst")).toBe("mid-career");
		for (const title of ["Designer", "Data Analyst", "Headhunter", "Cargo coordinator", "Directory maintainer", "Internal Auditor", "Seniority Analyst", "", null]) {
			expect([title, levelFromTitle(title)]).toEqual([title, null]);
		}
	});
	it("a leadership word wins over an early-career one", () => {
		expect(levelFromTitle("Director, Graduate Programs")).toBe("senior");
	});
});

describe("questions by the contact's level", () => {
	const texts = (level: Parameters<typeof questionLevelOf>[0]) => pickQuestions({ level: questionLevelOf(level) }).map((q) => q.text);
	const about = {
		skills: "From what you know of my background, which of my skills would carry over, and where are the gaps?",
		titles: "Which job titles should I be searching for, given what I am looking for?",
	};
	it("is the contact's own level, or any level when the contact has none", () => {
		expect([null, undefined, "early-career", "mid-career", "senior"].map((l) => questionLevelOf(l as Parameters<typeof questionLevelOf>[0]))).toEqual(["any", "any", "early-career", "mid-career", "senior"]);
	});
	it("asks a mid-career person questions of every level", () => {
		expect(texts("mid-career")).toHaveLength(QUESTION_BANK.length);
	});
	it("leaves the basics out for a senior person and leadership questions out for an early-career one", () => {
		const senior = texts("senior");
		const early = texts("early-career");
		expect(senior).toContain("Which experiences best prepared you to lead at your current level?");
		expect(senior).not.toContain("What was your first job in this field, and how did you land it?");
		expect(early).toContain("What was your first job in this field, and how did you land it?");
		expect(early).not.toContain("Which experiences best prepared you to lead at your current level?");
		expect(texts(null)).toEqual(pickQuestions({ level: "any" }).map((q) => q.text));
	});
	it("asks about the user at every level", () => {
		for (const level of [null, "early-career", "mid-career", "senior"] as const) {
			expect(texts(level)).toEqual(expect.arrayContaining([about.skills, about.titles]));
		}
	});
	it("holds the guides' questions on projects, the role and how to get hired", () => {
		const any = texts(null);
		expect(any).toContain("How would you sum up your role for someone who has never done this work?");
		expect(any).toContain("Which projects have been the biggest you have worked on, and what was your part in them?");
		expect(any).toContain("What approaches work best for actually getting hired in this field?");
	});
	it("puts the questions of exactly the person's level first in each topic", () => {
		expect(pickQuestions({ level: "senior", perTopic: 1, topics: ["getting-started"] })[0]?.level).toBe("senior");
		expect(pickQuestions({ level: "early-career", perTopic: 1, topics: ["getting-started"] })[0]?.level).toBe("early-career");
		expect(pickQuestions({ level: "any", perTopic: 1, topics: ["getting-started"] })[0]?.level).toBe("any");
	});
});
