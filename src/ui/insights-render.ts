import type { CalendarDate } from "../domain/types";
import type { FieldInsight, Funnel, Insights, OrganizationInsight } from "../index/insights";
import type { ReferralNode } from "../index/referral-chain";

/**
 * Renders "the search at a glance" (see src/index/insights.ts for what each
 * number means) into an element. Bars are `<progress>` elements, text goes in
 * as text, and every name with a note is a link (`a.internal-link` with
 * `data-href`): the view opens it on click or Enter, in a new tab with Mod.
 */

export const INSIGHTS_CLASS = "informational-interviews-insights-view";

export function renderInsights(root: HTMLElement, data: Insights, today: CalendarDate): void {
	root.empty();
	const { funnel, fields, organizations, referralChain } = data;
	if (funnel.requests === 0 && fields.length === 0 && organizations.length === 0 && referralChain.length === 0) {
		renderEmpty(root, today);
		return;
	}
	renderFunnel(root, funnel);
	renderFields(root, fields);
	renderOrganizations(root, organizations);
	renderChain(root, referralChain);
}

function section(root: HTMLElement, id: string, heading: string, count: number | null, hint: string): HTMLElement {
	const el = root.createEl("section", { cls: ["informational-interviews-section", `informational-interviews-insights-${id}`] });
	const head = el.createEl("h4", { cls: "informational-interviews-section-heading" });
	head.createSpan({ cls: "informational-interviews-section-title", text: heading });
	head.createSpan({ cls: "informational-interviews-section-hint", text: hint });
	if (count !== null) head.createSpan({ cls: "informational-interviews-count", text: String(count) });
	return el;
}

/** A link to a note, or the plain name when there is no note. */
function person(parent: HTMLElement, name: string, path: string | null): HTMLElement {
	if (path === null) return parent.createSpan({ cls: "informational-interviews-insights-name", text: name });
	return parent.createEl("a", {
		cls: ["internal-link", "informational-interviews-insights-link"],
		text: name,
		href: "#",
		attr: { "data-href": path, title: path },
	});
}

function plural(n: number, one: string, many: string): string {
	return `${n} ${n === 1 ? one : many}`;
}

// ---- funnel ---------------------------------------------------------------------

const STEPS: readonly { key: "requests" | "replies" | "conversations" | "referrals"; label: string; tip: string }[] = [
	{ key: "requests", label: "Requests sent", tip: "Interview notes with a requested date, a status or a date" },
	{ key: "replies", label: "Replies", tip: "Requests now scheduled, done, declined or cancelled" },
	{ key: "conversations", label: "Conversations held", tip: "Status done, or scheduled with a date before today" },
	{ key: "referrals", label: "Referrals received", tip: "Different people suggested under referrals in conversations held" },
];

function renderFunnel(root: HTMLElement, funnel: Funnel): void {
	const el = section(root, "funnel", "Funnel", null, "From request to referral");
	const max = Math.max(1, ...STEPS.map((s) => funnel[s.key]));
	const list = el.createEl("ol", { cls: "informational-interviews-list informational-interviews-funnel", attr: { "aria-label": "Funnel" } });
	for (const step of STEPS) {
		const n = funnel[step.key];
		const li = list.createEl("li", { cls: ["informational-interviews-funnel-step", `informational-interviews-funnel-${step.key}`], attr: { title: step.tip } });
		li.createSpan({ cls: "informational-interviews-funnel-label", text: step.label });
		li.createSpan({ cls: "informational-interviews-funnel-count", text: String(n) });
		li.createEl("progress", { cls: "informational-interviews-progress", attr: { max: String(max), value: String(n), "aria-label": `${step.label}: ${n}` } });
	}
	const rates = el.createDiv({ cls: "informational-interviews-funnel-rates" });
	if (funnel.replyRate === null) {
		rates.createEl("p", {
			cls: "informational-interviews-muted",
			text: "No requests yet. An interview note with status: requested and a requested date counts as one.",
		});
		return;
	}
	rates.createEl("p", {
		cls: "informational-interviews-funnel-rate",
		text: `Reply rate ${Math.round(funnel.replyRate * 100)}% (${funnel.replies} of ${funnel.requests}).`,
	});
	rates.createEl("p", {
		cls: "informational-interviews-funnel-median",
		text:
			funnel.medianDaysToReply === null
				? "Median time to reply: not known yet. It needs a requested date and a confirmed date or conversation date on a reply."
				: `Median ${plural(funnel.medianDaysToReply, "day", "days")} from request to reply, over ${plural(funnel.repliesTimed, "reply", "replies")}.`,
	});
}

