import type { SearchMatches, SearchResult, SearchResultContainer } from "obsidian";

/**
 * Fuzzy search: the query's characters (spaces ignored) must appear in order, ignoring case.
 * Higher scores are better (fewer gaps, earlier start). Matches are [start, end) ranges.
 */
export function prepareFuzzySearch(query: string): (text: string) => SearchResult | null {
	const q = query.toLowerCase().replace(/\s+/g, "");
	return (text: string) => {
		if (q.length === 0) return { score: 0, matches: [] };
		const t = text.toLowerCase();
		const matches: SearchMatches = [];
		let ti = 0;
		let gaps = 0;
		let first = -1;
		for (const ch of q) {
			const found = t.indexOf(ch, ti);
			if (found < 0) return null;
			if (first < 0) first = found;
			else if (found !== ti) gaps += found - ti;
			const last = matches[matches.length - 1];
			if (last && last[1] === found) last[1] = found + 1;
			else matches.push([found, found + 1]);
			ti = found + 1;
		}
		return { score: -(gaps + first * 0.1 + (t.length - q.length) * 0.01), matches };
	};
}

/** Simple search: every space-separated word of the query must appear, ignoring case. */
export function prepareSimpleSearch(query: string): (text: string) => SearchResult | null {
	const words = query.toLowerCase().split(/\s+/).filter((w) => w.length > 0);
	return (text: string) => {
		const t = text.toLowerCase();
		const matches: SearchMatches = [];
		let score = 0;
		for (const w of words) {
			const i = t.indexOf(w);
			if (i < 0) return null;
			matches.push([i, i + w.length]);
			score -= i;
		}
		matches.sort((a, b) => a[0] - b[0]);
		return { score, matches };
	};
}

export function sortSearchResults(results: SearchResultContainer[]): void {
	results.sort((a, b) => b.match.score - a.match.score);
}

/** Appends `text` to `el`, wrapping matched ranges in `<span class="suggestion-highlight">`. */
export function renderMatches(el: HTMLElement | DocumentFragment, text: string, matches: SearchMatches | null, offset = 0): void {
	let pos = 0;
	for (const [s0, e0] of matches ?? []) {
		const s = Math.max(s0 + offset, 0);
		const e = Math.min(e0 + offset, text.length);
		if (e <= s || s < pos) continue;
		if (s > pos) el.appendText(text.slice(pos, s));
		el.createSpan({ cls: "suggestion-highlight", text: text.slice(s, e) });
		pos = e;
	}
	if (pos < text.length) el.appendText(text.slice(pos));
}

export function renderResults(el: HTMLElement, text: string, result: SearchResult, offset?: number): void {
	renderMatches(el, text, result.matches, offset);
}
