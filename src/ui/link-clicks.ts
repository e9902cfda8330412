import { Keymap, Notice, type App } from "obsidian";
import { noticeOnFailure } from "../obsidian/failures";

/**
 * A click in a view of names that link to notes (`a.<linkClass>` with the
 * note's path in `data-href`): opens that note, in a new tab with Mod. A click
 * elsewhere does nothing; a note that is gone, or a failure, is a notice.
 */
export function openClickedLink(app: App, container: HTMLElement, evt: MouseEvent, linkClass: string): void {
	const target = evt.target as Partial<Element> | null;
	const link = target && typeof target.closest === "function" ? target.closest(`a.${linkClass}`) : null;
	if (!link || !container.contains(link)) return;
	evt.preventDefault();
	const path = link.getAttribute("data-href");
	if (path !== null) void noticeOnFailure(() => openNoteLikeLink(app, path, evt), "Could not open the note");
}

/** Opens a note like a link click: in place, or in a new tab (split, window) with a modifier; a notice when it is gone. */
export async function openNoteLikeLink(app: App, path: string, evt: MouseEvent | KeyboardEvent): Promise<void> {
	const file = app.vault.getFileByPath(path);
	if (!file) {
		new Notice(`"${path}" no longer exists.`);
		return;
	}
	await app.workspace.getLeaf(Keymap.isModEvent(evt)).openFile(file);
}
