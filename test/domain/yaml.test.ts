import fc from "fast-check";
import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { parseDateValue } from "../../src/domain/dates";
import { renderFrontmatter, renderNote, yamlString } from "../../src/domain/yaml";
import { runs } from "../property-runs";

/** Parses what renderFrontmatter wrote with js-yaml (gray-matter caches nothing when given options). */
function roundTrip(obj: Record<string, unknown>): Record<string, unknown> {
	return matter(renderNote(obj, "body\n"), { language: "yaml" }).data;
}

const TRICKY = [
	"Acme",
	"Widgets, Inc.",
	"Head of research: Labs",
	"C#",
	"Team #1",
	"#hashtag",
	"[[Jane Doe]]",
	"{braces}",
	"*star",
	"&anchor",
	"!tag",
	"|pipe",
	">fold",
	"'single'",
	'"double"',
	"%percent",
	"@at",
	"`tick`",
	"- dash",
	"-",
	"?",
	":",
	"yes",
	"No",
	"TRUE",
	"false",
	"null",
	"~",
	"on",
	"Off",
	"y",
	"123",
	"1e3",
	"0x1F",
	"0o17",
	"-5",
	"+5",
	".5",
	".inf",
	"-.Inf",
	".NaN",
	"1_000",
	"12:30",
	"2026-11-22T10:00:00Z",
	"2026-02-30",
	" leading",
	"trailing ",
	"",
	"line\nbreak",
	"tab\there",
	"back\\slash",
	"José Ñúñez 王小明 🚀",
	"https://www.linkedin.com/in/jane-doe?x=1#y",
	"a: b",
	"ends with:",
	"---",
	"...",
	"<<",
	"=",
	"\u2028sep",
	"bom\ufeff",
];

describe("renderFrontmatter", () => {
	it("writes simple values, null as empty, lists as block lists", () => {
		expect(
			renderFrontmatter({ type: "contact", relationship: null, skipped: undefined, count: 3, ok: true, topics: ["a", "b: c"], none: [] }),
		).toBe('type: contact\nrelationship:\ncount: 3\nok: true\ntopics:\n  - a\n  - "b: c"\nnone: []\n');
	});

	it("writes a valid calendar date plain, as Obsidian does, so it reads as the same day", () => {
		expect(renderFrontmatter({ connected: "2023-01-15" })).toBe("connected: 2023-01-15\n");
		const back = roundTrip({ connected: "2023-01-15" }).connected;
		const day = parseDateValue(back);
		expect(day.ok && day.value.date).toBe("2023-01-15");
	});

	it("quotes what a YAML parser would read as something else", () => {
		expect(yamlString("yes")).toBe('"yes"');
		expect(yamlString("Jane Doe")).toBe("Jane Doe");
		expect(yamlString("[[Jane Doe]]")).toBe('"[[Jane Doe]]"');
		expect(yamlString("https://linkedin.com/in/x")).toBe("https://linkedin.com/in/x");
		expect(yamlString("2026-02-30")).toBe('"2026-02-30"');
	});

	it("writes only a whole date plain: text around one is quoted as any text is", () => {
		expect(yamlString(" 2026-01-15")).toBe('" 2026-01-15"');
		expect(yamlString("#2026-01-15")).toBe('"#2026-01-15"');
		expect(yamlString("on 2026-01-15")).toBe("on 2026-01-15");
	});

	it("quotes text starting with a dot, as `.` and `...` are document markers or odd in some parsers", () => {
		expect(yamlString(".")).toBe('"."');
		expect(yamlString("...")).toBe('"..."');
		expect(yamlString(".env")).toBe('".env"');
		expect(yamlString("a.b")).toBe("a.b");
	});

	it("writes the line and paragraph separators, the next-line control and the byte-order mark as four-digit escapes", () => {
		expect(yamlString("a\u2028b\u2029c\u0085d\ufeffe")).toBe('"a\\u2028b\\u2029c\\u0085d\\ufeffe"');
	});

	it("round-trips tricky text through js-yaml", () => {
		const obj: Record<string, unknown> = {};
		TRICKY.forEach((s, i) => (obj[`k${i}`] = s));
		expect(roundTrip(obj)).toEqual(obj);
		expect(roundTrip({ list: TRICKY }).list).toEqual(TRICKY);
	});

	it("round-trips numbers, booleans, null and odd keys", () => {
		const obj = { n: 42, f: -1.5, big: 1e21, t: true, f2: false, z: null, "referred-by": "[[Sam]]", "odd key: #1": "x", "": "empty key" };
		expect(roundTrip(obj)).toEqual(obj);
		expect(roundTrip({ nan: NaN, inf: Infinity, ninf: -Infinity })).toEqual({ nan: NaN, inf: Infinity, ninf: -Infinity });
	});

	it("refuses values it cannot write", () => {
		expect(() => renderFrontmatter({ nested: { a: 1 } })).toThrow(TypeError);
	});

	it("names the key whose value it cannot write", () => {
		expect(() => renderFrontmatter({ ok: "x", nested: { a: 1 } })).toThrow(new TypeError('Cannot write the value of "nested" as simple frontmatter'));
		expect(() => renderFrontmatter({ topics: ["a", ["b"]] })).toThrow(new TypeError('Cannot write the value of "topics" as simple frontmatter'));
	});

	it("writes an empty or undefined list item as a bare dash", () => {
		expect(renderFrontmatter({ list: [null, "a", undefined, ""] })).toBe('list:\n  -\n  - a\n  -\n  - ""\n');
	});

	it("quotes a key unless it is a plain word that reads back as text", () => {
		expect(renderFrontmatter({ yes: 1, null: 2, n: 3, first_name: 4, "referred-by": 5, "first name": 6, "2nd": 7, "-x": 8 })).toBe(
			'"yes": 1\n"null": 2\n"n": 3\nfirst_name: 4\nreferred-by: 5\n"first name": 6\n"2nd": 7\n"-x": 8\n',
		);
	});

	it("property: any text round-trips (dates as the same calendar day)", () => {
		fc.assert(
			fc.property(fc.string({ unit: "binary", maxLength: 60 }), fc.array(fc.string({ maxLength: 10 }), { maxLength: 4 }), (text, list) => {
				const back = roundTrip({ text, list });
				if (/^\d{4}-\d{2}-\d{2}$/.test(text) && back.text instanceof Date) {
					const day = parseDateValue(back.text);
					expect(day.ok && day.value.date).toBe(text);
				} else {
					expect(back.text).toBe(text);
				}
				expect(back.list).toEqual(list);
			}),
			{ numRuns: runs(1000) },
		);
	});

	it("property: text built from YAML's special characters round-trips", () => {
		const piece = fc.constantFrom(":", " ", "#", "-", "?", "[", "]", "{", "}", ",", "'", '"', "!", "&", "*", "|", ">", "%", "@", "`", "\\", "\n", "\t", "a", "1", ".", "e", "x", "0", "y", "~");
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
				const text = pieces.join("");
				expect(roundTrip({ text }).text).toBe(text);
			}),
			{ numRuns: runs(2000) },
		);
	});
});
