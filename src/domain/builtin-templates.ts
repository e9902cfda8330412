import { kindMessages, type Completion, type KindMessageId } from "./follow-up-kinds";
import { LANDED, OUTREACH } from "./message-texts";
import { PROP } from "./properties";
import { renderTemplate, type RenderResult, type TemplateValues } from "./template";

/**
 * The built-in note templates and message drafts. A user overrides one by
 * putting a file of the same name (`fileName`) in their templates folder; a
 * message file may start with a `Subject: …` line (see `parseTemplateFile`).
 */

/** The outreach request and the landed-a-position thanks, and the message of every follow-up kind that has one. */
export type MessageTemplateId = "outreach" | KindMessageId | "landed";
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
	/** The property that "Mark as sent" writes today's date into (messages only). */
	sentProperty: string | null;
	/** What Mark as sent recorded, after "Recorded …" (messages only). */
	sentNotice: string | null;
	/** The command that drafts the message on the current note, if any. */
	command: { id: string; name: string } | null;
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

type Def = Pick<BuiltinTemplate, "id" | "label" | "fileName" | "subject" | "body"> & Partial<BuiltinTemplate>;

function message(def: Def): BuiltinTemplate {
	return Object.freeze({ kind: "message", recipient: "contact", sentProperty: null, sentNotice: null, command: null, ...def });
}

function note(def: Def): BuiltinTemplate {
	return Object.freeze({ kind: "note", recipient: null, sentProperty: null, sentNotice: null, command: null, ...def });
}

/** The property Mark as sent writes for a kind's message: the one that ends the follow-up. */
function endsProperty(ends: Completion): string | null {
	return ends.write === "today" ? ends.property : ends.write === "nudged" ? PROP.nudged : null;
}

/**
 * Every built-in template: the messages in the order of the method (the
 * outreach, the message of each follow-up kind from the table of kinds, the
 * landed-a-position thanks), then the notes.
 */
export const BUILTIN_TEMPLATES: readonly BuiltinTemplate[] = Object.freeze([
	message({
		id: "outreach",
		label: "Outreach request",
		fileName: "Outreach request.md",
		subject: "A short conversation about your work?",
		body: OUTREACH,
		sentProperty: PROP.requested,
		sentNotice: "the request as sent today",
		command: { id: "draft-outreach", name: "Draft outreach request" },
	}),
	...kindMessages().map(({ id, ends, message: m }) =>
		message({ id, label: m.label, fileName: m.fileName, subject: m.subject, body: m.body, recipient: m.recipient, sentProperty: endsProperty(ends), sentNotice: m.sentNotice, command: m.command }),
	),
	message({
		id: "landed",
		label: "I landed a position",
		fileName: "I landed a position.md",
		subject: "Some good news, and thank you",
		body: LANDED,
		sentProperty: PROP.lastContact,
		sentNotice: "today as the last contact",
	}),
	note({ id: "contact-note", label: "Contact note", fileName: "Contact note.md", subject: null, body: CONTACT_NOTE }),
	note({ id: "interview-note", label: "Interview note", fileName: "Interview note.md", subject: null, body: INTERVIEW_NOTE }),
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
