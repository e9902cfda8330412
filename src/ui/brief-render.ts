import { humanDate } from "../domain/message-context";
import { baseName } from "../domain/links";
import type { CalendarDate } from "../domain/types";
import type { BriefConversation, BriefPerson, PersonBrief } from "../index/person-brief";

/**
 * Renders "Brief me on this person" (src/index/person-brief.ts assembles it)
 * into an element, in one column that reads on a phone as in a sidebar. Text
 * goes in as text; every part links to its note (`a.internal-link` with
 * `data-href`), which the view opens on click.
 */

export const BRIEF_CLASS = "informational-interviews-brief-view";
export const BRIEF_LINK_CLASS = "informational-interviews-brief-link";

const LEVELS: Record<string, string> = { "early-career": "Early career", "mid-career": "Mid-career", senior: "Senior leader" };

export function renderBrief(root: HTMLElement, brief: PersonBrief, today: CalendarDate): void {
	root.empty();
	renderHeader(root, brief);
	renderWho(root, brief);
	if (brief.next !== null) renderNext(root, brief.next, today);
	renderEarlier(root, brief.earlier, today);
	renderOwed(root, brief, today);
	renderQuestions(root, brief);
	renderPitch(root, brief);
}

/** Shown when the note the view was opened on is no longer a contact or an interview. */
export function renderNoBrief(root: HTMLElement, path: string): void {
	root.empty();
	root.createEl("p", { cls: "informational-interviews-muted", text: `"${baseName(path)}" is no longer a contact or an interview note: open one and run "Brief me on this person".` });
}

function section(root: HTMLElement, id: string, heading: string, count: number | null = null): HTMLElement {
	const el = root.createEl("section", { cls: ["informational-interviews-section", `informational-interviews-brief-${id}`] });
	const head = el.createEl("h4", { cls: "informational-interviews-section-heading" });
	head.createSpan({ cls: "informational-interviews-section-title", text: heading });
	if (count !== null) head.createSpan({ cls: "informational-interviews-count", text: String(count) });
	return el;
}

function noteLink(parent: HTMLElement, text: string, path: string): HTMLElement {
	return parent.createEl("a", { cls: ["internal-link", BRIEF_LINK_CLASS], text, href: "#", attr: { "data-href": path, title: path } });
}

/** A person's name, a link when they have a note. */
function personLink(parent: HTMLElement, p: BriefPerson): void {
	if (p.path === null) parent.createSpan({ text: p.name });
	else noteLink(parent, p.name, p.path);
}

function empty(parent: HTMLElement, text: string): HTMLElement {
	return parent.createEl("p", { cls: "informational-interviews-brief-empty informational-interviews-muted", text });
}

function renderHeader(root: HTMLElement, brief: PersonBrief): void {
	const header = root.createDiv({ cls: "informational-interviews-brief-header" });
	const name = header.createEl("h3", { cls: "informational-interviews-brief-name" });
	if (brief.contact === null) name.setText(brief.person);
	else noteLink(name, brief.person, brief.contact);
	const line = [brief.role, brief.organization].filter((x): x is string => x !== null && x.trim() !== "").join(" · ");
	if (line !== "") header.createDiv({ cls: "informational-interviews-brief-subtitle", text: line });
}

function renderWho(root: HTMLElement, brief: PersonBrief): void {
	const el = section(root, "who", "Who they are");
	if (brief.contact === null) {
		empty(el, `No contact note for ${brief.person} yet: what you know of them is in the conversation notes below.`);
		return;
	}
	const rows: [string, string | BriefPerson][] = [];
	if (brief.role) rows.push(["Role", brief.role]);
	if (brief.organization) rows.push(["Organization", brief.organization]);
	if (brief.level) rows.push(["Level", LEVELS[brief.level] ?? brief.level]);
	if (brief.relationship) rows.push(["How you know them", brief.relationship]);
	if (brief.referredBy) rows.push(["Introduced by", brief.referredBy]);
	if (rows.length === 0) {
		empty(el, "Nothing written about them yet: add their role, organization and how you know them to their note.");
		return;
	}
	const dl = el.createEl("dl", { cls: "informational-interviews-brief-facts" });
	for (const [label, value] of rows) {
		dl.createEl("dt", { text: label });
		const dd = dl.createEl("dd");
		if (typeof value === "string") dd.setText(value);
		else personLink(dd, value);
	}
}

function when(date: CalendarDate | null, today: CalendarDate, time: string | null = null): string {
	if (date === null) return "No date yet";
	const day = date === today ? "Today" : humanDate(date, today);
	return time === null ? day : `${day} at ${time}`;
}

