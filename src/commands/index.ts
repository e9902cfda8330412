import type { Plugin } from "obsidian";
import type { ItemActionProvider, PluginHost } from "../plugin-host";
import { briefActionProvider, briefCommand } from "./brief-command";
import { toCommand, type CommandEntry } from "./command-entry";
import { draftActionProvider, draftCommands, landedCommand } from "./draft-commands";
import { createNetworkingBaseCommand } from "./create-base";
import { exportCalendarCommand } from "./export-calendar";
import { importLinkedInCommand, importVCardCommand } from "./import-contacts";
import { declinedCommand, logInteractionCommand, markCommands, notPursuingContactCommand, notPursuingReferralCommand, scheduleCommand, undoCommand } from "./mark-commands";
import { markTypeCommands } from "./mark-type-commands";
import { createReferralContactsCommand, newContactCommand, newInterviewCommand, newInterviewWithThisContactCommand } from "./note-commands";
import { NEW_CONTACT_ACTION, openNewContactFromLink } from "./new-contact-link";
import { registerObsidianCli } from "./obsidian-cli";
import { openFollowUpsCommand } from "./open-follow-ups";
import { openInsightsCommand } from "./open-insights";
import { insertQuestionsCommand } from "./question-commands";
import { rebuildIndexCommand } from "./rebuild-index";
import { writeTemplatesCommand } from "./template-commands";

/**
 * Every command of the plugin, in the order of the method: the views, people
 * and notes (marking notes you already have among them), preparing, asking and
 * following up (message drafts), recording, landing a position, templates, then
 * import and export. None has a default
 * hotkey. README.md's table of commands lists each one with its context, and a
 * test keeps the two in step.
 */
export const COMMANDS: readonly CommandEntry[] = [
	openFollowUpsCommand,
	rebuildIndexCommand,
	newContactCommand,
	newInterviewWithThisContactCommand,
	newInterviewCommand,
	...markTypeCommands,
	insertQuestionsCommand,
	briefCommand,
	...draftCommands,
	logInteractionCommand,
	scheduleCommand,
	declinedCommand,
	...markCommands,
	notPursuingReferralCommand,
	notPursuingContactCommand,
	undoCommand,
	createReferralContactsCommand,
	landedCommand,
	writeTemplatesCommand,
	openInsightsCommand,
	importLinkedInCommand,
	importVCardCommand,
	exportCalendarCommand,
	createNetworkingBaseCommand,
];

/**
 * Adds every command of the registry, the sidebar's Draft and Brief buttons,
 * the link that adds a contact, and the handlers of Obsidian's command line
 * where the running Obsidian has one.
 */
export function registerCommands(plugin: Plugin & PluginHost & { itemActionProviders: ItemActionProvider[] }): void {
	for (const entry of COMMANDS) plugin.addCommand(toCommand(plugin, entry));
	plugin.itemActionProviders.push(draftActionProvider(plugin), briefActionProvider(plugin));
	plugin.registerObsidianProtocolHandler(NEW_CONTACT_ACTION, (params) => openNewContactFromLink(plugin, params));
	registerObsidianCli(plugin, plugin);
}
