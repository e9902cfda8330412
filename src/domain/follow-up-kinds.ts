import { CONFIRM, KEEP_IN_TOUCH, NUDGE, THANK_REFERRER, THANK_YOU } from "./message-texts";
import { PROP } from "./properties";

/**
 * Every follow-up kind, declared once, in the order that breaks ties between
 * follow-ups of one note on one day. Each entry says what every place needs:
 * the title the rule gives it, the calendar summary, how the item's main
 * button ends it (the property written), that button, and the message it
 * drafts. The rule that produces a kind lives in src/domain/rules.ts. Adding a
 * kind is one entry here plus one rule (docs/ARCHITECTURE.md has an example).
 */

/** What a kind's wording may use. `person` is the one concerned; the rest depends on the kind. */
export interface TitleParts {
	person: string;
	/** A nudge past the allowed count: the suggestion is to close the request. */
	closeRequest?: boolean;
	/** When the conversation is: "tomorrow at 10:00". */
	when?: string;
	/** Who introduced the user to `person`. */
	referrer?: string;
	/** Who suggested reaching out to `person`. */
	suggestedBy?: string;
}

/** The facts of one follow-up that its summary and button read (a FollowUp has them all). */
export interface KindFacts {
	person: string;
	title: string;
	closeRequest?: boolean;
	target?: string;
}

/**
 * How the item's main button ends a follow-up (a nudge past the allowed count
 * always ends by `status: no-response`, whatever its kind):
 * - `today`: today's date into `property` of the follow-up's note;
 * - `nudged`: `nudged: <today>` and `nudges` + 1 in the interview note;
 * - `notes`: a contact note (when missing) and a requested interview note;
 * - `request`: `requested: <today>` and `status: requested` in the interview note, each where missing.
 */
export type Completion = { write: "today"; property: string } | { write: "nudged" } | { write: "notes" } | { write: "request" };

/** What the main button of an item does: end it as `Completion` says, close the request, or (for `notes`) ask first. */
export type PrimaryAction = "done" | "close-request" | "log-contact" | "record-reach-out";

export interface PrimaryButton {
	action: PrimaryAction;
	label: string;
	tooltip: string;
	/** Lucide icon of the button. */
	icon: string;
}

/** What decides whether a kind's draft is offered on an interview note (README.md: "When each command is offered"). */
export interface DraftState {
	/** A request sent and not answered with a date (`awaitingReply` in conversations.ts). */
	awaitingReply: boolean;
	/** The conversation is still ahead (`stillAhead` in conversations.ts). */
	ahead: boolean;
	/** The conversation took place (see `tookPlace` in rules.ts). */
	tookPlace: boolean;
	/** The contact has a `referred-by`. */
	referred: boolean;
}

/** A message draft of the kind's own: its template id is the kind's name. */
export interface KindMessage {
	/** What the user reads in menus, in sentence case. */
	label: string;
	/** The file in the templates folder that overrides it. */
	fileName: string;
	subject: string;
	body: string;
	/** Whose address the message goes to. */
	recipient: "contact" | "referrer";
	/** What Mark as sent recorded, after "Recorded …". */
	sentNotice: string;
	/** The command that drafts it on the current note. */
	command: { id: string; name: string };
	/** On an interview note, whether the draft makes sense there (else the command is hidden). */
	offered(state: DraftState): boolean;
}

/**
 * The draft that answers a follow-up: a message of its own, written on the
 * interview (`interview`) or on the contact (`contact`), or a shared template
 * written on the interview (`interview`) or addressed to someone suggested (`suggested`).
 */
export type KindDraft = { on: "interview" | "contact"; message: KindMessage } | { on: "interview" | "suggested"; template: "outreach" };

interface KindSpec {
	name: string;
	title(parts: TitleParts): string;
	/** What the calendar shows: short, naming the person. */
	summary(f: KindFacts): string;
	/** The Lucide icon before the row's text in the Follow-ups view, one per kind, so a glance down the list tells what each asks for. */
	icon: string;
	ends: Completion;
	primary(f: KindFacts): PrimaryButton;
	draft: KindDraft;
	/** One note can hold several of this kind, one per person (a conversation suggests several people). */
	perPerson: boolean;
	/**
	 * The properties of the follow-up's note its rule reads: a write from its
	 * row expects them (and those it writes) to hold what the row showed.
	 */
	reads: readonly string[];
	/** The row's further buttons that write to its note, beside the main button and Snooze. */
	writes: readonly RowWrite[];
}

