import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { JURGEN_PROPERTIES, PHONE_CONTACTS_NEW, PHONE_CONTACTS_VCF as FIXTURE } from "../fixtures/phone-contacts";
import { cli } from "./run-cli";
import { frontmatterOf, snapshot } from "./vault-files";

const root = join(__dirname, "..", "..");
const exampleVault = join(root, "example-vault");
const work = mkdtempSync(join(tmpdir(), "ii-import-vcard-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const CREATED = PHONE_CONTACTS_NEW.map((name) => `Networking/Contacts/${name}.md`).sort();

let n = 0;
/** A fresh copy of the example vault (where Grace Liu and Rosa Jimenez have notes). */
function freshVault(): string {
	const vault = join(work, `run-${++n}`);
	cpSync(exampleVault, vault, { recursive: true });
	return vault;
}

describe("import-vcard", () => {
	let vault: string;
	beforeEach(() => (vault = freshVault()));

	it("creates a note per new person, skips the known ones and touches no existing file", async () => {
		const before = snapshot(vault);
		const r = await cli("import-vcard", FIXTURE, vault);
		expect(r.stderr).toBe("");
		expect(r.code).toBe(0);
		const after = snapshot(vault);
		for (const [path, state] of before) expect(after.get(path), path).toBe(state);
		expect([...after.keys()].filter((p) => !before.has(p)).sort()).toEqual(CREATED);

		expect(frontmatterOf(join(vault, "Networking/Contacts/Jürgen Müller.md"))).toEqual(JURGEN_PROPERTIES);
		expect(readFileSync(join(vault, "Networking/Contacts/Zoë Ñúñez.md"), "utf8")).toContain("## Notes\n\nMoved from print design");

		const lines = r.stdout.trimEnd().split("\n");
		expect(lines[0]).toBe("Created 4 contact notes in Networking/Contacts:");
		expect(lines).toContain("Skipped 3:");
		expect(lines).toContain("  - Grace L.: a contact has the same email address (Grace Liu)");
		expect(lines).toContain("  - Rosa Jiménez: a contact has the same name (Rosa Jimenez)");
		expect(lines).toContain("  - line 69: no name (a card for Larkspur Health)");
		expect(lines.at(-1)).toBe("4 created, 3 skipped.");
	});

	it("creates nothing on a second run", async () => {
		await cli("import-vcard", FIXTURE, vault);
		const before = snapshot(vault);
		const r = await cli("import-vcard", FIXTURE, vault);
		expect(r.code).toBe(0);
		expect(snapshot(vault)).toEqual(before);
		expect(r.stdout).toContain("  - Jürgen Müller: a contact has the same email address");
		expect(r.stdout).toContain("  - Zoë Ñúñez: a contact has the same LinkedIn profile");
		expect(r.stdout.trimEnd().split("\n").at(-1)).toBe("0 created, 7 skipped.");
	});

	it("--dry-run writes nothing and says what would be created", async () => {
		const before = snapshot(vault);
		const r = await cli("import-vcard", FIXTURE, vault, "--dry-run", "--folder", "People");
		expect(r.code).toBe(0);
		expect(snapshot(vault)).toEqual(before);
		expect(r.stdout.split("\n")[0]).toBe("Would create 4 contact notes in People:");
		expect(r.stdout.trimEnd().split("\n").at(-1)).toBe("Dry run: 4 would be created, 3 skipped; nothing was written.");
	});

	it("the new contacts are read by due without a new problem", async () => {
		const problems = async () => (JSON.parse((await cli("due", vault, "--today", "2026-11-22", "--json")).stdout) as { problems: unknown[] }).problems;
		const before = await problems();
		await cli("import-vcard", FIXTURE, vault);
		expect(await problems()).toEqual(before);
	});

	it.each([
		["a CSV file", "people.csv", "First Name,Last Name\nJane,Doe\n"],
		["an empty file", "empty.vcf", ""],
		["a calendar", "cal.vcf", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"],
	])("exits 2 on %s, writing nothing", async (_what, name, text) => {
		const file = join(work, name);
		writeFileSync(file, text);
		const before = snapshot(vault);
		const r = await cli("import-vcard", file, vault);
		expect(r.code).toBe(2);
		expect(r.stdout).toBe("");
		expect(r.stderr).toBe(`error: "${file}" is not a vCard file: it holds no BEGIN:VCARD line\n`);
		expect(snapshot(vault)).toEqual(before);
	});

	it("exits 2 when the export or the vault is missing", async () => {
		expect((await cli("import-vcard", FIXTURE)).stderr).toBe("error: import-vcard needs the export and the vault folder: import-vcard <contacts.vcf> <vault>\n");
		const r = await cli("import-vcard", join(work, "nope.vcf"), vault);
		expect(r.code).toBe(2);
		expect(r.stderr).toContain("it does not exist");
	});
});
