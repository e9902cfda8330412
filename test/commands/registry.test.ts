// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { BUILTIN_TEMPLATES, resolveTemplate } from "../../src/domain/builtin-templates";
import { QUESTION_BANK } from "../../src/domain/questions";
import type { QuestionsModal } from "../../src/ui/questions-modal";
import { commandIds, fileContent, getPluginData, isCommandAvailable, noticeMessages, openModals, runCommand } from "../fake-obsidian";
import { ANA_INTERVIEW, freezeClock, JANE_INTERVIEW, MANIFEST, PATHS, REPO, SAM, smallVault, startPlugin, sync, TODAY, withPropertyAdded, type Started, stopPlugin, openNote } from "../plugin-harness";

let s: Started;

async function start(files = smallVault(), data: Record<string, unknown> = {}): Promise<void> {
	s = await startPlugin(files, { data: { digest: false, ...data } });
}

beforeEach(() => freezeClock());

afterEach(() => stopPlugin(s));

const text = (path: string) => fileContent(s.app, path);

const open = (path: string) => openNote(s, path);

async function run(id: string): Promise<void> {
	expect(await runCommand(s.app, id)).toBe(true);
	await vi.waitFor(() => expect(noticeMessages().length).toBeGreaterThan(0));
	await sync(s);
}

describe("the commands", () => {
	it("are all registered, in sentence case, with no default hotkeys", async () => {
		await start();
		const ids = commandIds(s.app).map((id) => id.slice(MANIFEST.id.length + 1));
		for (const id of OURS) expect(ids).toContain(id);
		const commands = (s.app as unknown as { _commands: Map<string, { name: string; hotkeys?: unknown[] }> })._commands;
		for (const [id, c] of commands) {
			if (!OURS.includes(id.slice(MANIFEST.id.length + 1))) continue;
			expect(c.hotkeys ?? [], id).toEqual([]);
			const name = c.name.slice(MANIFEST.name.length + 2);
			expect(name.slice(1), id).not.toMatch(/\b(?!I\b)[A-Z]/);
		}
	});
});

const OURS = [
	"new-contact", "new-interview-with-this-contact", "new-interview", "insert-interview-questions",
	"draft-outreach", "draft-nudge", "draft-confirmation", "draft-thank-you", "draft-thank-referrer", "draft-keep-in-touch",
	"log-interaction", "schedule-conversation", "mark-declined", "mark-confirmed", "mark-thank-you-sent", "mark-referrer-thanked", "create-referral-contacts", "not-pursuing-referral", "not-pursuing-contact", "undo-last-change",
	"landed-a-position", "write-templates", "open-follow-ups", "rebuild-index", "mark-as-contact", "mark-as-interview",
];

describe("recording by hand", () => {
	it("Log an interaction today: last-contact on a contact note only", async () => {
		await start();
		await open(PATHS.janeInterview);
		expect(isCommandAvailable(s.app, "log-interaction")).toBe(false);
		await open(PATHS.sam);
		await run("log-interaction");
		expect(text(PATHS.sam)).toBe(SAM.replace("last-contact: 2026-08-01", `last-contact: ${TODAY}`));
		expect(noticeMessages()).toEqual(['Recorded today as the last contact in "Sam Lee". Undo']);
	});

	it("Mark confirmed: one property on an interview note, then no longer offered", async () => {
		await start();
		await open(PATHS.ana);
		expect(isCommandAvailable(s.app, "mark-confirmed")).toBe(false);
		await open(PATHS.anaInterview);
		await run("mark-confirmed");
		expect(text(PATHS.anaInterview)).toBe(withPropertyAdded(ANA_INTERVIEW, `confirmed: ${TODAY}`));
		expect(isCommandAvailable(s.app, "mark-confirmed")).toBe(false);
	});

	it("Mark thank-you sent and Mark referrer thanked", async () => {
		await start();
		await open(PATHS.anaInterview);
		expect(isCommandAvailable(s.app, "mark-referrer-thanked")).toBe(false); // Ana has no referrer
		await open(PATHS.janeInterview);
		await run("mark-thank-you-sent");
		expect(text(PATHS.janeInterview)).toBe(withPropertyAdded(JANE_INTERVIEW, `thank-you-sent: ${TODAY}`));
		await run("mark-referrer-thanked");
		expect(text(PATHS.janeInterview)).toBe(withPropertyAdded(withPropertyAdded(JANE_INTERVIEW, `thank-you-sent: ${TODAY}`), `referrer-thanked: ${TODAY}`));
		expect(s.plugin.live.index.followUps(TODAY).filter((f) => f.note === PATHS.janeInterview).map((f) => f.kind)).toEqual(["reach-out"]);
	});
});

