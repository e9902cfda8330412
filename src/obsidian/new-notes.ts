import { getFrontMatterInfo, normalizePath, TFile, type App } from "obsidian";
import type { TemplateText } from "../domain/builtin-templates";
import { freeName, joinVaultPath, safeFileName } from "../domain/filenames";
import { baseName, linkKey } from "../domain/links";
import { buildMessageValues, type ContactInfo, type MessageSettings } from "../domain/message-context";
import { PROP } from "../domain/properties";
import { placeholdersIn, renderTemplate, type RenderResult } from "../domain/template";
import type { CalendarDate, Interview } from "../domain/types";
import type { VaultIndex } from "../index/vault-index";
import type { PluginSettings } from "../settings/plugin-settings";
import { createNote } from "./create-notes";

/**
 * New contact and interview notes, made from the contact and interview note
 * templates (built-in or the user's): by the New contact and New interview
 * commands, for an interview's referrals, and when reaching out to someone an
 * interview suggested. File names come from people's names through
 * safeFileName, paths through normalizePath, folders are created when
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
	/** Their LinkedIn profile's address. */
	linkedin?: string;
	/** How you know them: friend, classmate, referral… */
	relationship?: string;
	/** Who introduced you: their contact note, or a name typed by the user. */
	referrer?: Referrer;
	/**
	 * The link that names them, when there is one (`Priya Nair`, `People/Priya
	 * Nair`): the note goes where that link finds it, in the link's folder when
	 * it has one, else in the contacts folder.
	 */
	target?: string;
}

export type Referrer = { path: string } | { name: string } | null;

export interface Created {
	file: TFile;
	/** False when the note existed already (and was left as it was). */
	created: boolean;
	/** Placeholders left visible in the note's text, to fill in by hand (empty properties are not counted). */
	missing: string[];
}

export interface CreatedContact extends Created {
	/**
	 * False when the note was made for a link whose name cannot be a file name
	 * (`[[Priya: Nair]]` gives `Priya Nair.md`): that link does not find the note.
	 */
	linkResolves: boolean;
}

export interface ContactNotePath {
	/** Where the note goes (`.md`, normalized). */
	path: string;
	/** False when making the name safe changed it, so the link does not find the note. */
	linkResolves: boolean;
}

/**
 * Where the contact note of `name` goes: in the contacts folder, or, for a link
 * `target` with a folder (`People/Priya Nair`), at that path, so that the link
 * finds the note. The file name goes through safeFileName, the folders through
 * cleanFolder.
 */
export function contactNotePath(contactsFolder: string, name: string, target?: string): ContactNotePath {
	const link = (target ?? "").trim().replace(/\.md$/i, "");
	const slash = link.lastIndexOf("/");
	const folder = slash >= 0 ? link.slice(0, slash) : contactsFolder;
	const wanted = link === "" ? name : baseName(link);
	const path = normalizePath(joinVaultPath(folder, wanted));
	return { path, linkResolves: link === "" || linkFinds(link, path) };
}

/** Whether `[[target]]` finds the note at `path`, the way Obsidian resolves links (by name, or a path suffix; any case). */
function linkFinds(target: string, path: string): boolean {
	const t = target.replace(/^\/+/, "").toLowerCase();
	const p = path.replace(/\.md$/i, "").toLowerCase();
	return p === t || p.endsWith(`/${t}`);
}

export function messageSettings(s: Pick<PluginSettings, "userName" | "pitch">, today: CalendarDate): MessageSettings {
	return { myName: s.userName.trim(), pitch: s.pitch.trim(), today };
}

function exists(app: App, path: string): boolean {
	return app.vault.getAbstractFileByPath(normalizePath(path)) !== null;
}

/** `[[Name]]` for a note, or `[[Folder/Name]]` when the name alone would be ambiguous. */
function linkToFile(app: App, file: TFile, sourcePath: string): string {
	return `[[${app.metadataCache.fileToLinktext(file, sourcePath, true)}]]`;
}

/** `[[Name]]` for a note path, whether or not the note exists (yet). */
export function linkToPath(app: App, path: string, sourcePath: string): string {
	const file = app.vault.getFileByPath(path);
	return file ? linkToFile(app, file, sourcePath) : `[[${baseName(path)}]]`;
}

/** The contact note a person already has: one the index knows by that name (or link), or a note at the new path. */
export function existingContactNote(app: App, index: VaultIndex, folder: string, name: string, target?: string): TFile | null {
	const safe = safeFileName(name);
	const link = target && target.trim() !== "" ? target.trim() : safe;
	const known = index.resolveContact({ target: link, display: link });
	const path = known?.path ?? contactNotePath(folder, name, target).path;
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
): Promise<CreatedContact> {
	const where = contactNotePath(settings.contactsFolder, input.name, input.target);
	const existing = existingContactNote(app, index, settings.contactsFolder, input.name, input.target);
	// A note the link found (through the index), or the one at its path, which it finds unless the name was changed.
	if (existing) return { file: existing, created: false, missing: [], linkResolves: existing.path !== where.path || where.linkResolves };
	const { path } = where;
	const name = baseName(path);
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
		contact: {
			name,
			organization: text(input.organization),
			role: text(input.role),
			email: text(input.email),
			linkedin: text(input.linkedin),
			relationship: text(input.relationship),
		},
		referrer,
		settings: messageSettings(settings, today),
	});
	// One field typed: a plain property, not a list of one.
	const rendered = renderTemplate(template.body, { ...values, "contact.field": text(input.field) });
	const file = await createNote(app, path, rendered.text);
	return { file, created: true, missing: visible(rendered), linkResolves: where.linkResolves };
}