// ---- fields ---------------------------------------------------------------------

function renderFields(root: HTMLElement, fields: readonly FieldInsight[]): void {
	const el = section(root, "fields", "Fields", fields.length, "Conversations held against your target");
	if (fields.length === 0) {
		el.createEl("p", { cls: "informational-interviews-muted", text: "No fields yet. Put field: UX research (or the field you explore) on your contacts." });
		return;
	}
	const list = el.createEl("ul", { cls: "informational-interviews-list informational-interviews-fields", attr: { "aria-label": "Fields" } });
	for (const f of fields) {
		const summary = `${plural(f.conversations, "conversation", "conversations")} · target ${f.target}`;
		const li = list.createEl("li", { cls: ["informational-interviews-field", f.conversations >= f.target ? "informational-interviews-field-complete" : "informational-interviews-field-open"] });
		li.createSpan({ cls: "informational-interviews-field-name", text: f.field });
		li.createSpan({ cls: "informational-interviews-field-count", text: summary });
		li.createEl("progress", {
			cls: "informational-interviews-progress",
			attr: { max: String(f.target), value: String(Math.min(f.conversations, f.target)), "aria-label": `${f.field}: ${summary}` },
		});
		const detail = li.createDiv({ cls: "informational-interviews-insights-detail" });
		detail.createDiv({ text: `${f.met} of ${plural(f.contacts, "contact", "contacts")} met` });
		detail.createDiv({
			text: f.organizations.length === 0 ? "No organization reached yet" : `Organizations: ${f.organizations.join(", ")}`,
		});
	}
}

// ---- organizations -----------------------------------------------------------------

function renderOrganizations(root: HTMLElement, organizations: readonly OrganizationInsight[]): void {
	const el = section(root, "organizations", "Organizations", organizations.length, "Where your conversations reached");
	if (organizations.length === 0) {
		el.createEl("p", { cls: "informational-interviews-muted", text: "No organizations yet. Put organization on your contacts." });
		return;
	}
	const active = organizations.filter((o) => o.conversations > 0 || o.referrals.length > 0);
	const quiet = organizations.filter((o) => o.conversations === 0 && o.referrals.length === 0);
	if (active.length > 0) {
		const list = el.createEl("ul", { cls: "informational-interviews-list informational-interviews-orgs", attr: { "aria-label": "Organizations" } });
		for (const o of active) {
			const li = list.createEl("li", { cls: "informational-interviews-org" });
			li.createSpan({ cls: "informational-interviews-org-name", text: o.organization });
			li.createSpan({
				cls: "informational-interviews-org-count",
				text: `${plural(o.contacts, "contact", "contacts")}, ${o.met} met, ${plural(o.conversations, "conversation", "conversations")}`,
			});
			if (o.referrals.length === 0) continue;
			const refs = li.createEl("ul", { cls: "informational-interviews-org-referrals" });
			for (const r of o.referrals) {
				const item = refs.createEl("li");
				person(item, r.from, r.fromContact);
				item.appendText(" introduced ");
				person(item, r.to, r.toContact);
			}
		}
	}
	if (quiet.length > 0) {
		const details = el.createEl("details", { cls: "informational-interviews-orgs-quiet" });
		details.createEl("summary", {
			text: `${plural(quiet.length, active.length > 0 ? "more organization" : "organization", active.length > 0 ? "more organizations" : "organizations")} with contacts but no conversation yet`,
		});
		details.createEl("p", { cls: "informational-interviews-muted", text: quiet.map((o) => `${o.organization} (${o.contacts})`).join(", ") });
	}
}

