import { baseName } from "../domain/links";
import type { Contact, LinkRef } from "../domain/types";

/**
 * Resolves links to contact notes the way Obsidian resolves `[[…]]`: by file
 * name or by a path suffix, ignoring case; when several notes share a name, the
 * shortest path wins (then the first in path order).
 */
export class ContactNames {
	private readonly byName = new Map<string, Contact[]>();

	add(contact: Contact): void {
		const key = contact.name.toLowerCase();
		const list = this.byName.get(key);
		if (!list) {
			this.byName.set(key, [contact]);
			return;
		}
		const i = list.findIndex((c) => c.path === contact.path);
		if (i >= 0) list.splice(i, 1);
		list.push(contact);
		list.sort(byShortestPath);
	}

	remove(contact: Contact): void {
		const key = contact.name.toLowerCase();
		const list = this.byName.get(key);
		if (!list) return;
		const i = list.findIndex((c) => c.path === contact.path);
		if (i >= 0) list.splice(i, 1);
		if (list.length === 0) this.byName.delete(key);
	}

	/** The contacts whose file name is `name` (lower case). */
	named(name: string): readonly Contact[] {
		return this.byName.get(name) ?? [];
	}

	resolve(link: LinkRef): Contact | null {
		const target = link.target.toLowerCase();
		const list = this.byName.get(baseName(target));
		if (!list) return null;
		if (!target.includes("/")) return list[0] ?? null;
		for (const c of list) {
			const p = c.path.toLowerCase().replace(/\.md$/, "");
			if (p === target || p.endsWith(`/${target}`)) return c;
		}
		return null;
	}

	clear(): void {
		this.byName.clear();
	}
}

function byShortestPath(a: Contact, b: Contact): number {
	if (a.path.length !== b.path.length) return a.path.length - b.path.length;
	return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
