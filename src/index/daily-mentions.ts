import { baseName } from "../domain/links";
import type { CalendarDate, Contact, LinkRef } from "../domain/types";

interface DailyNote {
	date: CalendarDate;
	links: readonly LinkRef[];
}

/**
 * Daily notes and the links they hold, found by the file name a link uses
 * (lower case), so that a contact's latest mention is found without reading
 * every daily note.
 */
export class DailyMentions {
	private readonly notes = new Map<string, DailyNote>();
	private readonly byName = new Map<string, Set<string>>();

	/** Records a daily note; returns the link names (lower case) it used before and uses now. */
	set(path: string, date: CalendarDate, links: readonly LinkRef[]): string[] {
		const before = this.remove(path);
		this.notes.set(path, { date, links });
		const names = new Set(before);
		for (const link of links) {
			const name = baseName(link.target).toLowerCase();
			names.add(name);
			let set = this.byName.get(name);
			if (!set) this.byName.set(name, (set = new Set()));
			set.add(path);
		}
		return [...names];
	}

	/** Forgets a daily note; returns the link names (lower case) it used. */
	remove(path: string): string[] {
		const old = this.notes.get(path);
		if (!old) return [];
		this.notes.delete(path);
		const names = new Set(old.links.map((l) => baseName(l.target).toLowerCase()));
		for (const name of names) {
			const set = this.byName.get(name);
			set?.delete(path);
			if (set?.size === 0) this.byName.delete(name);
		}
		return [...names];
	}

	clear(): void {
		this.notes.clear();
		this.byName.clear();
	}

	/** The latest day, no later than `today`, of a daily note with a link that resolves to `contact`. */
	lastMention(contact: Contact, today: CalendarDate, resolve: (link: LinkRef) => Contact | null): CalendarDate | null {
		const name = contact.name.toLowerCase();
		let last: CalendarDate | null = null;
		for (const path of this.byName.get(name) ?? []) {
			const note = this.notes.get(path);
			if (!note || note.date > today || (last !== null && note.date <= last)) continue;
			const names = (link: LinkRef) => baseName(link.target).toLowerCase() === name && resolve(link)?.path === contact.path;
			if (note.links.some(names)) last = note.date;
		}
		return last;
	}
}
