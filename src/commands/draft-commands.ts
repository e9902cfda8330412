import { Notice } from "obsidian";
import { BUILTIN_TEMPLATES, type MessageTemplateId } from "../domain/builtin-templates";
import { kindMessage } from "../domain/follow-up-kinds";
import type { FollowUp } from "../domain/types";
import { planForFollowUp, planForNote, suggestedPerson, withContactNote, type DraftPlan } from "../index/draft-plans";
import { messageSettings, referrerOf } from "../obsidian/new-notes";
import type { ItemActionProvider, PluginHost } from "../plugin-host";
import { openDraft } from "../ui/draft-modal";
import { LandedModal } from "../ui/landed-modal";
import { ReachOutDraftChoiceModal } from "../ui/reach-out-draft-modal";
import { inTemplatesFolder } from "./active-note";
import { anyNote, interviewNote, onNote, personNote, run, type CommandEntry } from "./command-entry";
import { newContact } from "./note-commands";
import { noticeOnFailure } from "../obsidian/failures";

/** One command per message draft on the current note, "I landed a position", and the sidebar's Draft button. */

function settingsOf(host: PluginHost) {
	return messageSettings(host.settings, host.live.today);
}

/**
 * A draft command for every built-in message that has one (the outreach and
 * each follow-up kind's message, from the table of kinds): on an interview
 * note for a message written on the interview, on a contact or an interview
 * note otherwise; hidden where the message makes no sense (see `planForNote`).
 */
export const draftCommands: readonly CommandEntry[] = BUILTIN_TEMPLATES.flatMap((t) => {
	if (t.command === null) return [];
	const template = t.id as MessageTemplateId;
	return [
		{
			id: t.command.id,
			name: t.command.name,
			context: kindMessage(template)?.on === "interview" ? interviewNote : personNote,
			handler: onNote(
				(host, note) => planForNote(host.live.index, note, template, settingsOf(host)),
				(host, plan) => openDraft(host, plan),
			),
		},
	];
});

export const landedCommand: CommandEntry = {
	id: "landed-a-position",
	name: "I landed a position",
	context: anyNote,
	handler: run((host) => new LandedModal(host, (path) => !inTemplatesFolder(host, path)).open()),
};

/** Opens the draft that answers a follow-up; for someone suggested who has no note yet, asks first. */
function draftForFollowUp(host: PluginHost, f: FollowUp): void {
	const plan = planForFollowUp(host.live.index, f, settingsOf(host));
	if (!plan) {
		new Notice("There is no message to draft for this follow-up.");
		return;
	}
	if (plan.target.kind === "suggested" && f.contact === null) {
		new ReachOutDraftChoiceModal(host.app, suggestedPerson(f), (create) => void noticeOnFailure(() => reachOut(host, f, plan, create), "Could not draft the message")).open();
		return;
	}
	void noticeOnFailure(() => openDraft(host, plan), "Could not open the draft");
}

async function reachOut(host: PluginHost, f: FollowUp, plan: DraftPlan, createNote: boolean): Promise<void> {
	if (!createNote) {
		await openDraft(host, plan);
		return;
	}
	const source = host.live.index.get(f.note);
	const referrer = source?.kind === "interview" ? referrerOf(host.live.index, source) : null;
	// Where the interview's link finds it (`[[People/Priya Nair|Priya]]` → People/Priya Nair.md), so the follow-up can end.
	const file = await newContact(host, { name: suggestedPerson(f), relationship: "referral", referrer, target: f.target ?? f.person });
	if (!file) return;
	await openDraft(host, { ...plan, target: withContactNote(plan.target, file.path) });
}

/** The Draft button of every sidebar item that has a message (all but a nudge past the allowed count). */
export function draftActionProvider(host: PluginHost): ItemActionProvider {
	return (item) => {
		const f = item.followUp;
		if (f.closeRequest) return [];
		return [{ id: "draft", label: "Draft", tooltip: "Write the message, ready to copy or send", run: () => draftForFollowUp(host, f) }];
	};
}