function visible(rendered: RenderResult): string[] {
	const left = new Set(placeholdersIn(rendered.text));
	return rendered.missing.filter((name) => left.has(name));
}

/** The contact of a new interview: a parsed contact, or one whose note was just written. */
export type InterviewContact = ContactInfo & { path: string };

/** Where a new interview with `name` goes today: a free name `<today> <name>` in the interviews folder. */
export function interviewNotePath(app: App, folder: string, name: string, today: CalendarDate): string {
	return freeName(joinVaultPath(folder, `${today} ${name}`), (p) => exists(app, p));
}

export interface InterviewNoteOptions {
	/**
	 * Properties the new note starts with, such as `status: requested` and
	 * `requested: <today>` for a request already sent: each fills the
	 * template's empty property of that name, or is added; a value the
	 * template writes stays. Plain YAML scalars only (words, dates).
	 */
	properties?: Readonly<Record<string, string>>;
	/** A line put just after the properties (who suggested the person), given the new note's path. */
	intro?: (path: string) => string | null;
}

/** The properties an interview note starts with when its request was sent `today`. */
export function requestedProperties(today: CalendarDate): Record<string, string> {
	return { [PROP.status]: "requested", [PROP.requested]: today };
}

/**
 * Creates an interview note with `contact` from `template`, under a free name
 * `<today> <contact name>`, in one write (see InterviewNoteOptions).
 */
export async function createInterviewNote(
	app: App,
	settings: NoteSettings,
	template: TemplateText,
	contact: InterviewContact,
	today: CalendarDate,
	questions: string | null,
	options: InterviewNoteOptions = {},
): Promise<Created> {
	const path = interviewNotePath(app, settings.interviewsFolder, contact.name, today);
	const contactFile = app.vault.getFileByPath(contact.path);
	const values = buildMessageValues({ contact, settings: messageSettings(settings, today), questions });
	if (contactFile) values["contact.link"] = linkToFile(app, contactFile, path);
	const rendered = renderTemplate(template.body, values);
	let text = withProperties(rendered.text, options.properties ?? {});
	const line = options.intro?.(path) ?? null;
	if (line) text = withIntro(text, line);
	const file = await createNote(app, path, text);
	return { file, created: true, missing: visible(rendered) };
}

/** `text` with `line` as the first line after its properties. */
function withIntro(text: string, line: string): string {
	const { exists: hasProperties, contentStart } = getFrontMatterInfo(text);
	const at = hasProperties ? contentStart : 0;
	const before = text.slice(0, at);
	return `${before}${before !== "" && !before.endsWith("\n") ? "\n" : ""}${line}\n\n${text.slice(at)}`;
}

/** `text` with `properties` set where its properties block leaves them empty or lacks them (see InterviewNoteOptions). */
function withProperties(text: string, properties: Readonly<Record<string, string>>): string {
	const entries = Object.entries(properties);
	if (entries.length === 0) return text;
	const info = getFrontMatterInfo(text);
	if (!info.exists) return `---\n${entries.map(([k, v]) => `${k}: ${v}`).join("\n")}\n---\n${text}`;
	const lines = text.slice(info.from, info.to).split("\n");
	const end = lines.at(-1) === "" ? lines.length - 1 : lines.length;
	const added: string[] = [];
	for (const [key, value] of entries) {
		const at = lines.findIndex((l, i) => i < end && l.startsWith(`${key}:`));
		if (at < 0) {
			added.push(`${key}: ${value}`);
			continue;
		}
		const rest = (lines[at] ?? "").slice(key.length + 1).trim();
		const next = at + 1 < end ? (lines[at + 1] ?? "") : "";
		const blockValue = /^(\s|-\s|-$)/.test(next);
		if (EMPTY_YAML.has(rest) && !blockValue) lines[at] = `${key}: ${value}`;
	}
	lines.splice(end, 0, ...added);
	return text.slice(0, info.from) + lines.join("\n") + text.slice(info.to);
}

const EMPTY_YAML = new Set(["", "null", "~", '""', "''"]);

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
	const referrer = referrerOf(index, interview);
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
		const made = await createContactNote(app, index, settings, template, { name, relationship: "referral", referrer, target: ref.target }, today);
		if (made.created) report.created.push(made.file.path);
		else report.existing.push(name);
	}
	return report;
}

/** Who suggested the people an interview names: the interviewed contact, else the name its `contact` link gives. */
export function referrerOf(index: VaultIndex, interview: Interview): Referrer {
	const interviewed = index.contactOf(interview);
	if (interviewed) return { path: interviewed.path };
	return interview.contact ? { name: baseName(interview.contact.target) } : null;
}
