import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { readInThread } from "../../src/cli/reader-thread";
import { indexVault } from "../../src/cli/vault-reader";
import { VaultError } from "../../src/cli/vault-walk";
import { tempVaults } from "./temp-vault";

/** The machine's cores as `node:os` reports them: `parallelism` undefined stands for a Node without `availableParallelism`. */
const machine = vi.hoisted(() => ({ parallelism: 4 as number | undefined, cpus: 4 }));
vi.mock("node:os", async (importOriginal) => {
	const os = await importOriginal<typeof import("node:os")>();
	return {
		...os,
		get availableParallelism() {
			return machine.parallelism === undefined ? undefined : () => machine.parallelism;
		},
		cpus: () => os.cpus().concat(os.cpus(), os.cpus(), os.cpus()).slice(0, machine.cpus),
	};
});
// The reader thread runs dist/cli.js (see reader-thread.test.ts): here a stand-in says when it was asked.
vi.mock("../../src/cli/reader-thread", () => ({ readInThread: vi.fn(() => 0) }));

const vault = tempVaults("ii-reader-");

/** A contact that yields a keep-in-touch item and counts in a field: it shows whenever it is read. */
const CONTACT = "---\ntype: contact\nfield: Hidden field\nlast-contact: 2026-01-01\nkeep-in-touch: 30 days\n---\n";
const BROKEN = "---\ntype: interview\ncontact: [unclosed\n---\n";
const contacts = (dir: string) => indexVault(dir).contacts().map((c) => c.path).sort();

describe("reading a vault folder", () => {
	it("skips every hidden folder and hidden note, at any depth, as Obsidian does", () => {
		const dir = vault({
			"Seen.md": CONTACT,
			".trash/Gone.md": CONTACT,
			".trash/Broken.md": BROKEN,
			".obsidian/plugins/x/Note.md": CONTACT,
			"People/.archive/Old.md": CONTACT,
			"People/.Dotted.md": CONTACT,
			"People/Kept.md": CONTACT,
		});
		const index = indexVault(dir);
		expect(index.contacts().map((c) => c.path).sort()).toEqual(["People/Kept.md", "Seen.md"]);
		expect(index.problems()).toEqual([]);
	});

	it("the same notes outside hidden folders are read (so the test above can fail)", () => {
		const dir = vault({ "Trash/Gone.md": CONTACT, "Trash/Broken.md": BROKEN });
		const index = indexVault(dir);
		expect(index.contacts().map((c) => c.path)).toEqual(["Trash/Gone.md"]);
		expect(index.problems().map((p) => [p.note, p.property])).toEqual([["Trash/Broken.md", null]]);
	});

	it("reads Markdown notes only (any case of .md), and walks into a folder named like a note", () => {
		const dir = vault({ "b/Two.MD": CONTACT, "a/One.md": CONTACT, "c.txt": CONTACT, "d.md.bak": CONTACT, "a/b/c/Deep.md": CONTACT });
		mkdirSync(join(dir, "Folder.md"));
		writeFileSync(join(dir, "Folder.md", "Inside.md"), CONTACT);
		expect(contacts(dir)).toEqual(["Folder.md/Inside.md", "a/One.md", "a/b/c/Deep.md", "b/Two.MD"]);
	});

	it("says when the vault folder is missing or is a file", () => {
		const dir = vault({ "note.md": "" });
		expect(() => indexVault(join(dir, "nope"))).toThrow(VaultError);
		expect(() => indexVault(join(dir, "nope"))).toThrow(/does not exist/);
		expect(() => indexVault(join(dir, "note.md"))).toThrow(/is not a folder/);
	});

	it("indexes contacts and interviews, reports what it cannot read, ignores notes without properties", () => {
		const dir = vault({
			"People/Jane.md": "---\ntype: contact\nfield: Data\n---\n",
			"I/talk.md": '---\ntype: interview\ncontact: "[[Jane]]"\nstatus: done\ndate: 2026-11-20\n---\n',
			"Broken.md": BROKEN,
			"Plain.md": "no properties\n---\ntype: contact\n---\n",
			"Empty.md": "",
		});
		const index = indexVault(dir);
		expect(index.contacts().map((c) => c.path)).toEqual(["People/Jane.md"]);
		expect(index.followUps("2026-11-22").map((f) => `${f.kind} ${f.note} ${f.due}`)).toEqual(["thank-you I/talk.md 2026-11-22", "keep-in-touch People/Jane.md 2027-02-18"]);
		expect(index.problems().map((p) => [p.note, p.property])).toEqual([["Broken.md", null]]);
	});

	it("leaves out the notes `ignore` names", () => {
		const dir = vault({ "Templates/Contact.md": CONTACT, "People/Jane.md": CONTACT });
		expect(indexVault(dir, undefined, (p) => p.startsWith("Templates/")).contacts().map((c) => c.path)).toEqual(["People/Jane.md"]);
	});

	it("leaves out the problems of the links `ignore` names", () => {
		const dir = vault({ "People/Jane.md": CONTACT });
		mkdirSync(join(dir, "Templates"));
		symlinkSync(join(dir, "nowhere.md"), join(dir, "Templates", "Gone.md"));
		expect(indexVault(dir, undefined, (p) => p.startsWith("Templates/")).problems()).toEqual([]);
		expect(indexVault(dir).problems().map((p) => p.note)).toEqual(["Templates/Gone.md"]);
	});

	it("reads the properties block only: BOM, CRLF, a closing line with trailing blanks, a block after a title", () => {
		const dir = vault({
			"A.md": "\ufeff---\r\ntype: contact\r\nfield: Bom\r\n---\r\nbody\r\n",
			"B.md": "---\ntype: contact\nfield: Blanks\n---  \nbody\n---\nfield: Body\n",
			"D.md": "# Title\n---\ntype: contact\n---\n",
		});
		const fields = indexVault(dir)
			.fields("2026-11-22")
			.map((f) => f.field);
		expect(fields).toEqual(["Blanks", "Bom"]);
	});

	it("reads a block longer than one read of the file, and not the body after it", () => {
		const dir = vault({
			"Long.md": `---\ntype: contact\nnotes: "${"é".repeat(40 * 1024)}"\nfield: Long\n---\n${"body ".repeat(20 * 1024)}\n`,
			"Longer.md": `---\ntype: contact\nnotes: "${"x".repeat(100 * 1024)}"\nfield: Longer\n---\nbody\n`,
		});
		expect(
			indexVault(dir)
				.fields("2026-11-22")
				.map((f) => f.field),
		).toEqual(["Long", "Longer"]);
	});
});

