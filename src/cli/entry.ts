import { errorText } from "../domain/error-text";
import { run } from "./main";

/** What the command line uses of its process: `process` itself in dist/cli.js, a recorder in tests. */
export interface CliProcess {
	/** As `process.argv`: node and the script first, then the command line's words. */
	argv: readonly string[];
	stdout: { write(text: string): unknown; isTTY?: boolean };
	stderr: { write(text: string): unknown };
	env: { NO_COLOR?: string };
	exitCode?: number | string;
}

/**
 * Runs the command line on the process's arguments and sets its exit code: run's, or 1 with an
 * `error:` line when it fails in a way it does not report itself. Colour only on a terminal,
 * unless NO_COLOR is set. `readerScript` is the file a reader thread runs (dist/cli.js itself).
 */
export async function startCli(proc: CliProcess, readerScript: string): Promise<void> {
	try {
		proc.exitCode = await run(proc.argv.slice(2), {
			out: (t) => proc.stdout.write(t),
			err: (t) => proc.stderr.write(t),
			color: Boolean(proc.stdout.isTTY) && !proc.env.NO_COLOR,
			now: () => new Date(),
			readerScript,
		});
	} catch (e) {
		proc.stderr.write(`error: ${errorText(e)}\n`);
		proc.exitCode = 1;
	}
}
