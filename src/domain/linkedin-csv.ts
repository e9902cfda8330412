import Papa from "papaparse";
import { isValidCalendarDate } from "./dates";
import type { CalendarDate } from "./types";

/**
 * LinkedIn's `Connections.csv` export: a UTF-8 BOM, a `Notes:` preamble (one
 * quoted paragraph may span lines), then the header
 * `First Name,Last Name,URL,Email Address,Company,Position,Connected On`.
 * Columns are found by header name, so their order does not matter and an
 * older export without `URL` still reads.
 */

export interface LinkedInPerson {
	firstName: string;
	lastName: string;
	fullName: string;
	url: string | null;
	email: string | null;
	company: string | null;
	position: string | null;
	/** `YYYY-MM-DD`, or null when missing or unreadable (then a problem says so). */
	connectedOn: CalendarDate | null;
}

export interface LinkedInParseResult {
	people: LinkedInPerson[];
	/** Rows that are not imported; `row` is the line of the file where the row starts (1-based). */
	skipped: { row: number; reason: string }[];
	/** What could not be read; people are still imported when only a detail is wrong. */
	problems: string[];
}

type Column = "firstName" | "lastName" | "url" | "email" | "company" | "position" | "connectedOn";

const HEADER_NAMES: Record<Column, readonly string[]> = {
	firstName: ["first name"],
	lastName: ["last name"],
	url: ["url", "profile url", "linkedin url"],
	email: ["email address", "email", "e-mail address"],
	company: ["company"],
	position: ["position", "title"],
	connectedOn: ["connected on"],
};

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** True when the file has no LinkedIn header line at all: it is not `Connections.csv`. */
export function notAnExport(parsed: LinkedInParseResult): boolean {
	return parsed.people.length === 0 && parsed.skipped.length === 0 && parsed.problems.some((p) => p.startsWith("No header"));
}

export function parseLinkedInCsv(text: string): LinkedInParseResult {
	const result: LinkedInParseResult = { people: [], skipped: [], problems: [] };
	const normalized = text.replace(/^\ufeff+/, "").replace(/\r\n?/g, "\n");
	const header = findHeader(normalized);
	if (header === null) {
		result.problems.push(
			"No header line found: expected a line starting First Name,Last Name,… as in LinkedIn's Connections.csv",
		);
		return result;
	}
	const body = normalized.slice(header.offset);
	let columns: Partial<Record<Column, number>> | null = null;
	let width = 0;
	let cursor = 0;
	const lines = lineCounter(body);
	Papa.parse<string[]>(body, {
		header: false,
		delimiter: header.delimiter,
		newline: "\n",
		skipEmptyLines: "greedy",
		step: (row) => {
			const start = skipBlankLines(body, cursor);
			cursor = row.meta.cursor;
			const line = header.line + lines(start);
			for (const e of row.errors) result.problems.push(`Line ${line}: ${e.message.toLowerCase()}`);
			const cells = row.data.map((c) => c.trim());
			if (columns === null) {
				columns = locateColumns(cells);
				width = cells.length;
				return;
			}
			readRow(cells, columns, width, line, result);
		},
	});
	return result;
}

/** The line index and offset of the header, found outside quoted preamble text. */
function findHeader(text: string): { offset: number; line: number; delimiter: string } | null {
	let offset = 0;
	let inQuotes = false;
	const lines = text.split("\n");
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i] ?? "";
		if (!inQuotes) {
			for (const delimiter of [",", ";", "\t"]) {
				const cells = line.split(delimiter).map((c) => headerKey(c.replace(/"/g, "")));
				if (cells.includes("first name") && cells.includes("last name")) {
					return { offset, line: i + 1, delimiter };
				}
			}
		}
		for (const ch of line) if (ch === '"') inQuotes = !inQuotes;
		offset += line.length + 1;
	}
	return null;
}

function headerKey(cell: string): string {
	return cell.replace(/^\ufeff/, "").trim().replace(/\s+/g, " ").toLowerCase();
}

function locateColumns(cells: string[]): Partial<Record<Column, number>> {
	const keys = cells.map(headerKey);
	const columns: Partial<Record<Column, number>> = {};
	for (const [column, names] of Object.entries(HEADER_NAMES) as [Column, readonly string[]][]) {
		const index = keys.findIndex((k) => names.includes(k));
		if (index >= 0) columns[column] = index;
	}
	return columns;
}

function readRow(
	cells: string[],
	columns: Partial<Record<Column, number>>,
	width: number,
	line: number,
	result: LinkedInParseResult,
): void {
	const get = (column: Column): string | null => {
		const index = columns[column];
		const value = index === undefined ? undefined : cells[index];
		const clean = value?.replace(/\s+/g, " ").trim() ?? "";
		return clean === "" ? null : clean;
	};
	if (cells.slice(width).some((c) => c !== "")) {
		result.skipped.push({ row: line, reason: "more fields than the header has (an unquoted comma?)" });
		return;
	}
	const firstName = get("firstName") ?? "";
	const lastName = get("lastName") ?? "";
	const url = get("url");
	if (firstName === "" && lastName === "") {
		result.skipped.push({ row: line, reason: "no name" });
		return;
	}
	if (firstName.toLowerCase() === "linkedin" && lastName.toLowerCase() === "member" && url === null) {
		result.skipped.push({ row: line, reason: "hidden LinkedIn member" });
		return;
	}
	const connectedText = get("connectedOn");
	const connectedOn = connectedText === null ? null : parseConnectedOn(connectedText);
	if (connectedText !== null && connectedOn === null) {
		result.problems.push(`Line ${line}: "${connectedText}" is not a date like 15 Jan 2023; ${firstName} ${lastName} is imported without it`);
	}
	result.people.push({
		firstName,
		lastName,
		fullName: `${firstName} ${lastName}`.trim(),
		url,
		email: get("email"),
		company: get("company"),
		position: get("position"),
		connectedOn,
	});
}

/** `15 Jan 2023` (also `15-Jan-2023`, `January 15, 2023`, `2023-01-15`) → `2023-01-15`, no Date involved. */
export function parseConnectedOn(text: string): CalendarDate | null {
	const t = text.trim();
	let y: number, m: number, d: number;
	let match = /^(\d{1,2})[\s-]+([a-z]{3,9})\.?[\s-]+(\d{4})$/i.exec(t);
	if (match) {
		d = Number(match[1]);
		m = monthNumber(match[2] ?? "");
		y = Number(match[3]);
	} else if ((match = /^([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/i.exec(t))) {
		m = monthNumber(match[1] ?? "");
		d = Number(match[2]);
		y = Number(match[3]);
	} else if ((match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t))) {
		y = Number(match[1]);
		m = Number(match[2]);
		d = Number(match[3]);
	} else return null;
	if (!isValidCalendarDate(y, m, d)) return null;
	return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

function monthNumber(name: string): number {
	const n = name.toLowerCase();
	const index = MONTHS.findIndex((m) => m.startsWith(n));
	return n === "sept" ? 9 : index + 1;
}

function skipBlankLines(text: string, from: number): number {
	let i = from;
	for (;;) {
		const m = /^[ \t]*\n/.exec(text.slice(i, i + 256));
		if (!m) return i;
		i += m[0].length;
	}
}

/** Newlines before a position, for positions asked in increasing order (linear overall). */
function lineCounter(text: string): (end: number) => number {
	let pos = 0;
	let count = 0;
	return (end) => {
		for (let i = text.indexOf("\n", pos); i >= 0 && i < end; i = text.indexOf("\n", i + 1)) {
			count++;
			pos = i + 1;
		}
		return count;
	};
}
