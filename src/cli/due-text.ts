import { longDate, relativeDue, shortDate } from "../domain/relative";
import { baseName } from "../domain/links";
import type { DueConversation, DueItem, DueReport } from "../index/due-report";
import { forTerminal as t, writeJsonForTerminal } from "./terminal";

export interface TextStyle {
	heading(s: string): string;
	dim(s: string): string;
	alert(s: string): string;
}

export const PLAIN: TextStyle = { heading: (s) => s, dim: (s) => s, alert: (s) => s };
export const ANSI: TextStyle = {
	heading: (s) => `\u001b[1m${s}\u001b[22m`,
	dim: (s) => `\u001b[2m${s}\u001b[22m`,
	alert: (s) => `\u001b[31m${s}\u001b[39m`,
};

/**
 * What `due` prints, in both command lines (`node dist/cli.js due` and
 * Obsidian's `informational-interviews:due`): the JSON contract, or the text.
 */
export function dueOutput(report: DueReport, days: number, json: boolean, style: TextStyle = PLAIN): string {
	const pieces: string[] = [];
	writeDueOutput(report, days, json, style, (text) => pieces.push(text));
	return pieces.join("");
}

/** The same, handed to `write` in pieces (the JSON of a large vault runs to megabytes). */
export function writeDueOutput(report: DueReport, days: number, json: boolean, style: TextStyle, write: (text: string) => void): void {
	if (!json) return write(dueText(report, days, style));
	writeJsonForTerminal(report, write);
	write("\n");
}

/**
 * The `due` report for a person to read: grouped, one line a follow-up, the note beneath.
 * Every text that comes from the vault (titles, paths, fields, problems) goes through
 * `forTerminal`: a control character in it is printed as `?`.
 */
function dueText(report: DueReport, days: number, style: TextStyle = PLAIN): string {
	const lines: string[] = [];
	const { today } = report;
	lines.push(style.heading(`Follow-ups for ${longDate(today)}`));
	const groups: [string, DueItem[]][] = [
		["Overdue", report.followUps.filter((f) => f.status === "overdue")],
		["Due today", report.followUps.filter((f) => f.status === "due")],
		[`Upcoming, next ${days} ${days === 1 ? "day" : "days"}`, report.followUps.filter((f) => f.status === "upcoming")],
	];
	lines.push(...conversationsText(report.conversations, today, days, style));
	if (report.followUps.length === 0) {
		lines.push("", `Nothing to follow up on today or in the next ${days} days.`);
	}
	for (const [label, items] of groups) {
		if (items.length === 0) continue;
		lines.push("", style.heading(`${label} (${items.length})`));
		for (const f of items) {
			const when = f.status === "overdue" ? style.alert(relativeDue(f.due, today)) : relativeDue(f.due, today);
			lines.push(`  ${shortDate(f.due).padEnd(10)}  ${t(f.title)}  ${style.dim(`(${when})`)}`);
			lines.push(style.dim(`              ${t(f.note)}`));
		}
	}
	if (report.fields.length > 0) {
		lines.push("", style.heading("Fields"));
		const width = Math.max(...report.fields.map((f) => f.field.length));
		for (const f of report.fields) {
			const field = t(f.field);
			const bar = "●".repeat(Math.min(f.met, f.target)) + "○".repeat(Math.max(0, f.target - f.met));
			const done = f.met >= f.target ? " (target reached)" : "";
			lines.push(`  ${field.padEnd(width)}  ${bar}  ${f.met} met · target ${f.target}, ${f.contacts} ${f.contacts === 1 ? "contact" : "contacts"}${done}`);
		}
	}
	if (report.problems.length > 0) {
		lines.push("", style.heading(`Needs attention (${report.problems.length})`));
		for (const p of report.problems) {
			lines.push(`  ${t(p.note)}`);
			lines.push(`    ${p.property === null ? "" : `${t(p.property)}: `}${t(p.message)}`);
		}
	}
	lines.push(...glanceText(report, style));
	return lines.join("\n") + "\n";
}

/** The conversations ahead, first: day, time, who, how and where, the note beneath. */
function conversationsText(list: readonly DueConversation[], today: string, days: number, style: TextStyle): string[] {
	if (list.length === 0) return [];
	const lines = ["", style.heading(`Conversations, next ${days} ${days === 1 ? "day" : "days"} (${list.length})`)];
	for (const c of list) {
		const what = [baseName(c.contact ?? c.note), c.format, c.location].filter((s): s is string => s !== null && s !== "").join(" · ");
		lines.push(`  ${shortDate(c.date).padEnd(10)}  ${(c.time ?? "").padEnd(5)}  ${t(what)}  ${style.dim(`(${relativeDue(c.date, today)})`)}`);
		lines.push(style.dim(`              ${t(c.note)}`));
	}
	return lines;
}

/** The funnel in two lines: requests → replies → conversations → referrals, then the time to reply. */
function glanceText(report: DueReport, style: TextStyle): string[] {
	const f = report.insights.funnel;
	const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
	if (f.requests === 0) return ["", style.heading("At a glance"), "  No requests sent yet."];
	const rate = f.replyRate === null ? "" : ` (${Math.round(f.replyRate * 100)}%)`;
	const lines = [
		"",
		style.heading("At a glance"),
		`  ${n(f.requests, "request", "requests")} → ${n(f.replies, "reply", "replies")}${rate} → ` +
			`${n(f.conversations, "conversation", "conversations")} → ${n(f.referrals, "referral", "referrals")}`,
	];
	if (f.medianDaysToReply !== null) {
		lines.push(`  Median time from request to reply (or to the conversation): ${n(f.medianDaysToReply, "day", "days")}, over ${n(f.repliesTimed, "reply", "replies")} with dates`);
	}
	return lines;
}
