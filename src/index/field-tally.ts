/** Per-field counts of contacts and of contacts met, kept up to date one contact at a time. */
export interface FieldProgress {
	field: string;
	contacts: number;
	met: number;
	target: number;
}

interface Entry {
	contacts: number;
	met: number;
	/** Spellings in use and how many contacts use each: the most used one is shown. */
	spellings: Map<string, number>;
}

export interface FieldContribution {
	fields: readonly string[];
	met: boolean;
}

export class FieldTally {
	private readonly entries = new Map<string, Entry>();
	private readonly byContact = new Map<string, FieldContribution>();
	private cache: FieldProgress[] | null = null;
	private cacheTarget = -1;

	/** Sets what one contact adds (null: nothing, e.g. archived or deleted). */
	set(contactPath: string, contribution: FieldContribution | null): void {
		const old = this.byContact.get(contactPath);
		if (old && contribution && old.met === contribution.met && sameList(old.fields, contribution.fields)) return;
		if (old) this.apply(old, -1);
		if (contribution && contribution.fields.length > 0) {
			this.byContact.set(contactPath, contribution);
			this.apply(contribution, 1);
		} else {
			this.byContact.delete(contactPath);
		}
		this.cache = null;
	}

	clear(): void {
		this.entries.clear();
		this.byContact.clear();
		this.cache = null;
	}

	/** Every field, sorted by name (case-insensitively). */
	list(target: number): FieldProgress[] {
		if (this.cache && this.cacheTarget === target) return this.cache;
		// Each entry's key is its field lower-cased: compared as it is, not lower-cased again per comparison.
		const keyed: { key: string; progress: FieldProgress }[] = [];
		for (const [key, e] of this.entries) keyed.push({ key, progress: { field: displayName(e.spellings), contacts: e.contacts, met: e.met, target } });
		keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
		const out = keyed.map((k) => k.progress);
		this.cache = out;
		this.cacheTarget = target;
		return out;
	}

	private apply(c: FieldContribution, sign: 1 | -1): void {
		for (const field of c.fields) {
			const key = field.toLowerCase();
			let e = this.entries.get(key);
			if (!e) {
				e = { contacts: 0, met: 0, spellings: new Map() };
				this.entries.set(key, e);
			}
			e.contacts += sign;
			if (c.met) e.met += sign;
			const n = (e.spellings.get(field) ?? 0) + sign;
			if (n > 0) e.spellings.set(field, n);
			else e.spellings.delete(field);
			if (e.contacts <= 0) this.entries.delete(key);
		}
	}
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
	return a.length === b.length && a.every((x, i) => x === b[i]);
}

function displayName(spellings: Map<string, number>): string {
	let best = "";
	let bestCount = -1;
	for (const [s, n] of spellings) {
		if (n > bestCount || (n === bestCount && s < best)) {
			best = s;
			bestCount = n;
		}
	}
	return best;
}
