import { builtinTemplate, type MessageTemplateId } from "../domain/builtin-templates";
import { awaitingReply, stillAhead } from "../domain/conversations";
import { draftTemplate, followUpKind, kindMessage } from "../domain/follow-up-kinds";
import { baseName } from "../domain/links";
import { buildMessageValues, type ContactInfo, type MessageSettings } from "../domain/message-context";
import type { Properties } from "../domain/property-change";
import type { TemplateValue } from "../domain/template";
import type { CalendarDate, Contact, FollowUp, Interview, NoteRecord } from "../domain/types";
import type { VaultIndex } from "./vault-index";

/**
 * What a message draft is about: whom it goes to, the values its template is
 * filled with, and where "Mark as sent" records it. Pure reading of the index:
 * nothing here touches the vault.
 */

/** Where Mark as sent writes. */
export type SentTarget =
	/**
	 * An interview note: `requested`+`status`, `nudged`+`nudges`, `confirmed`,
	 * `thank-you-sent` or `referrer-thanked`. `requestedOn`, for an outreach to an
	 * interview whose request was sent already: sending it again is a nudge, and
	 * Mark as sent records one (the first request date stays).
	 */
	| { kind: "interview"; path: string; requestedOn?: CalendarDate }
	/** A contact note: `last-contact`. */
	| { kind: "contact"; path: string }
	/** An outreach from a contact note with no open request: a new interview note that records it (`requested`+`status`). */
	| { kind: "new-interview"; contact: Contact }
	/** An outreach to someone an interview suggested: their contact note (when missing) and a requested interview. */
	| { kind: "suggested"; followUp: FollowUp };

/**
 * The name of someone an interview suggested, as their contact note is (or
 * will be) named: the file name of the `referrals` link (`[[People/Priya
 * Nair|Priya]]` → `Priya Nair`), not its alias.
 */
export function suggestedPerson(f: FollowUp): string {
	return f.target !== undefined && f.target.trim() !== "" ? baseName(f.target.trim()) : f.person;
}

/** A reach-out whose person has just been given a contact note. */
export function withContactNote(target: SentTarget, contactPath: string): SentTarget {
	return target.kind === "suggested" ? { kind: "suggested", followUp: { ...target.followUp, contact: contactPath } } : target;
}

export interface DraftPlan {
	template: MessageTemplateId;
	/** Who the message is addressed to. */
	recipient: string;
	/** Their email address, when known. */
	email: string | null;
	values: Record<string, TemplateValue>;
	target: SentTarget;
	/**
	 * The properties of the note Mark as sent writes (an interview or a contact
	 * note) as the draft was made from them: the write expects them unchanged.
	 */
	seen: Properties | null;
}

/** The person an interview is with: their contact, else what the `contact` link says. */
function personOf(index: VaultIndex, iv: Interview): { contact: Contact | null; info: ContactInfo } {
	const contact = index.contactOf(iv);
	if (contact) return { contact, info: contact };
	return { contact: null, info: { name: iv.contact ? baseName(iv.contact.target) : "" } };
}

function referrerOf(index: VaultIndex, contact: ContactInfo): Contact | null {
	return contact.referredBy ? index.resolveContact(contact.referredBy) : null;
}

/** The latest interview with this contact that took place, if any. */
function lastMetInterview(index: VaultIndex, contactPath: string, today: string): Interview | null {
	const met = index.interviewsOf(contactPath).filter((iv) => index.tookPlace(iv, today));
	return met.at(-1) ?? null;
}

/** An interview with this contact still waiting for its request to be sent: no status, no date, no request date. */
function openRequest(index: VaultIndex, contactPath: string): Interview | null {
	return index.interviewsOf(contactPath).find((iv) => !iv.statusUnknown && iv.status === null && iv.date === null && iv.requested === null) ?? null;
}

interface Parts {
	contact: ContactInfo;
	interview: Interview | null;
	/** Who introduced them: a contact, a name, or null for the contact's own `referred-by`. */
	referrer: Contact | string | null;
	target: SentTarget;
}

function plan(index: VaultIndex, template: MessageTemplateId, parts: Parts, settings: MessageSettings): DraftPlan {
	const referrer = parts.referrer ?? referrerOf(index, parts.contact);
	const values = buildMessageValues({ contact: parts.contact, interview: parts.interview, referrer: referrer ?? undefined, settings });
	const toReferrer = builtinTemplate(template).recipient === "referrer";
	const referrerContact = typeof referrer === "object" ? referrer : null;
	const recipient = toReferrer ? String(values["referrer.name"] ?? "") : parts.contact.name;
	const email = toReferrer ? (referrerContact?.email ?? null) : (parts.contact.email ?? null);
	const seen = parts.target.kind === "interview" || parts.target.kind === "contact" ? index.propertiesOf(parts.target.path) : null;
	return { template, recipient, email: email && email.trim() !== "" ? email.trim() : null, values, target: parts.target, seen };
}

const OPEN = new Set<string | null>([null, "requested"]);

/** An update to the person: it goes to their contact note. */
function toContact(template: MessageTemplateId): boolean {
	return template === "landed" || kindMessage(template)?.on === "contact";
}

