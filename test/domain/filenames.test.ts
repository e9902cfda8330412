import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkVaultFolder, cleanFolder, freeName, inFolder, joinVaultPath, safeFileName, utf8Length } from "../../src/domain/filenames";
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

	it("holds a fallback of its own to the same length", () => {
		expect(safeFileName("", { fallback: "Person", maxLength: 3 })).toBe("Per");
	});

	it("limits the length without splitting a character", () => {
		expect(safeFileName("a".repeat(500))).toHaveLength(120);
		const emoji = safeFileName("😀".repeat(100));
		expect(emoji.length).toBeLessThanOrEqual(120);
		expect(emoji).toMatch(/^(?:😀)+$/u);
		expect(utf8Length(safeFileName("王".repeat(200)))).toBeLessThanOrEqual(200);
		expect(safeFileName("abc def", { maxLength: 4 })).toBe("abc");
	});

	it("limits the UTF-8 bytes to 200 even when the length is short", () => {
		// 100 characters (under 120) of 3 bytes each: 66 fit in 200 bytes.
		expect(safeFileName("王".repeat(100))).toBe("王".repeat(66));
		// 101 two-byte characters: exactly 200 bytes is still allowed.
		expect(safeFileName("é".repeat(101))).toBe("é".repeat(100));
	});

	it("keeps room for the _ of a device name within the limits", () => {
		expect(safeFileName("nul.txt", { maxLength: 7 })).toBe("nul_.tx");
		// Cut to make room, the name is no longer a device name and needs no `_`.
		expect(safeFileName("CON", { maxLength: 3 })).toBe("CO");
		// 200 bytes: cut to 199 (a whole character at a time) so that the `_` keeps it within 200.
		const long = safeFileName(`nul.${"é".repeat(98)}`);
		expect(long).toBe(`nul_.${"é".repeat(97)}`);
		expect(utf8Length(long)).toBe(199);
	});

	it("reads a device name as Windows does: before the first dot, without the spaces before it", () => {
		expect(safeFileName("nul .txt")).toBe("nul_ .txt");
		expect(safeFileName("Com 1")).toBe("Com 1");
		expect(safeFileName("lpt 1.txt")).toBe("lpt 1.txt");
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

describe("utf8Length", () => {
	it("counts 1 to 4 bytes a character, as UTF-8 encodes it", () => {
		expect(utf8Length("")).toBe(0);
		expect(utf8Length("aé王😀")).toBe(10);
		const boundaries = ["\u007f", "\u0080", "\u07ff", "\u0800", "\uffff", "\u{10000}", "\u{10ffff}"];
		expect(boundaries.map(utf8Length)).toEqual([1, 2, 2, 3, 3, 4, 4]);
		expect(boundaries.map(utf8Length)).toEqual(boundaries.map((ch) => new TextEncoder().encode(ch).length));
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

	it("keeps folder names that only start or end with a dot", () => {
		expect(cleanFolder("People/Sam Jr./.archive")).toBe("People/Sam Jr./.archive");
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

describe("inFolder", () => {
	it("holds the paths inside the folder, ignoring case and the folder's spelling", () => {
		expect(inFolder("/templates\\Meetings/", "Templates/Meetings/Call.md")).toBe(true);
		expect(inFolder("Templates", "Templates.md")).toBe(false);
		expect(inFolder("Templates", "Other/Templates/Call.md")).toBe(false);
	});

	it("is never true for an empty folder setting, whatever the path", () => {
		expect(inFolder("", "Call.md")).toBe(false);
		expect(inFolder("/", "/Call.md")).toBe(false);
	});
});

describe("checkVaultFolder", () => {
	it("accepts a folder with spaces around its separators", () => {
		expect(checkVaultFolder(" Networking / Contacts \\ 2024 ")).toEqual({ ok: true, path: "Networking/Contacts/2024" });
	});

	it("refuses a folder that leaves the vault, is hidden or is no file name", () => {
		expect(checkVaultFolder("a/../b")).toEqual({ ok: false, segment: "..", reason: "parent" });
		expect(checkVaultFolder("a/.obsidian")).toEqual({ ok: false, segment: ".obsidian", reason: "hidden" });
		expect(checkVaultFolder("a/b:c")).toEqual({ ok: false, segment: "b:c", reason: "name" });
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

	it("tries up to base 99999.md", () => {
		expect(freeName("x", (p) => p !== "x 99999.md")).toBe("x 99999.md");
		expect(() => freeName("x", (p) => p !== "x 100000.md")).toThrow('No free file name for "x" after 100000 tries');
	});
});
