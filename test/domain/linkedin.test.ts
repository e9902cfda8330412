import { describe, expect, it } from "vitest";
import { parseConnectedOn, parseLinkedInCsv, type LinkedInPerson } from "../../src/domain/linkedin-csv";
import { normalizeLinkedInUrl, type ExistingContact } from "../../src/domain/contact-import";
import { planImport } from "../../src/domain/linkedin-plan";

const PREAMBLE = [
	"Notes:",
	'"When exporting your connection data, you may notice that some of the email addresses are missing.',
	"First Name,Last Name,this line is inside the quoted note and is not the header",
	'You will only see email addresses for connections who have allowed it."',
	"",
].join("\r\n");

const HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On";

function exportText(rows: string[], { bom = true, preamble = true, header = HEADER, eol = "\r\n" } = {}): string {
	return (bom ? "\ufeff" : "") + (preamble ? PREAMBLE + eol : "") + [header, ...rows].join(eol) + eol;
}

const ROWS = [
	"Jane,Doe,https://www.linkedin.com/in/janedoe,jane@example.com,Acme,Senior designer,15 Jan 2023",
	'"Priya","Shah",https://www.linkedin.com/in/priya-shah-1a2b3c,,"Widgets, Inc.","Head of research, ""Labs""",03 Feb 2024',
	"LinkedIn,Member,,,,,01 Mar 2022",
	'José,Ñúñez,https://www.linkedin.com/in/jos%C3%A9-nunez,,Café Olé,"Line one',
	'line two",7 Sep 2021',
	'Bob,"O\'Neil: <script>",https://www.linkedin.com/in/bob,,,,31 Feb 2023',
];

describe("parseLinkedInCsv", () => {
	it("reads the real export: BOM, preamble with a quoted multi-line paragraph, quotes, commas, newlines", () => {
		const r = parseLinkedInCsv(exportText(ROWS));
		expect(r.people.map((p) => p.fullName)).toEqual(["Jane Doe", "Priya Shah", "José Ñúñez", "Bob O'Neil: <script>"]);
		expect(r.people[0]).toEqual({
			firstName: "Jane",
			lastName: "Doe",
			fullName: "Jane Doe",
			url: "https://www.linkedin.com/in/janedoe",
			email: "jane@example.com",
			company: "Acme",
			position: "Senior designer",
			connectedOn: "2023-01-15",
		});
		expect(r.people[1]).toMatchObject({ email: null, company: "Widgets, Inc.", position: 'Head of research, "Labs"', connectedOn: "2024-02-03" });
		expect(r.people[2]).toMatchObject({ company: "Café Olé", position: "Line one line two", connectedOn: "2021-09-07" });
		expect(r.people[3]?.connectedOn).toBeNull();
		// Lines: 1 Notes, 2–4 quoted note, 5 blank, 6 header, 7 Jane, 8 Priya, 9 member, 10–11 José, 12 Bob.
		expect(r.skipped).toEqual([{ row: 9, reason: "hidden LinkedIn member" }]);
		expect(r.problems).toHaveLength(1);
		expect(r.problems[0]).toMatch(/^Line 12: "31 Feb 2023" is not a date/);
	});

	it("reads an export without BOM or preamble, with LF line ends", () => {
		const r = parseLinkedInCsv(exportText(ROWS.slice(0, 1), { bom: false, preamble: false, eol: "\n" }));
		expect(r.people).toHaveLength(1);
		expect(r.problems).toEqual([]);
	});

	it("reads an older export without URL, and any column order, case-insensitively", () => {
		const older = exportText(["Ann,Lee,ann@example.com,Initech,Engineer,5 May 2019"], {
			header: "First Name,Last Name,Email Address,Company,Position,Connected On",
		});
		expect(parseLinkedInCsv(older).people[0]).toMatchObject({ fullName: "Ann Lee", url: null, email: "ann@example.com", company: "Initech" });

		const shuffled = exportText(["12 Dec 2020,Engineer,Initech,Lee,Ann,https://linkedin.com/in/ann"], {
			header: "CONNECTED ON,position,Company,last name,FIRST NAME,Url",
		});
		expect(parseLinkedInCsv(shuffled).people[0]).toMatchObject({
			firstName: "Ann",
			lastName: "Lee",
			url: "https://linkedin.com/in/ann",
			position: "Engineer",
			connectedOn: "2020-12-12",
		});
	});

	it("skips hidden members only when they have no profile URL", () => {
		const r = parseLinkedInCsv(exportText(["LinkedIn,Member,,,,,", "Linkedin,Member,https://linkedin.com/in/real,,,,"]));
		expect(r.people.map((p) => p.url)).toEqual(["https://linkedin.com/in/real"]);
		expect(r.skipped).toHaveLength(1);
	});

	it("reports rows without a name and rows with too many fields", () => {
		const r = parseLinkedInCsv(exportText([",,https://linkedin.com/in/x,,,,", "Ann,Lee,,,Acme,Dev,1 Jan 2020,surprise"], { preamble: false, bom: false }));
		expect(r.people).toEqual([]);
		expect(r.skipped).toEqual([
			{ row: 2, reason: "no name" },
			{ row: 3, reason: "more fields than the header has (an unquoted comma?)" },
		]);
	});

	it("says clearly when there is no header", () => {
		const r = parseLinkedInCsv("\ufeffNotes:\nThis is not the export you are looking for\n");
		expect(r.people).toEqual([]);
		expect(r.problems).toHaveLength(1);
		expect(r.problems[0]).toMatch(/No header line found/);
		expect(parseLinkedInCsv("").problems).toHaveLength(1);
	});

	it("reads a semicolon-separated file saved by a spreadsheet", () => {
		const r = parseLinkedInCsv("First Name;Last Name;Company\nAnn;Lee;Acme, Ltd\n");
		expect(r.people[0]).toMatchObject({ fullName: "Ann Lee", company: "Acme, Ltd" });
	});

	it("reports an unterminated quote instead of throwing", () => {
		const r = parseLinkedInCsv(exportText(['Ann,Lee,,,"Acme,Dev,1 Jan 2020'], { preamble: false }));
		expect(r.problems.some((p) => /quote/i.test(p))).toBe(true);
	});
});