describe("Insert interview questions", () => {
	it("inserts a checklist at the cursor for the chosen topics and level, ending with the referral question", async () => {
		await start({ ...smallVault(), "Templates/Questions.md": "## Trends (senior)\n- Which bet is your organization making on the next decade?\n## Nonsense\n- Lost?\n" }, { templatesFolder: "Templates" });
		await open(PATHS.janeInterview);
		const editor = s.app.workspace.activeEditor?.editor;
		if (!editor) throw new Error("no editor");
		editor.setCursor({ line: editor.lineCount() - 1, ch: 0 });
		await runCommand(s.app, "insert-interview-questions");
		await vi.waitFor(() => expect(openModals().length).toBe(1));
		const modal = openModals()[0] as unknown as QuestionsModal;
		expect(modal.contentEl.querySelector(".informational-interviews-questions-problems")?.textContent).toContain('"Nonsense" is not a topic');
		const level = modal.contentEl.querySelector<HTMLSelectElement>("select.informational-interviews-questions-level");
		if (!level) throw new Error("no level");
		level.value = "senior";
		level.dispatchEvent(new Event("change"));
		const perTopic = modal.contentEl.querySelector<HTMLSelectElement>("select.informational-interviews-questions-per-topic");
		if (!perTopic) throw new Error("no per-topic");
		perTopic.value = "0";
		perTopic.dispatchEvent(new Event("change"));
		for (const box of modal.contentEl.querySelectorAll<HTMLInputElement>("input[data-topic]")) {
			if (box.dataset.topic !== "trends") box.click();
		}
		modal.submit();
		const inserted = editor.getValue().slice(JANE_INTERVIEW.length);
		const trends = (level: string) => QUESTION_BANK.filter((q) => q.topic === "trends" && q.level === level).map((q) => `- [ ] ${q.text}`);
		// Questions for exactly the chosen level come first, the user's after the bank's; then those for anyone.
		expect(inserted).toBe(
			`${["#### Trends and the next few years", ...trends("senior"), "- [ ] Which bet is your organization making on the next decade?", ...trends("any")].join("\n")}\n\n#### Referrals\n- [ ] Who else would you suggest I talk to, and would you be comfortable introducing me?\n`,
		);
	});

	it("keeps the selected text: the checklist goes after the selection's line, and nothing is deleted", async () => {
		await start();
		await open(PATHS.janeInterview);
		const editor = s.app.workspace.activeEditor?.editor;
		if (!editor) throw new Error("no editor");
		const line = editor.getValue().split("\n").indexOf("She suggested I talk to Priya.");
		editor.setSelection({ line, ch: 4 }, { line, ch: 13 }); // "suggested"
		expect(editor.getSelection()).toBe("suggested");
		await runCommand(s.app, "insert-interview-questions");
		await vi.waitFor(() => expect(openModals().length).toBe(1));
		(openModals()[0] as unknown as QuestionsModal).submit();
		const after = editor.getValue();
		const checklist = after.slice(JANE_INTERVIEW.indexOf("Priya.\n", JANE_INTERVIEW.indexOf("She suggested")) + "Priya.\n".length, -1);
		expect(after).toBe(JANE_INTERVIEW.replace("She suggested I talk to Priya.\n", `She suggested I talk to Priya.\n${checklist}\n`));
		expect(checklist).toMatch(/^#### .*\n- \[ \] /);
		expect(checklist).toContain("#### Referrals\n- [ ] Who else would you suggest I talk to");
		// The cursor ends after the checklist, the note's last line stays where it was.
		expect(editor.getCursor()).toEqual({ line: line + checklist.split("\n").length, ch: (checklist.split("\n").at(-1) ?? "").length });
	});

	it("at the start of a line with a selection of whole lines: inserts after them, deleting nothing", async () => {
		await start();
		await open(PATHS.janeInterview);
		const editor = s.app.workspace.activeEditor?.editor;
		if (!editor) throw new Error("no editor");
		const heading = editor.getValue().split("\n").indexOf("# Conversation with Jane");
		editor.setSelection({ line: heading, ch: 0 }, { line: heading + 1, ch: 0 });
		await runCommand(s.app, "insert-interview-questions");
		await vi.waitFor(() => expect(openModals().length).toBe(1));
		(openModals()[0] as unknown as QuestionsModal).submit();
		const after = editor.getValue();
		expect(after.startsWith(JANE_INTERVIEW.slice(0, JANE_INTERVIEW.indexOf("# Conversation with Jane\n") + "# Conversation with Jane\n".length) + "#### ")).toBe(true);
		expect(after).toMatch(/\n- \[ \] [^\n]+\n\nShe suggested I talk to Priya\.\n$/);
		expect(after.length).toBeGreaterThan(JANE_INTERVIEW.length);
	});

	it("needs an open editor", async () => {
		await start();
		expect(isCommandAvailable(s.app, "insert-interview-questions")).toBe(false);
	});
});

describe("Write the built-in templates to the templates folder", () => {
	it("writes every template once, never overwrites, and reports what it did", async () => {
		await start({ ...smallVault(), "Networking/Templates/nudge.md": "Mine.\n" });
		await run("write-templates");
		expect(JSON.parse(getPluginData(s.app, MANIFEST.id) ?? "{}").templatesFolder).toBe("Networking/Templates");
		expect(text("Networking/Templates/nudge.md")).toBe("Mine.\n");
		expect(text("Networking/Templates/Nudge.md")).toBeNull();
		const written = BUILTIN_TEMPLATES.filter((t) => t.id !== "nudge");
		for (const t of written) {
			const file = text(`Networking/Templates/${t.fileName}`);
			expect(file, t.fileName).not.toBeNull();
			expect(resolveTemplate(t.id, file)).toEqual({ subject: t.subject, body: t.kind === "note" ? t.body : t.body.replace(/\s+$/, "") });
		}
		expect(text("Networking/Templates/Questions.md")).toContain("## A typical day");
		expect(noticeMessages()).toEqual([`Wrote ${written.length + 1} templates to Networking/Templates. Kept 1 existing file as it was: nudge.md.`]);
		await run("write-templates");
		expect(noticeMessages().at(-1)).toBe(`Wrote 0 templates to Networking/Templates. Kept ${BUILTIN_TEMPLATES.length + 1} existing files as they were: ${[...BUILTIN_TEMPLATES.map((t) => (t.id === "nudge" ? "nudge.md" : t.fileName)), "Questions.md"].join(", ")}.`);
	});
});

describe("note templates in the templates folder", () => {
	it("are never indexed as contacts or interviews, nor reported as problems", async () => {
		await start();
		const before = { contacts: s.plugin.live.index.contacts().length, problems: s.plugin.live.index.problems().length };
		await run("write-templates");
		s.plugin.live.flush();
		expect(text("Networking/Templates/Contact note.md")).toContain("type: contact");
		const index = s.plugin.live.index;
		expect(index.contacts().length).toBe(before.contacts);
		expect(index.problems().length).toBe(before.problems);
		expect([...index.contacts(), ...index.interviews()].some((r) => r.path.startsWith("Networking/Templates/"))).toBe(false);
	});
});

describe("README", () => {
	it("documents every placeholder and names every command", async () => {
		await start();
		const readme = readFileSync(join(REPO, "README.md"), "utf8");
		const section = readme.slice(readme.indexOf("## Commands and templates"), readme.indexOf("## The command line")).replace(/\s+/g, " ");
		expect(section.length).toBeGreaterThan(100);
		const { PLACEHOLDERS } = await import("../../src/domain/message-context");
		for (const p of PLACEHOLDERS) expect(section, p.name).toContain(`\`{{${p.name}}}\``);
		const commands = (s.app as unknown as { _commands: Map<string, { name: string }> })._commands;
		for (const [id, c] of commands) {
			if (/open-insights|import-linkedin|export-calendar/.test(id)) continue;
			const name = c.name.slice(MANIFEST.name.length + 2);
			expect(section, name).toContain(name);
		}
	});
});

describe("the registry", () => {
	it("is the README's table of commands: every command once, in order, with the note it needs", async () => {
		const { COMMANDS } = await import("../../src/commands");
		const { anyNote, contactNote, conversationAhead, conversationTookPlace, interviewNote, personNote, requestAwaitingReply, requestOrConversationAhead } = await import("../../src/commands/command-entry");
		const label = new Map<unknown, string>([
			[anyNote, "any note"],
			[contactNote, "contact"],
			[interviewNote, "interview"],
			[personNote, "contact or interview"],
			[conversationAhead, "conversation still ahead"],
			[conversationTookPlace, "conversation that took place"],
			[requestAwaitingReply, "request awaiting a reply"],
			[requestOrConversationAhead, "request or conversation ahead"],
		]);
		const readme = readFileSync(join(REPO, "README.md"), "utf8");
		const lines = readme.slice(readme.indexOf("| command | offered on | offered when |")).split("\n").slice(2);
		const rows = lines.slice(0, lines.findIndex((line) => !line.startsWith("| ")));
		const documented = rows.map((line) => line.split("|").slice(1, 3).map((cell) => cell.trim()));
		expect(documented).toEqual(COMMANDS.map((c) => [c.name, label.get(c.context)]));
	});

	it("registers exactly its commands, each under its id", async () => {
		await start();
		const { COMMANDS } = await import("../../src/commands");
		const ids = commandIds(s.app).map((id) => id.slice(MANIFEST.id.length + 1));
		expect(ids).toEqual(COMMANDS.map((c) => c.id));
	});
});
