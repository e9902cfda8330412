import { Notice } from "obsidian";
import type { CalendarDate, FollowUp } from "../domain/types";
import type { VaultIndex } from "../index/vault-index";
import type { PluginHost } from "../plugin-host";

export interface Digest {
	/** Follow-ups that came due since the last digest (all due ones on the first). */
	newlyDue: readonly FollowUp[];
	/** Overdue and due today, in all. */
	totalDue: number;
}

/** What came due after `lastDay` (exclusive) up to today; null when nothing did. */
function buildDigest(index: VaultIndex, today: CalendarDate, lastDay: CalendarDate | null): Digest | null {
	const d = index.dashboard(today, 0);
	const all = [...d.overdue, ...d.due];
	const newlyDue = lastDay === null ? all : all.filter((f) => f.due > lastDay);
	return newlyDue.length === 0 ? null : { newlyDue, totalDue: all.length };
}

const LISTED = 3;

/** One notice's text: a headline and up to three items. */
function digestLines(digest: Digest): string[] {
	const n = digest.newlyDue.length;
	const head =
		n === digest.totalDue
			? `${n} follow-up${n === 1 ? " is" : "s are"} due.`
			: `${n} follow-up${n === 1 ? "" : "s"} came due since you last looked (${digest.totalDue} due in all).`;
	const lines = [head, ...digest.newlyDue.slice(0, LISTED).map((f) => `• ${f.title}`)];
	if (n > LISTED) lines.push(`…and ${n - LISTED} more.`);
	return lines;
}

/**
 * The start-up digest: once a day, one Notice summarising what came due while
 * Obsidian was closed (never one per item), once the metadata cache has read
 * every note (see `LiveIndex.whenComplete`). Off with the "digest" setting. The
 * day it ran is kept in the settings data, so it shows once a day at most.
 */
export async function showStartupDigest(host: PluginHost, open: () => void): Promise<Notice | null> {
	const { live } = host;
	// After a cold start, notes the cache reads late would be missing: wait for them.
	if (!(await live.whenComplete())) return null;
	const { settings } = host;
	const today = live.today;
	if (!settings.digest || settings.lastDigestDay === today) return null;
	const digest = buildDigest(live.index, today, settings.lastDigestDay);
	await host.updateSettings((s) => {
		s.lastDigestDay = today;
	});
	if (!digest) return null;
	const message = createFragment((frag) => {
		const box = frag.createDiv({ cls: "informational-interviews-digest" });
		box.createDiv({ cls: "informational-interviews-digest-title", text: "Informational interviews" });
		for (const line of digestLines(digest)) box.createDiv({ text: line });
		const link = box.createEl("a", { cls: "informational-interviews-digest-open", text: "Open follow-ups", href: "#" });
		link.addEventListener("click", (evt) => {
			evt.preventDefault();
			open();
		});
	});
	return new Notice(message, 15_000);
}
