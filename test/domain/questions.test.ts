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

describe("reading levels and topics: every spelling", () => {
	it("reads each spelling of a level the help lists", () => {
		const spellings: [string, QuestionLevel][] = [
			["any", "any"],
			["All", "any"],
			["any level", "any"],
			["early career", "early-career"],
			["Early", "early-career"],
			["junior", "early-career"],
			["entry", "early-career"],
			["entry-level", "early-career"],
			["new", "early-career"],
			["mid career", "mid-career"],
			["mid", "mid-career"],
			["mid_level", "mid-career"],
			["Experienced", "mid-career"],
			["senior", "senior"],
			["senior leader", "senior"],
			["leader", "senior"],
			["executive", "senior"],
			["Manager", "senior"],
		];
		expect(spellings.map(([text]) => [text, parseLevel(text)])).toEqual(spellings);
		expect(parseLevel("")).toBeNull();
	});

	it("reads a topic id with its hyphens written as spaces, but not run together", () => {
		expect(parseTopic("staying informed")).toBe("staying-informed");
		expect(parseTopic("Likes and challenges")).toBe("likes-and-challenges");
		expect(parseTopic("stayinginformed")).toBeNull();
		expect(parseTopic("gettingstarted")).toBeNull();
	});
});

describe("comparing and merging questions", () => {
	it("compares questions in lower case, without punctuation or apostrophes", () => {
		expect(normalizeQuestion("  What’s a typical DAY like? ")).toBe("whats a typical day like");
		expect(normalizeQuestion("R&D: who's in it?")).toBe("r and d whos in it");
	});

	it("reads a curly apostrophe as a straight one, even standing alone", () => {
		const curly: Question = { text: "What makes someone a ‘ good fit ’ here?", topic: "skills", level: "any", source: "user" };
		const straight: Question = { text: "What makes someone a ' good fit ' here?", topic: "skills", level: "any", source: "user" };
		expect(mergeQuestions([curly], [straight])).toEqual([curly]);
	});

	it("drops a question with no words in it", () => {
		const blank: Question = { text: "?!", topic: "skills", level: "any", source: "user" };
		const real: Question = { text: "What skills matter most?", topic: "skills", level: "any", source: "user" };
		expect(mergeQuestions([blank, real])).toEqual([real]);
		expect(parseUserQuestions("## Skills\n- ???\n- What skills matter most?").questions.map((q) => q.text)).toEqual(["What skills matter most?"]);
	});
});

describe("pickQuestions options", () => {
	const q = (text: string, topic: Question["topic"], level: QuestionLevel = "any"): Question => ({ text, topic, level, source: "user" });

	it("reads a per-topic limit of zero or below as no limit, and rounds a fraction down", () => {
		const all = pickQuestions({ level: "any" });
		expect(pickQuestions({ level: "any", perTopic: 0 })).toEqual(all);
		expect(pickQuestions({ level: "any", perTopic: -1 })).toEqual(all);
		const bank = [q("A?", "skills"), q("B?", "skills"), q("C?", "skills")];
		expect(pickQuestions({ level: "any", bank, perTopic: 2.7 }).map((x) => x.text)).toEqual(["A?", "B?", REFERRAL_QUESTION.text]);
	});

	it("keeps the bank's order for a mid-career contact, whatever level each question is for", () => {
		const bank = [q("Any?", "skills"), q("Senior?", "skills", "senior"), q("Mid?", "skills", "mid-career"), q("Early?", "skills", "early-career")];
		expect(pickQuestions({ level: "mid-career", bank }).map((x) => x.text)).toEqual(["Any?", "Senior?", "Mid?", "Early?", REFERRAL_QUESTION.text]);
	});

	it("gives every referral question, the main one first, when referrals alone are chosen", () => {
		const referrals = QUESTION_BANK.filter((x) => x.topic === "referrals");
		expect(referrals.length).toBeGreaterThan(1);
		expect(pickQuestions({ level: "any", topics: ["referrals"] })).toEqual(referrals);
	});

	it("ends with the built-in referral question when the bank has none", () => {
		const skill = q("What skills matter most?", "skills");
		expect(pickQuestions({ level: "any", bank: [skill] })).toEqual([skill, REFERRAL_QUESTION]);
	});

	it("puts the bank's own wording of the referral question first, before the other referral questions", () => {
		const other = q("Which groups should I join?", "referrals");
		const own = q("WHO ELSE would you suggest I talk to, and would you be comfortable introducing me", "referrals");
		expect(pickQuestions({ level: "any", bank: [other, own] })).toEqual([own, other]);
	});
});

