import { addDays } from "../domain/dates";
import { followUpKind, type PrimaryButton } from "../domain/follow-up-kinds";
import { baseName } from "../domain/links";
import { longDate, relativeDue } from "../domain/relative";
import { followUpStatus } from "../domain/rules";
import type { CalendarDate, Conversation, FollowUp, FollowUpStatus, Problem } from "../domain/types";
import { conversationsSoon } from "./conversations";
import type { FieldProgress } from "./field-tally";
import { firstDue } from "./sorted-follow-ups";
import type { VaultIndex } from "./vault-index";

/**
 * What the follow-ups view shows, as plain data built from the index. Building
 * it is cheap whatever the vault size: the index keeps follow-ups sorted and
 * cached, so this slices them by date and does no per-item work; per-item text
 * is made only for the items actually rendered (`describeFollowUp`).
 */

export type SectionId = "overdue" | "today" | "upcoming";

export interface FollowUpSection {
	id: SectionId;
	/** "Overdue", "Today", "Upcoming". */
	heading: string;
	/** A short explanation shown next to the heading, or null. */
	hint: string | null;
	/** Every follow-up of the section, in display order (render only the first page). */
	followUps: readonly FollowUp[];
}

export interface FollowUpsViewModel {
	today: CalendarDate;
	/** The index revision the model was built from. */
	revision: number;
	horizonDays: number;
	/** Today's and tomorrow's conversations, first in the view. */
	conversations: readonly Conversation[];
	/** Always the three sections, in the order Overdue, Today, Upcoming. */
	sections: readonly FollowUpSection[];
	/** Overdue plus due today. */
	dueCount: number;
	fields: readonly FieldProgress[];
	problems: readonly Problem[];
	/** Contacts and interviews in the index. */
	noteCount: number;
	/** Hidden keys (see `ViewModelOptions.hidden`) that still matched a follow-up. */
	stillHidden: ReadonlySet<string>;
}

export interface ViewModelOptions {
	/** Upcoming follow-ups are listed when due within this many days (inclusive). */
	horizonDays: number;
	/**
	 * Follow-ups to leave out, by `followUpKey`, each with the due date it had:
	 * items the user just completed or snoozed, until the index confirms the
	 * change. A follow-up whose due date moved (a snooze) shows again.
	 */
	hidden?: ReadonlyMap<string, CalendarDate>;
}

/** Builds the view model. Cost: a few slices of the index's sorted follow-ups. */
export function buildViewModel(index: VaultIndex, today: CalendarDate, options: ViewModelOptions): FollowUpsViewModel {
	const d = index.dashboard(today, options.horizonDays);
	const hidden = options.hidden;
	const stillHidden = new Set<string>();
	const keep = (list: readonly FollowUp[]): readonly FollowUp[] => {
		if (!hidden || hidden.size === 0) return list;
		// A hidden item can only be among the items due on its day: those are looked at, no others.
		let drop: Set<FollowUp> | null = null;
		for (const [key, due] of hidden) {
			for (let i = firstDue(list, (d) => d < due); i < list.length; i++) {
				const f = list[i] as FollowUp;
				if (f.due !== due) break;
				if (followUpKey(f) !== key) continue;
				(drop ??= new Set()).add(f);
				stillHidden.add(key);
			}
		}
		return drop ? list.filter((f) => !drop.has(f)) : list;
	};
	const overdue = keep(d.overdue);
	const due = keep(d.due);
	const upcoming = keep(d.upcoming);
	return {
		today,
		revision: index.revision,
		horizonDays: options.horizonDays,
		conversations: conversationsSoon(index, today),
		sections: [
			{ id: "overdue", heading: "Overdue", hint: null, followUps: overdue },
			{ id: "today", heading: "Today", hint: null, followUps: due },
			{ id: "upcoming", heading: "Upcoming", hint: horizonHint(options.horizonDays), followUps: upcoming },
		],
		dueCount: overdue.length + due.length,
		fields: index.fields(today),
		problems: index.problems(),
		noteCount: index.size,
		stillHidden,
	};
}

