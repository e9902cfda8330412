/**
 * The built-in questions, grouped by topic in the order a conversation usually
 * takes. Each is open-ended (it cannot be answered with yes or no alone) and
 * tagged with the level of person it suits:
 * - `any`: fits anyone, from a recent hire to a senior leader;
 * - `early-career`: entry and first-job basics, for someone a few years into the field;
 * - `senior`: for a manager, director or executive, who should not be asked the basics.
 * Questions about the user themselves (which of their skills carry over, which
 * job titles to look for) suit anyone open to giving career advice.
 * A `mid-career` person is asked questions of every level.
 */

export type QuestionTopic =
	| "getting-started"
	| "typical-day"
	| "skills"
	| "training"
	| "likes-and-challenges"
	| "advancement"
	| "trends"
	| "organization"
	| "staying-informed"
	| "advice"
	| "referrals";

export type QuestionLevel = "any" | "early-career" | "mid-career" | "senior";

export interface Question {
	text: string;
	topic: QuestionTopic;
	level: QuestionLevel;
	/** `user` for questions read from the user's own question file. */
	source: "builtin" | "user";
}

type Entry = readonly [QuestionLevel, string];

const BANK: Readonly<Record<QuestionTopic, readonly Entry[]>> = {
	"getting-started": [
		["any", "How did you find your way into this line of work?"],
		["any", "Looking back, what were the turning points that shaped your career so far?"],
		["early-career", "What was your first job in this field, and how did you land it?"],
		["early-career", "Which entry-level roles tend to lead into the kind of work you do?"],
		["senior", "Which experiences best prepared you to lead at your current level?"],
		["any", "If you were starting out again today, what would you do differently on the way in?"],
	],
	"typical-day": [
		["any", "What does an ordinary week look like for you?"],
		["any", "How is your time divided between meetings, focused work and everything else?"],
		["any", "Who do you work with most closely, inside and outside the organization?"],
		["any", "How would you sum up your role for someone who has never done this work?"],
		["any", "Which projects have been the biggest you have worked on, and what was your part in them?"],
		["early-career", "What kind of tasks would someone new to your team be given at first?"],
		["senior", "How do you balance setting direction, developing your people and hands-on work?"],
	],
	skills: [
		["any", "Which skills make the biggest difference to doing this work well?"],
		["any", "What personal qualities do the people who thrive in this field share?"],
		["any", "Which skill took you the longest to build, and how did you build it?"],
		["any", "From what you know of my background, which of my skills would carry over, and where are the gaps?"],
		["senior", "When you hire for your team, what makes a candidate stand out from the others?"],
	],
	training: [
		["any", "How much formal training does this field expect, and which kinds count most?"],
		["any", "Which employers or programs are known for training people well on the job?"],
		["any", "Which courses or certifications, if any, are worth the time and money?"],
		["early-career", "Would I need another degree or credential before applying, or could I learn on the job?"],
		["senior", "How do you weigh formal credentials against hands-on experience when you build a team?"],
	],
	"likes-and-challenges": [
		["any", "What do you enjoy most about your work?"],
		["any", "Which parts of the job do you find hardest or most frustrating?"],
		["any", "What surprised you once you were actually doing this work?"],
		["any", "How does this kind of work fit with the rest of your life?"],
		["early-career", "What tends to catch newcomers off guard in their first year?"],
		["senior", "What are the hardest decisions you face in your role?"],
	],
	advancement: [
		["any", "What does a typical career path look like from a role like yours?"],
		["any", "Where do people often go next after a job like yours?"],
		["any", "How are growth and promotion handled where you work?"],
		["early-career", "How do people usually move up from an entry-level position here?"],
		["senior", "What do you look for when deciding who is ready for more responsibility?"],
	],
	trends: [
		["any", "What changes do you expect in this field over the next three to five years?"],
		["any", "What are the biggest opportunities and obstacles facing the industry right now?"],
		["any", "How is technology changing the way this work gets done?"],
		["early-career", "Which skills will matter more by the time I am a few years into this field?"],
		["senior", "Where do you see your organization heading, and what will it need to get there?"],
	],
	organization: [
		["any", "How would you describe the culture of your organization?"],
		["any", "What kind of person does well here, and who tends to struggle?"],
		["any", "How does your team fit into the wider organization?"],
		["any", "What has the organization achieved recently that you are proud of?"],
		["any", "How does your organization put diversity, equity and inclusion into practice?"],
		["senior", "What are the organization's main priorities for the coming year?"],
	],
	"staying-informed": [
		["any", "What do you read, watch or listen to in order to keep up with the field?"],
		["any", "Which professional associations or communities are worth joining?"],
		["any", "Which events or conferences would you recommend for getting to know this field?"],
		["early-career", "Where are openings in this field usually posted or passed around?"],
		["senior", "How do you keep your own thinking fresh at this stage of your career?"],
	],
	advice: [
		["any", "What advice would you give someone hoping to move into this field?"],
		["any", "Knowing a little about my background now, what would you do next in my place?"],
		["any", "What do you wish someone had told you when you were starting out?"],
		["any", "Is there anything I have not asked that you think I should know?"],
		["any", "Would there be a way for me to visit or shadow someone for a few hours to see the work up close?"],
		["any", "Which job titles should I be searching for, given what I am looking for?"],
		["any", "What approaches work best for actually getting hired in this field?"],
		["senior", "What mistakes do you see people make when they try to move into this field?"],
	],
	referrals: [
		["any", "Who else would you suggest I talk to, and would you be comfortable introducing me?"],
		["any", "Are there other organizations you think I should look into?"],
		["any", "May I mention your name when I get in touch with the people you suggested?"],
		["any", "Would you mind if I kept you posted on how my search goes?"],
	],
};

/** The question every conversation ends with. */
export const REFERRAL_QUESTION: Question = Object.freeze({
	text: "Who else would you suggest I talk to, and would you be comfortable introducing me?",
	topic: "referrals",
	level: "any",
	source: "builtin",
});

function build(): readonly Question[] {
	const out: Question[] = [];
	for (const [topic, entries] of Object.entries(BANK) as [QuestionTopic, readonly Entry[]][]) {
		for (const [level, text] of entries) {
			out.push(text === REFERRAL_QUESTION.text ? REFERRAL_QUESTION : Object.freeze({ text, topic, level, source: "builtin" as const }));
		}
	}
	return Object.freeze(out);
}

/** Every built-in question, in topic order. */
export const QUESTION_BANK: readonly Question[] = build();
