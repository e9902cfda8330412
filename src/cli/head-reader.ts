import { errorText } from "../domain/error-text";

/**
 * What decides a note's frontmatter: its head (see `headReader`), an error, or
 * the first 1 MB of a properties block that is not closed within them.
 */
export type Head = string | { error: string } | { unclosed: string };

/**
 * A reader of notes' heads into reused buffers. The head of a note is the
 * part that decides its frontmatter: the text up to and including the first
 * `\n---` line after the opening line (all that gray-matter reads of it), the
 * whole text when there is no such line, or "" when the note does not open with
 * `---` (after an optional BOM). A block still open after 1 MB is never read
 * further: its first 1 MB come back as `unclosed` (a 600 MB note is not read
 * whole). A prefix that ends with an ASCII byte decodes to a prefix of the
 * whole text. A file that cannot be read gives its error.
 */
export function headReader(files: Pick<typeof import("node:fs"), "openSync" | "readSync" | "closeSync">) {
	const LIMIT = 1024 * 1024;
	const small = Buffer.allocUnsafe(64 * 1024);
	let large: Buffer | null = null;
	const close = Buffer.from("\n---");
	/** The head from the first `n` bytes of `buf`, or null when more of the note is needed. */
	const head = (buf: Buffer, n: number, eof: boolean): string | null => {
		const start = n >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
		if (n < start + 3) return eof ? "" : null;
		if (buf[start] !== 0x2d || buf[start + 1] !== 0x2d || buf[start + 2] !== 0x2d) return "";
		const view = buf.subarray(0, n);
		const lineEnd = view.indexOf(0x0a, start + 3);
		// The first line that is `---` alone (trailing blanks allowed) closes the block.
		let at = lineEnd < 0 ? -1 : view.indexOf(close, lineEnd);
		while (at >= 0) {
			let end = at + close.length;
			while (end < n && (buf[end] === 0x20 || buf[end] === 0x09)) end++;
			if (end < n && (buf[end] === 0x0a || buf[end] === 0x0d)) return view.toString("utf8", 0, end);
			if (end >= n) break; // the line may go on past what was read
			at = view.indexOf(close, at + close.length);
		}
		return eof ? view.toString("utf8") : null;
	};
	/** Reads from `from` until `buf` is full or the file ends; returns the bytes now in `buf` and whether the file ended. */
	const fill = (fd: number, buf: Buffer, from: number): [number, boolean] => {
		let n = from;
		while (n < buf.length) {
			const more = files.readSync(fd, buf, n, buf.length - n, n);
			if (more === 0) return [n, true];
			n += more;
		}
		return [n, false];
	};
	return (file: string): Head => {
		try {
			const fd = files.openSync(file, "r");
			try {
				const first = head(small, files.readSync(fd, small, 0, small.length, 0), false);
				if (first !== null) return first;
				// One read did not settle it: read on to the end of the file or of the buffer.
				let [n, eof] = fill(fd, small, 0);
				const second = head(small, n, eof);
				if (second !== null) return second;
				// Not settled in the first 64 KB: read on, up to 1 MB, and no further.
				if (large === null) large = Buffer.allocUnsafe(LIMIT);
				small.copy(large, 0, 0, n);
				[n, eof] = fill(fd, large, n);
				return head(large, n, eof) ?? { unclosed: large.toString("utf8", 0, n) };
			} finally {
				files.closeSync(fd);
			}
		} catch (e) {
			return { error: errorText(e) };
		}
	};
}
