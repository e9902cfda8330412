import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import * as fs from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { headReader } from "../../src/cli/head-reader";
import { listNotes, VaultError } from "../../src/cli/vault-walk";
import { cli } from "./run-cli";

/**
 * The command line reads a vault as Obsidian desktop does: symlinked notes and
 * folders are followed (each file once, loops cut), hidden folders are not
 * read, and what cannot be read is reported in Needs attention, never skipped
 * without a word.
 */

const dir = mkdtempSync(join(tmpdir(), "ii-walk-"));
// rm -r removes a tree deeper than the length limit of paths (rmSync cannot).
afterAll(() => void spawnSync("rm", ["-rf", dir]));
const write = (path: string, text: string) => {
	mkdirSync(dirname(join(dir, path)), { recursive: true });
	writeFileSync(join(dir, path), text);
};

interface Report {
	followUps: { kind: string; note: string; title: string }[];
	fields: { field: string; contacts: number }[];
	problems: { note: string; property: string | null; message: string }[];
}
async function due(vault: string): Promise<Report> {
	const r = await cli("due", vault, "--today", "2026-11-22", "--json");
	expect(r.code, r.stderr).toBe(0);
	return JSON.parse(r.stdout) as Report;
}
const contact = (field: string) => `---\ntype: contact\nfield: ${field}\n---\n`;

describe("symlinked notes and folders", () => {
	const vault = join(dir, "links");
	write("links/People/Ann.md", contact("Real"));
	write("outside/Bo.md", contact("Outside"));
	write("outside/Deep/Cy.md", contact("Outside deep"));
	write("outside-note.md", contact("Linked note"));
	symlinkSync(join(dir, "outside"), join(vault, "Shared"), "dir");
	symlinkSync(join(dir, "outside-note.md"), join(vault, "Linked.md"));
	// The same folder and note again, by a second link: read once.
	symlinkSync(join(dir, "outside"), join(vault, "Shared again"), "dir");
	symlinkSync(join(vault, "People", "Ann.md"), join(vault, "Ann again.md"));
	// Loops: a link to the vault itself and one to its parent folder.
	symlinkSync(vault, join(vault, "People", "Loop"), "dir");
	symlinkSync(join(vault, "People"), join(dir, "outside", "Back"), "dir");

	it("reads notes through links to files and folders, inside and outside the vault", async () => {
		const r = await due(vault);
		expect(r.fields.map((f) => `${f.field} ${f.contacts}`)).toEqual(["Linked note 1", "Outside 1", "Outside deep 1", "Real 1"]);
		expect(r.problems).toEqual([]);
	});

	it("lists each file once, by its path without a link when it has one, and ends", () => {
		const { paths, problems } = listNotes(vault);
		expect(paths).toEqual(["Linked.md", "People/Ann.md", "Shared/Bo.md", "Shared/Deep/Cy.md"]);
		expect(problems).toEqual([]);
	});

	it("reports a link that leads nowhere, or in a circle, naming it", () => {
		const v = join(dir, "broken");
		write("broken/Ok.md", contact("Ok"));
		symlinkSync(join(dir, "nowhere.md"), join(v, "Gone.md"));
		symlinkSync(join(v, "B"), join(v, "A"));
		symlinkSync(join(v, "A"), join(v, "B"));
		symlinkSync(join(dir, "nowhere.png"), join(v, "picture.png"));
		// A link without an extension, in a folder whose name has a dot: a possible folder, reported.
		mkdirSync(join(v, "Archive.2020"));
		symlinkSync(join(dir, "nowhere"), join(v, "Archive.2020", "Old"), "dir");
		const { paths, problems } = listNotes(v);
		expect(paths).toEqual(["Ok.md"]);
		expect(problems).toEqual([
			{ note: "A", property: null, message: `the link goes round in a circle: ELOOP: too many symbolic links encountered, stat '${join(v, "A")}'` },
			{ note: "Archive.2020/Old", property: null, message: `the link leads nowhere: ENOENT: no such file or directory, stat '${join(v, "Archive.2020", "Old")}'` },
			{ note: "B", property: null, message: `the link goes round in a circle: ELOOP: too many symbolic links encountered, stat '${join(v, "B")}'` },
			{ note: "Gone.md", property: null, message: `the link leads nowhere: ENOENT: no such file or directory, stat '${join(v, "Gone.md")}'` },
		]);
	});

	it("lists a link to a file only when it is named as a note, whatever it points to", () => {
		const v = join(dir, "to-files");
		write("to-files/Ok.md", contact("Ok"));
		write("picture.png", "not a note");
		symlinkSync(join(dir, "picture.png"), join(v, "Picture.png"));
		symlinkSync("/dev/null", join(v, "Device.md"));
		expect(listNotes(v)).toEqual({ paths: ["Ok.md"], problems: [] });
	});

	it("reads a folder once when one link leads to it and a later one to the folder around it", () => {
		const v = join(dir, "nested-links");
		write("nested-links/Ok.md", contact("Ok"));
		write("nested/Outer.md", contact("Outer"));
		write("nested/Inner/In.md", contact("Inner"));
		symlinkSync(join(dir, "nowhere-nested.md"), join(dir, "nested", "Inner", "Gone.md"));
		symlinkSync(join(dir, "nested", "Inner"), join(v, "A"), "dir");
		symlinkSync(join(dir, "nested"), join(v, "B"), "dir");
		// Inner is read through A first; B's walk must not read it again, or its broken link is reported twice.
		expect(listNotes(v)).toEqual({
			paths: ["A/In.md", "B/Outer.md", "Ok.md"],
			problems: [{ note: "A/Gone.md", property: null, message: `the link leads nowhere: ENOENT: no such file or directory, stat '${join(dir, "nested", "Inner", "Gone.md")}'` }],
		});
	});

	it("lists each file once when the vault itself is given through a link", () => {
		const v = join(dir, "linked-vault");
		write("linked-vault/People/Ann.md", contact("Ann"));
		symlinkSync(join(v, "People"), join(v, "Again"), "dir");
		const given = join(dir, "link-to-linked-vault");
		symlinkSync(v, given, "dir");
		expect(listNotes(given)).toEqual({ paths: ["People/Ann.md"], problems: [] });
	});

	it("lists a file reached by two links under the first link's name, whatever order the folder is read in", () => {
		const v = join(dir, "two-links");
		write("two-links/Ok.md", contact("Ok"));
		write("shared.md", contact("Shared"));
		symlinkSync(join(dir, "shared.md"), join(v, "A.md"));
		symlinkSync(join(dir, "shared.md"), join(v, "B.md"));
		for (const order of [(names: fs.Dirent[]) => names, (names: fs.Dirent[]) => names.reverse()]) {
			const reordered = {
				...fs,
				readdirSync: ((path: fs.PathLike, options: unknown) => order(fs.readdirSync(path, options as { withFileTypes: true }))) as typeof fs.readdirSync,
			};
			expect(listNotes(v, reordered).paths).toEqual(["A.md", "Ok.md"]);
		}
	});
});