// ---- referral chain ------------------------------------------------------------------

function renderChain(root: HTMLElement, forest: readonly ReferralNode[]): void {
	const el = section(root, "chain", "Referral chain", null, "Who led to whom");
	const chains = forest.filter((n) => n.children.length > 0);
	const alone = forest.filter((n) => n.children.length === 0);
	if (chains.length === 0) {
		el.createEl("p", {
			cls: "informational-interviews-muted",
			text: "No introductions yet. Put referred-by on a contact, or list people under referrals in an interview note, and chains grow here.",
		});
	} else {
		const list = el.createEl("ul", { cls: "informational-interviews-chain", attr: { "aria-label": "Referral chain" } });
		for (const node of chains) renderNode(list, node);
	}
	if (alone.length > 0) {
		const details = el.createEl("details", { cls: "informational-interviews-chain-alone" });
		details.open = chains.length === 0;
		details.createEl("summary", { text: `Not linked to anyone yet (${alone.length})` });
		const list = details.createEl("ul", { cls: "informational-interviews-chain informational-interviews-chain-flat" });
		for (const node of alone) renderNode(list, node);
	}
}

/** One person and everyone they led to; chains are at most MAX_CHAIN_DEPTH deep. */
function renderNode(parent: HTMLElement, node: ReferralNode): void {
	const li = parent.createEl("li", { cls: ["informational-interviews-chain-node", node.met ? "informational-interviews-chain-met" : "informational-interviews-chain-not-met"] });
	const line = li.createDiv({ cls: "informational-interviews-chain-line" });
	person(line, node.name, node.contact);
	if (node.met) line.createSpan({ cls: "informational-interviews-chain-badge", text: "met" });
	if (node.contact === null) line.createSpan({ cls: "informational-interviews-chain-note", text: "no note yet" });
	else if (parent.hasClass("informational-interviews-chain") && node.referredBy !== null) line.createSpan({ cls: "informational-interviews-chain-note", text: `referred by ${node.referredBy}` });
	if (node.children.length === 0) return;
	const list = li.createEl("ul", { cls: "informational-interviews-chain-children" });
	for (const child of node.children) renderNode(list, child);
}

// ---- empty state ------------------------------------------------------------------------

function renderEmpty(root: HTMLElement, today: CalendarDate): void {
	const box = root.createDiv({ cls: "informational-interviews-empty" });
	box.createEl("p", { cls: "informational-interviews-empty-title", text: "Nothing to measure yet" });
	box.createEl("p", { text: "This view counts what your contact and interview notes record, and fills in as they do:" });
	const list = box.createEl("ul");
	const teach = (label: string, how: string) => {
		const li = list.createEl("li");
		li.createEl("strong", { text: label });
		li.appendText(` ${how}`);
	};
	teach("Requests sent:", "interview notes with status: requested and the requested date.");
	teach("Replies:", "change the status to scheduled (with the date) or declined.");
	teach("Conversations held:", "status done, or a scheduled date that has passed.");
	teach("Referrals:", "the people a contact suggested, under referrals in the interview note.");
	teach("Fields and organizations:", "field and organization on each contact.");
	teach("Referral chain:", "referred-by on a contact names who introduced you.");
	box.createEl("pre", { cls: "informational-interviews-sample" }).createEl("code", {
		text: ["---", "type: interview", 'contact: "[[Aisha Rahman]]"', "status: requested", `requested: ${today}`, "---"].join("\n"),
	});
}
