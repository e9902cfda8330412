import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { cli } from "./run-cli";
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

	it.each([["../outside"], ["a/../../outside"], ["/tmp/outside"], ["C:\\outside"], [".hidden"], ["People/.trash"], ["Bad|Name"]])(
		"refuses --folder %s, writing nothing",
		async (folder) => {
			const before = snapshot(vault);
			const r = await cli("import-linkedin", csv, vault, "--folder", folder);
			expect(r.code).toBe(2);
			expect(r.stdout).toBe("");
			expect(r.stderr.trim().split("\n")).toHaveLength(1);
			expect(r.stderr).toContain("--folder");
			expect(snapshot(vault)).toEqual(before);
			expect(existsSync(join(vault, "..", "outside"))).toBe(false);
		},
	);

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

describe("import-linkedin on other exports", () => {
	it("reads an older export without URL or preamble, skipping by name only", async () => {
		const { vault, csv } = setup("First Name,Last Name,Email Address,Company,Position,Connected On\nBen,Adeyemi,,Loomwork,UX,1 Jan 2020\nNew,Person,,Acme,,\n");
		const r = await cli("import-linkedin", csv, vault);
		expect(r.code).toBe(0);
		expect(r.stdout).toContain("  + Networking/Contacts/New Person.md");
		expect(r.stdout).toContain("  - Ben Adeyemi: a contact has the same name");
		expect(frontmatterOf(join(vault, "Networking/Contacts/New Person.md"))).toMatchObject({ linkedin: null, organization: "Acme", connected: null });
	});

	it("creates the default folder in an empty vault", async () => {
		const dir = join(work, "empty");
		mkdirSync(join(dir, "vault"), { recursive: true });
		writeFileSync(join(dir, "c.csv"), "First Name,Last Name,URL\nAda,Lovelace,https://www.linkedin.com/in/ada\n");
		const r = await cli("import-linkedin", join(dir, "c.csv"), join(dir, "vault"));
		expect(r.code).toBe(0);
		expect(readdirSync(join(dir, "vault/Networking/Contacts"))).toEqual(["Ada Lovelace.md"]);
	});
});

describe("import-linkedin bad arguments", () => {
	const { vault, csv } = setup();
	const notCsv = join(work, "notes.csv");
	writeFileSync(notCsv, "just,some\ncsv,data\n");

	it.each([
		[["import-linkedin"], "needs the export and the vault folder"],
		[["import-linkedin", csv], "needs the export and the vault folder"],
		[["import-linkedin", join(work, "missing.csv"), vault], "does not exist"],
		[["import-linkedin", work, vault], "is not a file"],
		[["import-linkedin", csv, join(work, "no-vault")], "does not exist"],
		[["import-linkedin", notCsv, vault], "is not LinkedIn's Connections.csv"],
		[["import-linkedin", csv, vault, "--folder"], "--folder needs a value"],
		[["import-linkedin", csv, vault, "--dry-run=yes"], "--dry-run takes no value"],
		[["import-linkedin", csv, vault, "--force"], "unknown option --force"],
		[["import-linkedin", csv, vault, "extra"], 'unexpected argument "extra"'],
	])("%j exits 2 with a one-line error", async (argv, words) => {
		const before = snapshot(vault);
		const r = await cli(...argv);
		expect(r.code).toBe(2);
		expect(r.stdout).toBe("");
		expect(r.stderr).toContain(words);
		expect(r.stderr.trim().split("\n")).toHaveLength(1);
		expect(snapshot(vault)).toEqual(before);
	});
});
