import { run } from "../../src/cli/main";

export interface CliResult {
	code: number;
	stdout: string;
	stderr: string;
}

/** Runs the command line in-process, as `node dist/cli.js …` would. */
export async function cli(...argv: string[]): Promise<CliResult> {
	let stdout = "";
	let stderr = "";
	const code = await run(argv, {
		out: (t) => (stdout += t),
		err: (t) => (stderr += t),
		color: false,
		now: () => new Date(2026, 10, 22, 9, 30),
	});
	return { code, stdout, stderr };
}