/**
 * The draft `template` on the note `record`, or null when that message makes
 * no sense there (which hides the command): an outreach for a request not yet
 * answered (an outreach to a request already sent goes out again as a nudge,
 * see SentTarget), an update to a contact (or the contact of an interview), and
 * on an interview the message of a follow-up kind where the table of kinds
 * offers it (`offered`: a nudge for a request sent and not answered, a
 * confirmation for a conversation still ahead, a thank-you once it took place;
 * README.md: "When each command is offered").
 */
export function planForNote(index: VaultIndex, record: NoteRecord, template: MessageTemplateId, settings: MessageSettings): DraftPlan | null {
	const today = settings.today;
	if (record.kind === "contact") {
		if (template === "outreach") {
			const open = openRequest(index, record.path);
			const target: SentTarget = open ? { kind: "interview", path: open.path } : { kind: "new-interview", contact: record };
			return plan(index, template, { contact: record, interview: open, referrer: null, target }, settings);
		}
		if (toContact(template)) {
			const interview = lastMetInterview(index, record.path, today);
			return plan(index, template, { contact: record, interview, referrer: null, target: { kind: "contact", path: record.path } }, settings);
		}
		return null;
	}
	if (record.statusUnknown) return null;
	const iv = record;
	const { contact, info } = personOf(index, iv);
	if (info.name === "") return null;
	const took = index.tookPlace(iv, today);
	const parts: Parts = { contact: info, interview: iv, referrer: null, target: { kind: "interview", path: iv.path } };
	if (template === "outreach") {
		if (!OPEN.has(iv.status) || took) return null;
		return plan(index, template, iv.requested ? { ...parts, target: { kind: "interview", path: iv.path, requestedOn: iv.requested } } : parts, settings);
	}
	if (toContact(template)) return contact ? plan(index, template, { ...parts, target: { kind: "contact", path: contact.path } }, settings) : null;
	const own = kindMessage(template);
	return own?.message.offered({ awaitingReply: awaitingReply(iv), ahead: stillAhead(iv, today), tookPlace: took, referred: Boolean(info.referredBy) }) ? plan(index, template, parts, settings) : null;
}

/** The draft that answers a follow-up of the sidebar, or null (a nudge past the allowed count: close it instead). */
export function planForFollowUp(index: VaultIndex, f: FollowUp, settings: MessageSettings): DraftPlan | null {
	if (f.closeRequest) return null;
	const record = index.get(f.note);
	const draft = followUpKind(f.kind).draft;
	switch (draft.on) {
		case "suggested": {
			const source = record?.kind === "interview" ? record : null;
			const suggested = f.contact ? index.get(f.contact) : undefined;
			const contact: ContactInfo = suggested?.kind === "contact" ? suggested : { name: suggestedPerson(f) };
			const interviewed = source ? personOf(index, source) : null;
			const referrer = interviewed?.contact ?? (interviewed && interviewed.info.name !== "" ? interviewed.info.name : null);
			// A note already prepared for them (no request, no date yet) is where the request is recorded: no second note.
			const prepared = suggested?.kind === "contact" ? openRequest(index, suggested.path) : null;
			if (prepared) return plan(index, draft.template, { contact, interview: prepared, referrer, target: { kind: "interview", path: prepared.path } }, settings);
			return plan(index, draft.template, { contact, interview: null, referrer, target: { kind: "suggested", followUp: f } }, settings);
		}
		case "contact":
			return record?.kind === "contact" ? planForNote(index, record, draftTemplate(f.kind), settings) : null;
		case "interview":
			return interviewPlan(index, record, draftTemplate(f.kind), settings);
	}
}

/** A draft on an interview, whatever its status (the follow-up already decided it is due). */
function interviewPlan(index: VaultIndex, record: NoteRecord | undefined, template: MessageTemplateId, settings: MessageSettings): DraftPlan | null {
	if (record?.kind !== "interview") return null;
	const { info } = personOf(index, record);
	if (info.name === "") return null;
	return plan(index, template, { contact: info, interview: record, referrer: null, target: { kind: "interview", path: record.path } }, settings);
}

export interface Advisor {
	contact: Contact;
	/** Their latest conversation that took place. */
	interview: Interview;
}

/** Every non-archived contact with an interview that took place, by name: the people to thank for a new position. */
export function advisors(index: VaultIndex, today: string): Advisor[] {
	const out: Advisor[] = [];
	for (const contact of index.contacts()) {
		if (contact.status === "archived") continue;
		const interview = lastMetInterview(index, contact.path, today);
		if (interview) out.push({ contact, interview });
	}
	return out.sort((a, b) => a.contact.name.localeCompare(b.contact.name) || a.contact.path.localeCompare(b.contact.path));
}

/** The landed-a-position thanks to one advisor; Mark as sent writes `last-contact` on their note. */
export function planLanded(index: VaultIndex, advisor: Advisor, settings: MessageSettings, newRole: string): DraftPlan {
	const p = plan(index, "landed", { contact: advisor.contact, interview: advisor.interview, referrer: null, target: { kind: "contact", path: advisor.contact.path } }, settings);
	if (newRole.trim() !== "") p.values["new-role"] = newRole.trim();
	return p;
}
