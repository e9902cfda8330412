import { describe, it, expect } from "vitest";
import {
	QUESTION_BANK,
	QUESTION_TOPICS,
	REFERRAL_QUESTION,
	mergeQuestions,
	normalizeQuestion,
	parseLevel,
	parseTopic,
	parseUserQuestions,
	pickQuestions,
	renderQuestionChecklist,
	topicLabel,
	type Question,
	type QuestionLevel,
} from "../../src/domain/questions";

const LEVELS: QuestionLevel[] = ["any", "early-career", "senior"];

describe("the question bank", () => {
	it("holds at least 40 questions", () => {
		expect(QUESTION_BANK.length).toBeGreaterThanOrEqual(40);
	});

	it("covers every topic, each with at least three questions and one for any level", () => {
		for (const topic of QUESTION_TOPICS) {
			const inTopic = QUESTION_BANK.filter((q) => q.topic === topic.id);
			expect(inTopic.length, topic.id).toBeGreaterThanOrEqual(3);
			expect(inTopic.some((q) => q.level === "any"), topic.id).toBe(true);
		}
	});

	it("has questions for early-career people and for senior leaders", () => {
		const count = (level: QuestionLevel) => QUESTION_BANK.filter((q) => q.level === level).length;
		expect(count("any")).toBeGreaterThanOrEqual(30);
		expect(count("early-career")).toBeGreaterThanOrEqual(8);
		expect(count("senior")).toBeGreaterThanOrEqual(8);
	});

	it("has no duplicate questions", () => {
		const keys = QUESTION_BANK.map((q) => normalizeQuestion(q.text));
		expect(new Set(keys).size).toBe(keys.length);
	});

	it("asks open questions, written as questions, from the built-in source", () => {
		for (const q of QUESTION_BANK) {
			expect(q.text.endsWith("?"), q.text).toBe(true);
			expect(q.source).toBe("builtin");
			expect(q.text).toBe(q.text.trim());
		}
	});

	it("holds the referral question", () => {
		expect(QUESTION_BANK).toContain(REFERRAL_QUESTION);
		expect(REFERRAL_QUESTION.topic).toBe("referrals");
	});

	it("labels every topic in sentence case", () => {
		for (const t of QUESTION_TOPICS) {
			expect(topicLabel(t.id)).toBe(t.label);
			expect(t.label.slice(1)).toBe(t.label.slice(1).toLowerCase());
		}
		expect(QUESTION_TOPICS.at(-1)?.id).toBe("referrals");
	});
});

describe("pickQuestions", () => {
	it("never gives a senior leader the early-career basics, nor the reverse", () => {
		const senior = pickQuestions({ level: "senior" });
		expect(senior.some((q) => q.level === "early-career")).toBe(false);
		expect(senior.some((q) => q.level === "senior")).toBe(true);
		const early = pickQuestions({ level: "early-career" });
		expect(early.some((q) => q.level === "senior")).toBe(false);
		expect(early.some((q) => q.level === "early-career")).toBe(true);
		const any = pickQuestions({ level: "any" });
		expect(any.every((q) => q.level === "any")).toBe(true);
	});

	it("always ends with the referral question", () => {
		for (const level of LEVELS) {
			for (const topics of [undefined, [], ["skills" as const], ["trends" as const, "advice" as const], ["referrals" as const]]) {
				const picked = pickQuestions({ level, topics });
				const referrals = picked.filter((q) => q.topic === "referrals");
				expect(referrals.length).toBeGreaterThanOrEqual(1);
				expect(referrals[0]).toEqual(REFERRAL_QUESTION);
				expect(picked.slice(-referrals.length)).toEqual(referrals);
			}
		}
	});

	it("adds only the main referral question when referrals were not chosen", () => {
		const picked = pickQuestions({ level: "any", topics: ["skills"] });
		expect(picked.filter((q) => q.topic === "referrals")).toEqual([REFERRAL_QUESTION]);
		expect(picked.filter((q) => q.topic !== "referrals").every((q) => q.topic === "skills")).toBe(true);
		expect(pickQuestions({ level: "senior", topics: [] })).toEqual([REFERRAL_QUESTION]);
	});

	it("keeps the order of topics whatever order they are asked in", () => {
		const picked = pickQuestions({ level: "senior", topics: ["advice", "getting-started", "trends"] });
		const order = [...new Set(picked.map((q) => q.topic))];
		expect(order).toEqual(["getting-started", "trends", "advice", "referrals"]);
	});

	it("limits questions per topic", () => {
		const picked = pickQuestions({ level: "early-career", perTopic: 2 });
		for (const t of QUESTION_TOPICS) expect(picked.filter((q) => q.topic === t.id).length).toBeLessThanOrEqual(2);
		expect(picked.at(-2)).toEqual(REFERRAL_QUESTION);
	});

	it("takes the user's questions too, without repeating bank ones", () => {
		const extra: Question[] = [
			{ text: "how did you find your way into this line of work", topic: "getting-started", level: "any", source: "user" },
			{ text: "What would you change about your first year?", topic: "getting-started", level: "any", source: "user" },
			{ text: "Which budget decisions keep you up at night?", topic: "getting-started", level: "senior", source: "user" },
		];
		const picked = pickQuestions({ level: "early-career", topics: ["getting-started"], extra });
		const texts = picked.map((q) => q.text);
		expect(texts).toContain("What would you change about your first year?");
		expect(texts).not.toContain("Which budget decisions keep you up at night?");
		expect(texts.filter((t) => normalizeQuestion(t) === normalizeQuestion(extra[0]?.text ?? "")).length).toBe(1);
	});
});

