import type { Modal } from "obsidian";
import { expect, vi } from "vitest";
import { ImportPreviewModal } from "../../src/ui/import-preview-modal";
import { openModals } from "../fake-obsidian";
import { sync, type Started } from "../plugin-harness";

/** The import preview on screen, its lists and buttons: shared by the LinkedIn and vCard import tests. */

export function shownPreview(): ImportPreviewModal {
	const modal = openModals().find((m): m is Modal & ImportPreviewModal => m instanceof ImportPreviewModal);
	if (!modal) throw new Error("no import preview");
	return modal;
}

export const listed = (modal: Modal, id: string) => [...modal.contentEl.querySelectorAll(`.informational-interviews-import-${id} li`)].map((li) => li.textContent);

export function buttonNamed(modal: Modal, label: RegExp): HTMLButtonElement | undefined {
	return [...modal.contentEl.querySelectorAll("button")].find((b) => label.test(b.textContent ?? ""));
}

export async function clickImport(s: Started, modal: Modal): Promise<void> {
	const b = buttonNamed(modal, /^Import \d+ contacts?$/);
	if (!b) throw new Error("no Import button");
	b.click();
	await vi.waitFor(() => expect(openModals()).toHaveLength(0));
	await sync(s);
}
