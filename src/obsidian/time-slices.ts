/**
 * Long work on the main thread in slices: Obsidian (the editor, typing, scrolling) gets the
 * thread back whenever a slice has run for its time, at most `ms` (a frame of a 60 Hz screen
 * is 16 ms). With `Infinity`, one slice does everything at once.
 */
export class TimeSlices {
	private end: number;

	constructor(private readonly ms: number) {
		this.end = performance.now() + ms;
	}

	/** Whether this slice's time is up. */
	over(): boolean {
		return performance.now() >= this.end;
	}

	/** Back to the event loop (a task of its own, not a microtask), then a new slice. */
	async next(): Promise<void> {
		await new Promise<void>((resolve) => window.setTimeout(resolve, 0));
		this.end = performance.now() + this.ms;
	}
}
