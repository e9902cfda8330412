import { followUpStatus } from "../domain/rules";
import type { FollowUpKind } from "../domain/follow-up-kinds";
import type { CalendarDate, Conversation, FollowUp, FollowUpStatus, Problem } from "../domain/types";
import { conversations } from "./conversations";
import type { FieldProgress } from "./field-tally";
import { insights, type Insights } from "./insights";
import type { VaultIndex } from "./vault-index";

/** One follow-up as the command line's JSON contract has it. */
export interface DueItem {
	kind: FollowUpKind;
	due: CalendarDate;
	status: FollowUpStatus;
	note: string;
	contact: string | null;
	title: string;
}

/** One conversation as the command line's JSON contract has it. */
export type DueConversation = Omit<Conversation, "person" | "duration">;

export interface DueReport {
	today: CalendarDate;
	followUps: DueItem[];
	conversations: DueConversation[];
	fields: FieldProgress[];
	problems: Problem[];
	/** The search at a glance (added after the contract's first keys; see insights.ts). */
	insights: Insights;
}

/** Overdue and due-today follow-ups, in display order: what the status bar counts and the digest sums up. */
export function dueNow(index: VaultIndex, today: CalendarDate): FollowUp[] {
	return dueFollowUps(index, today, 0);
}

/** What is due as of `today`: overdue and due follow-ups, and upcoming ones within `days` (default: the view's horizon). */
export function dueFollowUps(index: VaultIndex, today: CalendarDate, days?: number): FollowUp[] {
	const d = index.dashboard(today, days);
	return [...d.overdue, ...d.due, ...d.upcoming];
}

export function dueReport(index: VaultIndex, today: CalendarDate, days: number): DueReport {
	return {
		today,
		followUps: dueFollowUps(index, today, days).map((f) => ({
			kind: f.kind,
			due: f.due,
			status: followUpStatus(f.due, today),
			note: f.note,
			contact: f.contact,
			title: f.title,
		})),
		conversations: conversations(index, today, days).map((c) => ({
			date: c.date,
			time: c.time,
			note: c.note,
			contact: c.contact,
			format: c.format,
			location: c.location,
		})),
		fields: index.fields(today).map((f) => ({ field: f.field, contacts: f.contacts, met: f.met, target: f.target })),
		problems: index.problems().map((p) => ({ note: p.note, property: p.property, message: p.message })),
		insights: insights(index, today),
	};
}