function renderNext(root: HTMLElement, next: NonNullable<PersonBrief["next"]>, today: CalendarDate): void {
	const el = section(root, "next", "Next conversation");
	const p = el.createEl("p", { cls: "informational-interviews-brief-line" });
	noteLink(p, when(next.date, today, next.time), next.note);
	const more = [next.format, next.location].filter((x): x is string => x !== null && x.trim() !== "");
	if (more.length > 0) p.createSpan({ cls: "informational-interviews-muted", text: ` · ${more.join(" · ")}` });
}

function renderEarlier(root: HTMLElement, earlier: readonly BriefConversation[], today: CalendarDate): void {
	const el = section(root, "earlier", "Earlier conversations", earlier.length);
	if (earlier.length === 0) {
		empty(el, "No conversation with them yet.");
		return;
	}
	const list = el.createEl("ol", { cls: "informational-interviews-brief-conversations" });
	for (const c of earlier) {
		const li = list.createEl("li", { cls: "informational-interviews-brief-conversation", attr: { "data-note": c.note } });
		const head = li.createDiv({ cls: "informational-interviews-brief-line" });
		noteLink(head, when(c.date, today), c.note);
		if (c.format) head.createSpan({ cls: "informational-interviews-muted", text: ` · ${c.format}` });
		items(li, "Topics", c.topics);
		items(li, "Advice", c.advice);
		if (c.suggested.length > 0) {
			const p = li.createDiv({ cls: "informational-interviews-brief-suggested" });
			p.createSpan({ cls: "informational-interviews-brief-label", text: "Suggested: " });
			c.suggested.forEach((person, i) => {
				if (i > 0) p.appendText(", ");
				personLink(p, person);
			});
		}
	}
}

function items(parent: HTMLElement, label: string, values: readonly string[]): void {
	if (values.length === 0) return;
	parent.createDiv({ cls: "informational-interviews-brief-label", text: label });
	const ul = parent.createEl("ul", { cls: "informational-interviews-brief-items" });
	for (const v of values) ul.createEl("li", { text: v });
}

function renderOwed(root: HTMLElement, brief: PersonBrief, today: CalendarDate): void {
	const el = section(root, "owed", "What you still owe", brief.owed.length);
	if (brief.owed.length === 0) {
		empty(el, "Nothing: you are up to date with them.");
		return;
	}
	const ul = el.createEl("ul", { cls: "informational-interviews-brief-owed-list" });
	for (const f of brief.owed) {
		const li = ul.createEl("li", { cls: `informational-interviews-brief-owed-${f.status}`, attr: { "data-kind": f.kind } });
		noteLink(li, f.title, f.note);
		const due = f.status === "overdue" ? `overdue since ${humanDate(f.due, today)}` : f.status === "due" ? "due today" : `due ${humanDate(f.due, today)}`;
		li.createSpan({ cls: "informational-interviews-brief-due", text: ` · ${due}` });
	}
}

function renderQuestions(root: HTMLElement, brief: PersonBrief): void {
	const el = section(root, "questions", "Questions to ask", brief.questions?.items.length ?? null);
	if (brief.questions === null) {
		if (brief.next === null) empty(el, "No conversation planned, so no questions prepared yet.");
		else empty(el, `No "Questions" section in ${baseName(brief.next.note)} yet.`);
		return;
	}
	source(el, brief.questions.note);
	if (brief.questions.items.length === 0) {
		empty(el, "The questions section is empty.");
		return;
	}
	const ol = el.createEl("ol", { cls: "informational-interviews-brief-items" });
	for (const q of brief.questions.items) ol.createEl("li", { text: q });
}

function renderPitch(root: HTMLElement, brief: PersonBrief): void {
	const el = section(root, "pitch", "Your pitch");
	if (brief.pitch === null) {
		empty(el, 'No pitch yet: write one under "My pitch" in the interview note, or in the settings (About you).');
		return;
	}
	if (brief.pitch.note === null) el.createDiv({ cls: "informational-interviews-brief-source informational-interviews-muted", text: "From your settings" });
	else source(el, brief.pitch.note);
	for (const paragraph of brief.pitch.text.split("\n\n")) el.createEl("p", { cls: "informational-interviews-brief-pitch-text", text: paragraph });
}

function source(parent: HTMLElement, note: string): void {
	const line = parent.createDiv({ cls: "informational-interviews-brief-source informational-interviews-muted", text: "From " });
	noteLink(line, baseName(note), note);
}
