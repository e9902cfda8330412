import grayMatterDefaults from "gray-matter/lib/defaults.js";
import grayMatterEngine from "gray-matter/lib/engine.js";
import yaml from "js-yaml";
import { errorText } from "../domain/error-text";

export type FrontmatterResult =
	| { kind: "none" }
	| { kind: "ok"; data: Record<string, unknown> }
	/** `overflow`: the parser ran out of stack (a block nested deeper than this thread's stack allows). */
	| { kind: "error"; message: string; overflow?: true };

class RefusedLanguage extends Error {}

function refuse(language: string) {
	return () => {
		throw new RefusedLanguage(`frontmatter in ${language} is not read: only YAML frontmatter is (a note never runs code)`);
	};
}

/**
 * YAML as Obsidian reads it: dates stay text (no timestamp type, so no Date
 * objects and no time-zone shifts), and no type that could construct objects.
 */
function parseYaml(text: string): unknown {
	return yaml.load(text, { schema: yaml.CORE_SCHEMA });
}

/** gray-matter's options, its defaults filled in once (not once per note, as `matter()` would). */
const OPTIONS = grayMatterDefaults({
	language: "yaml",
	engines: {
		yaml: { parse: parseYaml },
		// gray-matter would otherwise eval `---js` frontmatter and read `---json`/`---coffee`.
		javascript: { parse: refuse("JavaScript") },
		json: { parse: refuse("JSON") },
		coffee: { parse: refuse("CoffeeScript") },
	},
});

/** gray-matter's engine of each language met, looked up once. */
const engines = new Map<string, ReturnType<typeof grayMatterEngine>>();

/**
 * What gray-matter's `matter(block, OPTIONS).data` is, step by step as its
 * `parseMatter` takes them (node_modules/gray-matter/index.js), without the
 * per-note file object `matter()` wraps around the text first (a Buffer copy of
 * it, four property definitions, an excerpt pass): the language named after the
 * opening `---` (else YAML), the text up to gray-matter's closing `\n---`,
 * nothing for a block of comments and blanks, else the language's engine.
 * `block` is the properties block from its opening `---` to its closing line,
 * `firstLineEnd` where its first line ends.
 */
function grayMatterData(block: string, firstLineEnd: number): unknown {
	const raw = block.slice(3, firstLineEnd);
	const name = raw.trim();
	let str = block.slice(name ? 3 + raw.length : 3);
	const close = str.indexOf("\n---");
	if (close >= 0) str = str.slice(0, close);
	if (str.replace(/^\s*#[^\n]+/gm, "").trim() === "") return {};
	const language = name || "yaml";
	let engine = engines.get(language);
	if (!engine) engines.set(language, (engine = grayMatterEngine(language, OPTIONS)));
	return engine.parse(str, OPTIONS);
}

/**
 * Where a note's properties block ends, as Obsidian sees it: the first line
 * after the opening `---` line that is `---` alone (trailing spaces allowed).
 * Returns the index just past that line's `---`, or -1 when the block is never
 * closed (then Obsidian reads no properties, and neither does this).
 */
export function closingFence(text: string, from: number): number {
	let at = text.indexOf("\n---", from);
	while (at >= 0) {
		let end = at + 4;
		while (text[end] === " " || text[end] === "\t") end++;
		if (end === text.length || text[end] === "\n" || (text[end] === "\r" && text[end + 1] === "\n")) return at + 4;
		at = text.indexOf("\n---", at + 4);
	}
	return -1;
}

/**
 * Reads a note's properties the way Obsidian does, with gray-matter and its
 * YAML engine (every other engine refused: a `---js` note is reported, never
 * run). A UTF-8 BOM and CRLF line ends are accepted; only the properties block
 * is handed to gray-matter, never the body.
 */
export function readFrontmatter(text: string): FrontmatterResult {
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	if (!body.startsWith("---")) return { kind: "none" };
	const firstLineEnd = body.search(/\r?\n/);
	if (firstLineEnd < 0) return { kind: "none" };
	const opener = body.slice(3, firstLineEnd).trim();
	// `----` or a horizontal rule is not frontmatter; `---js` and the like are other languages.
	if (opener.startsWith("-")) return { kind: "none" };
	const end = closingFence(body, firstLineEnd);
	if (end < 0) return unclosedBlock(body) ?? { kind: "none" };
	if (opener !== "" && opener.toLowerCase() !== "yaml" && opener.toLowerCase() !== "yml") {
		return { kind: "error", message: `frontmatter in "${opener}" is not read: only YAML frontmatter is (a note never runs code)` };
	}
	try {
		const data = grayMatterData(body.slice(0, end), firstLineEnd);
		if (data === null || data === undefined) return { kind: "ok", data: {} };
		if (typeof data !== "object" || Array.isArray(data)) {
			return { kind: "error", message: "the frontmatter is not a list of properties (name: value)" };
		}
		return { kind: "ok", data: data as Record<string, unknown> };
	} catch (e) {
		if (e instanceof RefusedLanguage) return { kind: "error", message: e.message };
		const message = `the frontmatter is not valid YAML: ${yamlMessage(e)}`;
		return e instanceof RangeError ? { kind: "error", message, overflow: true } : { kind: "error", message };
	}
}

export const UNCLOSED_MESSAGE =
	'the properties block is never closed: no line "---" ends it within its first 1 MB, so Obsidian reads the note as text';

/** A line that sets `type`, as a properties block would. */
const TYPE_LINE = /^["']?type["']?[ \t]*:/m;

/**
 * A properties block that never closes is body text, as in Obsidian, unless it
 * mentions `type` within its first 1 MB: then it is most likely a contact or an
 * interview with its closing line lost, and a problem. `text` is the note from
 * its opening line, at most its first 1 MB.
 */
export function unclosedBlock(text: string): FrontmatterResult | null {
	return TYPE_LINE.test(text.slice(0, 1024 * 1024)) ? { kind: "error", message: UNCLOSED_MESSAGE } : null;
}

function yamlMessage(e: unknown): string {
	const text = errorText(e);
	// js-yaml appends a multi-line excerpt; keep the first line, which names the place.
	return (text.split("\n")[0] ?? text).trim().replace(/:$/, "");
}
