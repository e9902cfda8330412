import { QUESTION_BANK, REFERRAL_QUESTION, type Question, type QuestionLevel, type QuestionTopic } from "./question-bank";

export { QUESTION_BANK, REFERRAL_QUESTION };
export type { Question, QuestionLevel, QuestionTopic };

export interface TopicInfo {
	id: QuestionTopic;
	label: string;
	/** Other headings a user's question file may use for this topic (lower case). */
	aliases: readonly string[];
}

/** Topics in the order a conversation usually takes; referrals always come last. */
export const QUESTION_TOPICS: readonly TopicInfo[] = [
	{ id: "getting-started", label: "Getting started and career path", aliases: ["getting started", "career path", "background", "how they started"] },
	{ id: "typical-day", label: "A typical day", aliases: ["typical day", "day to day", "a typical week", "typical week", "the work"] },
	{ id: "skills", label: "Skills and qualities", aliases: ["skills", "qualities"] },
	{ id: "training", label: "Training and education", aliases: ["training", "education", "qualifications"] },
	{ id: "likes-and-challenges", label: "What they like and find hard", aliases: ["likes and challenges", "likes", "dislikes", "challenges", "rewards and challenges"] },
	{ id: "advancement", label: "Advancement", aliases: ["growth", "promotion", "career growth", "progression"] },
	{ id: "trends", label: "Trends and the next few years", aliases: ["trends", "future", "outlook", "the future", "the next few years"] },
	{ id: "organization", label: "The organization and its culture", aliases: ["organization", "organisation", "culture", "the organization", "company", "the company"] },
	{ id: "staying-informed", label: "Staying informed", aliases: ["keeping informed", "resources", "reading", "associations"] },
	{ id: "advice", label: "Advice for me", aliases: ["advice", "next steps"] },
	{ id: "referrals", label: "Referrals", aliases: ["referral", "people to meet", "who else", "introductions"] },
];

export const QUESTION_LEVELS: readonly { id: QuestionLevel; label: string }[] = [
	{ id: "any", label: "Any level" },
	{ id: "early-career", label: "Early career" },
	{ id: "mid-career", label: "Mid-career (questions of every level)" },
	{ id: "senior", label: "Senior leader" },
];

export function topicLabel(topic: QuestionTopic): string {
	return QUESTION_TOPICS.find((t) => t.id === topic)?.label ?? topic;
}

function simplify(text: string): string {
	return text
		.toLowerCase()
		.replace(/[’‘]/g, "'")
		.replace(/&/g, " and ")
		.replace(/[^\p{L}\p{N}']+/gu, " ")
		.trim();
}

/** Reads a topic from its id, label or a common alias, ignoring case and punctuation. */
export function parseTopic(text: string): QuestionTopic | null {
	const key = simplify(text.replace(/-/g, " "));
	for (const t of QUESTION_TOPICS) {
		if ([t.id.replace(/-/g, " "), t.label, ...t.aliases].some((name) => simplify(name) === key)) return t.id;
	}
	return null;
}

/** Reads a level: `any`, `early career`/`early-career`/`junior`/`entry`, `senior`/`leader`/`executive`. */
export function parseLevel(text: string): QuestionLevel | null {
	const key = simplify(text.replace(/[-_]/g, " "));
	if (key === "any" || key === "all" || key === "any level") return "any";
	if (["early career", "early", "junior", "entry", "entry level", "new"].includes(key)) return "early-career";
	if (["mid career", "mid", "mid level", "experienced"].includes(key)) return "mid-career";
	if (["senior", "senior leader", "leader", "executive", "manager"].includes(key)) return "senior";
	return null;
}

/** The text two questions are compared by: lower case, no punctuation, single spaces. */
export function normalizeQuestion(text: string): string {
	return simplify(text).replace(/'/g, "");
}

/**
 * A question suits a contact of `level` when it is for anyone or for exactly
 * that level; a mid-career contact is asked questions of every level.
 */
export function fitsLevel(question: Question, level: QuestionLevel): boolean {
	return level === "mid-career" || question.level === "any" || question.level === level;
}

/** Bank questions first, then the user's; a question whose normalized text was already seen is dropped. */
export function mergeQuestions(...lists: readonly (readonly Question[])[]): Question[] {
	const seen = new Set<string>();
	const out: Question[] = [];
	for (const list of lists) {
		for (const q of list) {
			const key = normalizeQuestion(q.text);
			if (key === "" || seen.has(key)) continue;
			seen.add(key);
			out.push(q);
		}
	}
	return out;
}

export interface PickOptions {
	/** Topics to draw from; all when omitted. Referrals are added in any case. */
	topics?: readonly QuestionTopic[];
	/**
	 * The contact's level. `senior` leaves out early-career basics, `early-career`
	 * leaves out questions for senior leaders, `mid-career` keeps questions of
	 * every level, and `any` (level unknown) keeps only questions that suit everyone.
	 */
	level: QuestionLevel;
	/** The user's own questions, merged after the bank. */
	extra?: readonly Question[];
	/** At most this many questions per topic (referrals included), in bank order. */
	perTopic?: number;
	/** Replaces the built-in bank (tests, or a bank already merged). */
	bank?: readonly Question[];
}

/**
 * Questions for one conversation, in topic order, ending with the referral
 * question(s): when the referrals topic is not chosen, the main referral question
 * ("who else should I talk to?") is still asked last.
 */
export function pickQuestions(options: PickOptions): Question[] {
	const all = mergeQuestions(options.bank ?? QUESTION_BANK, options.extra ?? []);
	const wanted = new Set<QuestionTopic>(options.topics ?? QUESTION_TOPICS.map((t) => t.id));
	wanted.add("referrals");
	const limit = options.perTopic !== undefined && options.perTopic > 0 ? Math.floor(options.perTopic) : Infinity;
	const out: Question[] = [];
	for (const topic of QUESTION_TOPICS) {
		if (!wanted.has(topic.id)) continue;
		const fitting = all.filter((q) => q.topic === topic.id && fitsLevel(q, options.level));
		// Questions written for exactly this level first: they are what sets the conversation apart.
		const chosen = options.level === "any" || options.level === "mid-career" ? fitting : [...fitting.filter((q) => q.level === options.level), ...fitting.filter((q) => q.level !== options.level)];
		if (topic.id === "referrals") {
			const explicit = options.topics === undefined || options.topics.includes("referrals");
			const main = chosen.find((q) => normalizeQuestion(q.text) === normalizeQuestion(REFERRAL_QUESTION.text)) ?? REFERRAL_QUESTION;
			const rest = explicit ? chosen.filter((q) => q !== main) : [];
			out.push(...[main, ...rest].slice(0, limit));
		} else {
			out.push(...chosen.slice(0, limit));
		}
	}
	return out;
}

export interface ParsedQuestions {
	questions: Question[];
	/** Lines that could not be used, for a person: "line 4: …". */
	problems: string[];
}

const TAG = String.raw`\(\s*(any|any level|early[ -]career|junior|entry[ -]level|mid[ -]career|senior|senior leader|leader|executive)\s*\)`;
const LEADING_TAG = new RegExp(String.raw`^\s*${TAG}\s*`, "i");
const TRAILING_TAG = new RegExp(String.raw`\s*${TAG}\s*$`, "i");
const HEADING = /^#{1,6}\s+(.*?)\s*#*\s*$/;
const BULLET = /^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]?\]\s+)?(.*)$/;

