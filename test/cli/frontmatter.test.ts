import { describe, expect, it } from "vitest";
import { closingFence, readFrontmatter, UNCLOSED_MESSAGE, unclosedBlock } from "../../src/cli/frontmatter";

describe("readFrontmatter", () => {
	it("reads a YAML block, named or not, with LF or CRLF line ends and a BOM", () => {
		expect(readFrontmatter("---\ntype: contact\n---\nbody")).toEqual({ kind: "ok", data: { type: "contact" } });
		expect(readFrontmatter("---yaml\ntype: contact\n---\n")).toEqual({ kind: "ok", data: { type: "contact" } });
		expect(readFrontmatter("--- YML \ntype: contact\n---\n")).toEqual({ kind: "ok", data: { type: "contact" } });
		expect(readFrontmatter("\ufeff---\r\ntype: contact\r\n---\r\nbody")).toEqual({ kind: "ok", data: { type: "contact" } });
		expect(readFrontmatter("---\ntype: contact\n---")).toEqual({ kind: "ok", data: { type: "contact" } });
	});

	it("keeps dates as the text written (no Date objects, no time zone)", () => {
		expect(readFrontmatter("---\ndate: 2026-11-22\nat: 2026-11-22T23:30:00-08:00\n---\n")).toEqual({
			kind: "ok",
			data: { date: "2026-11-22", at: "2026-11-22T23:30:00-08:00" },
		});
	});

	it("reads a block of comments as no properties, and a key holding # as a key", () => {
		expect(readFrontmatter("---\n# a comment\n  # another\n---\n")).toEqual({ kind: "ok", data: {} });
		expect(readFrontmatter("---\nc#: 1\n---\n")).toEqual({ kind: "ok", data: { "c#": 1 } });
	});

	it("reads a comment after blanks of any kind (no-break spaces too), and a blank line after it, as no properties, as gray-matter does", () => {
		// YAML alone would read the line as the text "\u00a0\u00a0# a note", which is not a list of properties.
		expect(readFrontmatter("---\n\u00a0\u00a0# a note\n---\n")).toEqual({ kind: "ok", data: {} });
		expect(readFrontmatter("---\n\u00a0\u00a0# a note\n\n---\n")).toEqual({ kind: "ok", data: {} });
	});

	it("reads no properties when a line that only starts with --- comes first, as gray-matter ends the block there", () => {
		expect(readFrontmatter("---\n---x\n---\nbody")).toEqual({ kind: "ok", data: {} });
	});

	it("an empty block, or one of YAML's null, holds no properties", () => {
		expect(readFrontmatter("---\n---\nbody")).toEqual({ kind: "ok", data: {} });
		expect(readFrontmatter("---\n# only a comment\n---\n")).toEqual({ kind: "ok", data: {} });
		for (const empty of ["~", "null", "#"]) {
			expect(readFrontmatter(`---\n${empty}\n---\n`), empty).toEqual({ kind: "ok", data: {} });
		}
	});

	it("no properties: no opening line, a rule of four dashes, a first line alone, a block never closed", () => {
		for (const text of ["", "# Title\n---\na: 1\n---\n", "----\na: 1\n----\n", "---", "---\na: 1\n", "---\na: 1\n---x\n", " ---\na: 1\n---\n", "---\nabc\n"]) {
			expect(readFrontmatter(text), JSON.stringify(text)).toEqual({ kind: "none" });
		}
	});

	it("no properties after an opening line of more dashes, even when a --- line follows", () => {
		for (const text of ["----\ntype: contact\n---\n", "---- draft\ntype: contact\n---\n"]) {
			expect(readFrontmatter(text), JSON.stringify(text)).toEqual({ kind: "none" });
		}
	});

	it("no properties in a note whose lines end with CR alone: its opening line never ends", () => {
		expect(readFrontmatter("---\rtype: contact\r---\r")).toEqual({ kind: "none" });
	});

	it("refuses other languages by name, never running them", () => {
		for (const [opener, name] of [
			["js", "js"],
			["javascript", "javascript"],
			["json", "json"],
			["coffee", "coffee"],
			["toml", "toml"],
		]) {
			const r = readFrontmatter(`---${opener}\n{ "type": "contact" }\n---\n`);
			expect(r).toEqual({ kind: "error", message: `frontmatter in "${name}" is not read: only YAML frontmatter is (a note never runs code)` });
		}
	});

	it("a block that is not a set of properties, or not YAML, is an error naming the place", () => {
		expect(readFrontmatter("---\n- a\n- b\n---\n")).toEqual({ kind: "error", message: "the frontmatter is not a list of properties (name: value)" });
		expect(readFrontmatter("---\njust text\n---\n")).toEqual({ kind: "error", message: "the frontmatter is not a list of properties (name: value)" });
		const r = readFrontmatter("---\nfield: [unclosed\n---\n");
		expect(r.kind).toBe("error");
		if (r.kind === "error") {
			expect(r.message.startsWith("the frontmatter is not valid YAML: ")).toBe(true);
			expect(r.message).not.toContain("\n");
			expect(r.message.endsWith(":")).toBe(false);
			expect(r.message).toMatch(/line \d+/);
		}
		// In a note with CRLF line ends, the first line of the message would end with a CR.
		expect(readFrontmatter("---\r\nmet: !<a\r\nb>\r\n---\r\n")).toEqual({
			kind: "error",
			message: "the frontmatter is not valid YAML: tag name cannot contain such characters: a",
		});
		const dup = readFrontmatter("---\nfield: a\nfield: b\n---\n");
		expect(dup.kind).toBe("error");
		expect(readFrontmatter("---\nmet: !!timestamp 2026-11-22\n---\n")).toEqual({
			kind: "error",
			message: "the frontmatter is not valid YAML: unknown tag !<tag:yaml.org,2002:timestamp> at line 2, column 28",
		});
	});
});

describe("closingFence", () => {
	it("is just past the first line that is --- alone (trailing blanks allowed)", () => {
		const text = "---\na: 1\n---\nbody";
		expect(closingFence(text, 3)).toBe(text.indexOf("\n---") + 4);
		expect(closingFence("---\na: 1\n---  \t\nb", 3)).toBe(12);
		expect(closingFence("---\r\na: 1\r\n---\r\nb", 4)).toBe(14);
		expect(closingFence("---\na: 1\n---", 3)).toBe(12);
	});

	it("finds a closing line right where the search starts", () => {
		expect(closingFence("\n---\nbody", 0)).toBe(4);
	});

	it("passes over lines that only start with ---, and is -1 when nothing closes the block", () => {
		expect(closingFence("---\na\n---x\nb\n--- \n", 3)).toBe(16);
		expect(closingFence("---\na\n----\n", 3)).toBe(-1);
		expect(closingFence("---\na\n---\rb", 3)).toBe(-1);
		expect(closingFence("---\na: 1\n", 3)).toBe(-1);
		expect(closingFence("---\nabc\n", 3)).toBe(-1);
		expect(closingFence("---\nabc", 3)).toBe(-1);
	});
});

describe("unclosedBlock", () => {
	it("is a problem when a type is named within the first 1 MB, and body text past it", () => {
		expect(unclosedBlock("---\nname: Ann\ntype: contact\n")).toEqual({ kind: "error", message: UNCLOSED_MESSAGE });
		expect(unclosedBlock("---\nJust a line of dashes above some text.\n")).toBeNull();
		const filler = "x".repeat(1024 * 1024);
		expect(unclosedBlock(`---\n${filler}\ntype: contact\n`)).toBeNull();
	});
});
