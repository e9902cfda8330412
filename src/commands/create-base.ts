import { Notice } from "obsidian";
import { errorText } from "../domain/error-text";
import { createNetworkingBase } from "../obsidian/networking-base";
import { anyNote, run, type CommandEntry } from "./command-entry";

/**
 * "Create the networking base": writes Networking.base (contacts, conversations
 * by status, contacts by field, contacts not asked yet) for Obsidian's Bases,
 * and opens it. An existing file of that name is opened as it is.
 */
export const createNetworkingBaseCommand: CommandEntry = {
	id: "create-networking-base",
	name: "Create the networking base",
	context: anyNote,
	handler: run(async (host) => {
		try {
			const { file, created } = await createNetworkingBase(host.app, host.settings);
			new Notice(
				created
					? `Created ${file.path}: your contacts and conversations as tables.`
					: `${file.path} exists already: it was left as it is and is open. Rename it to create a fresh one.`,
			);
			await host.app.workspace.getLeaf(false).openFile(file);
		} catch (e) {
			new Notice(`Could not create the networking base: ${errorText(e)}`);
		}
	}),
};
