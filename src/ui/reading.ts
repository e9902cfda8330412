import type { ScanProgress } from "../obsidian/live-index";

/** What a view shows until the index holds every note: how far the reading is. */
export function renderReading(el: HTMLElement, progress: ScanProgress | null): void {
	el.empty();
	el.createDiv({ cls: "informational-interviews-loading informational-interviews-muted", text: readingText(progress) });
}

/** "Reading 12,000 of 70,000 notes…", then "Working out your follow-ups…" once every note is read. */
export function readingText(progress: ScanProgress | null): string {
	if (progress === null) return "Reading your notes…";
	if (progress.read >= progress.total) return "Working out your follow-ups…";
	return `Reading ${count(progress.read)} of ${count(progress.total)} notes…`;
}

function count(n: number): string {
	return n.toLocaleString("en-US");
}
