import { unwrapNestedLink } from "./dates";
import type { LinkRef } from "./types";

/**
 * Reads a link property as users write it: `"[[Name]]"`, `"[[Folder/Name|Alias]]"`,
 * `"[[Name#Heading]]"`, a markdown link `[Alias](Folder/Name.md)`, a plain `Name`,
 * or an unquoted `[[Name]]` that YAML read as a nested list.
 */
export function parseLink(value: unknown): LinkRef | null {
	const v = unwrapNestedLink(value);
	if (typeof v !== "string") return null;
	let text = v.trim();
	if (text === "") return null;
	let alias: string | null = null;
	const wiki = /^!?\[\[([^\]]*)\]\]$/.exec(text);
	const md = wiki ? null : /^\[([^\]]*)\]\(([^)]*)\)$/.exec(text);
	if (wiki) {
		text = wiki[1] ?? "";
		const bar = text.indexOf("|");
		if (bar >= 0) {
			alias = text.slice(bar + 1).trim() || null;
			text = text.slice(0, bar);
		}
	} else if (md) {
		alias = (md[1] ?? "").trim() || null;
		text = safeDecode(md[2] ?? "");
	}
	const hash = text.indexOf("#");
	if (hash >= 0) text = text.slice(0, hash);
	const target = normalizeTarget(text);
	if (target === "") return null;
	return { target, display: alias ?? baseName(target) };
}

function safeDecode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

/** `./Folder\Name.md ` → `Folder/Name`. */
export function normalizeTarget(text: string): string {
	if (!/[\\/.]|\s$|^\s/.test(text)) return text;
	let t = text.trim().replace(/\\/g, "/").replace(/\/{2,}/g, "/");
	while (t.startsWith("./")) t = t.slice(2);
	t = t.replace(/^\/+/, "");
	if (t.toLowerCase().endsWith(".md")) t = t.slice(0, -3);
	return t.trim();
}

export function baseName(pathOrTarget: string): string {
	const slash = pathOrTarget.lastIndexOf("/");
	const name = slash >= 0 ? pathOrTarget.slice(slash + 1) : pathOrTarget;
	return name.toLowerCase().endsWith(".md") ? name.slice(0, -3) : name;
}

/** Line breaks of every kind: a name holding one would spread a follow-up over several lines. */
const LINE_BREAK = /[\n\r\v\f\u0085\u2028\u2029]/;

/**
 * Why a link cannot name a person, or null when it can: its name (the last
 * part of the target, or the alias) comes out empty, as `"Ann\\"` does (a
 * backslash reads as a folder separator), or spreads over several lines.
 */
export function linkNameProblem(link: LinkRef): string | null {
	if (baseName(link.target).trim() === "") return "names no one";
	if (LINE_BREAK.test(link.target) || LINE_BREAK.test(link.display)) return "spreads a name over several lines";
	return null;
}

/** A list of links read: those that name someone, and each item that does not, with why. */
export interface LinkList {
	links: LinkRef[];
	refused: { written: unknown; problem: string }[];
}

/** Reads a list of links; a single link is a list of one. */
export function parseLinkList(value: unknown): LinkRef[] {
	return readLinkList(value).links;
}

export function readLinkList(value: unknown): LinkList {
	const out: LinkList = { links: [], refused: [] };
	if (value === null || value === undefined) return out;
	const nested = unwrapNestedLink(value);
	const items: unknown[] = Array.isArray(nested) ? nested : [nested];
	for (const item of items) {
		// Plain names typed on one line, `Carl, Dana`, are several people; links are one each.
		const parts = typeof item === "string" && !item.includes("[") && /[,;]/.test(item) ? item.split(/[,;]/) : [item];
		for (const part of parts) {
			const link = parseLink(part);
			if (link === null) {
				// A blank item, `[[]]` or a value of another kind: "[[#Heading]]" names no one either.
				if (typeof part === "string" && /[^\s[\]]/.test(part)) out.refused.push({ written: part, problem: "names no one" });
				continue;
			}
			const problem = linkNameProblem(link);
			if (problem === null) out.links.push(link);
			else out.refused.push({ written: part, problem });
		}
	}
	return out;
}

/** The lower-cased key a link is resolved by (its target). */
export function linkKey(link: LinkRef): string {
	return link.target.toLowerCase();
}
