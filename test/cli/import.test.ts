import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { cli } from "./run-cli";
import { tempVaults } from "./temp-vault";
import { frontmatterOf, snapshot } from "./vault-files";

const root = join(__dirname, "..", "..");
const exampleVault = join(root, "example-vault");
const work = mkdtempSync(join(tmpdir(), "ii-import-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const PREAMBLE =
	'Notes:\r\n"When exporting your connection data, you may notice that some of the email addresses are missing. ' +
	"You will only see email addresses for connections who have allowed their connections to see or download their email address " +
	'using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more about this, here: https://www.linkedin.com/help/linkedin/answer/261"\r\n\r\n';

/** A crafted export as LinkedIn writes it: BOM, preamble, CRLF, quotes where needed. */
const EXPORT =
	"\ufeff" +
	PREAMBLE +
	[
		"First Name,Last Name,URL,Email Address,Company,Position,Connected On", // line 4
		'José,Ñúñez,https://www.linkedin.com/in/jose-nunez,jose@example.com,"Acme, Inc.","Head of ""Research""",15 Jan 2023', // 5
		'Ana,"""AJ"" O\'Neil/Smith",https://www.linkedin.com/in/aj-oneil,,Globex,"Senior Analyst\r\nData team",03 Feb 2024', // 6-7
		"LinkedIn,Member,,,,,01 Mar 2024", // 8
		"Ben,Adeyemi,https://www.linkedin.com/in/ben-adeyemi-ux-example,,Loomwork,Senior UX Researcher,10 May 2022", // 9
		"Grace,Liu,HTTPS://linkedin.com/in/GRACE-LIU-ID-EXAMPLE/?trk=x,,Larkspur Health,Designer,1 Jun 2021", // 10
		"Kim,Park,https://www.linkedin.com/in/kim-park,,Initech,PM,12 Dec 2020", // 11
		"Kim,Park,https://www.linkedin.com/in/kim-park/,,Initech,PM,12 Dec 2020", // 12
		"Claire,Donovan,,,Harborview Science Center,Manager,2 Feb 2020", // 13: an archived contact
		"Omar,Haddad,,,Brightline Analytics,Data Analyst,5 May 2019", // 14: a note whose YAML is broken
		"Lee,Wu,,,Umbrella,Chemist,31 Feb 2022", // 15: a date that does not exist
	].join("\r\n") +
	"\r\n";

/** The smallest export: one person. */
const ADA = "First Name,Last Name,URL\nAda,Lovelace,https://www.linkedin.com/in/ada\n";

const CREATED = ["Networking/Contacts/Ana AJ O'Neil Smith.md", "Networking/Contacts/José Ñúñez.md", "Networking/Contacts/Kim Park 2.md", "Networking/Contacts/Lee Wu.md"];

let n = 0;
/** A fresh copy of the example vault, a plain (not contact) note taking the name "Kim Park", and the export. */
function setup(csv = EXPORT): { vault: string; csv: string } {
	const dir = join(work, `run-${++n}`);
	const vault = join(dir, "vault");
	cpSync(exampleVault, vault, { recursive: true });
	writeFileSync(join(vault, "Networking/Contacts/Kim Park.md"), "Met Kim at the meetup; no properties yet.\n");
	const file = join(dir, "Connections.csv");
	writeFileSync(file, csv);
	return { vault, csv: file };
}

describe("import-linkedin", () => {
	let vault: string;
	let csv: string;
	beforeEach(() => ({ vault, csv } = setup()));

	it("creates a contact note per new person and never touches an existing file", async () => {
		const before = snapshot(vault);
		const r = await cli("import-linkedin", csv, vault);
		expect(r.stderr).toBe("");
		expect(r.code).toBe(0);
		const after = snapshot(vault);
		// Every file that was there is byte-for-byte the same, with the same modification time.
		for (const [path, state] of before) expect(after.get(path), path).toBe(state);
		expect([...after.keys()].filter((p) => !before.has(p)).sort()).toEqual([...CREATED].sort());

		const jose = frontmatterOf(join(vault, "Networking/Contacts/José Ñúñez.md"));
		expect(jose).toEqual({
			type: "contact",
			organization: "Acme, Inc.",
			role: 'Head of "Research"',
			level: "senior",
			field: null,
			relationship: null,
			linkedin: "https://www.linkedin.com/in/jose-nunez",
			email: "jose@example.com",
			connected: "2023-01-15",
			status: "active",
		});
		const ana = frontmatterOf(join(vault, "Networking/Contacts/Ana AJ O'Neil Smith.md"));
		expect(ana).toMatchObject({ organization: "Globex", role: "Senior Analyst Data team", connected: "2024-02-03" });
		expect(frontmatterOf(join(vault, "Networking/Contacts/Lee Wu.md"))).toMatchObject({ connected: null, organization: "Umbrella" });
		expect(readFileSync(join(vault, "Networking/Contacts/Kim Park 2.md"), "utf8")).toContain("Imported from LinkedIn on 2026-11-22.");
		expect(readFileSync(join(vault, "Networking/Contacts/Kim Park.md"), "utf8")).toBe("Met Kim at the meetup; no properties yet.\n");
	});

	it("reports what it created and skipped, with counts, and the export's problems", async () => {
		const r = await cli("import-linkedin", csv, vault);
		const lines = r.stdout.trimEnd().split("\n");
		expect(lines[0]).toBe("Created 4 contact notes in Networking/Contacts:");
		for (const path of CREATED) expect(lines).toContain(`  + ${path}`);
		expect(lines).toContain("Skipped 6:");
		expect(lines).toContain("  - Ben Adeyemi: a contact has the same LinkedIn profile");
		expect(lines).toContain("  - Grace Liu: a contact has the same LinkedIn profile");
		expect(lines).toContain("  - Kim Park: listed more than once in the export");
		expect(lines).toContain("  - Claire Donovan: a contact has the same name");
		expect(lines).toContain("  - Omar Haddad: a contact has the same name");
		expect(lines).toContain("  - line 8: hidden LinkedIn member");
		expect(lines).toContain("Problems in the export (1):");
		expect(r.stdout).toContain('Line 15: "31 Feb 2022" is not a date');
		expect(lines.at(-1)).toBe("4 created, 6 skipped.");
	});

	it("creates nothing on a second run", async () => {
		await cli("import-linkedin", csv, vault);
		const before = snapshot(vault);
		const r = await cli("import-linkedin", csv, vault);
		expect(r.code).toBe(0);
		expect(snapshot(vault)).toEqual(before);
		expect(r.stdout).not.toContain("Created");
		expect(r.stdout).toContain("  - José Ñúñez: a contact has the same LinkedIn profile");
		expect(r.stdout).toContain("  - Ana \"AJ\" O'Neil/Smith: a contact has the same LinkedIn profile (Ana AJ O'Neil Smith)");
		expect(r.stdout.trimEnd().split("\n").at(-1)).toBe("0 created, 10 skipped.");
	});

	it("the new contacts are read by due without any problem", async () => {
		await cli("import-linkedin", csv, vault);
		const report = JSON.parse((await cli("due", vault, "--today", "2026-11-22", "--json")).stdout) as {
			problems: { note: string }[];
			insights: { referralChain: { name: string }[] };
		};
		expect(report.problems.map((p) => p.note)).toEqual(["Networking/Contacts/Omar Haddad.md", "Networking/Interviews/2026-12-03 Oliver Grant.md"]);
		const roots = report.insights.referralChain.map((n) => n.name);
		for (const name of ["José Ñúñez", "Ana AJ O'Neil Smith", "Kim Park 2", "Lee Wu"]) expect(roots).toContain(name);
	});

	it("--dry-run writes nothing and says what would be created", async () => {
		const before = snapshot(vault);
		const r = await cli("import-linkedin", csv, vault, "--dry-run");
		expect(r.code).toBe(0);
		expect(snapshot(vault)).toEqual(before);
		const lines = r.stdout.trimEnd().split("\n");
		expect(lines[0]).toBe("Would create 4 contact notes in Networking/Contacts:");
		for (const path of CREATED) expect(lines).toContain(`  + ${path}`);
		expect(lines.at(-1)).toBe("Dry run: 4 would be created, 6 skipped; nothing was written.");
	});

	it("--folder creates the folders it needs", async () => {
		const r = await cli("import-linkedin", csv, vault, "--folder", "People/From LinkedIn/");
		expect(r.code).toBe(0);
		expect(r.stdout.split("\n")[0]).toBe("Created 4 contact notes in People/From LinkedIn:");
		// The plain "Kim Park" note is elsewhere now, so the name is free.
		expect(existsSync(join(vault, "People/From LinkedIn/Kim Park.md"))).toBe(true);
		expect(readdirSync(join(vault, "People/From LinkedIn")).sort()).toEqual(
			["Ana AJ O'Neil Smith.md", "José Ñúñez.md", "Kim Park.md", "Lee Wu.md"].sort(),
		);
	});

	it("refuses a --folder that leads out of the vault through a symbolic link", async () => {
		const outside = join(work, `outside-${n}`);
		mkdirSync(outside);
		symlinkSync(outside, join(vault, "Linked"), "dir");
		const r = await cli("import-linkedin", csv, vault, "--folder", "Linked/People");
		expect(r.code).toBe(2);
		expect(r.stderr).toContain("leads out of the vault");
		expect(readdirSync(outside)).toEqual([]);
	});

	it("refuses a --folder that is a file", async () => {
		const r = await cli("import-linkedin", csv, vault, "--folder", "Home.md");
		expect(r.code).toBe(2);
		expect(r.stderr).toContain("is a file, not a folder");
	});
});

describe("import-linkedin --folder refusals", () => {
	const tempVault = tempVaults("ii-import-folder-");
	const at = (folder: string) => `--folder "${folder}"`;
	it.each([
		["../outside", `${at("../outside")} leaves the vault: ".." is not allowed`],
		["a/../../outside", `${at("a/../../outside")} leaves the vault: ".." is not allowed`],
		["/tmp/outside", `--folder must be a folder inside the vault, not the absolute path "/tmp/outside"`],
		[" /tmp/outside", `--folder must be a folder inside the vault, not the absolute path " /tmp/outside"`],
		["\\outside", `--folder must be a folder inside the vault, not the absolute path "\\outside"`],
		["C:\\outside", `--folder must be a folder inside the vault, not the absolute path "C:\\outside"`],
		[".hidden", `${at(".hidden")} is hidden (starts with "."): Obsidian would not show its notes`],
		["People/.trash", `${at("People/.trash")} is hidden (starts with "."): Obsidian would not show its notes`],
		["Bad|Name", `${at("Bad|Name")}: "Bad|Name" is not a folder name Obsidian can use`],
		["People/C:x", `${at("People/C:x")}: "C:x" is not a folder name Obsidian can use`],
	])("refuses --folder %s, writing nothing", async (folder, message) => {
		const vault = tempVault({ "Home.md": "# Home\n" });
		const csv = `${vault}.csv`;
		writeFileSync(csv, ADA);
		const before = snapshot(vault);
		const r = await cli("import-linkedin", csv, vault, "--folder", folder);
		expect(r.code).toBe(2);
		expect(r.stdout).toBe("");
		expect(r.stderr).toBe(`error: ${message}\n`);
		expect(snapshot(vault)).toEqual(before);
		expect(existsSync(join(vault, "..", "outside"))).toBe(false);
	});
});

describe("import-linkedin on other exports", () => {
	it("reads an older export without URL or preamble, skipping by name only", async () => {
		const { vault, csv } = setup("First Name,Last Name,Email Address,Company,Position,Connected On\nBen,Adeyemi,,Loomwork,UX,1 Jan 2020\nNew,Person,,Acme,,\n");
		const r = await cli("import-linkedin", csv, vault);
		expect(r.code).toBe(0);
		expect(r.stdout).toContain("  + Networking/Contacts/New Person.md");
		expect(r.stdout).toContain("  - Ben Adeyemi: a contact has the same name");
		expect(frontmatterOf(join(vault, "Networking/Contacts/New Person.md"))).toMatchObject({ linkedin: null, organization: "Acme", connected: null });
	});

	it("creates the default folder in an empty vault, and says nothing of skips or problems when there are none", async () => {
		const dir = join(work, "empty");
		mkdirSync(join(dir, "vault"), { recursive: true });
		writeFileSync(join(dir, "c.csv"), ADA);
		const r = await cli("import-linkedin", join(dir, "c.csv"), join(dir, "vault"));
		expect(r.code).toBe(0);
		expect(r.stderr).toBe("");
		expect(r.stdout).toBe("Created 1 contact note in Networking/Contacts:\n  + Networking/Contacts/Ada Lovelace.md\n1 created, 0 skipped.\n");
		expect(readdirSync(join(dir, "vault/Networking/Contacts"))).toEqual(["Ada Lovelace.md"]);
	});
});

describe("import-linkedin and the names already in the folder", () => {
	const tempVault = tempVaults("ii-import-names-");
	const plain = "A plain note, no properties.\n";
	const importAda = async (files: Record<string, string>, ...options: string[]) => {
		const vault = tempVault(files);
		const csv = `${vault}.csv`;
		writeFileSync(csv, ADA);
		return { vault, r: await cli("import-linkedin", csv, vault, ...options) };
	};

	it("a note whose name differs only in case takes the name: the new note gets a number", async () => {
		const { vault, r } = await importAda({ "Networking/Contacts/ada lovelace.md": plain });
		expect(r.stdout).toBe("Created 1 contact note in Networking/Contacts:\n  + Networking/Contacts/Ada Lovelace 2.md\n1 created, 0 skipped.\n");
		expect(readdirSync(join(vault, "Networking/Contacts")).sort()).toEqual(["Ada Lovelace 2.md", "ada lovelace.md"]);
		expect(readFileSync(join(vault, "Networking/Contacts/ada lovelace.md"), "utf8")).toBe(plain);
	});

	it("--folder . imports into the vault's top folder, where names differing only in case are taken too", async () => {
		const { vault, r } = await importAda({ "ADA LOVELACE.md": plain }, "--folder", ".");
		expect(r.code).toBe(0);
		expect(r.stdout).toBe("Created 1 contact note in the vault's top folder:\n  + Ada Lovelace 2.md\n1 created, 0 skipped.\n");
		expect(readdirSync(vault).sort()).toEqual(["ADA LOVELACE.md", "Ada Lovelace 2.md"]);
	});

	it("accepts a --folder that is a link to the vault's own top folder", async () => {
		const vault = tempVault({ "Home.md": plain });
		symlinkSync(vault, join(vault, "Top"), "dir");
		writeFileSync(`${vault}.csv`, ADA);
		const r = await cli("import-linkedin", `${vault}.csv`, vault, "--folder", "Top");
		expect(r.stderr).toBe("");
		expect(r.code).toBe(0);
		expect(r.stdout.split("\n")[0]).toBe("Created 1 contact note in Top:");
		expect(readdirSync(vault).sort()).toEqual(["Ada Lovelace.md", "Home.md", "Top"]);
	});
});

describe("import-linkedin bad arguments", () => {
	const { vault, csv } = setup();
	const notCsv = join(work, "notes.csv");
	writeFileSync(notCsv, "just,some\ncsv,data\n");

	const missing = join(work, "missing.csv");
	const noVault = join(work, "no-vault");
	const usage = "import-linkedin needs the export and the vault folder: import-linkedin <Connections.csv> <vault>";

	// The names hold no temporary path: Stryker finds a test again by its name, and a name holding
	// a random folder is never run on a mutant (these tests covered mutants they never ran on).
	it.each([
		["no arguments", ["import-linkedin"], usage],
		["the export alone", ["import-linkedin", csv], usage],
		["a missing export", ["import-linkedin", missing, vault], `cannot read the export "${missing}": it does not exist`],
		["a folder as the export", ["import-linkedin", work, vault], `cannot read the export "${work}": it is not a file`],
		["a missing vault", ["import-linkedin", csv, noVault], `cannot read the vault folder "${noVault}": it does not exist`],
		["a CSV file that is not the export", ["import-linkedin", notCsv, vault], `"${notCsv}" is not LinkedIn's Connections.csv: no line starts First Name,Last Name`],
		["--folder without a value", ["import-linkedin", csv, vault, "--folder"], "--folder needs a value"],
		["--dry-run with a value", ["import-linkedin", csv, vault, "--dry-run=yes"], "--dry-run takes no value"],
		["an unknown option", ["import-linkedin", csv, vault, "--force"], "unknown option --force"],
		["a third argument", ["import-linkedin", csv, vault, "extra"], 'unexpected argument "extra"'],
	])("%s exits 2 with a one-line error", async (_what, argv, message) => {
		const before = snapshot(vault);
		const r = await cli(...argv);
		expect(r.code).toBe(2);
		expect(r.stdout).toBe("");
		expect(r.stderr).toBe(`error: ${message}\n`);
		expect(snapshot(vault)).toEqual(before);
	});
});