/**
 * - `schedule`: Schedule… (the conversation was agreed on: the Schedule dialog);
 * - `declined`: `status: declined` (the person said no);
 * - `not-pursuing`: the user lets it go (see follow-up-writes.ts).
 */
export type RowWrite = "schedule" | "declined" | "not-pursuing";

const done = (tooltip: string): PrimaryButton => ({ action: "done", label: "Done", tooltip, icon: "check" });

const FOLLOW_UP_KINDS = [
	{
		name: "nudge",
		title: (p) => (p.closeRequest ? `Close your request to ${p.person} as no response` : `Nudge ${p.person} about your request`),
		summary: (f) => (f.closeRequest ? `Close the request to ${f.person}?` : `Nudge ${f.person}`),
		icon: "bell-ring",
		ends: { write: "nudged" },
		primary: (f) =>
			f.closeRequest
				? { action: "close-request", label: "Close request", tooltip: "Set the status of this request to no-response", icon: "check" }
				: done("You sent a nudge today: records it in the note"),
		draft: {
			on: "interview",
			message: {
				label: "Nudge",
				fileName: "Nudge.md",
				subject: "Following up on my request for a short conversation",
				body: NUDGE,
				recipient: "contact",
				sentNotice: "the nudge as sent today",
				command: { id: "draft-nudge", name: "Draft nudge" },
				offered: (s) => s.awaitingReply,
			},
		},
		perPerson: false,
		reads: [PROP.status, PROP.requested, PROP.date, PROP.nudged, PROP.nudges, PROP.snoozeUntil],
		writes: ["schedule", "declined"],
	},
	{
		name: "confirm",
		title: (p) => `Confirm the conversation with ${p.person} (${p.when ?? ""})`,
		summary: (f) => `Confirm with ${f.person}`,
		icon: "calendar-check",
		ends: { write: "today", property: PROP.confirmed },
		primary: () => done("You confirmed the time: records today as confirmed"),
		draft: {
			on: "interview",
			message: {
				label: "Confirmation",
				fileName: "Confirmation.md",
				subject: "Confirming our conversation on {{interview.date}}",
				body: CONFIRM,
				recipient: "contact",
				sentNotice: "the conversation as confirmed today",
				command: { id: "draft-confirmation", name: "Draft confirmation" },
				offered: (s) => s.ahead,
			},
		},
		perPerson: false,
		reads: [PROP.status, PROP.date, PROP.confirmed, PROP.snoozeUntil],
		writes: [],
	},
	{
		name: "thank-you",
		title: (p) => `Send a thank-you to ${p.person}`,
		summary: (f) => `Thank-you to ${f.person}`,
		icon: "heart-handshake",
		ends: { write: "today", property: PROP.thankYouSent },
		primary: () => done("You sent the thank-you: records today as thank-you sent"),
		draft: {
			on: "interview",
			message: {
				label: "Thank-you",
				fileName: "Thank-you.md",
				subject: "Thank you for your time, {{contact.first-name}}",
				body: THANK_YOU,
				recipient: "contact",
				sentNotice: "the thank-you as sent today",
				command: { id: "draft-thank-you", name: "Draft thank-you" },
				offered: (s) => s.tookPlace,
			},
		},
		perPerson: false,
		reads: [PROP.status, PROP.date, PROP.thankYouSent, PROP.snoozeUntil],
		writes: [],
	},
	{
		name: "thank-referrer",
		title: (p) => `Thank ${p.referrer ?? "the referrer"} for the introduction to ${p.person}`,
		// `person` is the one interviewed; the title names who introduced you.
		summary: (f) => f.title.trim() || `Thank whoever introduced you to ${f.person}`,
		icon: "gift",
		ends: { write: "today", property: PROP.referrerThanked },
		primary: (f) => done(`You thanked ${f.target ?? "the referrer"}: records today as referrer thanked`),
		draft: {
			on: "interview",
			message: {
				label: "Thanks to the referrer",
				fileName: "Thanks to the referrer.md",
				subject: "Thank you for introducing me to {{contact.name}}",
				body: THANK_REFERRER,
				recipient: "referrer",
				sentNotice: "the referrer as thanked today",
				command: { id: "draft-thank-referrer", name: "Draft thanks to the referrer" },
				offered: (s) => s.tookPlace && s.referred,
			},
		},
		perPerson: false,
		reads: [PROP.status, PROP.date, PROP.contact, PROP.referrerThanked, PROP.snoozeUntil],
		writes: [],
	},
	{
		name: "reach-out",
		title: (p) => `Reach out to ${p.person} (suggested by ${p.suggestedBy ?? ""})`,
		summary: (f) => `Reach out to ${f.person}`,
		icon: "user-plus",
		ends: { write: "notes" },
		primary: (f) => ({
			action: "record-reach-out",
			label: "Done",
			tooltip: `You asked ${f.person} for a conversation: creates the notes that record it`,
			icon: "check",
		}),
		draft: { on: "suggested", template: "outreach" },
		perPerson: true,
		reads: [PROP.status, PROP.date, PROP.referrals, PROP.notPursued, PROP.snoozeUntil],
		writes: ["not-pursuing"],
	},
	{
		name: "keep-in-touch",
		title: (p) => `Keep in touch with ${p.person}`,
		summary: (f) => `Keep in touch with ${f.person}`,
		icon: "repeat",
		ends: { write: "today", property: PROP.lastContact },
		primary: () => ({ action: "log-contact", label: "Log contact today", tooltip: "Records today as the last contact, which restarts the cadence", icon: "check" }),
		draft: {
			on: "contact",
			message: {
				label: "Keep-in-touch update",
				fileName: "Keep-in-touch update.md",
				subject: "A quick update from {{me.name}}",
				body: KEEP_IN_TOUCH,
				recipient: "contact",
				sentNotice: "today as the last contact",
				command: { id: "draft-keep-in-touch", name: "Draft keep-in-touch update" },
				offered: () => true,
			},
		},
		perPerson: false,
		reads: [PROP.status, PROP.lastContact, PROP.keepInTouch, PROP.snoozeUntil],
		writes: ["not-pursuing"],
	},
	{
		name: "send-request",
		title: (p) => `Send your request to ${p.person}`,
		summary: (f) => `Send request to ${f.person}`,
		icon: "send",
		ends: { write: "request" },
		primary: () => ({ action: "done", label: "Mark as sent", tooltip: "You sent the request: records status requested and today as the request date", icon: "check" }),
		draft: { on: "interview", template: "outreach" },
		perPerson: false,
		reads: [PROP.status, PROP.requested, PROP.date, PROP.contact, PROP.created, PROP.snoozeUntil],
		writes: [],
	},
] as const satisfies readonly KindSpec[];

