import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanFolder, freeName, joinVaultPath, safeFileName, utf8Length } from "../../src/domain/filenames";
import { runs } from "../property-runs";

// eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not hold
const FORBIDDEN = /[*"\\/<>:|?#^[\]\u0000-\u001f\u007f]/;

describe("safeFileName", () => {
	it("keeps ordinary names and unicode", () => {
		expect(safeFileName("Jane Doe")).toBe("Jane Doe");
		expect(safeFileName("José Ñúñez")).toBe("José Ñúñez");
		expect(safeFileName("王小明")).toBe("王小明");
		expect(safeFileName("Zoë 🚀 Lee")).toBe("Zoë 🚀 Lee");
		expect(safeFileName("O'Brien-Smith, PhD")).toBe("O'Brien-Smith, PhD");
	});

	it("composes decomposed accents (NFC)", () => {
		expect(safeFileName("Jose\u0301")).toBe("José");
	});

	it("never lets a path escape", () => {
		const name = safeFileName("../../etc/passwd");
		expect(name).toBe("etc passwd");
		expect(name).not.toContain("/");
		expect(safeFileName("..\\..\\Windows\\system32")).toBe("Windows system32");
		expect(safeFileName("..")).toBe("Untitled");
		expect(safeFileName(".")).toBe("Untitled");
		expect(safeFileName("a/../b")).toBe("a .. b");
	});

	it("removes markup and characters a file name cannot hold", () => {
		expect(safeFileName("<img src=x onerror=alert(1)>")).toBe("img src=x onerror=alert(1)");
		expect(safeFileName(':*?"')).toBe("Untitled");
		expect(safeFileName("Jane [[Doe]] #tag ^block | alias")).toBe("Jane Doe tag block alias");
		expect(safeFileName("Ann\u0000\u0007\u001f Lee\u007f")).toBe("Ann Lee");
		expect(safeFileName("Evil\u202egnp.exe")).toBe("Evil gnp.exe");
		expect(safeFileName("a\ud800b")).toBe("a b");
	});

	it("drops leading dots and trailing dots and spaces, collapses whitespace", () => {
		expect(safeFileName(".hidden")).toBe("hidden");
		expect(safeFileName("...  dots")).toBe("dots");
		expect(safeFileName("  Jane \t\n  Doe  ")).toBe("Jane Doe");
		expect(safeFileName("Jane Doe. . .")).toBe("Jane Doe");
	});

	it("makes Windows device names safe", () => {
		expect(safeFileName("CON")).toBe("CON_");
		expect(safeFileName("nul")).toBe("nul_");
		expect(safeFileName("COM1")).toBe("COM1_");
		expect(safeFileName("lpt9.txt")).toBe("lpt9_.txt");
		expect(safeFileName("Con Edison")).toBe("Con Edison");
		expect(safeFileName("CONSOLE")).toBe("CONSOLE");
	});

	it("is never empty", () => {
		expect(safeFileName("")).toBe("Untitled");
		expect(safeFileName("   ")).toBe("Untitled");
		expect(safeFileName("///", { fallback: "Contact" })).toBe("Contact");
		expect(safeFileName("///", { fallback: "///" })).toBe("Untitled");
	});

	it("limits the length without splitting a character", () => {
		expect(safeFileName("a".repeat(500))).toHaveLength(120);
		const emoji = safeFileName("😀".repeat(100));
		expect(emoji.length).toBeLessThanOrEqual(120);
		expect(emoji).toMatch(/^(?:😀)+$/u);
		expect(utf8Length(safeFileName("王".repeat(200)))).toBeLessThanOrEqual(200);
		expect(safeFileName("abc def", { maxLength: 4 })).toBe("abc");
	});

	it("property: output is always a safe single file name, and stable", () => {
		fc.assert(
			fc.property(fc.string({ unit: "binary", maxLength: 300 }), (input) => {
				const out = safeFileName(input);
				expect(out).not.toMatch(FORBIDDEN);
				expect(out.startsWith(".")).toBe(false);
				expect(out).not.toBe("..");
				expect(out).not.toBe("");
				expect(out.length).toBeLessThanOrEqual(120);
				expect(out).toBe(out.trim());
				expect(out.endsWith(".")).toBe(false);
				expect(out).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i);
				expect(out).not.toMatch(/[\ud800-\udfff]/u);
				expect(safeFileName(out)).toBe(out);
			}),
			{ numRuns: runs(2000) },
		);
	});

	it("property: hostile fragments never survive", () => {
		const piece = fc.constantFrom("../", "..\\", "/", ".", "..", "CON", "nul", ":", "*", "?", "#", "^", "[[", "]]", "|", " ", "\n", "é", "😀", "a");
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
				const out = safeFileName(pieces.join(""));
				expect(out).not.toMatch(FORBIDDEN);
				expect(out.startsWith(".")).toBe(false);
				expect(joinVaultPath("Contacts", out).split("/")).toHaveLength(2);
			}),
		);
	});
});

describe("joinVaultPath", () => {
	it("builds folder/name.md", () => {
		expect(joinVaultPath("Networking/Contacts", "Jane Doe")).toBe("Networking/Contacts/Jane Doe.md");
		expect(joinVaultPath("", "Jane Doe")).toBe("Jane Doe.md");
		expect(joinVaultPath("/", "Jane Doe.md")).toBe("Jane Doe.md");
	});

	it("cleans the folder: separators, empty and dot segments", () => {
		expect(joinVaultPath("/Networking\\Contacts/", "Jane")).toBe("Networking/Contacts/Jane.md");
		expect(joinVaultPath("Networking//./../Contacts/ .. /", "Jane")).toBe("Networking/Contacts/Jane.md");
		expect(cleanFolder("../../..")).toBe("");
	});

	it("sanitizes the name", () => {
		expect(joinVaultPath("Contacts", "../../etc/passwd")).toBe("Contacts/etc passwd.md");
		expect(joinVaultPath("Contacts", "CON")).toBe("Contacts/CON_.md");
		expect(joinVaultPath("Contacts", "")).toBe("Contacts/Untitled.md");
	});

	it("never yields a .. segment", () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (folder, name) => {
				const path = joinVaultPath(folder, name);
				expect(path.split("/")).not.toContain("..");
				expect(path.startsWith("/")).toBe(false);
				expect(path.endsWith(".md")).toBe(true);
			}),
		);
	});
});

describe("freeName", () => {
	it("returns base.md when free, else base 2.md, base 3.md…", () => {
		const taken = new Set(["C/Jane Doe.md", "C/Jane Doe 2.md"]);
		expect(freeName("C/Ann", (p) => taken.has(p))).toBe("C/Ann.md");
		expect(freeName("C/Jane Doe", (p) => taken.has(p))).toBe("C/Jane Doe 3.md");
		expect(freeName("C/Jane Doe.md", (p) => taken.has(p))).toBe("C/Jane Doe 3.md");
	});

	it("gives up with an error instead of looping forever", () => {
		expect(() => freeName("x", () => true)).toThrow(/No free file name/);
	});
});
