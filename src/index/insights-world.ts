import { tookPlace } from "../domain/rules";
import type { CalendarDate, Contact, Interview, LinkRef } from "../domain/types";
import type { VaultIndex } from "./vault-index";

/**
 * What every part of the insights (insights.ts, referral-chain.ts) reads: the
 * visible contacts and the interviews that count, worked out once.
 */
export class World {
	readonly contacts: Contact[];
	/** Interviews that count: known status, contact not archived. */
	readonly interviews: Interview[];
	/** Contact path → its counted interviews. */
	readonly byContact = new Map<string, Interview[]>();
	readonly contactOf = new Map<string, Contact | null>();
	readonly held: Interview[];

	constructor(
		readonly index: VaultIndex,
		readonly today: CalendarDate,
	) {
		this.contacts = index
			.contacts()
			.filter((c) => c.status !== "archived")
			.sort(byName);
		this.interviews = [];
		for (const iv of index.interviews().sort(byDateThenPath)) {
			if (iv.statusUnknown) continue;
			const c = index.contactOf(iv);
			if (c?.status === "archived") continue;
			this.interviews.push(iv);
			this.contactOf.set(iv.path, c);
			if (c) {
				const list = this.byContact.get(c.path);
				if (list) list.push(iv);
				else this.byContact.set(c.path, [iv]);
			}
		}
		this.held = this.interviews.filter((iv) => tookPlace(iv, today));
	}

	/** Conversations held with a contact. */
	heldWith(c: Contact): number {
		return (this.byContact.get(c.path) ?? []).filter((iv) => tookPlace(iv, this.today)).length;
	}

	/** A link resolved to a visible contact; archived ones count as hidden. */
	resolve(link: LinkRef): { contact: Contact | null; hidden: boolean } {
		const c = this.index.resolveContact(link);
		return c?.status === "archived" ? { contact: null, hidden: true } : { contact: c, hidden: false };
	}
}

export function caseless(a: string, b: string): number {
	const x = a.toLowerCase();
	const y = b.toLowerCase();
	return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}

export function byName(a: Contact, b: Contact): number {
	return caseless(a.name, b.name) || caseless(a.path, b.path);
}

function byDateThenPath(a: Interview, b: Interview): number {
	const x = a.date ?? "\uffff";
	const y = b.date ?? "\uffff";
	return x < y ? -1 : x > y ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
