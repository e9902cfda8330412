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
