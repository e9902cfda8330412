/**
 * File names and vault paths made from what people type: a person's name, a
 * note title. Pure string work (no `path` module), so it runs on mobile too.
 */

export interface SafeFileNameOptions {
	/** Longest result in UTF-16 code units (default 120). */
	maxLength?: number;
	/** Used when nothing usable is left (default "Untitled"). */
	fallback?: string;
}

const DEFAULT_MAX_LENGTH = 120;
/** Longest result in UTF-8 bytes: file systems count bytes (255), and a suffix like ` 12.md` must still fit. */
const MAX_BYTES = 200;
const DEFAULT_FALLBACK = "Untitled";

/**
 * Characters Obsidian or a file system refuses, or that change a link's meaning
 * (`#` heading, `^` block, `|` alias, `[ ]` link brackets), C0/C1 control characters,
 * bidirectional overrides that can make a name read differently than it is,
 * and lone surrogates (no file system can store them).
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
const FORBIDDEN = /[*"\\/<>:|?#^[\]\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff]/gu;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/**
 * A file name (without extension) for a person's name or any title: forbidden
 * characters become spaces, whitespace collapses, leading dots and trailing dots
 * and spaces go, Windows device names (`CON`, `NUL`, `COM1`…) get a `_`, accents,
 * CJK and emoji stay. Never empty, never `.` or `..`, never a path.
 * Applying it twice gives the same result as applying it once.
 */
export function safeFileName(name: string, options: SafeFileNameOptions = {}): string {
	const maxLength = Math.max(1, options.maxLength ?? DEFAULT_MAX_LENGTH);
	let s = String(name).normalize("NFC").replace(FORBIDDEN, " ").replace(/\s+/g, " ");
	s = trimEdges(s);
	s = truncate(s, maxLength, MAX_BYTES);
	if (isReserved(s)) s = protectReserved(truncate(s, maxLength - 1, MAX_BYTES - 1));
	if (s === "") {
		const fallback = options.fallback ?? DEFAULT_FALLBACK;
		return fallback === DEFAULT_FALLBACK ? DEFAULT_FALLBACK : safeFileName(fallback, { maxLength });
	}
	return s;
}

/** Leading dots and spaces, trailing dots and spaces (Windows drops those silently). */
function trimEdges(s: string): string {
	return s.replace(/^[\s.]+/, "").replace(/[\s.\u200d]+$/, "");
}

/** Cuts to `maxLength` code units and `maxBytes` UTF-8 bytes without splitting a character. */
function truncate(s: string, maxLength: number, maxBytes: number): string {
	if (s.length <= maxLength && utf8Length(s) <= maxBytes) return s;
	let out = "";
	let bytes = 0;
	for (const ch of s) {
		const b = utf8Length(ch);
		if (out.length + ch.length > maxLength || bytes + b > maxBytes) break;
		out += ch;
		bytes += b;
	}
	return trimEdges(out);
}

/** The part Windows looks at: before the first dot, without trailing spaces. */
function reservedStem(s: string): string {
	const dot = s.indexOf(".");
	return (dot >= 0 ? s.slice(0, dot) : s).replace(/\s+$/, "");
}

function isReserved(s: string): boolean {
	return WINDOWS_RESERVED.test(reservedStem(s));
}

/** `CON` → `CON_`, `nul.txt` → `nul_.txt`: Windows refuses these whatever the extension. */
function protectReserved(s: string): string {
	if (!isReserved(s)) return s;
	const stem = reservedStem(s);
	return `${stem}_${s.slice(stem.length)}`;
}

export function utf8Length(s: string): number {
	let n = 0;
	for (const ch of s) {
		const cp = ch.codePointAt(0) ?? 0;
		n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
	}
	return n;
}

/**
 * The vault path `folder/name.md`: `/` separators, no empty, `.` or `..`
 * segments, no leading or trailing slash. The name goes through safeFileName
 * (a trailing `.md` is dropped first); the folder keeps the user's spelling.
 */
export function joinVaultPath(folder: string, name: string): string {
	const file = `${safeFileName(stripMd(name))}.md`;
	const dir = cleanFolder(folder);
	return dir === "" ? file : `${dir}/${file}`;
}

/** `/Networking\\Contacts/../x/` → `Networking/Contacts/x`. */
export function cleanFolder(folder: string): string {
	return String(folder)
		.replace(/\\/g, "/")
		.split("/")
		.map((seg) => seg.trim())
		.filter((seg) => seg !== "" && !/^[.\s]+$/.test(seg))
		.join("/");
}

/**
 * Whether the vault path `path` lies inside `folder`, a folder setting as the
 * user typed it (cleaned as `cleanFolder` does), ignoring case. Never for an
 * empty setting. The plugin and the command line both skip the notes of the
 * templates folder with this.
 */
export function inFolder(folder: string, path: string): boolean {
	const clean = cleanFolder(folder).toLowerCase();
	return clean !== "" && path.toLowerCase().startsWith(`${clean}/`);
}

function stripMd(name: string): string {
	return name.replace(/\.md\s*$/i, "");
}

const MAX_TRIES = 100_000;

/**
 * The first free path among `base.md`, `base 2.md`, `base 3.md`… where `base` is
 * a vault path without extension (a trailing `.md` is accepted and ignored).
 */
export function freeName(base: string, exists: (path: string) => boolean): string {
	const stem = stripMd(base);
	const first = `${stem}.md`;
	if (!exists(first)) return first;
	for (let i = 2; i < MAX_TRIES; i++) {
		const candidate = `${stem} ${i}.md`;
		if (!exists(candidate)) return candidate;
	}
	throw new Error(`No free file name for "${stem}" after ${MAX_TRIES} tries`);
}

export type FolderCheck =
	| { ok: true; path: string }
	| { ok: false; segment: string; reason: "parent" | "hidden" | "name" };

/**
 * A folder typed by the user as a vault path (`/` or `\` separators, empty and
 * `.` segments dropped), refused when a segment leaves the vault (`..`), is
 * hidden (Obsidian and the index skip it) or is not a name Obsidian can hold.
 */
export function checkVaultFolder(folder: string): FolderCheck {
	const segments = folder
		.trim()
		.split(/[\\/]+/)
		.map((s) => s.trim())
		.filter((s) => s !== "" && s !== ".");
	for (const segment of segments) {
		if (segment === "..") return { ok: false, segment, reason: "parent" };
		if (segment.startsWith(".")) return { ok: false, segment, reason: "hidden" };
		if (safeFileName(segment) !== segment) return { ok: false, segment, reason: "name" };
	}
	return { ok: true, path: segments.join("/") };
}
