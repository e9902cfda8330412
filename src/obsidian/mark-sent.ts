import { Notice, type App } from "obsidian";
import { PROP } from "../domain/settings";
import type { CalendarDate } from "../domain/types";
import type { VaultIndex } from "../index/vault-index";
import type { PluginSettings } from "../settings";
import { noteName } from "../ui/view-model";
import type { DraftPlan, SentTarget } from "./draft-plans";
import { createInterviewNote, planReachOut, recordReachOut, requestedProperties, unresolvedLinkText } from "./new-notes";
import { loadTemplate, starterQuestions } from "./templates";
import { logContact, recordNudge, recordRequest, recordRequestAgain, setProperty } from "./write";

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
			case "reach-out": {
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
		const reason = e instanceof Error ? e.message : String(e);
		new Notice(`Could not record the message to ${plan.recipient}: ${reason}`);
		return null;
	}
}

function writeInterview(app: App, plan: DraftPlan, target: Extract<SentTarget, { kind: "interview" }>, today: CalendarDate): Promise<boolean> {
	const { path } = target;
	switch (plan.template) {
		case "outreach":
			return target.requestedOn ? recordRequestAgain(app, path, today) : recordRequest(app, path, today);
		case "nudge":
			return recordNudge(app, path, today);
		case "confirm":
			return setProperty(app, path, PROP.confirmed, today);
		case "thank-you":
			return setProperty(app, path, PROP.thankYouSent, today);
		case "thank-referrer":
			return setProperty(app, path, PROP.referrerThanked, today);
		case "keep-in-touch":
		case "landed":
			return Promise.reject(new Error("an update is recorded on the contact note"));
	}
}

/** What Mark as sent recorded, for a Notice: `Recorded "Thank-you sent" in 2026-11-19 Jane Doe.` */
export function sentNotice(plan: DraftPlan, path: string): string {
	const what: Record<DraftPlan["template"], string> = {
		outreach: "the request as sent today",
		nudge: "the nudge as sent today",
		confirm: "the conversation as confirmed today",
		"thank-you": "the thank-you as sent today",
		"thank-referrer": "the referrer as thanked today",
		"keep-in-touch": "today as the last contact",
		landed: "today as the last contact",
	};
	const again = plan.template === "outreach" && plan.target.kind === "interview" && plan.target.requestedOn;
	return `Recorded ${again ? "the request, sent again today, as a nudge" : what[plan.template]} in "${noteName(path)}".`;
}
