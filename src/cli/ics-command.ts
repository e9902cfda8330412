import { chmodSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { localToday } from "../domain/dates";
import { eventCount, unwrittenSummary } from "../domain/ics";
import { calendarOf } from "../index/calendar";
import { dateOption, daysOption, parseArgs, UsageError, type Io } from "./args";
import { vaultSettings } from "./plugin-settings";
import { forTerminal } from "./terminal";
import { indexVault } from "./vault-reader";
import { VaultError } from "./vault-walk";

/**
 * `ics <vault> [--today YYYY-MM-DD] [--days N] [--overdue-today] [--out FILE]`:
 * the follow-ups `due` lists (overdue, due, upcoming within the horizon) and
 * its conversations as an iCalendar file, to stdout or written atomically to
 * FILE. `--overdue-today` (or the plugin's setting in the vault) puts overdue
 * follow-ups on today.
 */
export function runIcs(argv: string[], io: Io): number {
	const args = parseArgs(argv, new Set(["overdue-today"]), new Set(["today", "days", "out"]));
	const [vault, extra] = args.positional;
	if (vault === undefined) throw new UsageError("ics needs the vault folder: ics <vault>");
	if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}"`);
	const today = dateOption(args.options.get("today"), "today") ?? localToday(io.now());
	const { rules, ignore, calendarOverdueToday } = vaultSettings(vault);
	const days = daysOption(args.options.get("days"), rules.horizonDays);
	const out = args.options.get("out");
	if (out === true || out === "") throw new UsageError("--out needs a file name");
	const target = out === undefined ? null : outputPath(out);

	const overdueOnToday = args.options.has("overdue-today") || calendarOverdueToday;
	const { ics, written, conversations, skipped } = calendarOf(indexVault(vault, rules, ignore, io.readerScript), today, days, { vaultName: vaultName(vault), overdueOnToday });
	// Nothing is left out without a word: on standard error, so that standard output stays the calendar.
	if (skipped.length > 0) io.err(`warning: ${forTerminal(unwrittenSummary(skipped))}\n`);
	if (target === null) {
		io.out(ics);
		return 0;
	}
	writeAtomically(target, ics);
	io.out(`Wrote ${eventCount(written, conversations)} to ${forTerminal(out ?? "")}\n`);
	return 0;
}

/** The vault folder's own name, as Obsidian names the vault. */
function vaultName(vault: string): string {
	let full = resolve(vault);
	try {
		full = realpathSync(full);
	} catch {
		// indexVault has already said whether it can be read
	}
	return basename(full);
}

/** Where to write: an existing file (a symlink is followed), or a new file in an existing folder. */
function outputPath(file: string): string {
	const full = resolve(file);
	let st;
	try {
		st = statSync(full);
	} catch {
		st = null;
	}
	if (st !== null) {
		if (st.isDirectory()) throw new UsageError(`--out "${file}" is a folder; give a file name such as follow-ups.ics`);
		if (!st.isFile()) throw new UsageError(`--out "${file}" is not a regular file`);
		return realpathSync(full);
	}
	let dir;
	try {
		dir = statSync(dirname(full));
	} catch {
		throw new UsageError(`cannot write --out "${file}": the folder ${dirname(full)} does not exist`);
	}
	if (!dir.isDirectory()) throw new UsageError(`cannot write --out "${file}": ${dirname(full)} is not a folder`);
	return full;
}

/** Writes a temporary file beside the target, then renames it over the target: readers never see half a file. */
function writeAtomically(target: string, text: string): void {
	const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
	try {
		writeFileSync(temp, text, { flag: "wx" });
		try {
			chmodSync(temp, statSync(target).mode & 0o777);
		} catch {
			// a new file keeps the default mode
		}
		renameSync(temp, target);
	} catch (e) {
		try {
			unlinkSync(temp);
		} catch {
			// nothing was left behind
		}
		throw new VaultError(`cannot write "${target}": ${(e as Error).message}`);
	}
}
