import type { Plugin } from "obsidian";
import type { ItemActionProvider, PluginHost } from "../ui/host";
import { draftActionProvider, draftCommands, landedCommand } from "./draft-commands";
import { markCommands, logInteractionCommand, scheduleCommand } from "./mark-commands";
import { createReferralContactsCommand, newContactCommand, newInterviewCommand, newInterviewWithThisContactCommand } from "./note-commands";
import { insertQuestionsCommand } from "./question-commands";
import { writeTemplatesCommand } from "./template-commands";

/**
 * The commands of the method, in its order: people and notes, preparing,
 * asking and following up (message drafts), recording, landing a position,
 * templates. None has a default hotkey. Also adds the sidebar's Draft button.
 */
export function registerWorkflow(plugin: Plugin & PluginHost & { itemActionProviders: ItemActionProvider[] }): void {
	const commands = [
		newContactCommand(plugin),
		newInterviewWithThisContactCommand(plugin),
		newInterviewCommand(plugin),
		insertQuestionsCommand(plugin),
		...draftCommands(plugin),
		logInteractionCommand(plugin),
		scheduleCommand(plugin),
		...markCommands(plugin),
		createReferralContactsCommand(plugin),
		landedCommand(plugin),
		writeTemplatesCommand(plugin),
	];
	for (const command of commands) plugin.addCommand(command);
	plugin.itemActionProviders.push(draftActionProvider(plugin));
}
