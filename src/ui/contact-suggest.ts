import { AbstractInputSuggest, FuzzySuggestModal, prepareFuzzySearch, type App } from "obsidian";
import { readable } from "../domain/message-context";
import type { Contact } from "../domain/types";

/** What a contact is listed as: `Jane Doe (Acme)`. */
function contactLabel(c: Contact): string {
	const org = readable(c.organization);
	return org ? `${c.name} (${org})` : c.name;
}

/** Contacts by name, then path. */
function sortContacts(contacts: readonly Contact[]): Contact[] {
	return [...contacts].sort((a, b) => a.name.localeCompare(b.name) || a.path.localeCompare(b.path));
}

/** Picks a contact by fuzzy search on the name and organization. */
export class ContactPickerModal extends FuzzySuggestModal<Contact> {
	constructor(
		app: App,
		private readonly contacts: readonly Contact[],
		private readonly onPick: (contact: Contact) => void,
		placeholder = "Whom will you talk to?",
	) {
		super(app);
		this.setPlaceholder(placeholder);
		this.emptyStateText = "No contact matches. Create one with the command: New contact.";
	}

	override getItems(): Contact[] {
		return sortContacts(this.contacts);
	}

	override getItemText(item: Contact): string {
		return contactLabel(item);
	}

	override onChooseItem(item: Contact): void {
		this.onPick(item);
	}
}

/** Type-ahead of existing contacts for a text field (e.g. "Referred by"). */
export class ContactInputSuggest extends AbstractInputSuggest<Contact> {
	constructor(
		app: App,
		inputEl: HTMLInputElement,
		private readonly contacts: () => readonly Contact[],
	) {
		super(app, inputEl);
		this.limit = 20;
	}

	protected override getSuggestions(query: string): Contact[] {
		const all = sortContacts(this.contacts());
		if (query.trim() === "") return all;
		const search = prepareFuzzySearch(query.trim());
		return all.filter((c) => search(contactLabel(c)) !== null);
	}

	override renderSuggestion(value: Contact, el: HTMLElement): void {
		el.setText(contactLabel(value));
	}
}

/** Type-ahead of a fixed list of words (fields already in use, kinds of relationship). */
export class WordSuggest extends AbstractInputSuggest<string> {
	constructor(
		app: App,
		inputEl: HTMLInputElement,
		private readonly words: () => readonly string[],
	) {
		super(app, inputEl);
		this.limit = 20;
	}

	protected override getSuggestions(query: string): string[] {
		const q = query.trim().toLowerCase();
		return this.words().filter((w) => w.toLowerCase().includes(q) && w.toLowerCase() !== q);
	}

	override renderSuggestion(value: string, el: HTMLElement): void {
		el.setText(value);
	}

	override selectSuggestion(value: string): void {
		this.setValue(value);
		this.close();
	}
}
