import { Notice, type Command } from "obsidian";
import type { MessageTemplateId } from "../domain/builtin-templates";
import type { FollowUp } from "../domain/types";
import { planForFollowUp, planForNote, suggestedPerson, withContactNote, type DraftPlan } from "../obsidian/draft-plans";
import { messageSettings, referrerOf } from "../obsidian/new-notes";
import { openDraft } from "../ui/draft-modal";
import type { ItemActionProvider, PluginHost } from "../ui/host";
import { LandedModal } from "../ui/landed-modal";
import { ReachOutDraftChoiceModal } from "../ui/reach-out-draft-modal";
import { activeRecord, inTemplatesFolder, noteCommand } from "./active";
import { newContact } from "./note-commands";
import { noticeOnFailure } from "../obsidian/failures";

/** One command per message draft on the current note, "I landed a position", and the sidebar's Draft button. */

export const DRAFT_COMMANDS: readonly { id: string; name: string; template: MessageTemplateId }[] = [
	{ id: "draft-outreach", name: "Draft outreach request", template: "outreach" },
	{ id: "draft-nudge", name: "Draft nudge", template: "nudge" },
	{ id: "draft-confirmation", name: "Draft confirmation", template: "confirm" },
	{ id: "draft-thank-you", name: "Draft thank-you", template: "thank-you" },
	{ id: "draft-thank-referrer", name: "Draft thanks to the referrer", template: "thank-referrer" },
	{ id: "draft-keep-in-touch", name: "Draft keep-in-touch update", template: "keep-in-touch" },
];

function settingsOf(host: PluginHost) {
	return messageSettings(host.settings, host.live.today);
}

export function draftCommands(host: PluginHost): Command[] {
	return DRAFT_COMMANDS.map(({ id, name, template }) =>
		noteCommand(
			id,
			name,
			() => {
				const record = activeRecord(host);
				return record ? planForNote(host.live.index, record, template, settingsOf(host)) : null;
			},
			(plan) => openDraft(host, plan).then(() => undefined),
		),
	);
}

export function landedCommand(host: PluginHost): Command {
	return {
		id: "landed-a-position",
		name: "I landed a position",
		callback: () => new LandedModal(host, (path) => !inTemplatesFolder(host, path)).open(),
	};
}

/** Opens the draft that answers a follow-up; for someone suggested who has no note yet, asks first. */
export function draftForFollowUp(host: PluginHost, f: FollowUp): void {
	const plan = planForFollowUp(host.live.index, f, settingsOf(host));
	if (!plan) {
		new Notice("There is no message to draft for this follow-up.");
		return;
	}
	if (f.kind === "reach-out" && f.contact === null) {
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
		if (f.kind === "nudge" && f.closeRequest) return [];
		return [{ id: "draft", label: "Draft", tooltip: "Write the message, ready to copy or send", run: () => draftForFollowUp(host, f) }];
	};
}
