import { setCount, sectionEl, showMoreButton } from "./render-controls";
import type { ListId, RenderContext } from "./render-types";

/** How many rows a render may still add now; the rest wait for a later slice (see `FollowUpsRenderer`). */
export interface RowBudget {
	left: number;
}

/** What a list of items needs: its key and how to draw one (appended to the list). */
export interface RowKind<T> {
	key(value: T): string;
	draw(list: HTMLElement, value: T, ctx: RenderContext): HTMLElement;
}

interface Row<T> {
	el: HTMLElement;
	value: T;
}

/**
 * A section of the view that lists items (a follow-up section, Needs
 * attention), kept across renders with its rows keyed: an update keeps the
 * row of an item equal to the one drawn, draws the rows of items new or
 * changed, removes the others, and moves nothing that kept its order; focus,
 * hover and a collapsed state stay on what is kept. The rows past the
 * budget are drawn by a later update (`complete` is false until then).
 */
export class KeyedList<T extends object> {
	readonly section: HTMLElement;
	/** Heading and hint as drawn (`titleOf`): a list whose heading changes is drawn again. */
	readonly title: string;
	private readonly list: HTMLElement;
	private rows = new Map<string, Row<T>>();
	private more: HTMLButtonElement | null = null;
	/** True when every item up to the limit has its row. */
	complete = true;

	constructor(
		root: HTMLElement,
		private readonly id: ListId,
		heading: string,
		hint: string | null,
		private readonly kind: RowKind<T>,
		ctx: RenderContext,
	) {
		this.title = titleOf(heading, hint);
		this.section = sectionEl(root, id, heading, 0, hint, ctx);
		this.list = this.section.createEl("ul", { cls: id === "problems" ? "informational-interviews-list informational-interviews-problems" : "informational-interviews-list", attr: { "aria-label": heading } });
	}

	/** The rows shown, by key, in order. */
	shown(): IterableIterator<[string, Row<T>]> {
		return this.rows.entries();
	}

	/** Shows the first `limit` of `values` (as many new rows as `budget` allows), the count, and "Show more". */
	update(values: readonly T[], limit: number, ctx: RenderContext, budget: RowBudget): void {
		setCount(this.section, values.length);
		const n = Math.min(limit, values.length);
		const keys = this.keys(values, n);
		// Rows of items gone or changed go first, so that the rows kept need no move.
		for (const [key, row] of this.rows) {
			const i = keys.get(key);
			if (i === undefined || !sameRecord(row.value, values[i] as T)) row.el.remove();
		}
		const next = new Map<string, Row<T>>();
		let cursor = this.list.firstElementChild;
		let i = 0;
		for (const [key, at] of keys) {
			const value = values[at] as T;
			const old = this.rows.get(key);
			let el: HTMLElement;
			if (old && old.el.parentElement === this.list) {
				el = old.el;
			} else {
				if (budget.left <= 0) break;
				budget.left--;
				el = this.kind.draw(this.list, value, ctx);
			}
			next.set(key, { el, value });
			if (el === cursor) cursor = cursor.nextElementSibling;
			else this.list.insertBefore(el, cursor);
			i++;
		}
		// Rows past the budget (kept from before but now out of order) wait with the rest.
		while (cursor) {
			const after: Element | null = cursor.nextElementSibling;
			cursor.remove();
			cursor = after;
		}
		this.rows = next;
		this.complete = i === n;
		this.more = showMoreButton(this.section, this.id, values.length - n, ctx.bound, this.more);
	}

	/** The keys of the first `n` values, each with its position; a key met again gets a suffix. */
	private keys(values: readonly T[], n: number): Map<string, number> {
		const keys = new Map<string, number>();
		for (let i = 0; i < n; i++) {
			let key = this.kind.key(values[i] as T);
			for (let k = 2; keys.has(key); k++) key = `${this.kind.key(values[i] as T)}\u0001${k}`;
			keys.set(key, i);
		}
		return keys;
	}
}

/** The same object, or one with the same own properties holding the same values (follow-ups and problems hold text, numbers and flags). */
function sameRecord(a: object, b: object): boolean {
	if (a === b) return true;
	const ka = Object.keys(a);
	if (ka.length !== Object.keys(b).length) return false;
	const ra = a as Record<string, unknown>;
	const rb = b as Record<string, unknown>;
	return ka.every((k) => Object.prototype.hasOwnProperty.call(rb, k) && ra[k] === rb[k]);
}

/** A list's heading and hint as one text, to tell whether they changed. */
export function titleOf(heading: string, hint: string | null): string {
	return `${heading}\u0000${hint ?? ""}`;
}