/** Overdue plus due today, as the status bar counts them: found in the sorted list, not copied out of it. */
export function dueCount(index: VaultIndex, today: CalendarDate): number {
	return firstDue(index.followUps(today), (due) => due <= today);
}

function horizonHint(days: number): string {
	if (days === 0) return "Only today";
	if (days === 1) return "Tomorrow";
	return `Next ${days} days`;
}

/** Identifies a follow-up across rebuilds of the index (its due date aside). */
export function followUpKey(f: FollowUp): string {
	return `${f.kind}\u0000${f.note}\u0000${f.target ?? f.contact ?? ""}`;
}

export interface SnoozeChoice {
	/** "Tomorrow", "In 3 days", "Next week". */
	label: string;
	date: CalendarDate;
}

/** One follow-up, worded for display. */
export interface FollowUpItem {
	key: string;
	followUp: FollowUp;
	/** What to do and for whom: "Send a thank-you to Jane Doe". */
	title: string;
	/** "2 days overdue", "today", "tomorrow", "in 5 days". */
	when: string;
	/** "Tuesday 24 November 2026". */
	dueLong: string;
	status: FollowUpStatus;
	/** The note the follow-up belongs to, and its name as a link shows it. */
	notePath: string;
	noteName: string;
	/**
	 * The note's name when it tells more than the title does (an interview note
	 * "2026-11-20 Jane Doe" for "Send a thank-you to Jane Doe"), else null (a
	 * contact note named like the person: the title already says it).
	 */
	noteLink: string | null;
	/** The main button, as the table of kinds words it. */
	primary: PrimaryButton;
}

/** Date wording shared by the items due on one day (many are): pass one map per render. */
export type DateTextCache = Map<CalendarDate, { when: string; dueLong: string }>;

export function describeFollowUp(f: FollowUp, today: CalendarDate, cache?: DateTextCache): FollowUpItem {
	let dates = cache?.get(f.due);
	if (!dates) {
		dates = { when: relativeDue(f.due, today), dueLong: longDate(f.due) };
		cache?.set(f.due, dates);
	}
	const name = baseName(f.note);
	return {
		key: followUpKey(f),
		followUp: f,
		title: f.title,
		when: dates.when,
		dueLong: dates.dueLong,
		status: followUpStatus(f.due, today),
		notePath: f.note,
		noteName: name,
		noteLink: noteLinkText(name, f),
		primary: followUpKind(f.kind).primary(f),
	};
}

/**
 * What the item's note link shows: nothing when the title already names the
 * note; the date alone for a note named "<date> <person>" whose person the
 * title names (at a narrow width a cut name would read "20…"); else the name.
 */
function noteLinkText(name: string, f: FollowUp): string | null {
	if (name === f.person || f.title.includes(name)) return null;
	const dated = /^(\d{4}-\d{2}-\d{2})\s+(.+)$/.exec(name);
	if (dated?.[1] !== undefined && dated[2] !== undefined && (dated[2] === f.person || f.title.includes(dated[2]))) return dated[1];
	return name;
}

/** Preset snooze days (tomorrow, in 3 days, next week) later than the follow-up's due date. */
export function snoozeChoices(f: FollowUp, today: CalendarDate): SnoozeChoice[] {
	const presets: SnoozeChoice[] = [
		{ label: "Tomorrow", date: addDays(today, 1) },
		{ label: "In 3 days", date: addDays(today, 3) },
		{ label: "Next week", date: addDays(today, 7) },
	];
	return presets.filter((c) => c.date > f.due);
}

/** "4 met · target 3": people met in a field, against the target. */
export function fieldSummary(met: number, target: number): string {
	return `${met} met · target ${target}`;
}

/** Text as a sentence starts: "the properties are not valid YAML" → "The properties are not valid YAML". */
export function sentence(text: string): string {
	const first = text.codePointAt(0);
	if (first === undefined) return text;
	const head = String.fromCodePoint(first);
	return head.toUpperCase() + text.slice(head.length);
}

/** "1 follow-up due", "3 follow-ups due". */
export function dueCountText(n: number): string {
	return `${n} follow-up${n === 1 ? "" : "s"} due`;
}
