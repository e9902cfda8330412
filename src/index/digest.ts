import type { CalendarDate, FollowUp } from "../domain/types";
import { dueNow } from "./due-report";
import type { VaultIndex } from "./vault-index";

/** The start-up digest's content: what came due since the last one (src/ui/digest.ts shows it). */

export interface Digest {
	/** Follow-ups that came due since the last digest (all due ones on the first). */
	newlyDue: readonly FollowUp[];
	/** Overdue and due today, in all. */
	totalDue: number;
}

/** What came due after `lastDay` (exclusive) up to today; null when nothing did. */
export function buildDigest(index: VaultIndex, today: CalendarDate, lastDay: CalendarDate | null): Digest | null {
	const all = dueNow(index, today);
	const newlyDue = lastDay === null ? all : all.filter((f) => f.due > lastDay);
	return newlyDue.length === 0 ? null : { newlyDue, totalDue: all.length };
}

const LISTED = 3;

/** One notice's text: a headline and up to three items. */
export function digestLines(digest: Digest): string[] {
	const n = digest.newlyDue.length;
	const head =
		n === digest.totalDue
			? `${n} follow-up${n === 1 ? " is" : "s are"} due.`
			: `${n} follow-up${n === 1 ? "" : "s"} came due since you last looked (${digest.totalDue} due in all).`;
	const lines = [head, ...digest.newlyDue.slice(0, LISTED).map((f) => `• ${f.title}`)];
	if (n > LISTED) lines.push(`…and ${n - LISTED} more.`);
	return lines;
}
