import { localToday } from "../domain/dates";
import { dueReport } from "../index/due-report";
import { daysOption, dateOption, parseArgs, UsageError, type Io } from "./args";
import { ANSI, PLAIN, writeDueOutput } from "./due-text";
import { runIcs } from "./ics-command";
import { LINKEDIN_SOURCE, VCARD_SOURCE } from "../domain/import-sources";
import { importCommand } from "./import-command";
import { vaultSettings } from "./plugin-settings";
import { forTerminal } from "./terminal";
import { indexVault } from "./vault-reader";
import { VaultError } from "./vault-walk";

const USAGE = `Usage:
  node dist/cli.js due <vault> [--today YYYY-MM-DD] [--days N] [--json]
  node dist/cli.js ics <vault> [--today YYYY-MM-DD] [--days N] [--overdue-today] [--out FILE]
  node dist/cli.js import-linkedin <Connections.csv> <vault> [--folder DIR] [--dry-run]
  node dist/cli.js import-vcard <contacts.vcf> <vault> [--folder DIR] [--dry-run]`;

type Handler = (argv: string[], io: Io) => number | Promise<number>;

/** A Map, not an object: `constructor` or `__proto__` must find nothing, as any other unknown word does. */
const COMMANDS = new Map<string, Handler>([
	["due", runDue],
	["ics", runIcs],
	["import-linkedin", importCommand("import-linkedin", "<Connections.csv>", LINKEDIN_SOURCE)],
	["import-vcard", importCommand("import-vcard", "<contacts.vcf>", VCARD_SOURCE)],
]);

export async function run(argv: string[], io: Io): Promise<number> {
	const name = argv[0];
	if (name === undefined || name === "--help" || name === "-h" || name === "help") {
		if (name === undefined) io.err(USAGE + "\n");
		else io.out(USAGE + "\n");
		return name === undefined ? 2 : 0;
	}
	const handler = COMMANDS.get(name);
	if (handler === undefined) {
		io.err(`error: unknown command "${forTerminal(name)}" (use due, ics, import-linkedin or import-vcard; --help shows how)\n`);
		return 2;
	}
	try {
		return await handler(argv, io);
	} catch (e) {
		if (e instanceof UsageError || e instanceof VaultError) {
			io.err(`error: ${forTerminal(e.message)}\n`);
			return 2;
		}
		throw e;
	}
}

function runDue(argv: string[], io: Io): number {
	const args = parseArgs(argv, new Set(["json"]), new Set(["today", "days"]));
	const [vault, extra] = args.positional;
	if (vault === undefined) throw new UsageError("due needs the vault folder: due <vault>");
	if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}"`);
	const today = dateOption(args.options.get("today"), "today") ?? localToday(io.now());
	const { rules, ignore } = vaultSettings(vault);
	const days = daysOption(args.options.get("days"), rules.horizonDays);
	const report = dueReport(indexVault(vault, rules, ignore, io.readerScript), today, days);
	writeDueOutput(report, days, args.options.has("json"), io.color ? ANSI : PLAIN, io.out);
	return 0;
}
