import { PROP } from "./settings";
import { renderTemplate, type RenderResult, type TemplateValues } from "./template";
import type { FollowUpKind } from "./types";

/**
 * The built-in note templates and message drafts. A user overrides one by
 * putting a file of the same name (`fileName`) in their templates folder; a
 * message file may start with a `Subject: …` line (see `parseTemplateFile`).
 */

export type MessageTemplateId = "outreach" | "nudge" | "confirm" | "thank-you" | "thank-referrer" | "keep-in-touch" | "landed";
export type NoteTemplateId = "contact-note" | "interview-note";
export type TemplateId = MessageTemplateId | NoteTemplateId;

export interface TemplateText {
	/** The subject line of a message; null for a note template or a file without one. */
	subject: string | null;
	body: string;
}

export interface BuiltinTemplate extends TemplateText {
	id: TemplateId;
	kind: "message" | "note";
	/** What the user reads in menus, in sentence case. */
	label: string;
	/** The file in the templates folder that overrides this template. */
	fileName: string;
	/** Whose address the message goes to (messages only). */
	recipient: "contact" | "referrer" | null;
	/** The follow-up this message answers, if any. */
	followUp: FollowUpKind | null;
	/** The property that "Mark as sent" writes today's date into (messages only). */
	sentProperty: string | null;
}

const CONTACT_NOTE = `---
type: contact
organization: {{contact.organization}}
role: {{contact.role}}
field: {{contact.field}}
email: {{contact.email}}
phone: {{contact.phone}}
linkedin: {{contact.linkedin}}
relationship: {{contact.relationship}}
referred-by: {{referrer.link}}
last-contact:
keep-in-touch:
status: active
---
## Who they are
- Role and organization:
- Career path so far:
- What they work on now:
- How I know them:

## Staying in touch
- Updates I have sent:
- Ways I could help them:

## Notes
`;

const INTERVIEW_NOTE = `---
type: interview
contact: {{contact.link}}
status: {{interview.status}}
created: {{today}}
requested:
date: {{interview.iso-date}}
format: {{interview.format}}
duration: {{interview.minutes}}
confirmed:
thank-you-sent:
referrer-thanked:
topics:
referrals:
---
## Before we talk

### The organization: {{contact.organization}}
- Leadership:
- Structure:
- Mission:
- Recent successes:
- Upcoming projects:

### The person: {{contact.name}}
- Role: {{contact.role}}
- Path to this role:
- What they work on now:

### My short pitch
{{me.pitch}}

### Questions I will ask
{{questions}}

### Logistics
- [ ] Confirm the time, format and purpose the day before
- [ ] Keep to the time we agreed

## The conversation

### Notes

### Topics discussed
Add them to \`topics\` in the properties too: the thank-you draft names them.

### Advice

### People they suggested
Add each one as a link to \`referrals\` in the properties, e.g. [[Their name]].

## After
- [ ] Send a thank-you within two days, naming what we discussed
- [ ] Thank the person who introduced us, if anyone did
- [ ] Get in touch with the people they suggested
- Updates I promised to send:
`;

const OUTREACH = `Dear {{contact.first-name}},

{{introduction}}

A little about me: {{me.pitch}}

I am exploring work in {{contact.field}} and would be grateful to hear how it looks from the inside: how you came to your role at {{contact.organization}}, what the work is like day to day, and where you see the field going. I am not asking about job openings; I am hoping to learn from your experience.

Could you spare about thirty minutes in the coming weeks? I am happy to meet for coffee, talk on the phone or join a video call, at whatever time suits you best.

Thank you for considering it. I know how valuable your time is.

Best regards,
{{me.name}}`;

const NUDGE = `Dear {{contact.first-name}},

I wrote on {{interview.requested}} to ask whether you might have about thirty minutes to tell me about your work. I know how quickly messages pile up, so I am sending a gentle reminder. If now is not a good moment, I completely understand.

With thanks,
{{me.name}}`;

const CONFIRM = `Dear {{contact.first-name}},

I am writing to confirm our upcoming conversation:
- When: {{interview.date}} at {{interview.time}}
- How: {{interview.format}}
- For: {{interview.duration}}

I am looking forward to learning about your path and your work, and I will keep to the time we agreed. If anything has changed, just let me know and we can find another moment.

Best regards,
{{me.name}}`;

const THANK_YOU = `Dear {{contact.first-name}},

Thank you for taking the time to talk with me on {{interview.date}}. I especially valued what you shared about {{topics}}.

Since we spoke, {{insight}}

{{next-step}} I will let you know how it goes.

With gratitude,
{{me.name}}`;

const THANK_REFERRER = `Dear {{referrer.first-name}},

Thank you for introducing me to {{contact.name}}. We spoke on {{interview.date}}, and I learned a great deal about {{topics}}.

I am grateful you made the connection, and I will keep you posted on where it leads.

Warm regards,
{{me.name}}`;

const KEEP_IN_TOUCH = `Dear {{contact.first-name}},

I hope all is well at {{contact.organization}}. Your advice has stayed with me, so I wanted to send a brief update: {{update}}

If there is ever anything I can do for you in return, I would be glad to help.

All the best,
{{me.name}}`;

const LANDED = `Dear {{contact.first-name}},

I have some good news to share: I have accepted a position as {{new-role}}. Our conversation on {{interview.date}} helped me find my way here, and I wanted you to know how much it meant to me.

Thank you for your time and your generosity. I would love to stay in touch, and if I can ever return the favor, please let me know.

With thanks,
{{me.name}}`;

type Def = Omit<BuiltinTemplate, "recipient" | "followUp" | "sentProperty"> & Partial<Pick<BuiltinTemplate, "recipient" | "followUp" | "sentProperty">>;

