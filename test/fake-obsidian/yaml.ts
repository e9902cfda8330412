/**
 * YAML the way Obsidian reads and writes it. Obsidian uses the `yaml` package (eemeli/yaml): its
 * errors are `YAMLParseError`s ("Nested mappings are not allowed in compact mappings at line 1,
 * column 4"), it reads with the YAML 1.2 core schema (so `2026-01-02` stays the STRING
 * "2026-01-02", `yes` stays "yes"), an unquoted `[[X]]` is a flow sequence holding a flow
 * sequence (`[["X"]]`), and it writes block lists indented by two spaces (`  - item`), quotes
 * strings only when needed (with double quotes: `"[[X]]"`), and folds plain strings longer than
 * 80 columns onto continuation lines (obsidianmd/obsidian-api#110).
 *
 * `yaml` is not a declared dependency of this repository: it is installed through
 * eslint-plugin-obsidianmd → yaml-eslint-parser (see package-lock.json).
 */
import type { FrontMatterInfo } from "obsidian";
import { parse, stringify, YAMLParseError } from "yaml";

export { YAMLParseError };

export function parseYaml(yaml: string): any {
	return parse(yaml);
}

export function stringifyYaml(obj: any): string {
	return stringify(obj);
}

/** Internal: where a note's frontmatter block sits. */
export interface FrontmatterBlock {
	/** The YAML text between the fences (with its final line break). */
	yaml: string;
	/** Offset where the YAML text starts (just after the opening `---` line). */
	from: number;
	/** Offset where the YAML text ends (the start of the closing `---`). */
	to: number;
	/** Offset just after the closing `---` (before its line break). */
	closeEnd: number;
	/** Offset of the first character after the closing fence line. */
	contentStart: number;
	/** 0-based line of the closing fence. */
	closeLine: number;
	/** The line ending of the opening fence. */
	eol: "\n" | "\r\n";
}

/**
 * Finds the frontmatter block: the note must start with a line that is exactly `---`, and a later
 * line that is exactly `---` closes it. `---js`, `--- yaml`, or a missing closing fence mean the
 * note has no frontmatter at all. One leading byte-order mark (U+FEFF) is skipped, as a UTF-8
 * decoder does (docs/obsidian-behaviour.md); offsets still count it.
 */
export function findFrontmatter(content: string): FrontmatterBlock | null {
	const bom = content.charCodeAt(0) === 0xfeff ? 1 : 0;
	let from: number;
	let eol: "\n" | "\r\n";
	if (content.startsWith("---\n", bom)) {
		from = bom + 4;
		eol = "\n";
	} else if (content.startsWith("---\r\n", bom)) {
		from = bom + 5;
		eol = "\r\n";
	} else {
		return null;
	}
	let pos = from;
	let line = 1;
	for (;;) {
		const nl = content.indexOf("\n", pos);
		const end = nl < 0 ? content.length : nl;
		let text = content.slice(pos, end);
		if (text.endsWith("\r")) text = text.slice(0, -1);
		if (text === "---") {
			return {
				yaml: content.slice(from, pos),
				from,
				to: pos,
				closeEnd: pos + 3,
				contentStart: nl < 0 ? content.length : nl + 1,
				closeLine: line,
				eol,
			};
		}
		if (nl < 0) return null;
		pos = nl + 1;
		line++;
	}
}

export function getFrontMatterInfo(content: string): FrontMatterInfo {
	const block = findFrontmatter(content);
	if (!block) return { exists: false, frontmatter: "", from: 0, to: 0, contentStart: 0 };
	return { exists: true, frontmatter: block.yaml, from: block.from, to: block.to, contentStart: block.contentStart };
}

/**
 * Parses a frontmatter block the way the metadata cache does: broken YAML, an empty block, or a
 * block that is not a mapping give `undefined` (the note still has a `frontmatterPosition`).
 */
export function parseFrontmatterObject(yaml: string): Record<string, any> | undefined {
	try {
		const value: unknown = parse(yaml);
		if (value !== null && typeof value === "object" && !Array.isArray(value)) return value as Record<string, any>;
		return undefined;
	} catch {
		return undefined;
	}
}

function entryFor(frontmatter: any, key: string | RegExp): any {
	if (!frontmatter || typeof frontmatter !== "object") return null;
	if (typeof key === "string") return key in frontmatter ? frontmatter[key] : null;
	for (const k of Object.keys(frontmatter)) if (key.test(k)) return frontmatter[k];
	return null;
}

export function parseFrontMatterEntry(frontmatter: any | null, key: string | RegExp): any | null {
	const v = entryFor(frontmatter, key);
	return v === undefined ? null : v;
}

export function parseFrontMatterStringArray(frontmatter: any | null, key: string | RegExp): string[] | null {
	const v = entryFor(frontmatter, key);
	if (v === null || v === undefined) return null;
	if (Array.isArray(v)) {
		const out = v.filter((x): x is string | number => typeof x === "string" || typeof x === "number").map(String);
		return out.length > 0 ? out : null;
	}
	if (typeof v === "string") {
		const out = v.split(",").map((s) => s.trim()).filter((s) => s.length > 0);
		return out.length > 0 ? out : null;
	}
	return null;
}

export function parseFrontMatterAliases(frontmatter: any | null): string[] | null {
	return parseFrontMatterStringArray(frontmatter, /^alias(es)?$/i);
}

export function parseFrontMatterTags(frontmatter: any | null): string[] | null {
	const tags = parseFrontMatterStringArray(frontmatter, /^tags?$/i);
	if (!tags) return null;
	const out = tags
		.flatMap((t) => t.split(/\s+/))
		.filter((t) => t.length > 0)
		.map((t) => (t.startsWith("#") ? t : `#${t}`));
	return out.length > 0 ? out : null;
}
