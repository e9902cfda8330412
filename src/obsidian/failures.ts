import { Notice } from "obsidian";

/**
 * Every promise the plugin starts and nobody awaits ends here, so that a
 * failure is said, once, and never becomes an unhandled rejection: a notice
 * when the user asked for the work, one line in the developer console when
 * the plugin did it on its own. Both return a promise that always resolves
 * (tests and command callbacks may await it).
 */

function reason(e: unknown): string {
	return e instanceof Error ? e.message : String(e);
}

/** Runs `work` now; a failure (thrown or rejected) becomes a notice: "<what>: <reason>". */
export function noticeOnFailure(work: () => unknown, what: string): Promise<void> {
	return settle(work, (e) => new Notice(`${what}: ${reason(e)}`));
}

/** Runs `work` now; a failure (thrown or rejected) becomes one console line naming the plugin. */
export function logOnFailure(work: () => unknown, what: string): Promise<void> {
	return settle(work, (e) => console.error(`Informational Interviews: ${what}: ${reason(e)}`));
}

function settle(work: () => unknown, fail: (e: unknown) => void): Promise<void> {
	try {
		return Promise.resolve(work()).then(
			() => undefined,
			(e: unknown) => fail(e),
		);
	} catch (e) {
		fail(e);
		return Promise.resolve();
	}
}
