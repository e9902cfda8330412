import { Notice, type Command } from "obsidian";
import { createNetworkingBase } from "../obsidian/networking-base";
import type { PluginHost } from "../ui/host";

/**
 * "Create the networking base": writes Networking.base (contacts, conversations
 * by status, contacts by field, contacts not asked yet) for Obsidian's Bases,
 * and opens it. An existing file of that name is opened as it is.
 */
export function createNetworkingBaseCommand(host: PluginHost): Command {
	return {
		id: "create-networking-base",
		name: "Create the networking base",
		callback: async () => {
			try {
				const { file, created } = await createNetworkingBase(host.app, host.settings);
				new Notice(
					created
						? `Created ${file.path}: your contacts and conversations as tables.`
						: `${file.path} exists already: it was left as it is and is open. Rename it to create a fresh one.`,
				);
				await host.app.workspace.getLeaf(false).openFile(file);
			} catch (e) {
				new Notice(`Could not create the networking base: ${e instanceof Error ? e.message : String(e)}`);
			}
		},
	};
}
