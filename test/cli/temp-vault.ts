import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll } from "vitest";

/** Makes throw-away vault folders, each holding `files` (vault path → text or raw bytes), removed after the test file. */
export function tempVaults(prefix: string): (files: Record<string, string | Uint8Array>) => string {
	const work = mkdtempSync(join(tmpdir(), prefix));
	afterAll(() => rmSync(work, { recursive: true, force: true }));
	let n = 0;
	return (files) => {
		const dir = join(work, `v${++n}`);
		mkdirSync(dir);
		for (const [path, text] of Object.entries(files)) {
			mkdirSync(dirname(join(dir, path)), { recursive: true });
			writeFileSync(join(dir, path), text);
		}
		return dir;
	};
}
