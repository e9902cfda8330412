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

/** Indented JSON for standard output, every control character in it escaped as `\uXXXX` (the value read back is unchanged). */
export function jsonForTerminal(value: unknown): string {
	return JSON.stringify(value, null, 2).replace(RAW_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
