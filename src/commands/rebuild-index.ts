import { Notice, type Command } from "obsidian";
import type { PluginHost } from "../ui/host";
import { noticeOnFailure } from "../obsidian/failures";

/** "Rebuild the index": forgets what the plugin knows and reads every note's properties again. */
export function rebuildIndexCommand(host: PluginHost): Command {
	return {
		id: "rebuild-index",
		name: "Rebuild the index",
		// Obsidian does not await a callback: its failure is said here.
		callback: () =>
			noticeOnFailure(async () => {
				host.live.rebuild();
				await host.live.settled();
				host.live.flush();
				const n = host.live.index.size;
				const problems = host.live.index.problems().length;
				const tail = problems === 0 ? "" : `, ${problems} problem${problems === 1 ? "" : "s"} to look at`;
				new Notice(`Index rebuilt: ${n} contact and interview note${n === 1 ? "" : "s"}${tail}.`);
			}, "Could not rebuild the index"),
	};
}