function message(def: Def): BuiltinTemplate {
	return Object.freeze({ recipient: "contact", followUp: null, sentProperty: null, ...def });
}

function note(def: Def): BuiltinTemplate {
	return Object.freeze({ recipient: null, followUp: null, sentProperty: null, ...def });
}

/** Every built-in template: the messages in the order of the method, then the notes. */
export const BUILTIN_TEMPLATES: readonly BuiltinTemplate[] = Object.freeze([
	message({ id: "outreach", kind: "message", label: "Outreach request", fileName: "Outreach request.md", subject: "A short conversation about your work?", body: OUTREACH, followUp: "reach-out", sentProperty: PROP.requested }),
	message({ id: "nudge", kind: "message", label: "Nudge", fileName: "Nudge.md", subject: "Following up on my request for a short conversation", body: NUDGE, followUp: "nudge", sentProperty: PROP.nudged }),
	message({ id: "confirm", kind: "message", label: "Confirmation", fileName: "Confirmation.md", subject: "Confirming our conversation on {{interview.date}}", body: CONFIRM, followUp: "confirm", sentProperty: PROP.confirmed }),
	message({ id: "thank-you", kind: "message", label: "Thank-you", fileName: "Thank-you.md", subject: "Thank you for your time, {{contact.first-name}}", body: THANK_YOU, followUp: "thank-you", sentProperty: PROP.thankYouSent }),
	message({ id: "thank-referrer", kind: "message", label: "Thanks to the referrer", fileName: "Thanks to the referrer.md", subject: "Thank you for introducing me to {{contact.name}}", body: THANK_REFERRER, recipient: "referrer", followUp: "thank-referrer", sentProperty: PROP.referrerThanked }),
	message({ id: "keep-in-touch", kind: "message", label: "Keep-in-touch update", fileName: "Keep-in-touch update.md", subject: "A quick update from {{me.name}}", body: KEEP_IN_TOUCH, followUp: "keep-in-touch", sentProperty: PROP.lastContact }),
	message({ id: "landed", kind: "message", label: "I landed a position", fileName: "I landed a position.md", subject: "Some good news, and thank you", body: LANDED, sentProperty: PROP.lastContact }),
	note({ id: "contact-note", kind: "note", label: "Contact note", fileName: "Contact note.md", subject: null, body: CONTACT_NOTE }),
	note({ id: "interview-note", kind: "note", label: "Interview note", fileName: "Interview note.md", subject: null, body: INTERVIEW_NOTE }),
]);

export function builtinTemplate(id: TemplateId): BuiltinTemplate {
	const found = BUILTIN_TEMPLATES.find((t) => t.id === id);
	if (!found) throw new Error(`No built-in template "${id}"`);
	return found;
}

/** The template a file in the templates folder overrides, matched by file name ignoring case and `.md`. */
export function templateForFileName(fileName: string): BuiltinTemplate | null {
	const key = stripMd(fileName.slice(fileName.lastIndexOf("/") + 1)).trim().toLowerCase();
	return BUILTIN_TEMPLATES.find((t) => stripMd(t.fileName).toLowerCase() === key) ?? null;
}

function stripMd(name: string): string {
	return name.toLowerCase().endsWith(".md") ? name.slice(0, -3) : name;
}

/**
 * Reads a user's template file. An optional first line `Subject: …` (any case)
 * gives the subject, and the blank lines after it are dropped; the rest is the
 * body, with line endings made `\n` and trailing blank lines trimmed.
 */
export function parseTemplateFile(text: string): TemplateText {
	const lines = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").split("\n");
	let subject: string | null = null;
	const first = /^\s*subject\s*:\s*(.*?)\s*$/i.exec(lines[0] ?? "");
	if (first) {
		subject = first[1] ?? "";
		lines.shift();
		while (lines.length > 0 && (lines[0] ?? "").trim() === "") lines.shift();
	}
	return { subject, body: lines.join("\n").replace(/\s+$/, "") };
}

/** The file a user edits: `Subject: …`, a blank line, then the body (notes: the body alone). */
export function templateFileText(template: TemplateText): string {
	const body = template.body.endsWith("\n") ? template.body : `${template.body}\n`;
	return template.subject === null ? body : `Subject: ${template.subject}\n\n${body}`;
}

/**
 * The text to use: the user's file when there is one, else the built-in. A
 * message file without a subject line keeps the built-in subject; a note
 * template's file is used whole (only its line endings are made `\n`).
 */
export function resolveTemplate(id: TemplateId, userFileText: string | null | undefined): TemplateText {
	const builtin = builtinTemplate(id);
	if (userFileText === null || userFileText === undefined) return { subject: builtin.subject, body: builtin.body };
	if (builtin.kind === "note") return { subject: null, body: userFileText.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n") };
	const parsed = parseTemplateFile(userFileText);
	return { subject: parsed.subject ?? builtin.subject, body: parsed.body };
}

export interface RenderedDraft {
	subject: string | null;
	body: string;
	/** Placeholders left unfilled in the subject or the body. */
	missing: string[];
	unknown: string[];
}

/** Fills a template's subject and body. */
export function renderDraft(template: TemplateText, values: TemplateValues): RenderedDraft {
	const body = renderTemplate(template.body, values);
	const subject: RenderResult | null = template.subject === null ? null : renderTemplate(template.subject, values);
	const merge = (a: string[], b: string[]) => [...new Set([...a, ...b])];
	return {
		subject: subject?.text ?? null,
		body: body.text,
		missing: merge(subject?.missing ?? [], body.missing),
		unknown: merge(subject?.unknown ?? [], body.unknown),
	};
}
