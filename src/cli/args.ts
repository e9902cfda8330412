import { parseDateValue } from "../domain/dates";

/** Where a subcommand writes, and its clock: the process's in dist/cli.js, a recorder in tests. */
export interface Io {
	out: (text: string) => void;
	err: (text: string) => void;
	color: boolean;
	now: () => Date;
	/** The file a reader thread runs (dist/cli.js itself); without it a vault is read on this thread alone. */
	readerScript?: string;
}

export class UsageError extends Error {}

export interface ParsedArgs {
	command: string;
	positional: string[];
	options: Map<string, string | true>;
}

/** `--name value`, `--name=value` and bare `--flag`; `flags` lists the options that take no value. */
export function parseArgs(argv: string[], flags: ReadonlySet<string>, valued: ReadonlySet<string>): ParsedArgs {
	const [command = "", ...rest] = argv;
	const positional: string[] = [];
	const options = new Map<string, string | true>();
	for (let i = 0; i < rest.length; i++) {
		const arg = rest[i] ?? "";
		if (!arg.startsWith("--") || arg === "--") {
			positional.push(arg);
			continue;
		}
		const eq = arg.indexOf("=");
		const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
		if (flags.has(name)) {
			if (eq >= 0) throw new UsageError(`--${name} takes no value`);
			options.set(name, true);
		} else if (valued.has(name)) {
			const value = eq >= 0 ? arg.slice(eq + 1) : rest[++i];
			if (value === undefined || (eq < 0 && value.startsWith("--"))) throw new UsageError(`--${name} needs a value`);
			options.set(name, value);
		} else {
			throw new UsageError(`unknown option --${name}`);
		}
	}
	return { command, positional, options };
}

/** How an error message writes an option's name: `--days` here, `days=` in Obsidian's command line. */
export type OptionSpelling = (name: string) => string;
const DASHED: OptionSpelling = (name) => `--${name}`;

export function dateOption(value: string | true | undefined, name: string, spell: OptionSpelling = DASHED): string | null {
	if (value === undefined) return null;
	if (value === true) throw new UsageError(`${spell(name)} needs a date`);
	const r = /^\d{4}-\d{2}-\d{2}$/.test(value) ? parseDateValue(value) : null;
	if (!r?.ok) throw new UsageError(`${spell(name)} must be a date written YYYY-MM-DD, not "${value}"`);
	return r.value.date;
}

export function daysOption(value: string | true | undefined, fallback: number, spell: OptionSpelling = DASHED): number {
	if (value === undefined) return fallback;
	if (value === true || !/^\d+$/.test(value) || Number(value) > 3650) {
		throw new UsageError(`${spell("days")} must be a whole number of days from 0 to 3650, not "${value === true ? "" : value}"`);
	}
	return Number(value);
}
