// @vitest-environment happy-dom
import type { Modal } from "obsidian";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { MarkTypeModal } from "../../src/ui/mark-type-modal";
import { fileContent, getFile, noticeMessages, openModals, resetFakeObsidian, runCommand, unloadPlugin } from "../fake-obsidian";
import { freezeClock, startPlugin, sync, type Started } from "../plugin-harness";

let s: Started | null = null;
beforeEach(() => freezeClock());
afterEach(() => {
	if (s) unloadPlugin(s.plugin);
	s = null;
	resetFakeObsidian();
	vi.useRealTimers();
});

const FILES = {
	"People/Ann Lee.md": "Met at the fair.\n",
	"People/Acme.md": "---\ntype: organization\n---\n",
	"People/Bo Chen.md": "---\ntype: contact\n---\n",
	"Inbox/Cy Park.md": "---\nrole: Designer # from the card\ntags: [people]\n---\nA friend of Ann. #person/friend\n",
	"Inbox/Dee.md": "Nothing to see.\n",
	"Inbox/Acme Two.md": "---\ntype: organization\n---\n",
};
const DATA = { contactFolders: "People", contactTags: "person", digest: false };

function modal(): MarkTypeModal {
	const m = openModals().find((x): x is Modal & MarkTypeModal => x instanceof MarkTypeModal);
	if (!m) throw new Error("no Mark as modal");
	return m;
}
const listed = () => [...modal().contentEl.querySelectorAll(".informational-interviews-mark-list li")].map((li) => li.textContent);
function choose(index: number): void {
	const select = modal().contentEl.querySelector("select") as HTMLSelectElement;
	select.value = String(index);
	select.dispatchEvent(new Event("change"));
}
const button = () => [...modal().contentEl.querySelectorAll("button")].find((b) => b.textContent?.startsWith("Mark")) as HTMLButtonElement;

describe("Mark as contact", () => {
	it("offers this note and each rule, previews the notes, writes only type once confirmed", async () => {
		s = await startPlugin(FILES, { data: DATA });
		const st = s;
		await st.app.workspace.getLeaf(false).openFile(getFile(st.app, "Inbox/Dee.md"));
		expect(await runCommand(st.app, "mark-as-contact")).toBe(true);
		const options = [...modal().contentEl.querySelectorAll("option")].map((o) => o.textContent);
		expect(options).toEqual(["This note, Dee (1)", "Notes in the folder people (1)", "Notes tagged #person (1)"]);
		expect(listed()).toEqual(["Inbox/Dee.md"]);
		choose(1);
		expect(listed()).toEqual(["People/Ann Lee.md"]);
		choose(2);
		expect(listed()).toEqual(["Inbox/Cy Park.md"]);
		// Nothing is written by looking.
		expect(fileContent(st.app, "Inbox/Cy Park.md")).toBe(FILES["Inbox/Cy Park.md"]);
		button().click();
		await vi.waitFor(() => expect(noticeMessages()).toContain("Marked 1 note as contact."));
		await sync(st);
		const after = fileContent(st.app, "Inbox/Cy Park.md") ?? "";
		expect(after).toMatch(/^---\n/);
		expect(after).toContain("type: contact");
		expect(after).toContain("role: Designer");
		expect(after.endsWith("---\nA friend of Ann. #person/friend\n")).toBe(true);
		expect(st.plugin.live.index.get("Inbox/Cy Park.md")?.kind).toBe("contact");
		for (const p of ["People/Ann Lee.md", "People/Acme.md", "People/Bo Chen.md", "Inbox/Dee.md", "Inbox/Acme Two.md"]) expect(fileContent(st.app, p)).toBe(FILES[p as keyof typeof FILES]);
	});

	it("Cancel writes nothing; with no note and no rule it says what to set", async () => {
		s = await startPlugin(FILES, { data: DATA });
		const st = s;
		// A note whose type says something else is not offered.
		await st.app.workspace.getLeaf(false).openFile(getFile(st.app, "Inbox/Acme Two.md"));
		expect(await runCommand(st.app, "mark-as-contact")).toBe(true);
		expect([...modal().contentEl.querySelectorAll("option")].map((o) => o.textContent)).toEqual(["Notes in the folder people (1)", "Notes tagged #person (1)"]);
		choose(0);
		expect(listed()).toEqual(["People/Ann Lee.md"]);
		[...modal().contentEl.querySelectorAll("button")].find((b) => b.textContent === "Cancel")?.click();
		expect(openModals()).toHaveLength(0);
		expect(fileContent(st.app, "People/Ann Lee.md")).toBe(FILES["People/Ann Lee.md"]);
		unloadPlugin(st.plugin);
		resetFakeObsidian();
		s = await startPlugin(FILES, { data: { digest: false } });
		expect(await runCommand(s.app, "mark-as-interview")).toBe(true);
		expect(noticeMessages().at(-1)).toMatch(/^Nothing to mark as interview: open a note without a type, or set a folder, tag or property/);
	});
});
