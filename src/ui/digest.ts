import { Notice } from "obsidian";
import { buildDigest, digestLines } from "../index/digest";
import type { PluginHost } from "../plugin-host";

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
