// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import type { QuestionsModal } from "../../src/ui/questions-modal";
import { openModals, runCommand } from "../fake-obsidian";
import { freezeClock, JANE, openNote, PATHS, smallVault, startPlugin, stopPlugin, sync, TODAY, withPropertyAdded, type Started } from "../plugin-harness";

let s: Started;
afterEach(() => stopPlugin(s));

async function start(level: string): Promise<void> {
	freezeClock();
	s = await startPlugin({ ...smallVault(), [PATHS.jane]: withPropertyAdded(JANE, `level: ${level}`) });
	await sync(s);
}

describe("questions fitted to the contact's level", () => {
	it("Insert interview questions starts at the level of the note's contact", async () => {
		await start("Senior");
		await openNote(s, PATHS.janeInterview);
		await runCommand(s.app, "insert-interview-questions");
		await vi.waitFor(() => expect(openModals().length).toBe(1));
		const modal = openModals()[0] as unknown as QuestionsModal;
		expect(modal.level).toBe("senior");
		expect(modal.contentEl.querySelector<HTMLSelectElement>("select.informational-interviews-questions-level")?.value).toBe("senior");
	});
	it("a new interview note starts with questions for the contact's level, and the day it was created", async () => {
		await start("early career");
		await openNote(s, PATHS.jane);
		await runCommand(s.app, "new-interview-with-this-contact");
		const path = `Networking/Interviews/${TODAY} Jane Doe.md`;
		await vi.waitFor(() => expect(s.app.vault.getFileByPath(path)).not.toBeNull());
		const file = s.app.vault.getFileByPath(path);
		const text = file ? await s.app.vault.read(file) : "";
		expect(text).toContain(`\ncreated: ${TODAY}\n`);
		expect(text).toContain("- [ ] What was your first job in this field, and how did you land it?");
		expect(text).not.toContain("Which experiences best prepared you to lead at your current level?");
	});
});

describe("the Insert interview questions dialog", () => {
	async function openDialog(level: string): Promise<QuestionsModal> {
		await start(level);
		await openNote(s, PATHS.janeInterview);
		await runCommand(s.app, "insert-interview-questions");
		await vi.waitFor(() => expect(openModals().length).toBe(1));
		return openModals()[0] as unknown as QuestionsModal;
	}
	const previewed = (m: QuestionsModal) => [...m.contentEl.querySelectorAll(".informational-interviews-questions-question")].map((el) => el.textContent);
	const boxes = (m: QuestionsModal) => [...m.contentEl.querySelectorAll<HTMLInputElement>(".informational-interviews-questions-question input")];
	const count = (m: QuestionsModal) => m.contentEl.querySelector(".informational-interviews-questions-count")?.textContent;
	const insert = (m: QuestionsModal) => m.contentEl.querySelector<HTMLButtonElement>("button.informational-interviews-questions-insert");

	it("previews the questions for the contact's level, and again when the level changes", async () => {
		const modal = await openDialog("senior");
		const senior = previewed(modal);
		expect(senior).toContain("Which experiences best prepared you to lead at your current level?");
		expect(senior).not.toContain("What was your first job in this field, and how did you land it?");
		// Two per topic: the referrals end the list, "who else should I talk to?" first.
		expect(senior.at(-2)).toBe("Who else would you suggest I talk to, and would you be comfortable introducing me?");
		expect(boxes(modal).every((b) => b.checked)).toBe(true);
		expect(count(modal)).toBe(`${senior.length} questions`);
		const level = modal.contentEl.querySelector<HTMLSelectElement>("select.informational-interviews-questions-level");
		if (!level) throw new Error("no level");
		level.value = "early-career";
		level.dispatchEvent(new Event("change"));
		expect(previewed(modal)).toContain("What was your first job in this field, and how did you land it?");
		expect(previewed(modal)).not.toContain("Which experiences best prepared you to lead at your current level?");
	});

	it("inserts only the questions left ticked", async () => {
		const modal = await openDialog("senior");
		const editor = s.app.workspace.activeEditor?.editor;
		if (!editor) throw new Error("no editor");
		const before = editor.getValue();
		const all = previewed(modal);
		const dropped = all[0] ?? "";
		boxes(modal)[0]?.click();
		expect(count(modal)).toBe(`${all.length - 1} of ${all.length} questions`);
		insert(modal)?.click();
		const inserted = editor.getValue();
		expect(inserted.length).toBeGreaterThan(before.length);
		expect(inserted).not.toContain(dropped);
		for (const q of all.slice(1)) expect(inserted).toContain(`- [ ] ${q ?? ""}`);
	});

	it("with every question unticked, Insert is disabled and inserts nothing", async () => {
		const modal = await openDialog("senior");
		const editor = s.app.workspace.activeEditor?.editor;
		const before = editor?.getValue();
		for (const b of boxes(modal)) b.click();
		expect(insert(modal)?.disabled).toBe(true);
		modal.submit();
		expect(editor?.getValue()).toBe(before);
		expect(openModals()).toHaveLength(1);
	});
});
