import * as fs from "node:fs";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { headReader, indexVault, listNotes, VaultError } from "../../src/cli/vault-reader";
import { tempVaults } from "./temp-vault";

const vault = tempVaults("ii-reader-");

/** A contact that yields a keep-in-touch item, counts in a field, and one note with a problem: each shows if read. */
const CONTACT = "---\ntype: contact\nfield: Hidden field\nlast-contact: 2026-01-01\nkeep-in-touch: 30 days\n---\n";
const BROKEN = "---\ntype: interview\ncontact: [unclosed\n---\n";

describe("listNotes", () => {
	it("skips every hidden folder and hidden file, at any depth, as Obsidian does", () => {
		const dir = vault({
			"Seen.md": CONTACT,
			".trash/Gone.md": CONTACT,
			".obsidian/plugins/x/Note.md": CONTACT,
			"People/.archive/Old.md": CONTACT,
			"People/.Dotted.md": CONTACT,
			"People/Kept.md": CONTACT,
		});
		expect(listNotes(dir)).toEqual(["People/Kept.md", "Seen.md"]);
	});

	it("lists only Markdown files (any case of .md), sorted, with / separators", () => {
		const dir = vault({ "b/Two.MD": "", "a/One.md": "", "c.txt": "", "d.md.bak": "", "Z.md": "", "a/b/c/Deep.md": "" });
		expect(listNotes(dir)).toEqual(["Z.md", "a/One.md", "a/b/c/Deep.md", "b/Two.MD"]);
	});

	it("says when the vault folder is missing or is a file", () => {
		const dir = vault({ "note.md": "" });
		expect(() => listNotes(join(dir, "nope"))).toThrow(VaultError);
		expect(() => listNotes(join(dir, "nope"))).toThrow(/does not exist/);
		expect(() => listNotes(join(dir, "note.md"))).toThrow(/is not a folder/);
	});
});

describe("indexVault", () => {
	it("indexes contacts and interviews, reports notes it cannot read, ignores notes without frontmatter", () => {
		const dir = vault({
			"People/Jane.md": "---\ntype: contact\nfield: Data\n---\n",
			"I/talk.md": "---\ntype: interview\ncontact: \"[[Jane]]\"\nstatus: done\ndate: 2026-11-20\n---\n",
			"Broken.md": BROKEN,
			"Plain.md": "no properties\n---\n",
			"Empty.md": "",
		});
		const index = indexVault(dir);
		expect(index.contacts().map((c) => c.path)).toEqual(["People/Jane.md"]);
		expect(index.followUps("2026-11-22").map((f) => `${f.kind} ${f.note} ${f.due}`)).toEqual(["thank-you I/talk.md 2026-11-22", "keep-in-touch People/Jane.md 2027-02-18"]);
		expect(index.problems().map((p) => [p.note, p.property])).toEqual([["Broken.md", null]]);
	});

	it("leaves out the notes `ignore` names", () => {
		const dir = vault({ "Templates/Contact.md": CONTACT, "People/Jane.md": CONTACT });
		const index = indexVault(dir, undefined, (p) => p.startsWith("Templates/"));
		expect(index.contacts().map((c) => c.path)).toEqual(["People/Jane.md"]);
	});

	it("walks into a folder whose name ends in .md instead of reading it as a note", () => {
		const dir = vault({ "People/Jane.md": CONTACT });
		mkdirSync(join(dir, "Folder.md"));
		writeFileSync(join(dir, "Folder.md", "Inside.md"), CONTACT);
		// A folder named like a note is walked into, not read as a note.
		expect(listNotes(dir)).toEqual(["Folder.md/Inside.md", "People/Jane.md"]);
	});
});

describe("headReader", () => {
	const files = (text: string | Buffer) => {
		const dir = vault({});
		const file = join(dir, "n.md");
		writeFileSync(file, text);
		return file;
	};
	const read = headReader(fs);

	it("reads up to and including the closing line, and nothing of the body", () => {
		expect(read(files("---\ntype: contact\n---\nbody\n---\nmore\n"))).toBe("---\ntype: contact\n---");
		expect(read(files("---\r\na: 1\r\n---\r\nbody"))).toBe("---\r\na: 1\r\n---");
		expect(read(files("---\na: 1\n---  \nbody"))).toBe("---\na: 1\n---  ");
	});

	it("gives '' for a note that does not open with ---, and skips a BOM", () => {
		expect(read(files("# Title\n---\na: 1\n---\n"))).toBe("");
		expect(read(files(""))).toBe("");
		expect(read(files("--"))).toBe("");
		expect(read(files("-- -\na\n---\n"))).toBe("");
		expect(read(files("\ufeff---\na: 1\n---\nbody"))).toBe("\ufeff---\na: 1\n---");
	});

	it("a line that only starts with --- does not close the block", () => {
		expect(read(files("---\na: 1\n---x\nb: 2\n---\nbody"))).toBe("---\na: 1\n---x\nb: 2\n---");
	});

	it("reads the whole text when the block never closes", () => {
		expect(read(files("---\na: 1\nb: 2\n"))).toBe("---\na: 1\nb: 2\n");
		expect(read(files("---\na: 1\n---"))).toBe("---\na: 1\n---");
	});

	it("reads on past the first 64 KiB when the block is longer (the whole note, decoded whole)", () => {
		const long = `---\nbody: "${"é".repeat(40 * 1024)}"\n---\nafter`;
		expect(read(files(long))).toBe(long);
		const head = `---\nbody: "${"x".repeat(40 * 1024)}"\n---`;
		expect(read(files(`${head}\n${"y".repeat(40 * 1024)}`))).toBe(head);
	});

	it("gives the error of a file it cannot read", () => {
		const dir = vault({});
		expect(read(join(dir, "missing.md"))).toEqual({ error: expect.stringContaining("ENOENT") });
	});
});
