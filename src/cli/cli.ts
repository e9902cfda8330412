import { run } from "./main";

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
		process.stderr.write(`error: ${e instanceof Error ? e.message : String(e)}\n`);
		process.exitCode = 1;
	},
);
