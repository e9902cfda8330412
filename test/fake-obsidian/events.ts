import type { EventRef as RealEventRef } from "obsidian";

/** What `on()` returns. Obsidian's EventRef carries the emitter so `offref` can find it. */
export interface FakeEventRef extends RealEventRef {
	e: Events;
	name: string;
	fn: (...data: any[]) => unknown;
	ctx?: unknown;
}

/**
 * Obsidian's `Events`: named callbacks, `offref` to detach. Like Obsidian, a callback that throws
 * does not stop the others: the error is re-thrown asynchronously (so it still surfaces as an
 * uncaught error in the test run or the browser console).
 */
export class Events {
	/** @internal */
	_: Record<string, FakeEventRef[]> = {};

	on(name: string, callback: (...data: any[]) => unknown, ctx?: any): RealEventRef {
		const ref: FakeEventRef = { e: this, name, fn: callback, ctx };
		(this._[name] ??= []).push(ref);
		return ref;
	}

	off(name: string, callback: (...data: any[]) => unknown): void {
		const list = this._[name];
		if (!list) return;
		this._[name] = list.filter((ref) => ref.fn !== callback);
	}

	offref(ref: RealEventRef): void {
		const r = ref as FakeEventRef;
		const list = this._[r.name];
		if (!list) return;
		const i = list.indexOf(r);
		if (i >= 0) list.splice(i, 1);
	}

	trigger(name: string, ...data: unknown[]): void {
		const list = this._[name];
		if (!list || list.length === 0) return;
		for (const ref of list.slice()) this.tryTrigger(ref, data);
	}

	tryTrigger(evt: RealEventRef, args: unknown[]): void {
		const ref = evt as FakeEventRef;
		try {
			ref.fn.apply(ref.ctx, args);
		} catch (e) {
			queueMicrotask(() => {
				throw e;
			});
		}
	}
}
