import { Notice } from "obsidian";
import { anyNote, run, type CommandEntry } from "./command-entry";

/** "Rebuild the index": forgets what the plugin knows and reads every note's properties again. */
export const rebuildIndexCommand: CommandEntry = {
	id: "rebuild-index",
	name: "Rebuild the index",
	context: anyNote,
	handler: run(async (host) => {
		await host.live.rebuild();
		await host.live.settled();
		host.live.flush();
		const n = host.live.index.size;
		const problems = host.live.index.problems().length;
		const tail = problems === 0 ? "" : `, ${problems} problem${problems === 1 ? "" : "s"} to look at`;
		new Notice(`Index rebuilt: ${n} contact and interview note${n === 1 ? "" : "s"}${tail}.`);
	}),
};
