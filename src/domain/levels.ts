import type { ContactLevel } from "./types";
import type { QuestionLevel } from "./question-bank";

/** Leadership titles: a person who leads an organization or a part of it. */
const LEADERSHIP = /\b(?:director|[se]?vp|(?:vice[\s-]+)?president|head\s+of|chief|c(?:e|t|f|o|m|i|p|d|r|s|c|hr|is)o|partner|(?:co-?)?founder)\b/i;
/** Titles of someone at the start of a career. */
const EARLY = /\b(?:intern|internship|junior|jr|graduate|trainee|apprentice)\b/i;
/** "Senior …" without a leadership title: experienced, not a leader. */
const SENIOR_WORD = /\b(?:senior|sr)\b/i;

/**
 * The level a job title suggests: `senior` for leadership only (Director, VP,
 * Vice President, Head of, Chief, C-level, Partner, Founder), `early-career`
 * for Intern, Junior, Graduate, Trainee or Apprentice, `mid-career` for a
 * "Senior …" title alone; null when the title says nothing of it.
 */
export function levelFromTitle(title: string | null): ContactLevel | null {
	if (title === null) return null;
	if (LEADERSHIP.test(title)) return "senior";
	if (EARLY.test(title)) return "early-career";
	if (SENIOR_WORD.test(title)) return "mid-career";
	return null;
}

/** The questions' level for a contact: a contact without a level gets the questions that suit anyone. */
export function questionLevelOf(level: ContactLevel | null | undefined): QuestionLevel {
	return level ?? "any";
}
