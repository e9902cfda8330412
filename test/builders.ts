import { VaultIndex } from "../src/index/vault-index";
import { parseNote } from "../src/domain/parse";
import type { RuleSettings } from "../src/domain/rule-windows";
import type { Contact, Interview } from "../src/domain/types";

export type Notes = Record<string, Record<string, unknown> | undefined>;

export function build(notes: Notes, settings?: RuleSettings): VaultIndex {
	const index = new VaultIndex(settings);
	for (const [path, fm] of Object.entries(notes)) index.upsert(path, fm);
	return index;
}

/** Follow-ups as short lines, `kind due note [contact]`, in display order. */
export function lines(index: VaultIndex, today: string): string[] {
	return index.followUps(today).map((f) => `${f.kind} ${f.due} ${f.note}${f.contact ? ` -> ${f.contact}` : ""}`);
}

export function kinds(notes: Notes, today: string, settings?: RuleSettings): string[] {
	return lines(build(notes, settings), today);
}

export const C = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({ type: "contact", ...extra });
export const I = (contact: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
	type: "interview",
	contact: `[[${contact}]]`,
	...extra,
});

/** The contact record of a note at `path` with these properties (besides its `type`). */
export function contactNote(path: string, fm: Record<string, unknown> = {}): Contact {
	const r = parseNote(path, C(fm)).record;
	if (r?.kind !== "contact") throw new Error(`${path} is not a contact`);
	return r;
}

/** The interview record of a note at `path` with these properties (besides its `type`). */
export function interviewNote(path: string, fm: Record<string, unknown> = {}): Interview {
	const r = parseNote(path, { type: "interview", ...fm }).record;
	if (r?.kind !== "interview") throw new Error(`${path} is not an interview`);
	return r;
}