describe("parseConnectedOn", () => {
	it("reads LinkedIn's dates without any Date conversion", () => {
		expect(parseConnectedOn("15 Jan 2023")).toBe("2023-01-15");
		expect(parseConnectedOn("1 sept 2021")).toBe("2021-09-01");
		expect(parseConnectedOn("29 Feb 2024")).toBe("2024-02-29");
		expect(parseConnectedOn("15-Jan-2023")).toBe("2023-01-15");
		expect(parseConnectedOn("January 15, 2023")).toBe("2023-01-15");
		expect(parseConnectedOn("2023-01-15")).toBe("2023-01-15");
	});
	it("refuses impossible or unreadable dates", () => {
		for (const bad of ["29 Feb 2023", "32 Jan 2023", "15 Foo 2023", "15/01/2023", "", "15 janv. 2023"]) {
			expect(parseConnectedOn(bad)).toBeNull();
		}
	});
});

describe("normalizeLinkedInUrl", () => {
	it("ignores protocol, www, country subdomain, case, trailing slash, query and encoding", () => {
		const forms = [
			"https://www.linkedin.com/in/Jane-Doe/",
			"http://linkedin.com/in/jane-doe?trk=public_profile",
			"linkedin.com/in/jane-doe#about",
			"https://de.linkedin.com/in/jane-doe",
			" HTTPS://WWW.LINKEDIN.COM/in/jane-doe// ",
		];
		for (const f of forms) expect(normalizeLinkedInUrl(f)).toBe("linkedin.com/in/jane-doe");
		expect(normalizeLinkedInUrl("https://www.linkedin.com/in/jos%C3%A9")).toBe(normalizeLinkedInUrl("linkedin.com/in/josé"));
	});
});

function person(first: string, last: string, extra: Partial<LinkedInPerson> = {}): LinkedInPerson {
	return {
		firstName: first,
		lastName: last,
		fullName: `${first} ${last}`,
		url: null,
		email: null,
		company: null,
		position: null,
		connectedOn: null,
		...extra,
	};
}

const TODAY = "2026-11-22";
const FOLDER = "Networking/Contacts";

