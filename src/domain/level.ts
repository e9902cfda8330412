/**
 * A person's career level, guessed from a job title when contacts are
 * imported. Only the clear cases are named: leadership titles mean `senior`,
 * entry titles mean `early-career`, a title that only says "Senior …" means
 * `mid-career` (a senior engineer is not yet leading anyone); anything else is
 * left for the user to fill in rather than guessed wrong.
 */

export type Level = "early-career" | "mid-career" | "senior";

/** Leadership: Director, VP, Vice President, Head of, Chief, C-level titles (CEO, CTO, CFO…), Partner, Founder. */
const LEADERSHIP = /\b(director|vp|svp|evp|avp|vice[\s-]+president|head\s+of|chief|c[a-z]o|partner|co-?founder|founder)\b/i;
/** Entry-level: Intern, Junior, Graduate, Trainee, Apprentice. */
const ENTRY = /\b(intern|internship|junior|jr|graduate|trainee|apprentice|apprenticeship)\b/i;
const SENIOR_WORD = /\b(senior|sr)\b/i;

/** `senior`, `mid-career`, `early-career` from a title, or null when the title does not say. */
export function levelFromTitle(title: string | null | undefined): Level | null {
	const t = (title ?? "").trim();
	if (t === "") return null;
	if (LEADERSHIP.test(t)) return "senior";
	if (ENTRY.test(t)) return "early-career";
	if (SENIOR_WORD.test(t)) return "mid-career";
	return null;
}
