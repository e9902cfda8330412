/** Up to this many values under one key are kept in an array; past it, in a Set. */
const ARRAY_MAX = 8;

type Values = string | string[] | Set<string>;

/**
 * Paths kept under keys (a contact's interviews, the interviews linking to a
 * name, those of a day), each value once per key, in the order added: what a
 * `Map<string, Set<string>>` holds, in a fraction of its memory. Most keys hold
 * one or two values: a lone value is kept as itself, a few in an array, and
 * only a long list in a Set (a vault of 70,000 notes has some 22,000 such keys,
 * and an empty Set alone costs some 300 bytes).
 */
export class MultiMap {
	private readonly map = new Map<string, Values>();

	/** How many keys hold values. */
	get size(): number {
		return this.map.size;
	}

	/** Adds `value` under `key`, unless it is there already. */
	add(key: string, value: string): void {
		const v = this.map.get(key);
		if (v === undefined) this.map.set(key, value);
		else if (typeof v === "string") {
			if (v !== value) this.map.set(key, [v, value]);
		} else if (Array.isArray(v)) {
			if (v.includes(value)) return;
			if (v.length < ARRAY_MAX) v.push(value);
			else this.map.set(key, new Set(v).add(value));
		} else v.add(value);
	}

	/** Removes `value` from under `key`, and the key once it holds nothing. */
	remove(key: string, value: string): void {
		const v = this.map.get(key);
		if (v === undefined) return;
		if (typeof v === "string") {
			if (v === value) this.map.delete(key);
		} else if (Array.isArray(v)) {
			const at = v.indexOf(value);
			if (at < 0) return;
			v.splice(at, 1);
			if (v.length === 1) this.map.set(key, v[0] as string);
		} else {
			v.delete(value);
			if (v.size === 0) this.map.delete(key);
		}
	}

	/**
	 * The values under `key`, in the order added (none for a key never used).
	 * Not to be changed while it is walked: unlike a Set's, this walk may skip a
	 * value when another is removed meanwhile.
	 */
	get(key: string): Iterable<string> {
		const v = this.map.get(key);
		return v === undefined ? NONE : typeof v === "string" ? [v] : v;
	}

	keys(): IterableIterator<string> {
		return this.map.keys();
	}

	/** Each key with its values, keys in the order they first got a value. */
	*entries(): IterableIterator<[string, Iterable<string>]> {
		for (const [key, v] of this.map) yield [key, typeof v === "string" ? [v] : v];
	}

	clear(): void {
		this.map.clear();
	}
}

const NONE: readonly string[] = [];
