/**
 * Text from notes, file names and exports on its way to a terminal. A note's
 * file name or a LinkedIn cell can hold control characters, and a terminal acts
 * on them (an escape sequence can clear the screen, retitle the window or hide
 * text; a line break breaks the layout of `due`). Printed text has each one
 * replaced by `?`, as `ls` does; `--json` keeps them, escaped.
 */

/**
 * C0 and C1 controls and DEL (line breaks and tabs included: each field is one
 * line), the Unicode line and paragraph separators, and the bidirectional
 * overrides and isolates, which reorder what a terminal shows.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this finds
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** One field of terminal output, with every control character replaced by `?`. */
export function forTerminal(text: string): string {
	return text.replace(UNPRINTABLE, "?");
}

/** Those of them JSON.stringify writes raw (it escapes the C0 controls itself). */
const RAW_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** About how long the pieces of `writeJsonForTerminal` are, in characters. */
const PIECE = 64 * 1024;
/** Arrays and objects this deep or less are written member by member; deeper ones at once. */
const STREAMED_DEPTH = 3;

/**
 * Indented JSON for standard output, every control character in it escaped as
 * `\uXXXX` (the value read back is unchanged), handed to `write` in pieces of
 * about 64 KB (`piece`), so that a large report never stands whole in memory as
 * one string: the text of `JSON.stringify(value, null, 2)`, the outer arrays and
 * objects written member by member, each member stringified and indented to its place.
 */
export function writeJsonForTerminal(value: unknown, write: (text: string) => void, piece = PIECE): void {
	let pending = "";
	const put = (text: string) => {
		pending += text;
		if (pending.length >= piece) {
			write(escapeRaw(pending));
			pending = "";
		}
	};
	const member = (v: unknown, indent: string, depth: number): void => {
		const inner = `${indent}  `;
		if (depth < STREAMED_DEPTH && Array.isArray(v) && v.length > 0 && typeof (v as { toJSON?: unknown }).toJSON !== "function") {
			put("[");
			for (let i = 0; i < v.length; i++) {
				put(i === 0 ? `\n${inner}` : `,\n${inner}`);
				member(skipped(v[i]) ? null : v[i], inner, depth + 1);
			}
			put(`\n${indent}]`);
			return;
		}
		const keys = depth < STREAMED_DEPTH && isPlain(v) ? Object.keys(v).filter((k) => !skipped(v[k])) : [];
		if (keys.length === 0 || !isPlain(v)) {
			put((JSON.stringify(v, null, 2) as string | undefined)?.replaceAll("\n", `\n${indent}`) ?? "");
			return;
		}
		put("{");
		keys.forEach((k, i) => {
			put(`${i === 0 ? "" : ","}\n${inner}${JSON.stringify(k)}: `);
			member(v[k], inner, depth + 1);
		});
		put(`\n${indent}}`);
	};
	member(value, "", 0);
	if (pending !== "") write(escapeRaw(pending));
}

/** What JSON.stringify leaves out of an object (and writes as null in an array): also a value whose toJSON gives one of those. */
function skipped(v: unknown): boolean {
	if (v === undefined || typeof v === "function" || typeof v === "symbol") return true;
	return typeof v === "object" && v !== null && typeof (v as { toJSON?: unknown }).toJSON === "function" && JSON.stringify(v) === undefined;
}

/** An object JSON.stringify writes as its own properties (no toJSON, not boxed, not a Date or a Map). */
function isPlain(v: unknown): v is Record<string, unknown> {
	if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
	const proto = Object.getPrototypeOf(v) as unknown;
	return (proto === Object.prototype || proto === null) && typeof (v as { toJSON?: unknown }).toJSON !== "function";
}

function escapeRaw(json: string): string {
	return json.replace(RAW_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