type Kind = (typeof FOLLOW_UP_KINDS)[number];
export type FollowUpKind = Kind["name"];
/** The kinds that draft a message of their own; that message's template id is the kind's name. */
export type KindMessageId = Extract<Kind, { draft: { message: KindMessage } }>["name"];

const BY_NAME = new Map<string, KindSpec & { order: number }>(FOLLOW_UP_KINDS.map((k, order) => [k.name, { ...k, order }]));

/** The entry of a kind, with its place in the table. */
export function followUpKind(name: FollowUpKind): KindSpec & { order: number } {
	const kind = BY_NAME.get(name);
	if (!kind) throw new Error(`No follow-up kind "${name}"`);
	return kind;
}

interface OwnMessage {
	id: KindMessageId;
	/** The note the draft is written on. */
	on: "interview" | "contact";
	/** How the follow-up ends, which is what Mark as sent records. */
	ends: Completion;
	message: KindMessage;
}

/** The kinds with a message of their own, in table order, with that message. */
export function kindMessages(): OwnMessage[] {
	const out: OwnMessage[] = [];
	for (const k of FOLLOW_UP_KINDS) {
		if ("message" in k.draft) out.push({ id: k.name as KindMessageId, on: k.draft.on, ends: k.ends, message: k.draft.message });
	}
	return out;
}

/** The message of its own a template id names, or null (the outreach, the landed thanks). */
export function kindMessage(id: string): OwnMessage | null {
	return kindMessages().find((m) => m.id === id) ?? null;
}

/** The template a kind drafts with: its own message (named like the kind), or the shared one it names. */
export function draftTemplate(name: FollowUpKind): KindMessageId | "outreach" {
	const draft = followUpKind(name).draft;
	return "message" in draft ? (name as KindMessageId) : draft.template;
}
