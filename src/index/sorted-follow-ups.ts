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
		const keyed: Keyed[] = items.map((f) => ({ due: f.due, rest: sortKey(f), f }));
		keyed.sort((a, b) => (a.due !== b.due ? (a.due < b.due ? -1 : 1) : a.rest < b.rest ? -1 : a.rest > b.rest ? 1 : 0));
		this.items = keyed.map((k) => k.f);
		this.version++;
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
		return this.firstDue((due) => due < date);
	}

	/** Index of the first follow-up due after `date`. */
	firstDueAfter(date: CalendarDate): number {
		return this.firstDue((due) => due <= date);
	}

	/** Index of the first follow-up whose due day `before` does not hold for (the items are sorted by due day). */
	private firstDue(before: (due: CalendarDate) => boolean): number {
		let lo = 0;
		let hi = this.items.length;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (before(this.items[mid]?.due ?? "")) lo = mid + 1;
			else hi = mid;
		}
		return lo;
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

/**
 * The note path, the kind's place in the table of kinds and the target, in one
 * string that sorts as `compareFollowUps` compares them (the due day aside): a
 * path never holds U+0000, so the separator ends a path before any character of
 * a longer one.
 */
function sortKey(f: FollowUp): string {
	return `${f.note}\u0000${String.fromCharCode(followUpKind(f.kind).order)}${f.target ?? f.contact ?? ""}`;
}
