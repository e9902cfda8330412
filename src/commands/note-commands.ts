import { Notice, type TFile } from "obsidian";
import type { Contact } from "../domain/types";
import { createContactNote, createInterviewNote, createReferralContacts, type NewContact } from "../obsidian/new-notes";
import { loadTemplate, starterQuestions } from "../obsidian/templates";
import { ContactPickerModal } from "../ui/contact-suggest";
import type { PluginHost } from "../plugin-host";
import { noticeOnFailure } from "../obsidian/failures";
import { NewContactModal } from "../ui/new-contact-modal";
import { baseName } from "../domain/links";
import { errorText } from "../domain/error-text";
import { knownFields, pickableContacts } from "./active-note";
import { anyNote, contactNote, interviewNote, onNote, run, type CommandEntry } from "./command-entry";

/** New contact and interview notes, and contact notes for an interview's referrals. */

async function openNote(host: PluginHost, file: TFile): Promise<void> {
	await host.app.workspace.getLeaf(false).openFile(file);
}

/** Creates a contact note (or opens the one the person already has). */
export async function newContact(host: PluginHost, input: NewContact): Promise<TFile | null> {
	const { app, live, settings } = host;
	try {
		const template = await loadTemplate(app, settings.templatesFolder, "contact-note");
		const made = await createContactNote(app, live.index, settings, template, input, live.today);
		await openNote(host, made.file);
		if (!made.created) new Notice(`${baseName(made.file.path)} already has a note: it is open, unchanged.`);
		else if (!made.linkResolves && input.target !== undefined) {
			new Notice(`A file name cannot hold some characters of [[${input.target}]]: the note is named "${baseName(made.file.path)}". Change the link to [[${baseName(made.file.path)}]] so that it finds the note.`, 0);
		}
		return made.file;
	} catch (e) {
		new Notice(`Could not create a note for ${input.name}: ${errorText(e)}`);
		return null;
	}
}

/** Creates an interview note with `contact`, with starter questions, and opens it. */
async function newInterview(host: PluginHost, contact: Contact): Promise<TFile | null> {
	const { app, live, settings } = host;
	try {
		const template = await loadTemplate(app, settings.templatesFolder, "interview-note");
		const questions = await starterQuestions(app, settings.templatesFolder, contact.level);
		const made = await createInterviewNote(app, settings, template, contact, live.today, questions);
		await openNote(host, made.file);
		if (made.missing.length > 0) {
			const pitch = made.missing.includes("me.pitch") ? " (your pitch comes from the plugin's settings)" : "";
			new Notice(`Fill in the new note where it shows {{…}}: ${made.missing.join(", ")}${pitch}.`);
		}
		return made.file;
	} catch (e) {
		new Notice(`Could not create an interview note for ${contact.name}: ${errorText(e)}`);
		return null;
	}
}

/** Asks for the person (the New contact dialog), then creates their note. */
export function openNewContact(host: PluginHost): void {
	new NewContactModal(host.app, () => pickableContacts(host), () => knownFields(host), (input) => void noticeOnFailure(() => newContact(host, input), "Could not create the contact note")).open();
}

export const newContactCommand: CommandEntry = {
	id: "new-contact",
	name: "New contact",
	context: anyNote,
	handler: run(openNewContact),
};

export const newInterviewWithThisContactCommand: CommandEntry = {
	id: "new-interview-with-this-contact",
	name: "New interview with this contact",
	context: contactNote,
	handler: onNote(
		// An archived contact is one you stopped pursuing: no new interview from its note.
		(_host, note) => (note.kind === "contact" && note.status !== "archived" ? note : null),
		(host, c) => newInterview(host, c),
	),
};

export const newInterviewCommand: CommandEntry = {
	id: "new-interview",
	name: "New interview…",
	context: anyNote,
	handler: run((host) => {
		new ContactPickerModal(host.app, pickableContacts(host), (c) => void noticeOnFailure(() => newInterview(host, c), "Could not create the interview note")).open();
	}),
};

export const createReferralContactsCommand: CommandEntry = {
	id: "create-referral-contacts",
	name: "Create contact notes for this interview's referrals",
	context: interviewNote,
	handler: onNote(
		(_host, note) => (note.kind === "interview" && note.referrals.length > 0 ? note : null),
		async (host, iv) => {
			const { app, live, settings } = host;
			try {
				const template = await loadTemplate(app, settings.templatesFolder, "contact-note");
				const report = await createReferralContacts(app, live.index, settings, template, iv, live.today);
				new Notice(referralNotice(report.created.map(baseName), report.existing));
			} catch (e) {
				new Notice(`Could not create the contact notes: ${errorText(e)}`);
			}
		},
	),
};

function referralNotice(created: string[], existing: string[]): string {
	const parts: string[] = [];
	if (created.length > 0) parts.push(`Created ${created.length} contact note${created.length === 1 ? "" : "s"}: ${created.join(", ")}.`);
	else parts.push("No contact note to create.");
	if (existing.length > 0) parts.push(`${existing.length} already had one: ${existing.join(", ")}.`);
	return parts.join(" ");
}
