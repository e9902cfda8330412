import { addDays } from "../domain/dates";
import type { FieldProgress } from "../index/field-tally";
import { describeConversation } from "../index/conversation-item";
import { fieldSummary, type FollowUpsViewModel } from "../index/view-model";
import { CONVERSATION_ICON } from "./constants";
import { appendIcon, iconButton, sectionEl } from "./render-controls";
import { renderConversationRows } from "./render-conversations";
import type { RenderContext } from "./render-types";

/**
 * The view's parts other than its long lists: the header, today's and
 * tomorrow's conversations, "Nothing to follow up on", Fields and the
 * teaching empty state. Each is drawn whole (they are short) and appended to
 * `root`; the renderer keeps one while what it shows is the same.
 */

export function renderHeader(root: HTMLElement, ctx: RenderContext): HTMLElement {
	const header = root.createDiv({ cls: "informational-interviews-view-header" });
	iconButton(header, ["informational-interviews-open-insights"], "Search at a glance", "gauge", ctx.bound, "Funnel, fields, organizations and the referral chain");
	return header;
}

/** Today's and tomorrow's conversations: who, when, how, where; the note one click away. */
export function renderConversations(root: HTMLElement, vm: FollowUpsViewModel, ctx: RenderContext): HTMLElement {
	const section = sectionEl(root, "conversations", "Conversations", vm.conversations.length, "Today and tomorrow", ctx);
	const list = section.createEl("ul", { cls: "informational-interviews-list informational-interviews-conversations", attr: { "aria-label": "Conversations" } });
	const items = vm.conversations.map((c) => describeConversation(c, vm.today));
	renderConversationRows(list, items, ctx.bound.notes, (parent) => appendIcon(parent, CONVERSATION_ICON, ctx.bound));
	if (!ctx.handlers.brief) return section;
	for (const row of list.querySelectorAll<HTMLElement>(".informational-interviews-conversation")) {
		const actions = row.createDiv({ cls: "informational-interviews-item-actions" });
		iconButton(actions, ["informational-interviews-action", "informational-interviews-action-brief"], "Brief", "user", ctx.bound, "Everything your notes say about them, before you talk");
	}
	return section;
}

export function renderNothingDue(root: HTMLElement, horizonDays: number): HTMLElement {
	const none = root.createDiv({ cls: "informational-interviews-nothing-due" });
	none.createEl("p", { text: "Nothing to follow up on." });
	none.createEl("p", {
		cls: "informational-interviews-muted",
		text: horizonDays > 0 ? `Follow-ups due within the next ${horizonDays} days show here.` : "Follow-ups due today show here.",
	});
	return none;
}

export function renderFields(root: HTMLElement, fields: readonly FieldProgress[], ctx: RenderContext): HTMLElement {
	const section = sectionEl(root, "fields", "Fields", fields.length, "People met per field", ctx);
	const list = section.createEl("ul", { cls: "informational-interviews-list informational-interviews-fields", attr: { "aria-label": "Fields" } });
	for (const field of fields) {
		const summary = fieldSummary(field.met, field.target);
		const li = list.createEl("li", {
			cls: ["informational-interviews-field", field.met >= field.target ? "informational-interviews-field-complete" : "informational-interviews-field-open"],
			attr: { title: `${field.contacts} contact${field.contacts === 1 ? "" : "s"} in this field` },
		});
		li.createSpan({ cls: "informational-interviews-field-name", text: field.field });
		li.createSpan({ cls: "informational-interviews-field-count", text: summary });
		li.createEl("progress", {
			cls: "informational-interviews-progress",
			attr: { max: String(field.target), value: String(Math.min(field.met, field.target)), "aria-label": `${field.field}: ${summary}` },
		});
	}
	return section;
}

export function renderTeachingEmptyState(root: HTMLElement, today: string, newContact: boolean): HTMLElement {
	const box = root.createDiv({ cls: "informational-interviews-empty" });
	box.createEl("p", { cls: "informational-interviews-empty-title", text: "No contacts or interviews yet" });
	if (newContact) {
		box.createEl("button", { cls: ["mod-cta", "informational-interviews-new-contact"], text: "New contact", attr: { type: "button" } });
	}
	box.createEl("p", {
		text: "A note becomes a contact or an interview through its properties, in any folder. A contact note starts like this:",
	});
	sample(box, ["---", "type: contact", "organization: Tidewater Credit Union", "role: UX researcher", "field: UX research", "relationship: classmate", "---"]);
	box.createEl("p", { text: "An interview note names the contact and the day you talk:" });
	sample(box, ["---", "type: interview", 'contact: "[[Aisha Rahman]]"', "status: scheduled", `date: ${addDays(today, 7)}`, "---"]);
	const how = box.createEl("p");
	how.appendText("Create them with the commands ");
	how.createEl("strong", { text: "New contact" });
	how.appendText(" and ");
	how.createEl("strong", { text: "New interview" });
	how.appendText(", or add these properties to notes you already have. Follow-ups (confirm the time, send a thank-you, keep in touch) then show here as they come due.");
	return box;
}

function sample(parent: HTMLElement, lines: readonly string[]): void {
	parent.createEl("pre", { cls: "informational-interviews-sample" }).createEl("code", { text: lines.join("\n") });
}
