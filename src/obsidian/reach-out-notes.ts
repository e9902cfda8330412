import type { App, TFile } from "obsidian";
import { safeFileName } from "../domain/filenames";
import { baseName } from "../domain/links";
import type { CalendarDate, FollowUp } from "../domain/types";
import { suggestedPerson } from "../index/draft-plans";
import type { VaultIndex } from "../index/vault-index";
import type { PluginSettings } from "../settings/plugin-settings";
import {
	contactNotePath,
	createContactNote,
	createInterviewNote,
	existingContactNote,
	interviewNotePath,
	linkToPath,
	referrerOf,
	requestedProperties,
	type InterviewContact,
	type NoteSettings,
	type Referrer,
} from "./new-notes";
import { loadTemplate, starterQuestions } from "./templates";

/**
 * Reaching out to someone an interview suggested: their contact note (when
 * missing) and a requested interview note, made with the note templates (see
 * new-notes.ts); asked first by the reach-out Done, or done by Mark as sent.
 */

export type ReachOutSettings = NoteSettings & Pick<PluginSettings, "templatesFolder">;

export interface ReachOutPlan {
	/** The person to reach out to, as shown. */
	person: string;
	/** The name their contact note has or gets (the file name of the link). */
	name: string;
	/** The link that names them in the interview's `referrals`. */
	target: string;
	/** Their contact note when it exists. */
	existingContact: string | null;
	/** Where a new contact note goes when there is none. */
	newContact: string | null;
	/** False when the new note cannot have the name the link asks for (see contactNotePath). */
	linkResolves: boolean;
	/** Where the new interview note goes. */
	interview: string;
	/** Who suggested them: the interviewed contact's note, or a name. */
	referrer: Referrer;
	/** The interview in which they were suggested. */
	source: string;
}

/**
 * What recording a reach-out creates: the person's contact note when they have
 * none (where the interview's link finds it), and an interview note that
 * records the request. Pure planning: nothing is written.
 */
export function planReachOut(app: App, index: VaultIndex, folders: Pick<NoteSettings, "contactsFolder" | "interviewsFolder">, f: FollowUp, today: CalendarDate): ReachOutPlan {
	const person = suggestedPerson(f);
	const target = f.target ?? person;
	const existingFile = f.contact !== null ? app.vault.getFileByPath(f.contact) : null;
	const existing = existingFile ?? existingContactNote(app, index, folders.contactsFolder, person, target);
	const where = contactNotePath(folders.contactsFolder, person, target);
	const name = existing ? existing.basename : baseName(where.path);
	const source = index.get(f.note);
	return {
		person: f.person,
		name,
		target,
		existingContact: existing?.path ?? null,
		newContact: existing ? null : where.path,
		linkResolves: existing !== null && existing.path !== where.path ? true : where.linkResolves,
		interview: interviewNotePath(app, folders.interviewsFolder, name, today),
		referrer: source?.kind === "interview" ? referrerOf(index, source) : null,
		source: f.note,
	};
}

export interface ReachOutResult {
	/** The new interview note, with `status: requested` and `requested: <today>`. */
	interview: TFile;
	/** The person's contact note. */
	contact: TFile;
	/** False when the contact note was made and the interview's link cannot find it (its name was not a safe file name). */
	linkResolves: boolean;
}

/**
 * Creates the notes of a plan from the user's note templates, as the New
 * contact and New interview commands do; the interview note records the
 * request (`status: requested`, `requested: <today>`). Throws when a note
 * cannot be created.
 */
export async function recordReachOut(app: App, index: VaultIndex, settings: ReachOutSettings, plan: ReachOutPlan, today: CalendarDate): Promise<ReachOutResult> {
	let contact: InterviewContact;
	let contactFile = plan.existingContact ? app.vault.getFileByPath(plan.existingContact) : null;
	let linkResolves = plan.linkResolves;
	const known = contactFile ? index.get(contactFile.path) : undefined;
	if (contactFile && known?.kind === "contact") {
		contact = known;
	} else if (contactFile) {
		contact = { name: contactFile.basename, path: contactFile.path };
	} else {
		const template = await loadTemplate(app, settings.templatesFolder, "contact-note");
		const made = await createContactNote(app, index, settings, template, { name: plan.name, relationship: "referral", referrer: plan.referrer, target: plan.target }, today);
		contactFile = made.file;
		linkResolves = made.linkResolves;
		contact = { name: made.file.basename, relationship: "referral", path: made.file.path };
	}
	const template = await loadTemplate(app, settings.templatesFolder, "interview-note");
	const questions = await starterQuestions(app, settings.templatesFolder, contact.level ?? null);
	const made = await createInterviewNote(app, settings, template, contact, today, questions, {
		properties: requestedProperties(today),
		intro: (path) => suggestedLine(app, plan, path),
	});
	return { interview: made.file, contact: contactFile, linkResolves };
}

/** `Suggested by [[Jane Doe]] in [[2026-11-19 Jane Doe]].` */
function suggestedLine(app: App, plan: ReachOutPlan, sourcePath: string): string {
	const where = linkToPath(app, plan.source, sourcePath);
	const by = plan.referrer === null ? null : "path" in plan.referrer ? linkToPath(app, plan.referrer.path, sourcePath) : `[[${safeFileName(plan.referrer.name)}]]`;
	return by ? `Suggested by ${by} in ${where}.` : `Suggested in ${where}.`;
}

/** For a Notice: the link that cannot find the new contact note, and what to do about it. */
export function unresolvedLinkText(plan: Pick<ReachOutPlan, "target" | "source">, contactPath: string): string {
	return `The link [[${plan.target}]] in "${baseName(plan.source)}" cannot find the new note "${baseName(contactPath)}": a file name cannot hold some of its characters. Change the link to [[${baseName(contactPath)}]].`;
}
