/**
 * The line layer of a vCard export, before ical.js reads the properties:
 * finding the cards in a file (Android, iOS and Google write many per file),
 * unfolding long lines, and turning vCard 2.1 — which Android still exports —
 * into the 3.0 syntax ical.js understands.
 *
 * ical.js reads vCard 3.0 and 4.0 (RFC 2426, RFC 6350) but not 2.1: it refuses
 * 2.1's bare parameters (`TEL;CELL:…`), and 2.1's quoted-printable values
 * continue on the next line with a trailing `=` instead of a leading space,
 * which no 3.0 reader unfolds. Both are rewritten here; everything else
 * (parameters, escapes, structured values such as N and ORG) is left to ical.js.
 */

/** One card's properties, ready for ical.js, and where it starts in the file. */
export interface CardLines {
	/** 1-based line of `BEGIN:VCARD`. */
	line: number;
	/** The VERSION ical.js is to read the properties with: `4.0`, else `3.0`. */
	version: "3.0" | "4.0";
	/** Only the properties asked for, each in 3.0 or 4.0 syntax on one line, with the line it started on. */
	properties: LogicalLine[];
}

export interface CardSplit {
	/** False when the file holds no `BEGIN:VCARD` line at all: it is not a vCard export. */
	found: boolean;
	cards: CardLines[];
	/** What was left out (an unfinished card, a line that is not a property), one sentence each. */
	problems: string[];
}

export interface LogicalLine {
	line: number;
	text: string;
}

const BEGIN = /^\s*begin\s*:\s*vcard\s*$/i;
const END = /^\s*end\s*:\s*vcard\s*$/i;

/**
 * The cards of a file, each reduced to the properties named in `wanted` (upper
 * case, e.g. `FN`, `EMAIL`; grouped names such as `item1.EMAIL` count) plus
 * VERSION. Photos, logos and sounds are never kept, so their base64 is never
 * parsed.
 */
export function splitCards(text: string, wanted: ReadonlySet<string>): CardSplit {
	const raw = text.replace(/^\ufeff/, "").split(/\r\n|\r|\n/);
	const out: CardSplit = { found: false, cards: [], problems: [] };
	let card: OpenCard | null = null;
	for (let i = 0; i < raw.length; i++) {
		const line = raw[i] ?? "";
		if (card === null) {
			if (BEGIN.test(line)) {
				out.found = true;
				card = { line: i + 1, lines: [], version: "", depth: 1 };
			}
			continue;
		}
		// A 2.1 AGENT property may hold a whole card: its lines are not this person's.
		if (BEGIN.test(line)) card.depth++;
		else if (END.test(line)) {
			if (--card.depth === 0) {
				const lines = card.lines.filter((l) => l.keep).map((l) => ({ line: l.line, text: l.parts.join("") }));
				out.cards.push(finishCard(card.line, lines, card.version, wanted, out.problems));
				card = null;
			}
		} else if (card.depth === 1) addLine(card, line, i + 1, wanted);
	}
	if (card !== null) out.problems.push(`Line ${card.line}: a card that never ends (no END:VCARD); it was not read`);
	return out;
}

interface OpenCard {
	line: number;
	lines: OpenLine[];
	version: string;
	depth: number;
}

/**
 * A property being read, in parts (joined once: a photo is hundreds of
 * folded lines). Lines of properties not asked for are not kept at all.
 */
interface OpenLine {
	line: number;
	parts: string[];
	keep: boolean;
	quotedPrintable: boolean;
	/** Whether the last raw line ended with `=`: a quoted-printable soft line break. */
	softBreak: boolean;
}

/** Appends a raw line to the card, unfolding folded and quoted-printable continuation lines. */
function addLine(card: OpenCard, line: string, lineNo: number, wanted: ReadonlySet<string>): void {
	const last = card.lines[card.lines.length - 1];
	if (last?.quotedPrintable && last.softBreak) {
		const part = line.trimStart();
		if (last.keep) last.parts[last.parts.length - 1] = (last.parts[last.parts.length - 1] ?? "").slice(0, -1) + part;
		last.softBreak = part.endsWith("=");
		return;
	}
	if (last !== undefined && /^[ \t]/.test(line)) {
		// 3.0 and 4.0 remove the line break and one space; 2.1 only the line break.
		const part = card.version === "2.1" ? line : line.slice(1);
		if (last.keep) last.parts.push(part);
		last.softBreak = part.endsWith("=");
		return;
	}
	if (line.trim() === "") return;
	const version = /^version\s*:\s*(\S+)\s*$/i.exec(line);
	if (version) card.version = version[1] ?? "";
	const head = /^([\w.-]+)[;:]/.exec(line);
	// A line that is not a property is kept, to be reported.
	const keep = head === null || wanted.has((head[1] ?? "").replace(/^[^.]*\./, "").toUpperCase());
	card.lines.push({ line: lineNo, parts: keep ? [line] : [], keep, quotedPrintable: isQuotedPrintable(line), softBreak: line.endsWith("=") });
}