describe("parseUserQuestions: frontmatter, code blocks and problems", () => {
	const texts = (markdown: string) => {
		const r = parseUserQuestions(markdown);
		return { questions: r.questions.map((x) => x.text), problems: r.problems };
	};

	it("leaves out frontmatter, list items in it included", () => {
		const body = "## Skills\n- What skills matter most?";
		const only = { questions: ["What skills matter most?"], problems: [] };
		expect(texts(`---\ntags:\n- questions\n---\n${body}`)).toEqual(only);
		expect(texts(`\uFEFF---\ntags:\n- questions\n---\n${body}`)).toEqual(only);
		expect(texts(`---  \ntags:\n- questions\n...\n${body}`)).toEqual(only);
		expect(texts(`---\nrule: ---\ntags:\n- questions\n---\n${body}`)).toEqual(only);
		expect(texts(`---\ntags:\n- questions\n----\n- more\n---\n${body}`)).toEqual(only);
	});

	it("reads a file whose first line is not `---` from its start", () => {
		expect(texts("## Skills\n- What skills matter most?\n---\n- What do you look for?")).toEqual({ questions: ["What skills matter most?", "What do you look for?"], problems: [] });
		expect(texts("----\n## Skills\n- What skills matter most?\n---\n- What do you look for?")).toEqual({ questions: ["What skills matter most?", "What do you look for?"], problems: [] });
		expect(texts("---\n## Skills\n- What skills matter most?")).toEqual({ questions: ["What skills matter most?"], problems: [] });
	});

	it("takes off only a byte-order mark at the very start", () => {
		expect(texts("## Skills\n- What skills\uFEFF matter?")).toEqual({ questions: ["What skills\uFEFF matter?"], problems: [] });
	});

	it("skips indented code blocks, and a fence mark inside a line is no fence", () => {
		expect(texts("## Skills\n  ```\n- not a question\n  ```\n- What skills matter most?")).toEqual({ questions: ["What skills matter most?"], problems: [] });
		expect(texts("## Skills\n- Is ~~~ a fence?\n- What does ``` mean?\n- What skills matter most?")).toEqual({
			questions: ["Is ~~~ a fence?", "What does ``` mean?", "What skills matter most?"],
			problems: [],
		});
	});

	it("passes over empty list items, even before a topic heading", () => {
		expect(texts("- [ ] \n- (senior)\n## Hobbies\n- \n## Skills\n- (any)\n- What skills matter most?")).toEqual({ questions: ["What skills matter most?"], problems: [] });
	});

	it("trims the text of an untagged question", () => {
		expect(parseUserQuestions("## Skills\n- What skills matter most? \t").questions).toEqual([{ text: "What skills matter most?", topic: "skills", level: "any", source: "user" }]);
	});

	it("says why a question is left out, naming the topics to use", () => {
		expect(texts("- Orphan?\n## Hobbies\n- Do you knit?").problems).toEqual([
			"line 1: a question before any topic heading is left out",
			`line 3: "Hobbies" is not a topic, so its questions are left out (use one of: ${QUESTION_TOPICS.map((t) => t.label).join(", ")})`,
		]);
		expect(texts("## Hobbies\n- Do you knit?").problems[0]).toContain("(use one of: Getting started and career path, A typical day, Skills and qualities, ");
	});
});
