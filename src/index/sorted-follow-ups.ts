import { followUpKind } from "../domain/follow-up-kinds";
import { compareFollowUps } from "../domain/rules";
import type { CalendarDate, FollowUp } from "../domain/types";

/** A follow-up with what `compareFollowUps` compares after the due day, as one string (see `sortKey`). */
interface Keyed {
	due: CalendarDate;
	rest: string;
	f: FollowUp;
}

/** Follow-ups kept in display order, updated by inserting and removing single items. */
export class SortedFollowUps {
	private items: FollowUp[] = [];
	/** Bumped by every change of the list. */
	version = 0;

	get all(): readonly FollowUp[] {
		return this.items;
	}

	get size(): number {
		return this.items.length;
	}

	clear(): void {
		this.items = [];
		this.version++;
	}

	/** Replaces the whole content (a full rebuild), sorted once with each follow-up's key computed once. */
	reset(items: readonly FollowUp[]): void {
		const step = this.resetInSteps(items);
		while (!step()) {
			// every step at once
		}
	}

	/**
	 * The same as `reset`, a part at a time for a caller that must come back to
	 * its event loop (the plugin's start-up): each call of the returned function
	 * sorts one run of RUN follow-ups or merges two runs, and returns true once
	 * the list holds them all in order. Until then the list is left as it was.
	 * The runs are consecutive and each merge keeps equal keys in their order, so
	 * the result is what one stable sort gives.
	 */
	resetInSteps(items: readonly FollowUp[]): () => boolean {
		const runs: Keyed[][] = [];
		let at = 0;
		return () => {
			if (at < items.length) {
				const end = Math.min(at + RUN, items.length);
				const run: Keyed[] = [];
				for (let i = at; i < end; i++) {
					const f = items[i] as FollowUp;
					run.push({ due: f.due, rest: sortKey(f), f });
				}
				runs.push(run.sort(compareKeyed));
				at = end;
				return false;
			}
			if (runs.length > 1) {
				// The first two runs, merged, back at the front: the runs stay in input order.
				const a = runs.shift() ?? [];
				const b = runs.shift() ?? [];
				runs.unshift(merge(a, b));
				return false;
			}
			return this.take(runs[0] ?? []);
		};
	}

	private take(keyed: readonly Keyed[]): true {
		this.items = keyed.map((k) => k.f);
		this.version++;
		return true;
	}

	insert(f: FollowUp): void {
		this.items.splice(this.lowerBound(f), 0, f);
		this.version++;
	}

	remove(f: FollowUp): void {
		for (let i = this.lowerBound(f); i < this.items.length; i++) {
			const item = this.items[i];
			if (item === f) {
				this.items.splice(i, 1);
				this.version++;
				return;
			}
			if (item === undefined || compareFollowUps(item, f) > 0) break;
		}
		// Not found by order (should not happen): fall back to a scan.
		const j = this.items.indexOf(f);
		if (j >= 0) {
			this.items.splice(j, 1);
			this.version++;
		}
	}

	/** Index of the first follow-up due on or after `date`. */
	firstDueFrom(date: CalendarDate): number {
		return firstDue(this.items, (due) => due < date);
	}

	/** Index of the first follow-up due after `date`. */
	firstDueAfter(date: CalendarDate): number {
		return firstDue(this.items, (due) => due <= date);
	}

	private lowerBound(f: FollowUp): number {
		let lo = 0;
		let hi = this.items.length;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			const item = this.items[mid];
			if (item !== undefined && compareFollowUps(item, f) < 0) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}
}

/** Index of the first follow-up whose due day `before` does not hold for, in a list sorted by due day. */
export function firstDue(sorted: readonly FollowUp[], before: (due: CalendarDate) => boolean): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (before((sorted[mid] as FollowUp).due)) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** Follow-ups per sorted run of `resetInSteps`: one run sorts in a few milliseconds. */
const RUN = 2048;

function compareKeyed(a: Keyed, b: Keyed): number {
	return a.due !== b.due ? (a.due < b.due ? -1 : 1) : a.rest < b.rest ? -1 : a.rest > b.rest ? 1 : 0;
}

/** The two sorted runs as one; on equal keys, `a`'s first (`a` came first in the input). */
function merge(a: readonly Keyed[], b: readonly Keyed[]): Keyed[] {
	const out: Keyed[] = [];
	let i = 0;
	let j = 0;
	while (i < a.length && j < b.length) {
		const x = a[i] as Keyed;
		const y = b[j] as Keyed;
		if (compareKeyed(y, x) < 0) {
			out.push(y);
			j++;
		} else {
			out.push(x);
			i++;
		}
	}
	while (i < a.length) out.push(a[i++] as Keyed);
	while (j < b.length) out.push(b[j++] as Keyed);
	return out;
}

/**
 * The note path, the kind's place in the table of kinds and the target, in one
 * string that sorts as `compareFollowUps` compares them (the due day aside): a
 * path never holds U+0000, so the separator ends a path before any character of
 * a longer one.
 */
function sortKey(f: FollowUp): string {
	return `${f.note}\u0000${String.fromCharCode(followUpKind(f.kind).order)}${f.target ?? f.contact ?? ""}`;
}
