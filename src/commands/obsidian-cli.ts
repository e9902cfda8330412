import type { Plugin } from "obsidian";
import { dateOption, daysOption, UsageError, type OptionSpelling } from "../cli/args";
import { dueOutput } from "../cli/due-text";
import { errorText } from "../domain/error-text";
import { dueReport } from "../index/due-report";
import { exportCalendar, exportSummary } from "../obsidian/calendar-export";
import type { PluginHost } from "../plugin-host";

/**
 * Obsidian's own command line (Obsidian 1.12.2 and later): `informational-interviews`,
 * `informational-interviews:due` and `informational-interviews:ics`, answered
 * from the live index with the report code of `node dist/cli.js`, so the two
 * command lines print the same. Flags come as Obsidian passes them: `days=7`,
 * `json` (a flag without a value arrives as the text "true").
 */

/** The parameters of one invocation, as `CliData` in obsidian.d.ts (1.12.2). */
type CliParams = Record<string, string>;
interface CliFlag {
	value?: string;
	description: string;
	required?: boolean;
}
type CliHandler = (params: CliParams) => string | Promise<string>;

/** A plugin that may have `registerCliHandler` (older Obsidian versions do not). */
export interface MaybeCli {
	registerCliHandler?: (command: string, description: string, flags: Record<string, CliFlag> | null, handler: CliHandler) => void;
}

const ID = "informational-interviews";
const spell: OptionSpelling = (name) => `${name}=`;

const TODAY_FLAG: CliFlag = { value: "<YYYY-MM-DD>", description: "The day to count from (default: today)" };
const DAYS_FLAG: CliFlag = { value: "<N>", description: "How many days ahead upcoming follow-ups and conversations are listed (default: the horizon setting)" };

/** Registers the three handlers where the running Obsidian has a command line; returns whether it did. */
export function registerObsidianCli(plugin: Plugin, host: PluginHost): boolean {
	// Feature detection: typed through the local interface, so that the checks against 1.7.2 see no call to a member it lacks.
	const newer = plugin as object as MaybeCli;
	if (typeof newer.registerCliHandler !== "function") return false;
	const register = newer.registerCliHandler.bind(newer);
	register(ID, "Follow-ups due today and upcoming, with today's conversations (as the command line's due)", null, () => answer(host, () => due(host, {})));
	register(
		`${ID}:due`,
		"Follow-ups and conversations as the command line's due; json prints its JSON",
		{ today: TODAY_FLAG, days: DAYS_FLAG, json: { description: "Print one JSON object (the same keys as node dist/cli.js due --json)" } },
		(params) => answer(host, () => due(host, params)),
	);
	register(
		`${ID}:ics`,
		"Write the calendar file (the Calendar file setting) with the follow-ups and conversations",
		{ today: TODAY_FLAG, days: DAYS_FLAG, "overdue-today": { description: "Put overdue follow-ups on the export day" } },
		(params) => answer(host, () => ics(host, params)),
	);
	return true;
}

/** Waits for the index to have read every note; a bad flag or a failure is one `error:` line. */
async function answer(host: PluginHost, work: () => string | Promise<string>): Promise<string> {
	try {
		if (!host.live.isStarted || !(await host.live.whenComplete())) return "error: Informational Interviews is still starting: try again in a moment\n";
		return await work();
	} catch (e) {
		if (e instanceof UsageError) return `error: ${e.message}\n`;
		return `error: ${errorText(e)}\n`;
	}
}

function due(host: PluginHost, params: CliParams): string {
	const today = dateOption(params.today, "today", spell) ?? host.live.today;
	const days = daysOption(params.days, host.settings.horizonDays, spell);
	return dueOutput(dueReport(host.live.index, today, days), days, params.json === "true");
}

async function ics(host: PluginHost, params: CliParams): Promise<string> {
	const today = dateOption(params.today, "today", spell) ?? host.live.today;
	const days = daysOption(params.days, host.settings.horizonDays, spell);
	const overdue = params["overdue-today"] === "true" || host.settings.calendarOverdueToday;
	const out = await exportCalendar(host.app, host.live.index, today, days, host.settings.calendarFile, overdue);
	return exportSummary(out) + "\n";
}
