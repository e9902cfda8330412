import { Notice, type Command } from "obsidian";
import type { PluginHost } from "../ui/host";

/** "Rebuild the index": forgets what the plugin knows and reads every note's properties again. */
export function rebuildIndexCommand(host: PluginHost): Command {
	return {
		id: "rebuild-index",
		name: "Rebuild the index",
		callback: async () => {
			host.live.rebuild();
			await host.live.settled();
			host.live.flush();
			const n = host.live.index.size;
			const problems = host.live.index.problems().length;
			const tail = problems === 0 ? "" : `, ${problems} problem${problems === 1 ? "" : "s"} to look at`;
			new Notice(`Index rebuilt: ${n} contact and interview note${n === 1 ? "" : "s"}${tail}.`);
		},
	};
}
