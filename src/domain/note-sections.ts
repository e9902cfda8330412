import { fencedLines } from "./note-links";

/**
 * Reading the parts of a note's text that its properties do not hold: the
 * questions prepared under a "Questions" heading, the advice under "Advice",
 * the pitch under "My pitch". A section runs from its heading to the next
 * heading of the same or a higher level; the properties block and fenced code
 * are skipped, so a `#` inside them is never a heading.
 */

const HEADING = /^(#{1,6})[ \t]+(.*?)[ \t#]*$/;
const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+(?:\[[^\]]?\]\s+)?(.*)$/;

interface Line {
	text: string;
	/** Inside a fenced code block (or one of its fences). */
	code: boolean;
}

/** The lines of the first section whose heading matches `heading`, or null when there is none. */
function section(text: string, heading: RegExp): Line[] | null {
	const lines = bodyLines(text);
	const fenced = fencedLines(lines);
	let level = 0;
	let out: Line[] | null = null;
	for (const [i, line] of lines.entries()) {
		const code = fenced[i] ?? false;
		const h = code ? null : HEADING.exec(line);
		if (h) {
			const hLevel = (h[1] ?? "").length;
			if (out !== null && hLevel <= level) return out;
			if (out === null && heading.test((h[2] ?? "").trim())) {
				level = hLevel;
				out = [];
				continue;
			}
		}
		out?.push({ text: line, code });
	}
	return out;
}

/**
 * The items of the first section whose heading matches `heading`: each list
 * item (a checkbox dropped), and each other line of text; blank lines,
 * sub-headings and code left out. Null when the note has no such section.
 */
export function sectionItems(text: string, heading: RegExp): string[] | null {
	const lines = section(text, heading);
	if (lines === null) return null;
	const out: string[] = [];
	for (const { text: line, code } of lines) {
		if (code || HEADING.test(line)) continue;
		const item = (LIST_ITEM.exec(line)?.[1] ?? line).trim();
		if (item !== "") out.push(item);
	}
	return out;
}

/** A section's text, its paragraphs separated by one blank line; null when there is no such section or it is empty. */
export function sectionText(text: string, heading: RegExp): string | null {
	const lines = section(text, heading);
	if (lines === null) return null;
	const joined = lines
		.map((l) => l.text)
		.join("\n")
		.split(/\n\s*\n/)
		.map((p) => p.trim())
		.filter((p) => p !== "")
		.join("\n\n");
	return joined === "" ? null : joined;
}

/** The note's lines after its properties block (a block that never closes is body text, as in Obsidian). */
function bodyLines(text: string): string[] {
	const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
	if (lines[0]?.trimEnd() !== "---") return lines;
	const close = lines.findIndex((line, i) => i > 0 && /^(?:---|\.\.\.)\s*$/.test(line));
	return close < 0 ? lines : lines.slice(close + 1);
}
