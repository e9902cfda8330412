/**
 * A small Markdown scanner producing Obsidian's `CachedMetadata`: frontmatter (with its
 * position and links), headings, links, embeds, tags and root-level sections. Good enough for
 * plugins that read the metadata cache; it is not a full CommonMark parser.
 */
import type {
	CachedMetadata,
	EmbedCache,
	FrontmatterLinkCache,
	HeadingCache,
	LinkCache,
	Loc,
	Pos,
	SectionCache,
	TagCache,
} from "obsidian";
import { findFrontmatter, parseFrontmatterObject } from "./yaml";

const WIKILINK = /(!?)\[\[([^[\]\n]+?)\]\]/g;
const MDLINK = /(!?)\[([^[\]\n]*)\]\(<?([^()<>\n]+?)>?(?:\s+"[^"\n]*")?\)/g;
const TAG = /(^|[\s(])#([^\s#!@$%^&*(),.?":{}|<>[\]`'~;=+\\/]+)/g;

function wikiParts(inner: string): { link: string; displayText: string } {
	const bar = inner.indexOf("|");
	const target = (bar >= 0 ? inner.slice(0, bar) : inner).trim();
	if (bar >= 0) return { link: target, displayText: inner.slice(bar + 1) };
	const hash = target.indexOf("#");
	if (hash > 0) {
		const sub = target
			.slice(hash + 1)
			.split("#")
			.filter((s) => s.length > 0);
		return { link: target, displayText: [target.slice(0, hash), ...sub].join(" > ") };
	}
	return { link: target, displayText: target };
}

function safeDecode(s: string): string {
	try {
		return decodeURI(s);
	} catch {
		return s;
	}
}

/** Wikilinks written as whole property values (`"[[Jane Doe]]"`), key `prop` or `prop.N` in lists. */
function frontmatterLinks(fm: Record<string, unknown>): FrontmatterLinkCache[] {
	const out: FrontmatterLinkCache[] = [];
	const visit = (key: string, value: unknown) => {
		if (typeof value === "string") {
			const m = /^\[\[([^[\]\n]+?)\]\]$/.exec(value.trim());
			if (m && m[1] !== undefined) {
				const { link, displayText } = wikiParts(m[1]);
				out.push({ key, link, original: value.trim(), displayText });
			}
		} else if (Array.isArray(value)) {
			value.forEach((v, i) => {
				if (typeof v === "string") visit(`${key}.${i}`, v);
			});
		}
	};
	for (const [k, v] of Object.entries(fm)) visit(k, v);
	return out;
}

export interface ComputeCacheOptions {
	/**
	 * Whether a properties block that does not parse keeps its `frontmatterPosition` (default
	 * true). Obsidian's typings do not say; with false, only the first section (type `yaml`) tells
	 * the block is there. See docs/obsidian-behaviour.md.
	 */
	positionOnBrokenYaml?: boolean;
}

export function computeCache(content: string, options: ComputeCacheOptions = {}): CachedMetadata {
	const cache: CachedMetadata = {};
	const lineStarts = [0];
	for (let i = 0; i < content.length; i++) if (content.charCodeAt(i) === 10) lineStarts.push(i + 1);
	const lineCount = lineStarts.length;
	const lineText = (n: number): string => {
		const start = lineStarts[n] ?? content.length;
		const next = lineStarts[n + 1];
		let text = content.slice(start, next === undefined ? content.length : next - 1);
		if (text.endsWith("\r")) text = text.slice(0, -1);
		return text;
	};
	const loc = (line: number, col: number): Loc => ({ line, col, offset: (lineStarts[line] ?? 0) + col });
	const pos = (line: number, col: number, endLine: number, endCol: number): Pos => ({ start: loc(line, col), end: loc(endLine, endCol) });

	const sections: SectionCache[] = [];
	const headings: HeadingCache[] = [];
	const links: LinkCache[] = [];
	const embeds: EmbedCache[] = [];
	const tags: TagCache[] = [];

	let first = 0;
	const block = findFrontmatter(content);
	if (block) {
		const fmPos: Pos = { start: { line: 0, col: 0, offset: 0 }, end: { line: block.closeLine, col: 3, offset: block.closeEnd } };
		sections.push({ type: "yaml", position: fmPos });
		const fm = parseFrontmatterObject(block.yaml);
		if (fm || options.positionOnBrokenYaml !== false) cache.frontmatterPosition = fmPos;
		if (fm) {
			cache.frontmatter = fm;
			const fl = frontmatterLinks(fm);
			if (fl.length > 0) cache.frontmatterLinks = fl;
		}
		first = block.closeLine + 1;
	}

	let fence: string | null = null;
	let section: { type: string; start: number; end: number } | null = null;
	const closeSection = () => {
		if (!section) return;
		sections.push({ type: section.type, position: pos(section.start, 0, section.end, lineText(section.end).length) });
		section = null;
	};

	for (let n = first; n < lineCount; n++) {
		const text = lineText(n);
		if (fence !== null) {
			if (section) section.end = n;
			if (text.trimStart().startsWith(fence)) {
				fence = null;
				closeSection();
			}
			continue;
		}
		const fenceMatch = /^\s{0,3}(`{3,}|~{3,})/.exec(text);
		if (fenceMatch && fenceMatch[1]) {
			closeSection();
			fence = fenceMatch[1];
			section = { type: "code", start: n, end: n };
			continue;
		}
		if (text.trim() === "") {
			closeSection();
			continue;
		}
		const heading = /^(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(text);
		let type: string;
		if (heading && heading[1] && heading[2] !== undefined) {
			closeSection();
			headings.push({ heading: heading[2], level: heading[1].length, position: pos(n, 0, n, text.length) });
			type = "heading";
		} else if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(text)) {
			type = "thematicBreak";
			closeSection();
		} else if (/^\s*([-*+]|\d+[.)])\s/.test(text)) {
			type = "list";
		} else if (/^\s*>/.test(text)) {
			type = /^\s*>\s*\[!/.test(text) ? "callout" : "blockquote";
		} else if (/^\s*\|/.test(text)) {
			type = "table";
		} else {
			type = "paragraph";
		}
		const cur = section as { type: string; start: number; end: number } | null;
		if (cur && (cur.type === type || (type === "paragraph" && cur.type !== "heading" && cur.type !== "thematicBreak"))) {
			cur.end = n;
		} else {
			closeSection();
			section = { type, start: n, end: n };
		}
		if (type === "heading" || type === "thematicBreak") closeSection();

		// Inline code spans are blanked so links inside them are not taken.
		const scan = text.replace(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g, (m) => " ".repeat(m.length));
		for (const m of scan.matchAll(WIKILINK)) {
			const col = m.index ?? 0;
			const original = text.slice(col, col + m[0].length);
			const { link, displayText } = wikiParts(m[2] ?? "");
			const item = { link, original, displayText, position: pos(n, col, n, col + m[0].length) };
			(m[1] ? embeds : links).push(item);
		}
		for (const m of scan.matchAll(MDLINK)) {
			const target = (m[3] ?? "").trim();
			if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("#")) continue;
			const col = m.index ?? 0;
			const original = text.slice(col, col + m[0].length);
			const item = { link: safeDecode(target), original, displayText: m[2] ?? "", position: pos(n, col, n, col + m[0].length) };
			(m[1] ? embeds : links).push(item);
		}
		{
			for (const m of scan.matchAll(TAG)) {
				const name = m[2] ?? "";
				if (/^\d+$/.test(name)) continue;
				const col = (m.index ?? 0) + (m[1] ?? "").length;
				tags.push({ tag: `#${name}`, position: pos(n, col, n, col + name.length + 1) });
			}
		}
	}
	closeSection();

	if (sections.length > 0) cache.sections = sections;
	if (headings.length > 0) cache.headings = headings;
	if (links.length > 0) cache.links = links;
	if (embeds.length > 0) cache.embeds = embeds;
	if (tags.length > 0) cache.tags = tags;
	return cache;
}
