import { Notice, type Command, type TFile } from "obsidian";
import type { Contact } from "../domain/types";
import { createContactNote, createInterviewNote, createReferralContacts, type NewContact } from "../obsidian/new-notes";
import { loadTemplate, starterQuestions } from "../obsidian/templates";
import { ContactPickerModal } from "../ui/contact-suggest";
import type { PluginHost } from "../ui/host";
import { NewContactModal } from "../ui/new-contact-modal";
import { noteName } from "../ui/view-model";
import { activeContact, activeInterview, errorText, knownFields, noteCommand, pickableContacts } from "./active";
import { noticeOnFailure } from "../obsidian/failures";

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
		if (!made.created) new Notice(`${noteName(made.file.path)} already has a note: it is open, unchanged.`);
		else if (!made.linkResolves && input.target !== undefined) {
			new Notice(`A file name cannot hold some characters of [[${input.target}]]: the note is named "${noteName(made.file.path)}". Change the link to [[${noteName(made.file.path)}]] so that it finds the note.`, 0);
		}
		return made.file;
	} catch (e) {
		new Notice(`Could not create a note for ${input.name}: ${errorText(e)}`);
		return null;
	}
}

/** Creates an interview note with `contact`, with starter questions, and opens it. */
export async function newInterview(host: PluginHost, contact: Contact): Promise<TFile | null> {
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

export function newContactCommand(host: PluginHost): Command {
	return {
		id: "new-contact",
		name: "New contact",
		callback: () => {
			new NewContactModal(host.app, () => pickableContacts(host), () => knownFields(host), (input) => void noticeOnFailure(() => newContact(host, input), "Could not create the contact note")).open();
		},
	};
}

export function newInterviewWithThisContactCommand(host: PluginHost): Command {
	return noteCommand("new-interview-with-this-contact", "New interview with this contact", () => activeContact(host), (c) => newInterview(host, c).then(() => undefined));
}

export function newInterviewCommand(host: PluginHost): Command {
	return {
		id: "new-interview",
		name: "New interview…",
		callback: () => {
			new ContactPickerModal(host.app, pickableContacts(host), (c) => void noticeOnFailure(() => newInterview(host, c), "Could not create the interview note")).open();
		},
	};
}

export function createReferralContactsCommand(host: PluginHost): Command {
	return noteCommand(
		"create-referral-contacts",
		"Create contact notes for this interview's referrals",
		() => {
			const iv = activeInterview(host);
			return iv && iv.referrals.length > 0 ? iv : null;
		},
		async (iv) => {
			const { app, live, settings } = host;
			try {
				const template = await loadTemplate(app, settings.templatesFolder, "contact-note");
				const report = await createReferralContacts(app, live.index, settings, template, iv, live.today);
				new Notice(referralNotice(report.created.map(noteName), report.existing));
			} catch (e) {
				new Notice(`Could not create the contact notes: ${errorText(e)}`);
			}
		},
	);
}

function referralNotice(created: string[], existing: string[]): string {
	const parts: string[] = [];
	if (created.length > 0) parts.push(`Created ${created.length} contact note${created.length === 1 ? "" : "s"}: ${created.join(", ")}.`);
	else parts.push("No contact note to create.");
	if (existing.length > 0) parts.push(`${existing.length} already had one: ${existing.join(", ")}.`);
	return parts.join(" ");
}