describe("planImport", () => {
	it("creates a contact note per new person with full frontmatter and a body", () => {
		const jane = person("Jane", "Doe", { url: "https://www.linkedin.com/in/janedoe", email: "jane@example.com", company: "Acme", position: "Designer", connectedOn: "2023-01-15" });
		const plan = planImport([jane], [], FOLDER, () => false, TODAY);
		expect(plan.skip).toEqual([]);
		expect(plan.create).toHaveLength(1);
		const note = plan.create[0]!;
		expect(note.path).toBe("Networking/Contacts/Jane Doe.md");
		expect(note.name).toBe("Jane Doe");
		expect(note.frontmatter).toEqual({
			type: "contact",
			organization: "Acme",
			role: "Designer",
			level: null,
			field: null,
			relationship: null,
			linkedin: "https://www.linkedin.com/in/janedoe",
			email: "jane@example.com",
			connected: "2023-01-15",
			status: "active",
		});
		expect(note.body).toContain(`Imported from LinkedIn on ${TODAY}`);
	});

	it("sanitizes file names and picks free ones", () => {
		const people = [
			person("../../etc", "passwd"),
			person("<img src=x", "onerror=alert(1)>"),
			person("CON", ""),
			person(":*?", '"'),
			person("Ann", "Lee", { url: "https://linkedin.com/in/ann-1" }),
			person("Ann", "Lee", { url: "https://linkedin.com/in/ann-2" }),
		];
		const onDisk = new Set(["Networking/Contacts/Untitled.md"]);
		const plan = planImport(people, [], FOLDER, (p) => onDisk.has(p), TODAY);
		expect(plan.create.map((c) => c.path)).toEqual([
			"Networking/Contacts/etc passwd.md",
			"Networking/Contacts/img src=x onerror=alert(1).md",
			"Networking/Contacts/CON_.md",
			"Networking/Contacts/Untitled 2.md",
			"Networking/Contacts/Ann Lee.md",
			"Networking/Contacts/Ann Lee 2.md",
		]);
	});

	it("skips people who already have a contact note, by LinkedIn URL or by name", () => {
		const existing: ExistingContact[] = [
			{ name: "Jane D.", linkedin: "linkedin.com/in/janedoe/" },
			{ name: "Networking/Contacts/Jose Nunez.md", linkedin: null },
			{ name: "Sam Lee", linkedin: "https://linkedin.com/in/other-sam" },
		];
		const people = [
			person("Jane", "Doe", { url: "https://www.linkedin.com/in/JaneDoe?trk=x" }),
			person("José", "Núñez", { url: "https://linkedin.com/in/jose" }),
			person("SAM", "LEE"),
			person("Priya", "Shah"),
		];
		const plan = planImport(people, existing, FOLDER, () => false, TODAY);
		expect(plan.create.map((c) => c.name)).toEqual(["Priya Shah"]);
		expect(plan.skip).toEqual([
			{ name: "Jane Doe", reason: "a contact has the same LinkedIn profile", existing: "Jane D." },
			{ name: "José Núñez", reason: "a contact has the same name", existing: "Jose Nunez" },
			{ name: "SAM LEE", reason: "a contact has the same name", existing: "Sam Lee" },
		]);
	});

	it("matches a name that only differs by characters a file name cannot hold", () => {
		const plan = planImport([person("Bob", "O'Neil: <Jr>")], [{ name: "Bob O'Neil Jr", linkedin: null }], FOLDER, () => false, TODAY);
		expect(plan.create).toEqual([]);
		expect(plan.skip[0]?.existing).toBe("Bob O'Neil Jr");
	});

	it("skips duplicates within the export", () => {
		const people = [
			person("Jane", "Doe", { url: "https://linkedin.com/in/jane" }),
			person("Jane", "Doe", { url: "https://www.linkedin.com/in/jane/" }),
			person("Ann", "Lee"),
			person("ann", "lee"),
			person("Kim", "Park", { url: "https://linkedin.com/in/kim" }),
			person("Kim", "Park"),
		];
		const plan = planImport(people, [], FOLDER, () => false, TODAY);
		expect(plan.create.map((c) => c.path)).toEqual(["Networking/Contacts/Jane Doe.md", "Networking/Contacts/Ann Lee.md", "Networking/Contacts/Kim Park.md"]);
		expect(plan.skip.map((s) => s.reason)).toEqual(Array(3).fill("listed more than once in the export"));
	});

	it("creates nothing new on a second run", () => {
		const parsed = parseLinkedInCsv(exportText(ROWS));
		const first = planImport(parsed.people, [], FOLDER, () => false, TODAY);
		expect(first.create).toHaveLength(4);
		const vault = new Set(first.create.map((c) => c.path));
		const existing = first.create.map((c) => ({ name: c.path, linkedin: (c.frontmatter.linkedin as string | null) ?? null }));
		const second = planImport(parsed.people, existing, FOLDER, (p) => vault.has(p), TODAY);
		expect(second.create).toEqual([]);
		expect(second.skip).toHaveLength(4);

		// Without URLs (an older export), the sanitized names still match.
		const noUrls = parsed.people.map((p) => ({ ...p, url: null }));
		const byName = first.create.map((c) => ({ name: c.path, linkedin: null }));
		expect(planImport(noUrls, byName, FOLDER, (p) => vault.has(p), TODAY).create).toEqual([]);
	});
});
