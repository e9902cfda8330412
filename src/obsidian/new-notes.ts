import { normalizePath, TFile, type App } from "obsidian";
import type { TemplateText } from "../domain/builtin-templates";
import { freeName, joinVaultPath, safeFileName } from "../domain/filenames";
import { baseName, linkKey } from "../domain/links";
import { buildMessageValues, type MessageSettings } from "../domain/message-context";
import { placeholdersIn, renderTemplate, type RenderResult } from "../domain/template";
import type { CalendarDate, Contact, Interview } from "../domain/types";
import type { VaultIndex } from "../index/vault-index";
import type { PluginSettings } from "../settings";
import { ensureFolder } from "./create-notes";

/**
 * New contact and interview notes, made from the contact and interview note
 * templates (built-in or the user's). File names come from people's names
 * through safeFileName, paths through normalizePath, folders are created when
 * missing, and an existing note is never overwritten: a contact that already
 * has a note gets that note back, a second interview on the same day a free
 * name (`2026-11-22 Jane Doe 2.md`).
 */

export type NoteSettings = Pick<PluginSettings, "contactsFolder" | "interviewsFolder" | "userName" | "pitch">;

export interface NewContact {
	name: string;
	organization?: string;
	role?: string;
	field?: string;
	email?: string;
	/** How you know them: friend, classmate, referral… */
	relationship?: string;
	/** Who introduced you: their contact note, or a name typed by the user. */
	referrer?: { path: string } | { name: string } | null;
}

export interface Created {
	file: TFile;
	/** False when the note existed already (and was left as it was). */
	created: boolean;
	/** Placeholders left visible in the note's text, to fill in by hand (empty properties are not counted). */
	missing: string[];
}

export function messageSettings(s: Pick<PluginSettings, "userName" | "pitch">, today: CalendarDate): MessageSettings {
	return { myName: s.userName.trim(), pitch: s.pitch.trim(), today };
}

function exists(app: App, path: string): boolean {
	return app.vault.getAbstractFileByPath(normalizePath(path)) !== null;
}

/** `[[Name]]` for a note, or `[[Folder/Name]]` when the name alone would be ambiguous. */
export function linkToFile(app: App, file: TFile, sourcePath: string): string {
	return `[[${app.metadataCache.fileToLinktext(file, sourcePath, true)}]]`;
}

async function createFromText(app: App, path: string, text: string): Promise<TFile> {
	const normalized = normalizePath(path);
	const slash = normalized.lastIndexOf("/");
	if (slash > 0) await ensureFolder(app, normalized.slice(0, slash));
	return app.vault.create(normalized, text);
}

/** The contact note a person already has: one the index knows by that name, or a note at the new path. */
export function existingContactNote(app: App, index: VaultIndex, folder: string, name: string): TFile | null {
	const safe = safeFileName(name);
	const known = index.resolveContact({ target: safe, display: safe });
	const path = known?.path ?? normalizePath(joinVaultPath(folder, safe));
	const file = app.vault.getAbstractFileByPath(path);
	return file instanceof TFile ? file : null;
}

/** Creates a contact note from `template`, or returns the person's existing note untouched. */
export async function createContactNote(
	app: App,
	index: VaultIndex,
	settings: NoteSettings,
	template: TemplateText,
	input: NewContact,
	today: CalendarDate,
): Promise<Created> {
	const existing = existingContactNote(app, index, settings.contactsFolder, input.name);
	if (existing) return { file: existing, created: false, missing: [] };
	const name = safeFileName(input.name);
	const path = normalizePath(joinVaultPath(settings.contactsFolder, name));
	if (exists(app, path)) throw new Error(`"${path}" exists and is not a note`);
	let referrer: string | null = null;
	if (input.referrer && "path" in input.referrer) {
		const file = app.vault.getFileByPath(input.referrer.path);
		referrer = file ? linkToFile(app, file, path) : null;
	} else if (input.referrer && input.referrer.name.trim() !== "") {
		referrer = `[[${safeFileName(input.referrer.name)}]]`;
	}
	const text = (v: string | undefined) => (v === undefined || v.trim() === "" ? null : v.trim());
	const values = buildMessageValues({
		contact: { name, organization: text(input.organization), role: text(input.role), email: text(input.email), relationship: text(input.relationship) },
		referrer,
		settings: messageSettings(settings, today),
	});
	// One field typed: a plain property, not a list of one.
	const rendered = renderTemplate(template.body, { ...values, "contact.field": text(input.field) });
	const file = await createFromText(app, path, rendered.text);
	return { file, created: true, missing: visible(rendered) };
}

function visible(rendered: RenderResult): string[] {
	const left = new Set(placeholdersIn(rendered.text));
	return rendered.missing.filter((name) => left.has(name));
}

/** Creates an interview note with `contact` from `template`, under a free name `<today> <contact name>`. */
export async function createInterviewNote(
	app: App,
	settings: NoteSettings,
	template: TemplateText,
	contact: Contact,
	today: CalendarDate,
	questions: string | null,
): Promise<Created> {
	const path = freeName(joinVaultPath(settings.interviewsFolder, `${today} ${contact.name}`), (p) => exists(app, p));
	const contactFile = app.vault.getFileByPath(contact.path);
	const values = buildMessageValues({ contact, settings: messageSettings(settings, today), questions });
	if (contactFile) values["contact.link"] = linkToFile(app, contactFile, path);
	const rendered = renderTemplate(template.body, values);
	const file = await createFromText(app, path, rendered.text);
	return { file, created: true, missing: visible(rendered) };
}

export interface ReferralReport {
	/** Paths of the contact notes created. */
	created: string[];
	/** Names of the people who already had a note. */
	existing: string[];
}

/**
 * A contact note for each person an interview's `referrals` names who has
 * none yet: relationship `referral`, `referred-by` the interviewed contact.
 */
export async function createReferralContacts(
	app: App,
	index: VaultIndex,
	settings: NoteSettings,
	template: TemplateText,
	interview: Interview,
	today: CalendarDate,
): Promise<ReferralReport> {
	const report: ReferralReport = { created: [], existing: [] };
	const interviewed = index.contactOf(interview);
	const referrer = interviewed ? { path: interviewed.path } : interview.contact ? { name: baseName(interview.contact.target) } : null;
	const seen = new Set<string>();
	for (const ref of interview.referrals) {
		const key = linkKey(ref);
		if (seen.has(key)) continue;
		seen.add(key);
		const name = baseName(ref.target);
		if (index.resolveContact(ref)) {
			report.existing.push(name);
			continue;
		}
		const made = await createContactNote(app, index, settings, template, { name, relationship: "referral", referrer }, today);
		if (made.created) report.created.push(made.file.path);
		else report.existing.push(name);
	}
	return report;
}