function finishCard(line: number, lines: LogicalLine[], version: string, wanted: ReadonlySet<string>, problems: string[]): CardLines {
	const properties: LogicalLine[] = [];
	for (const l of lines) {
		const split = splitProperty(l.text);
		if (split === null) {
			problems.push(`Line ${l.line}: "${shorten(l.text)}" is not a vCard property; it was ignored`);
			continue;
		}
		const name = (split.head.split(";")[0] ?? "").replace(/^[^.]*\./, "").trim().toUpperCase();
		if (wanted.has(name)) properties.push({ line: l.line, text: rewrite(split.head, split.value, version === "2.1") });
	}
	return { line, version: version === "4.0" ? "4.0" : "3.0", properties };
}

/** A card as ical.js reads it. */
export function cardText(version: string, properties: readonly LogicalLine[]): string {
	return ["BEGIN:VCARD", `VERSION:${version}`, ...properties.map((p) => p.text), "END:VCARD"].join("\r\n");
}

/** `NAME;PARAMS` and the value, split at the first colon outside a quoted parameter value; null without one. */
function splitProperty(text: string): { head: string; value: string } | null {
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (ch === '"') quoted = !quoted;
		else if (ch === ":" && !quoted) {
			const head = text.slice(0, i);
			return /^[\w.-]+$/.test(head.split(";")[0] ?? "") ? { head, value: text.slice(i + 1) } : null;
		}
	}
	return null;
}

function isQuotedPrintable(text: string): boolean {
	const colon = text.indexOf(":");
	const head = colon < 0 ? text : text.slice(0, colon);
	return /;\s*(encoding\s*=\s*)?quoted-printable\s*(;|$)/i.test(head);
}

/**
 * A property in 3.0 syntax: quoted-printable decoded (in its CHARSET) and
 * escaped as 3.0 text, and bare parameters written `TYPE=…`.
 */
function rewrite(head: string, value: string, v21: boolean): string {
	const [name = "", ...params] = head.split(";");
	const qp = params.some((p) => /^\s*(encoding\s*=\s*)?quoted-printable\s*$/i.test(p));
	const charset = params.map((p) => /^\s*charset\s*=\s*"?([^"]+)"?\s*$/i.exec(p)?.[1]).find((c) => c !== undefined);
	const kept = params.filter((p) => {
		const key = p.split("=")[0]?.trim().toLowerCase() ?? "";
		// The value is decoded here; ical.js would otherwise see a 2.1-only parameter.
		if (qp && (key === "encoding" || key === "charset" || key === "quoted-printable")) return false;
		return !(v21 && key === "encoding" && /8bit|7bit/i.test(p));
	});
	// 2.1's bare `CELL` is `TYPE=CELL`; some exporters write it in 3.0 cards too, where ical.js would refuse the whole card.
	const outParams = kept.filter((p) => p.trim() !== "").map((p) => (/^\s*[\w-]+\s*$/.test(p) ? `TYPE=${p.trim()}` : p));
	const outValue = qp ? escapeText(decodeQuotedPrintable(value, charset ?? "utf-8")) : value;
	return [name, ...outParams].join(";") + ":" + outValue;
}

/**
 * Quoted-printable (RFC 2045) to text in `charset`: `=C3=BC` is the two bytes
 * of `ü` in UTF-8. A charset TextDecoder does not know reads as UTF-8.
 */
export function decodeQuotedPrintable(value: string, charset: string): string {
	const bytes: number[] = [];
	const encoder = new TextEncoder();
	for (let i = 0; i < value.length; i++) {
		const hex = value[i] === "=" ? /^[0-9a-f]{2}/i.exec(value.slice(i + 1, i + 3)) : null;
		if (hex) {
			bytes.push(parseInt(hex[0], 16));
			i += 2;
			continue;
		}
		// Not encoded although it should be: kept as the character it is.
		const ch = String.fromCodePoint(value.codePointAt(i) ?? 0xfffd);
		bytes.push(...encoder.encode(ch));
		i += ch.length - 1;
	}
	let decoder: TextDecoder;
	try {
		decoder = new TextDecoder(charset.trim());
	} catch {
		decoder = new TextDecoder("utf-8");
	}
	return decoder.decode(new Uint8Array(bytes));
}

/**
 * Decoded text in 3.0 escaping. 2.1 escapes only `;` inside structured values
 * (`\;`), which keeps its meaning in 3.0; a semicolon left bare still separates
 * the parts of N and ORG.
 */
function escapeText(text: string): string {
	return text
		.replace(/\\(?!;)/g, "\\\\")
		.replace(/,/g, "\\,")
		.replace(/\r\n|\r|\n/g, "\\n");
}

function shorten(text: string): string {
	return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
