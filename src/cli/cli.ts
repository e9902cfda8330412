// First, so that it runs before the rest of the command line loads (see the file).
import "./young-generation";
import { run } from "./main";
import { errorText } from "../domain/error-text";
import { isReaderThread, runReaderThread } from "./reader-thread";

// Entry point of dist/cli.js; in a reader thread it started (src/cli/reader-thread.ts), that thread's work.
if (isReaderThread()) runReaderThread();
else {
	run(process.argv.slice(2), {
		out: (t) => process.stdout.write(t),
		err: (t) => process.stderr.write(t),
		color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
		now: () => new Date(),
		readerScript: __filename,
	}).then(
		(code) => {
			process.exitCode = code;
		},
		(e: unknown) => {
			process.stderr.write(`error: ${errorText(e)}\n`);
			process.exitCode = 1;
		},
	);
}
