import { compareFollowUps } from "../domain/rules";
import type { CalendarDate, FollowUp } from "../domain/types";

/** Follow-ups kept in display order, updated by inserting and removing single items. */
export class SortedFollowUps {
	private items: FollowUp[] = [];

	get all(): readonly FollowUp[] {
		return this.items;
	}

	get size(): number {
		return this.items.length;
	}

	clear(): void {
		this.items = [];
	}

	/** Replaces the whole content (a full rebuild). */
	reset(items: FollowUp[]): void {
		this.items = items.slice().sort(compareFollowUps);
	}

	insert(f: FollowUp): void {
		this.items.splice(this.lowerBound(f), 0, f);
	}

	remove(f: FollowUp): void {
		for (let i = this.lowerBound(f); i < this.items.length; i++) {
			const item = this.items[i];
			if (item === f) {
				this.items.splice(i, 1);
				return;
			}
			if (item === undefined || compareFollowUps(item, f) > 0) break;
		}
		// Not found by order (should not happen): fall back to a scan.
		const j = this.items.indexOf(f);
		if (j >= 0) this.items.splice(j, 1);
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