describe("parseUserQuestions", () => {
	const file = [
		"---",
		"tags: [questions]",
		"---",
		"My own questions, added to the bank.",
		"",
		"## Typical day",
		"- What does a busy week look like for you?",
		"* (senior) How do you decide what your team stops doing?",
		"+ What time do you usually start? (early career)",
		"1. Which tools do you use every day?",
		"- [ ] What is on your desk right now?",
		"",
		"### Advice (early-career)",
		"- Which first job would you take in my place?",
		"- What would you tell your younger self? (any)",
		"",
		"```",
		"- not a question: inside a code block",
		"```",
		"## Career path",
		"- What did you study?",
		"## My random list",
		"- Is this kept?",
		"## Referrals",
		"- Who else should I talk to?",
		"- WHO ELSE SHOULD I TALK TO",
	].join("\n");

	it("reads topics, levels and bullets", () => {
		const { questions, problems } = parseUserQuestions(file);
		expect(questions.map((q) => [q.topic, q.level, q.text])).toEqual([
			["typical-day", "any", "What does a busy week look like for you?"],
			["typical-day", "senior", "How do you decide what your team stops doing?"],
			["typical-day", "early-career", "What time do you usually start?"],
			["typical-day", "any", "Which tools do you use every day?"],
			["typical-day", "any", "What is on your desk right now?"],
			["advice", "early-career", "Which first job would you take in my place?"],
			["advice", "any", "What would you tell your younger self?"],
			["getting-started", "any", "What did you study?"],
			["referrals", "any", "Who else should I talk to?"],
		]);
		expect(questions.every((q) => q.source === "user")).toBe(true);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toContain("line 23");
		expect(problems[0]).toContain("My random list");
	});

	it("reports questions before any heading", () => {
		const r = parseUserQuestions("- Orphan question?\n## Skills\n- Kept?");
		expect(r.questions.map((q) => q.text)).toEqual(["Kept?"]);
		expect(r.problems[0]).toContain("line 1");
	});

	it("merges with the bank, dropping repeats by their normalized text", () => {
		const { questions } = parseUserQuestions("## Likes and challenges\n- What do you ENJOY most about your work\n- What bores you?");
		const merged = mergeQuestions(QUESTION_BANK, questions);
		expect(merged.length).toBe(QUESTION_BANK.length + 1);
		expect(merged.at(-1)?.text).toBe("What bores you?");
	});

	it("reads back a rendered checklist", () => {
		const picked = pickQuestions({ level: "senior", topics: ["skills", "organization"] });
		const again = parseUserQuestions(renderQuestionChecklist(picked)).questions;
		expect(again.map((q) => [q.topic, q.text])).toEqual(picked.map((q) => [q.topic, q.text]));
	});
});

describe("topics, levels and the checklist", () => {
	it("reads topic names loosely", () => {
		expect(parseTopic("Getting started and career path")).toBe("getting-started");
		expect(parseTopic("getting-started")).toBe("getting-started");
		expect(parseTopic("THE ORGANIZATION & ITS CULTURE")).toBe("organization");
		expect(parseTopic("Culture")).toBe("organization");
		expect(parseTopic("Future")).toBe("trends");
		expect(parseTopic("Education")).toBe("training");
		expect(parseTopic("Hobbies")).toBeNull();
	});

	it("reads levels loosely", () => {
		expect(parseLevel("Early career")).toBe("early-career");
		expect(parseLevel("early-career")).toBe("early-career");
		expect(parseLevel("Senior leader")).toBe("senior");
		expect(parseLevel("ANY")).toBe("any");
		expect(parseLevel("middle")).toBeNull();
	});

	it("renders a checklist grouped under topic headings", () => {
		const qs: Question[] = [
			{ text: "A?", topic: "skills", level: "any", source: "builtin" },
			{ text: "B?", topic: "skills", level: "any", source: "builtin" },
			REFERRAL_QUESTION,
		];
		expect(renderQuestionChecklist(qs)).toBe(`#### Skills and qualities\n- [ ] A?\n- [ ] B?\n\n#### Referrals\n- [ ] ${REFERRAL_QUESTION.text}`);
		expect(renderQuestionChecklist(qs.slice(0, 1), { headingLevel: 2 })).toBe("## Skills and qualities\n- [ ] A?");
		expect(renderQuestionChecklist([])).toBe("");
	});
});
