import { run } from "./main";
import { errorText } from "../domain/error-text";

// Entry point of dist/cli.js.
run(process.argv.slice(2), {
	out: (t) => process.stdout.write(t),
	err: (t) => process.stderr.write(t),
	color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
	now: () => new Date(),
}).then(
	(code) => {
		process.exitCode = code;
	},
	(e: unknown) => {
		process.stderr.write(`error: ${errorText(e)}\n`);
		process.exitCode = 1;
	},
);
