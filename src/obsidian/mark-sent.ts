import { Notice, type App } from "obsidian";
import { builtinTemplate } from "../domain/builtin-templates";
import { kindMessage } from "../domain/follow-up-kinds";
import type { CalendarDate } from "../domain/types";
import type { VaultIndex } from "../index/vault-index";
import type { PluginSettings } from "../settings/plugin-settings";
import { baseName } from "../domain/links";
import type { DraftPlan, SentTarget } from "../index/draft-plans";
import { createInterviewNote, requestedProperties } from "./new-notes";
import { planReachOut, recordReachOut, unresolvedLinkText } from "./reach-out-notes";
import { loadTemplate, starterQuestions } from "./templates";
import { staleMessage, writeIfUnchanged } from "./write";
import { errorText } from "../domain/error-text";
import { followUpKind, type FollowUpKind } from "../domain/follow-up-kinds";
import { completionValues, guardedChange, requestAgainValues } from "../domain/follow-up-writes";
import type { Properties, PropertyChange } from "../domain/property-change";

/**
 * "Mark as sent": records that a drafted message went out, through
 * processFrontMatter, as of `today`:
 * - outreach: `requested: <today>` and `status: requested` in the interview,
 *   each only where the note has none (a new interview note first when the
 *   draft came from a contact note with no open request; for a reach-out, the
 *   notes the reach-out Done creates). An outreach to an interview whose
 *   request was sent already is recorded as a nudge: the first request date
 *   stays, and the nudge clock restarts from today;
 * - nudge: `nudged: <today>` and `nudges` + 1;
 * - confirmation: `confirmed`; thank-you: `thank-you-sent`; thanks to the
 *   referrer: `referrer-thanked` (all in the interview);
 * - keep-in-touch update and landed-a-position thanks: `last-contact` in the contact.
 * A write into a note that exists expects the properties the draft was made
 * from (`plan.seen`: those the follow-up's rule reads and those written); when
 * the note changed since, nothing is written and a Notice names what changed.
 * Resolves to the path of the note written and, for a write into a note that
 * existed, the change that takes it back (for Undo); or null when nothing was
 * written (a Notice has said why).
 */
export async function markSent(app: App, index: VaultIndex, settings: PluginSettings, plan: DraftPlan, today: CalendarDate): Promise<SentResult | null> {
	const { target } = plan;
	try {
		switch (target.kind) {
			case "contact":
			case "interview": {
				const outcome = await writeIfUnchanged(app, sentChange(plan, target, today), staleDraftMessage);
				return outcome.status === "written" ? { path: target.path, undo: outcome.undo } : null;
			}
			case "suggested": {
				const reachOut = planReachOut(app, index, settings, target.followUp, today);
				const made = await recordReachOut(app, index, settings, reachOut, today);
				if (!made.linkResolves) new Notice(unresolvedLinkText(reachOut, made.contact.path), 0);
				return { path: made.interview.path, undo: null };
			}
			case "new-interview": {
				const template = await loadTemplate(app, settings.templatesFolder, "interview-note");
				const questions = await starterQuestions(app, settings.templatesFolder, target.contact.level);
				const made = await createInterviewNote(app, settings, template, target.contact, today, questions, { properties: requestedProperties(today) });
				return { path: made.file.path, undo: null };
			}
		}
	} catch (e) {
		const reason = errorText(e);
		new Notice(`Could not record the message to ${plan.recipient}: ${reason}`);
		return null;
	}
}

export interface SentResult {
	/** The note written (or made). */
	path: string;
	/** What takes the write back, when it changed a note that existed. */
	undo: PropertyChange | null;
}

/**
 * What Mark as sent writes into an existing note, guarded as the follow-up it
 * answers: an outreach records the request (a nudge when it was sent already),
 * a kind's own message ends its follow-up, and an update or a thanks to a
 * contact records the last contact.
 */
export function sentChange(plan: DraftPlan, target: Extract<SentTarget, { kind: "interview" | "contact" }>, today: CalendarDate): PropertyChange {
	const { seen } = plan;
	const guarded = (kind: FollowUpKind, values: Properties) => guardedChange(target.path, seen, followUpKind(kind).reads, values);
	/** What the follow-up of `kind` ends by (the kinds table's `ends`). */
	const ended = (kind: FollowUpKind) => guarded(kind, completionValues(followUpKind(kind).ends, seen, today));
	if (target.kind === "contact") return ended("keep-in-touch");
	if (plan.template === "outreach") return target.requestedOn ? guarded("nudge", requestAgainValues(seen, today)) : ended("send-request");
	const own = kindMessage(plan.template);
	if (own?.on !== "interview") throw new Error("an update is recorded on the contact note");
	return ended(own.id);
}

function staleDraftMessage(name: string, changed: readonly string[]): string {
	return staleMessage(name, changed, "Open the draft again to see the note as it is.");
}

/** What Mark as sent recorded, for a Notice: `Recorded the thank-you as sent today in "2026-11-19 Jane Doe".` */
export function sentNotice(plan: DraftPlan, path: string): string {
	const again = plan.template === "outreach" && plan.target.kind === "interview" && plan.target.requestedOn;
	return `Recorded ${again ? "the request, sent again today, as a nudge" : (builtinTemplate(plan.template).sentNotice ?? "the message as sent today")} in "${baseName(path)}".`;
}