/**
 * Reads the user's own question file. Format:
 *
 * ```markdown
 * ## Typical day
 * - What does a busy week look like for you?
 * - (senior) How do you decide what your team stops doing?
 *
 * ## Advice (early career)
 * - Which first job would you take in my place?
 * ```
 *
 * A heading names a topic by its label, id or a common alias ("Career path",
 * "Culture", "Future", …). Each bullet (`-`, `*`, `+`, `1.`, or a `- [ ]` checkbox)
 * under it is a question. A level tag — `(senior)`, `(early career)` or `(any)` —
 * at the start or end of a bullet sets its level; on a heading it sets the level
 * of the bullets below; untagged questions suit any level. Frontmatter, prose,
 * quotes and code blocks are ignored; bullets under a heading that is not a topic
 * are reported in `problems` and left out.
 */
export function parseUserQuestions(markdown: string): ParsedQuestions {
	const questions: Question[] = [];
	const problems: string[] = [];
	const lines = markdown.replace(/^\uFEFF/, "").split(/\r?\n/);
	let topic: QuestionTopic | null = null;
	let heading: string | null = null;
	let sectionLevel: QuestionLevel = "any";
	let inFence = false;
	let start = 0;
	if (/^---\s*$/.test(lines[0] ?? "")) {
		const end = lines.findIndex((l, i) => i > 0 && /^(?:---|\.\.\.)\s*$/.test(l));
		if (end > 0) start = end + 1;
	}
	for (let i = start; i < lines.length; i++) {
		const line = lines[i] ?? "";
		if (/^\s*(?:```|~~~)/.test(line)) inFence = !inFence;
		if (inFence) continue;
		const h = HEADING.exec(line);
		if (h) {
			const tag = takeLevel(h[1] ?? "");
			heading = tag.text;
			topic = parseTopic(tag.text);
			sectionLevel = tag.level ?? "any";
			continue;
		}
		const b = BULLET.exec(line);
		if (!b) continue;
		const tag = takeLevel(b[1] ?? "");
		if (tag.text === "") continue;
		if (topic === null) {
			problems.push(
				heading === null
					? `line ${i + 1}: a question before any topic heading is left out`
					: `line ${i + 1}: "${heading}" is not a topic, so its questions are left out (use one of: ${QUESTION_TOPICS.map((t) => t.label).join(", ")})`,
			);
			continue;
		}
		questions.push({ text: tag.text, topic, level: tag.level ?? sectionLevel, source: "user" });
	}
	return { questions: mergeQuestions(questions), problems: unique(problems) };
}

function takeLevel(text: string): { text: string; level: QuestionLevel | null } {
	for (const re of [LEADING_TAG, TRAILING_TAG]) {
		const m = re.exec(text);
		if (m) return { text: text.replace(re, " ").trim(), level: parseLevel(m[1] ?? "") };
	}
	return { text: text.trim(), level: null };
}

function unique(items: string[]): string[] {
	return [...new Set(items)];
}

/**
 * A markdown checklist, one heading per topic (in the order the questions come)
 * and one `- [ ] question` per line. `headingLevel` defaults to 4, to sit under
 * a `###` heading of the interview note.
 */
export function renderQuestionChecklist(questions: readonly Question[], options: { headingLevel?: number } = {}): string {
	const level = Math.min(6, Math.max(1, Math.floor(options.headingLevel ?? 4)));
	const groups = new Map<QuestionTopic, Question[]>();
	for (const q of questions) {
		const group = groups.get(q.topic);
		if (group) group.push(q);
		else groups.set(q.topic, [q]);
	}
	const blocks: string[] = [];
	for (const [topic, list] of groups) {
		blocks.push(`${"#".repeat(level)} ${topicLabel(topic)}\n${list.map((q) => `- [ ] ${q.text}`).join("\n")}`);
	}
	return blocks.join("\n\n");
}
