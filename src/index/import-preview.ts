import type { ExistingContact, ImportPlan } from "../domain/contact-import";
import type { VaultIndex } from "./vault-index";

/**
 * What the command line's imports (`import-linkedin`, `import-vcard`) and the
 * plugin's import commands share: which notes count as existing contacts, and
 * how a skipped person reads.
 */

/**
 * Every contact note counts, archived ones too; so does a note whose
 * properties cannot be read right now, by its name: it is likely the same
 * person, mid-edit. (A folder that cannot be read is a problem too, but names no one.)
 */
export function existingContacts(index: VaultIndex): ExistingContact[] {
	const out: ExistingContact[] = index.contacts().map((c) => ({ name: c.path, linkedin: c.linkedin, email: c.email }));
	for (const p of index.problems()) if (p.property === null && p.note.toLowerCase().endsWith(".md")) out.push({ name: p.note, linkedin: null });
	return out;
}

/** One line per person the plan skips, naming the contact who already has them when that name differs. */
export function skippedByPlan(plan: ImportPlan): string[] {
	return plan.skip.map((s) => `${s.name}: ${s.reason}${s.existing !== undefined && s.existing !== s.name ? ` (${s.existing})` : ""}`);
}
