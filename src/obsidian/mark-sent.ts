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
import { complete, logContact, recordRequest, recordRequestAgain } from "./write";
import { errorText } from "../domain/error-text";

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
 * Resolves to the path of the note written, or null when nothing could be
 * written (a Notice has said why).
 */
export async function markSent(app: App, index: VaultIndex, settings: PluginSettings, plan: DraftPlan, today: CalendarDate): Promise<string | null> {
	const { target } = plan;
	try {
		switch (target.kind) {
			case "contact":
				return (await logContact(app, target.path, today)) ? target.path : null;
			case "suggested": {
				const reachOut = planReachOut(app, index, settings, target.followUp, today);
				const made = await recordReachOut(app, index, settings, reachOut, today);
				if (!made.linkResolves) new Notice(unresolvedLinkText(reachOut, made.contact.path), 0);
				return made.interview.path;
			}
			case "new-interview": {
				const template = await loadTemplate(app, settings.templatesFolder, "interview-note");
				const questions = await starterQuestions(app, settings.templatesFolder, target.contact.level);
				const made = await createInterviewNote(app, settings, template, target.contact, today, questions, { properties: requestedProperties(today) });
				return made.file.path;
			}
			case "interview":
				return (await writeInterview(app, plan, target, today)) ? target.path : null;
		}
	} catch (e) {
		const reason = errorText(e);
		new Notice(`Could not record the message to ${plan.recipient}: ${reason}`);
		return null;
	}
}

/** The outreach records the request (or a nudge, when it was sent already); a kind's message ends its follow-up. */
function writeInterview(app: App, plan: DraftPlan, target: Extract<SentTarget, { kind: "interview" }>, today: CalendarDate): Promise<boolean> {
	const { path } = target;
	if (plan.template === "outreach") return target.requestedOn ? recordRequestAgain(app, path, today) : recordRequest(app, path, today);
	const own = kindMessage(plan.template);
	if (own?.on !== "interview") return Promise.reject(new Error("an update is recorded on the contact note"));
	return complete(app, path, own.ends, today);
}

/** What Mark as sent recorded, for a Notice: `Recorded the thank-you as sent today in "2026-11-19 Jane Doe".` */
export function sentNotice(plan: DraftPlan, path: string): string {
	const again = plan.template === "outreach" && plan.target.kind === "interview" && plan.target.requestedOn;
	return `Recorded ${again ? "the request, sent again today, as a nudge" : (builtinTemplate(plan.template).sentNotice ?? "the message as sent today")} in "${baseName(path)}".`;
}