describe("the reader thread", () => {
	const thread = vi.mocked(readInThread);
	const FROM_FILE = "---\ntype: contact\nfield: From the file\n---\n";
	/** 2,000 notes (where a reader thread starts to pay): two contacts, then empty notes, and Ann, a contact. */
	const large = vault(
		Object.fromEntries([
			...Array.from({ length: 2000 }, (_, i) => [`N${String(i).padStart(4, "0")}.md`, i < 2 ? FROM_FILE : ""]),
			["People/Ann.md", CONTACT],
		]),
	);
	beforeEach(() => {
		thread.mockReset();
		thread.mockReturnValue(0);
		machine.parallelism = 4;
		machine.cpus = 4;
	});

	it("reads the notes of a vault of 2,000 notes or more, given the script it runs, when the machine has more than one core", () => {
		indexVault(large, undefined, (p) => p === "N1999.md", "cli.js");
		expect(thread).toHaveBeenCalledTimes(1);
		const [script, root, paths] = thread.mock.calls[0] ?? [];
		expect([script, root, paths?.length, paths?.[0], paths?.[1999]]).toEqual(["cli.js", large, 2000, "N0000.md", "People/Ann.md"]);
	});

	it("is not started for fewer notes, without the script, or on one core", () => {
		indexVault(large, undefined, (p) => p === "N1998.md" || p === "N1999.md", "cli.js");
		indexVault(large);
		machine.parallelism = 1;
		indexVault(large, undefined, undefined, "cli.js");
		expect(thread).not.toHaveBeenCalled();
	});

	it("counts the cores without availableParallelism, on an older Node", () => {
		machine.parallelism = undefined;
		machine.cpus = 1;
		indexVault(large, undefined, undefined, "cli.js");
		expect(thread).not.toHaveBeenCalled();
		machine.cpus = 2;
		indexVault(large, undefined, undefined, "cli.js");
		expect(thread).toHaveBeenCalledTimes(1);
	});

	it("the notes the thread hands over are indexed as it read them, and not read again here", () => {
		thread.mockImplementation((_script, _root, paths, _recognition, add) => {
			for (const path of paths.slice(0, 2)) add(path, { data: { type: "contact", field: "From the thread" }, tags: [] });
			return 2;
		});
		const index = indexVault(large, undefined, undefined, "cli.js");
		expect(index.contacts().map((c) => c.path)).toEqual(["N0000.md", "N0001.md", "People/Ann.md"]);
		expect(index.fields("2026-11-22").map((f) => [f.field, f.contacts])).toEqual([
			["From the thread", 2],
			["Hidden field", 1],
		]);
	});
});
