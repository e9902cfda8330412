import { formatList } from "./template";

/**
 * A change to some properties of one note, guarded by the values the user saw.
 * The guard compares only the properties a follow-up's rule read and those the
 * change writes, never the whole block: other plugins update their own
 * properties on every save, and that must not block a click.
 *
 * A value of `undefined` means "the property is absent": as an expected value
 * it requires the property to be missing, as a new value it removes it.
 */

export type Properties = Readonly<Record<string, unknown>>;

export interface PropertyChange {
	/** The note, vault-relative. */
	path: string;
	/** The values the user saw, by property name (`undefined`: absent). */
	expected: Properties;
	/** The values to write (`undefined`: remove the property). */
	values: Properties;
}

/** The value of `key` in a properties object, `undefined` when absent (inherited names never count). */
export function valueOf(fm: Properties | null | undefined, key: string): unknown {
	return fm && Object.prototype.hasOwnProperty.call(fm, key) ? fm[key] : undefined;
}

/** The values of `keys` in `fm`, absent ones as `undefined`. */
export function pickValues(fm: Properties | null | undefined, keys: Iterable<string>): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const key of keys) out[key] = valueOf(fm, key);
	return out;
}

/** Equality of YAML values: scalars by value, lists and maps element by element. */
export function sameValue(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a === "number" && typeof b === "number") return Number.isNaN(a) && Number.isNaN(b);
	if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
	const ka = Object.keys(a);
	const kb = Object.keys(b);
	return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** The properties (of `expected`) whose value in `fm` is no longer the one expected, in `expected`'s order. */
export function changedSince(fm: Properties | null | undefined, expected: Properties): string[] {
	return Object.keys(expected).filter((key) => !sameValue(valueOf(fm, key), expected[key]));
}

/** Writes `values` into `fm` in place: `undefined` removes the property. */
export function applyValues(fm: Record<string, unknown>, values: Properties): void {
	for (const [key, value] of Object.entries(values)) {
		if (value === undefined) delete fm[key];
		else fm[key] = value;
	}
}

/**
 * The change that takes a written change back: it expects what was written
 * and restores what was there before (a property that did not exist is removed).
 */
export function undoOf(written: PropertyChange, before: Properties): PropertyChange {
	const keys = Object.keys(written.values);
	return { path: written.path, expected: pickValues(written.values, keys), values: pickValues(before, keys) };
}

/** "status and date", "status, date, and confirmed": property names as a sentence lists them. */
export function propertyList(keys: readonly string[]): string {
	return formatList(keys.map((k) => `"${k}"`));
}
