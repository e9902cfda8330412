import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { afterAll } from "vitest";

/**
 * Under `npm run mutation` (test/mutation-setup.ts sets this): the built command line runs in a
 * process of its own, where no mutant is ever active, and it would be built from instrumented
 * code whose deeper stack frames change where a nested block overflows. Its tests are skipped there.
 */
export const skipBundled = process.env.II_MUTATION_RUN === "1";

/**
 * What the built command line did besides printing: reader threads started, files the main
 * thread opened, and the size its young generation had at the end (src/cli/young-generation.ts).
 */
export interface ThreadUse {
	workers: number;
	mainOpens: number;
	youngMb: number;
}

const PRELOAD = `
import fs from "node:fs";
import v8 from "node:v8";
import wt from "node:worker_threads";
if (wt.isMainThread) {
	const use = { workers: 0, mainOpens: 0, youngMb: 0 };
	const open = fs.openSync;
	fs.openSync = (...args) => (use.mainOpens++, open(...args));
	const Worker = wt.Worker;
	wt.Worker = class extends Worker { constructor(...args) { super(...args); use.workers++; } };
	process.on("exit", () => {
		use.youngMb = v8.getHeapSpaceStatistics().find((s) => s.space_name === "new_space").space_size / 1048576;
		fs.writeFileSync(process.env.THREAD_USE_FILE, JSON.stringify(use));
	});
}
`;

/**
 * The command line as dist/cli.js has it (src/cli/cli.ts bundled as esbuild.config.mjs does), built
 * into a temporary folder: only a real script can run a reader thread. `run` runs it as a process and
 * reports, besides its output, what threads did the reading (a preloaded module counts them).
 */
export function bundledCli(): { run(...argv: string[]): Promise<{ code: number | null; stdout: string; stderr: string; use: ThreadUse }> } {
	const work = mkdtempSync(join(tmpdir(), "ii-bundled-cli-"));
	afterAll(() => rmSync(work, { recursive: true, force: true }));
	const script = join(work, "cli.js");
	const preload = join(work, "count-threads.mjs");
	const useFile = join(work, "use.json");
	writeFileSync(preload, PRELOAD);
	let built: Promise<unknown> | null = null;
	return {
		async run(...argv) {
			built ??= build({
				entryPoints: [fileURLToPath(new URL("../../src/cli/cli.ts", import.meta.url))],
				bundle: true,
				platform: "node",
				format: "cjs",
				target: "node18",
				outfile: script,
				logLevel: "warning",
			});
			await built;
			const r = spawnSync(process.execPath, ["--import", preload, script, ...argv], {
				encoding: "utf8",
				maxBuffer: 64 * 1024 * 1024,
				env: { ...process.env, THREAD_USE_FILE: useFile, NO_COLOR: "1" },
			});
			return { code: r.status, stdout: r.stdout, stderr: r.stderr, use: JSON.parse(readFileSync(useFile, "utf8")) as ThreadUse };
		},
	};
}