describe("hidden folders", () => {
	it("are not read, nor a hidden note (a note there would count if they were)", async () => {
		const v = join(dir, "hidden");
		write("hidden/Ann.md", contact("Shown"));
		write("hidden/.trash/Old.md", contact("Trashed"));
		write("hidden/.obsidian/x.md", contact("Config"));
		write("hidden/.Secret.md", contact("Secret"));
		write("hidden/Sub/.hidden/Deep.md", contact("Deep hidden"));
		symlinkSync(join(v, ".trash"), join(v, "Visible"), "dir");
		const r = await due(v);
		expect(r.fields.map((f) => f.field)).toEqual(["Shown", "Trashed"]);
		expect(listNotes(v).paths).toEqual(["Ann.md", "Visible/Old.md"]);
	});
});

describe("folders that cannot be read", () => {
	it("are problems naming the folder, with no property", () => {
		const v = join(dir, "unreadable");
		write("unreadable/Ann.md", contact("Ok"));
		write("unreadable/Private/Bo.md", contact("Private"));
		// As root, a chmod does not stop a read: a file system that refuses stands in for one.
		const refusing = {
			...fs,
			readdirSync: ((path: fs.PathLike, options: unknown) => {
				if (String(path).endsWith("Private")) throw Object.assign(new Error("EACCES: permission denied, scandir"), { code: "EACCES" });
				return fs.readdirSync(path, options as { withFileTypes: true });
			}) as typeof fs.readdirSync,
		};
		const { paths, problems } = listNotes(v, refusing);
		expect(paths).toEqual(["Ann.md"]);
		expect(problems).toEqual([{ note: "Private", property: null, message: "the folder cannot be read: EACCES: permission denied, scandir" }]);
	});

	it("a vault folder that cannot be read is an error, not a problem", () => {
		const v = join(dir, "refused");
		write("refused/Ann.md", contact("Ok"));
		const refusing = {
			...fs,
			readdirSync: (() => {
				throw new Error("EACCES: permission denied, scandir");
			}) as typeof fs.readdirSync,
		};
		expect(() => listNotes(v, refusing)).toThrow(new VaultError(`cannot read the vault folder "${v}": EACCES: permission denied, scandir`));
	});

	it("a folder past the length limit of paths is a problem, not a silence", async () => {
		const v = join(dir, "long");
		write("long/Ann.md", contact("Ok"));
		// Make a chain of folders deeper than PATH_MAX (4096 bytes on Linux) by walking into each.
		const made = spawnSync(
			process.execPath,
			["-e", `const fs=require("fs");process.chdir(${JSON.stringify(v)});for(let i=0;i<20;i++){fs.mkdirSync("${"d".repeat(250)}");process.chdir("${"d".repeat(250)}")}fs.writeFileSync("Deep.md","---\\ntype: contact\\nfield: Deep\\n---\\n")`],
			{ encoding: "utf8" },
		);
		expect(made.status, made.stderr).toBe(0);
		const r = await due(v);
		expect(r.fields.map((f) => f.field)).toEqual(["Ok"]);
		expect(r.problems).toHaveLength(1);
		expect(r.problems[0]?.property).toBeNull();
		expect(r.problems[0]?.note.startsWith(`${"d".repeat(250)}/`)).toBe(true);
		expect(r.problems[0]?.message).toMatch(/^the folder cannot be read: ENAMETOOLONG/);
	});
});

