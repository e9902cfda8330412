import type { ObsidianProtocolData } from "obsidian";
import { contactFromLink } from "../domain/contact-link";
import { noticeOnFailure } from "../obsidian/failures";
import type { PluginHost } from "../plugin-host";
import { NewContactModal } from "../ui/new-contact-modal";
import { knownFields, pickableContacts } from "./active-note";
import { newContact } from "./note-commands";

/**
 * `obsidian://informational-interviews-new-contact?name=…`: Obsidian puts its
 * own `action` key among a link's parameters, so the action is the link's name.
 */
export const NEW_CONTACT_ACTION = "informational-interviews-new-contact";

/**
 * Opens New contact filled in from a link. The link only fills the form: the
 * user sees every value, can change any, and the note is written only when
 * they create it, through the same path as a typed contact.
 */
export function openNewContactFromLink(host: PluginHost, params: ObsidianProtocolData): NewContactModal {
	const { leftOut, ...values } = contactFromLink(params);
	const modal = new NewContactModal(
		host.app,
		() => pickableContacts(host),
		() => knownFields(host),
		(input) => void noticeOnFailure(() => newContact(host, input), "Could not create the contact note"),
		{ values, notes: leftOut },
	);
	modal.open();
	return modal;
}
