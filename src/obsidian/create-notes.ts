import { normalizePath, stringifyYaml, TFile, TFolder, type App } from "obsidian";
import { cleanFolder, freeName, joinVaultPath } from "../domain/filenames";
import { PROP } from "../domain/settings";
import type { CalendarDate, FollowUp } from "../domain/types";
import type { VaultIndex } from "../index/vault-index";
import { noteName } from "../ui/view-model";

/**
 * Creating notes (as opposed to editing one, see write.ts). Used by the
 * reach-out follow-up: reaching out to a suggested person is recorded the way
 * the rest of the plugin records a request, by an interview note with
 * `status: requested`, plus a contact note for the person when there is none.
 */

export interface ReachOutPlan {
	/** The person to reach out to, as shown. */
	person: string;
	/** Their contact note when it exists. */
	existingContact: string | null;
	/** Where a new contact note goes when there is none. */
	newContact: string | null;
	/** Where the new interview note goes. */
	interview: string;
	/** The contact who suggested them (their note path), when known. */
	referrer: string | null;
	/** The interview in which they were suggested. */
	source: string;
}

export interface NoteFolders {
	contactsFolder: string;
	interviewsFolder: string;
}

export function planReachOut(app: App, index: VaultIndex, folders: NoteFolders, f: FollowUp, today: CalendarDate): ReachOutPlan {
	const exists = (path: string) => app.vault.getAbstractFileByPath(normalizePath(path)) !== null;
	const existingContact = f.contact !== null && exists(f.contact) ? f.contact : null;
	const newContact = existingContact ? null : freeName(joinVaultPath(folders.contactsFolder, f.person), exists);
	const interview = freeName(joinVaultPath(folders.interviewsFolder, `${today} ${f.person}`), exists);
	const source = index.get(f.note);
	const referrer = source?.kind === "interview" ? index.contactOf(source)?.path ?? null : null;
	return { person: f.person, existingContact, newContact, interview, referrer, source: f.note };
}

/** Creates the notes of a plan; resolves to the new interview note. Throws when a note cannot be created. */
export async function recordReachOut(app: App, plan: ReachOutPlan, today: CalendarDate): Promise<TFile> {
	let contactFile: TFile | null = plan.existingContact ? app.vault.getFileByPath(plan.existingContact) : null;
	if (!contactFile && plan.newContact) {
		const referrerLink = linkTo(app, plan.referrer, plan.newContact);
		const fm: Record<string, unknown> = { [PROP.type]: "contact", [PROP.relationship]: "referral" };
		if (referrerLink) fm[PROP.referredBy] = referrerLink;
		fm[PROP.status] = "active";
		contactFile = await createNote(app, plan.newContact, fm, "");
	}
	const contactLink = contactFile ? wikiLink(app, contactFile, plan.interview) : `[[${plan.person}]]`;
	const fm = { [PROP.type]: "interview", [PROP.contact]: contactLink, [PROP.status]: "requested", [PROP.requested]: today };
	const via = [linkTo(app, plan.referrer, plan.interview), linkTo(app, plan.source, plan.interview)];
	const body = via[0] && via[1] ? `Suggested by ${via[0]} in ${via[1]}.\n` : via[1] ? `Suggested in ${via[1]}.\n` : "";
	return createNote(app, plan.interview, fm, body);
}

/** Creates a note with the given properties and body, making its folder first when needed. */
export async function createNote(app: App, path: string, frontmatter: Record<string, unknown>, body: string): Promise<TFile> {
	const normalized = normalizePath(path);
	const slash = normalized.lastIndexOf("/");
	if (slash > 0) await ensureFolder(app, normalized.slice(0, slash));
	return app.vault.create(normalized, `---\n${stringifyYaml(frontmatter)}---\n${body}`);
}

export async function ensureFolder(app: App, folder: string): Promise<void> {
	const parts = cleanFolder(folder).split("/").filter((p) => p !== "");
	let current = "";
	for (const part of parts) {
		current = current === "" ? part : `${current}/${part}`;
		const existing = app.vault.getAbstractFileByPath(normalizePath(current));
		if (existing instanceof TFolder) continue;
		if (existing) throw new Error(`"${current}" is a file, not a folder`);
		try {
			await app.vault.createFolder(normalizePath(current));
		} catch (e) {
			// Created meanwhile (a sync, another command): fine.
			if (!(app.vault.getAbstractFileByPath(normalizePath(current)) instanceof TFolder)) throw e;
		}
	}
}

function linkTo(app: App, path: string | null, sourcePath: string): string | null {
	if (path === null) return null;
	const file = app.vault.getFileByPath(path);
	return file ? wikiLink(app, file, sourcePath) : `[[${noteName(path)}]]`;
}

/** `[[Name]]`, or `[[Folder/Name]]` when the name alone would be ambiguous. */
function wikiLink(app: App, file: TFile, sourcePath: string): string {
	return `[[${app.metadataCache.fileToLinktext(file, sourcePath, true)}]]`;
}