describe("a properties block that never closes", () => {
	const v = join(dir, "unclosed");
	const MB = 1024 * 1024;
	write("unclosed/Ann.md", contact("Ok"));
	// Body text, as in Obsidian: it says nothing of a type.
	write("unclosed/Rule.md", `---\nJust a horizontal rule and some text.\n${"words ".repeat(300_000)}\n`);
	// It says `type:` within its first 1 MB: a problem, read no further than that.
	write("unclosed/Big.md", `---\ntype: contact\nfield: Big\n${"x: y\n".repeat(Math.ceil((3 * MB) / 5))}`);
	write("unclosed/Small.md", "---\ntype: interview\ncontact: Ann\nstatus: done\ndate: 2026-11-01\n");
	// `type` only after the first 1 MB: body text.
	write("unclosed/Late.md", `---\n${"z".repeat(MB + 10)}\ntype: contact\n`);
	// Closed within 1 MB after a long block: read as usual.
	write("unclosed/Long.md", `---\ntype: contact\nfield: Long\nnotes: "${"n".repeat(MB - 1000)}"\n---\nbody\n`);

	it("is a problem when it says type within its first 1 MB, and body text otherwise", async () => {
		const r = await due(v);
		expect(r.fields.map((f) => f.field)).toEqual(["Long", "Ok"]);
		expect(r.problems.map((p) => `${p.note} ${p.property}`)).toEqual(["Big.md null", "Small.md null"]);
		for (const p of r.problems) expect(p.message).toContain("never closed");
	});

	it("is read no further than 1 MB and a little", () => {
		let bytes = 0;
		const counting = {
			...fs,
			readSync: ((fd: number, buffer: NodeJS.ArrayBufferView, offset: number, length: number, position: number | null) => {
				const n = fs.readSync(fd, buffer, offset, length, position);
				bytes += n;
				return n;
			}) as typeof fs.readSync,
			readFileSync: (() => {
				throw new Error("read whole");
			}) as typeof fs.readFileSync,
		};
		const read = headReader(counting);
		expect(read(join(v, "Big.md"))).toMatchObject({ unclosed: expect.stringMatching(/^---\ntype: contact\n/) });
		expect(bytes).toBeLessThanOrEqual(MB + 64 * 1024);
		bytes = 0;
		read(join(v, "Rule.md"));
		expect(bytes).toBeLessThanOrEqual(MB + 64 * 1024);
	});
});

describe("writes never leave the vault", () => {
	it("import-linkedin writes nothing through a link that leads out, folder or note", async () => {
		const v = join(dir, "import");
		const outside = join(dir, "import-outside");
		mkdirSync(outside, { recursive: true });
		write("import/Networking/Contacts/Keep.md", contact("Kept"));
		symlinkSync(join(outside, "Eve Moss.md"), join(v, "Networking", "Contacts", "Eve Moss.md"));
		symlinkSync(outside, join(v, "Elsewhere"), "dir");
		write("c.csv", "First Name,Last Name,URL\nEve,Moss,https://www.linkedin.com/in/eve\nZed,Quinn,https://www.linkedin.com/in/zed\n");
		const r = await cli("import-linkedin", join(dir, "c.csv"), v);
		expect(readdirSync(outside)).toEqual([]);
		// The link that leads nowhere is a note that cannot be read: its name counts as taken.
		expect(existsSync(join(outside, "Eve Moss.md"))).toBe(false);
		expect(r.stdout).toContain("Eve Moss: a contact has the same name");
		expect(r.stdout).toContain("Created 1 contact note in Networking/Contacts");
		expect(existsSync(join(v, "Networking", "Contacts", "Zed Quinn.md"))).toBe(true);
		const out = await cli("import-linkedin", join(dir, "c.csv"), v, "--folder", "Elsewhere");
		expect(out.code).toBe(2);
		expect(out.stderr).toContain("leads out of the vault");
		expect(readdirSync(outside)).toEqual([]);
	});
});
