import { FuzzySuggestModal, type App } from "obsidian";
import { followUpKind, type FollowUpKind } from "../domain/follow-up-kinds";
import { completionValues, declinedChange, guardedChange, notPursuingChange } from "../domain/follow-up-writes";
import { baseName } from "../domain/links";
import type { Contact, FollowUp, Interview, NoteRecord } from "../domain/types";
import { noticeOnFailure } from "../obsidian/failures";
import type { PluginHost } from "../plugin-host";
import { openScheduleModal, scheduledNotice } from "../ui/schedule-modal";
import { lastUndoable, undoLast, writeWithUndo } from "../ui/undo-notice";
import { anyNote, contactNote, conversationAhead, conversationTookPlace, interviewNote, onNote, requestAwaitingReply, requestOrConversationAhead, run, type CommandEntry, type NoteContext } from "./command-entry";

/**
 * Recording by hand what happened: an interaction with a contact, a
 * confirmation, a thank-you, the conversation agreed on or declined, a person
 * not pursued. Each write expects the note's properties as the index last read
 * them (those the follow-up's rule reads, by the kinds table, and those it
 * writes: see src/domain/follow-up-writes.ts), and offers Undo; "Undo the last
 * change" takes back the latest such write.
 */

/** Ends the follow-up of `kind` on the note at `path` as its Done would, guarded, with Undo. */
async function recordDone(host: PluginHost, path: string, kind: FollowUpKind, what: string): Promise<void> {
	const seen = host.live.index.propertiesOf(path);
	const { ends, reads } = followUpKind(kind);
	const change = guardedChange(path, seen, reads, completionValues(ends, seen, host.live.today));
	await writeWithUndo(host.app, change, `Recorded ${what} in "${baseName(path)}".`);
}

const contactRecord = (note: NoteRecord): Contact | null => (note.kind === "contact" ? note : null);
const interviewRecord = (note: NoteRecord): Interview | null => (note.kind === "interview" ? note : null);

export const logInteractionCommand: CommandEntry = {
	id: "log-interaction",
	name: "Log an interaction today",
	context: contactNote,
	handler: onNote(
		(_host, note) => contactRecord(note),
		(host, c) => recordDone(host, c.path, "keep-in-touch", "today as the last contact"),
	),
};

function markCommand(id: string, name: string, context: NoteContext, kind: FollowUpKind, what: string, applies: (host: PluginHost, iv: Interview) => boolean): CommandEntry {
	return {
		id,
		name,
		context,
		handler: onNote(
			(host, note) => {
				const iv = interviewRecord(note);
				return iv && applies(host, iv) ? iv : null;
			},
			(host, iv) => recordDone(host, iv.path, kind, what),
		),
	};
}

function referrerKnown(host: PluginHost, iv: Interview): boolean {
	const contact = host.live.index.contactOf(iv);
	return contact !== null && contact.referredBy !== null;
}

/**
 * Each offered only where it makes sense (README.md: "When each command is
 * offered"): a confirmation for a conversation still ahead, thanks once it
 * took place, and never twice.
 */
export const markCommands: readonly CommandEntry[] = [
	markCommand("mark-confirmed", "Mark confirmed", conversationAhead, "confirm", "today as confirmed", (_host, iv) => iv.confirmed === null),
	markCommand("mark-thank-you-sent", "Mark thank-you sent", conversationTookPlace, "thank-you", "the thank-you as sent today", (_host, iv) => iv.thankYouSent === null),
	markCommand("mark-referrer-thanked", "Mark referrer thanked", conversationTookPlace, "thank-referrer", "the referrer as thanked today", (host, iv) => iv.referrerThanked === null && referrerKnown(host, iv)),
];

/** Whom an interview is with, for notices. */
function personOf(host: PluginHost, iv: Interview): string {
	return host.live.index.contactOf(iv)?.name ?? (iv.contact ? baseName(iv.contact.target) : baseName(iv.path));
}

export const scheduleCommand: CommandEntry = {
	id: "schedule-conversation",
	name: "Schedule the conversation",
	context: requestOrConversationAhead,
	handler: onNote(
		(_host, note) => interviewRecord(note),
		(host, iv) => openScheduleModal(host.app, iv.path, personOf(host, iv), host.settings.defaultDuration),
	),
};

export const declinedCommand: CommandEntry = {
	id: "mark-declined",
	name: "Mark declined",
	context: requestAwaitingReply,
	handler: onNote(
		(_host, note) => interviewRecord(note),
		(host, iv) => writeWithUndo(host.app, declinedChange(iv.path, host.live.index.propertiesOf(iv.path)), scheduledNotice("declined", personOf(host, iv))),
	),
};

/** The follow-ups of `kind` that belong to the note at `path`, as of today. */
function followUpsOn(host: PluginHost, path: string, kind: FollowUpKind): FollowUp[] {
	return host.live.index.followUps(host.live.today).filter((f) => f.kind === kind && f.note === path);
}

async function notPursuing(host: PluginHost, f: FollowUp): Promise<void> {
	await writeWithUndo(host.app, notPursuingChange(f, host.live.index.propertiesOf(f.note)), `Not pursuing ${f.person}.`);
}

/** On a contact you keep in touch with: `status: paused`. */
export const notPursuingContactCommand: CommandEntry = {
	id: "not-pursuing-contact",
	name: "Stop keeping in touch with this contact",
	context: contactNote,
	handler: onNote(
		(host, note) => (contactRecord(note) ? (followUpsOn(host, note.path, "keep-in-touch")[0] ?? null) : null),
		(host, f) => notPursuing(host, f),
	),
};

/** On an interview that suggested people not yet contacted: pick one, who is added to `not-pursued`. */
export const notPursuingReferralCommand: CommandEntry = {
	id: "not-pursuing-referral",
	name: "Not pursuing someone this interview suggested…",
	context: interviewNote,
	handler: onNote(
		(host, note) => {
			const open = interviewRecord(note) ? followUpsOn(host, note.path, "reach-out") : [];
			return open.length > 0 ? open : null;
		},
		(host, open) => new FollowUpPickerModal(host.app, open, (f) => notPursuing(host, f), "Whom will you not contact?").open(),
	),
};

export const undoCommand: CommandEntry = {
	id: "undo-last-change",
	name: "Undo the last change",
	context: anyNote,
	handler: run((host) => undoLast(host.app), (host) => lastUndoable(host.app) !== null),
};

/** Picks one of a few follow-ups by the person they concern. */
class FollowUpPickerModal extends FuzzySuggestModal<FollowUp> {
	constructor(
		app: App,
		private readonly followUps: readonly FollowUp[],
		private readonly onPick: (f: FollowUp) => unknown,
		placeholder: string,
	) {
		super(app);
		this.setPlaceholder(placeholder);
	}

	override getItems(): FollowUp[] {
		return [...this.followUps];
	}

	override getItemText(item: FollowUp): string {
		return item.person;
	}

	override onChooseItem(item: FollowUp): void {
		void noticeOnFailure(() => this.onPick(item), "Could not record it");
	}
}

