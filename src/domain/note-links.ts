import { parseLink } from "./links";
import type { LinkRef } from "./types";

const WIKILINK = /(!?)\[\[([^[\]\n]+?)\]\]/g;
const MDLINK = /(!?)\[[^[\]\n]*\]\(<?([^()<>\n]+?)>?(?:\s+"[^"\n]*")?\)/g;
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const INLINE_CODE = /(`+)(?:[^`]|[^`][\s\S]*?[^`])\1(?!`)/g;

/**
 * The links of a note's body to other notes, as Obsidian indexes them: wiki
 * links `[[Name]]` and markdown links `[text](Name.md)`, not embeds, web
 * addresses, or anything inside code (fenced blocks and inline spans).
 */
export function bodyLinks(body: string): LinkRef[] {
	const out: LinkRef[] = [];
	for (const text of linesOutsideCode(body)) {
		for (const m of text.matchAll(WIKILINK)) {
			if (m[1]) continue;
			const link = parseLink(`[[${m[2] ?? ""}]]`);
			if (link) out.push(link);
		}
		for (const m of text.matchAll(MDLINK)) {
			const target = (m[2] ?? "").trim();
			if (m[1] || /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("#")) continue;
			const link = parseLink(`[x](${target})`);
			if (link) out.push(link);
		}
	}
	return out;
}

/** A body's lines with code left out: fenced blocks dropped, inline code spans blanked. */
export function linesOutsideCode(body: string): string[] {
	const lines = body.split(/\r?\n/);
	const fenced = fencedLines(lines);
	return lines.filter((_, i) => !fenced[i]).map((line) => line.replace(INLINE_CODE, (m) => " ".repeat(m.length)));
}

/** For each line, whether it belongs to a fenced code block (its opening and closing fences included). */
export function fencedLines(lines: readonly string[]): boolean[] {
	let fence: string | null = null;
	return lines.map((line) => {
		if (fence !== null) {
			if (line.trimStart().startsWith(fence)) fence = null;
			return true;
		}
		fence = FENCE.exec(line)?.[1] ?? null;
		return fence !== null;
	});
}

/** The links written as whole property values, `"[[Name]]"`, alone or in a list. */
export function propertyLinks(frontmatter: Record<string, unknown>): LinkRef[] {
	const out: LinkRef[] = [];
	const take = (v: unknown) => {
		if (typeof v !== "string" || !/^\s*\[\[[^[\]\n]+\]\]\s*$/.test(v)) return;
		const link = parseLink(v);
		if (link) out.push(link);
	};
	for (const value of Object.values(frontmatter)) {
		if (Array.isArray(value)) value.forEach(take);
		else take(value);
	}
	return out;
}

/** A link as the metadata cache gives it (`LinkCache.link`: target and heading, no alias). */
export function cachedLink(link: string): LinkRef | null {
	return parseLink(`[[${link}]]`);
}
