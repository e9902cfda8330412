import { describe, expect, it } from "vitest";
import { notAnExport, parseConnectedOn, parseLinkedInCsv, type LinkedInParseResult, type LinkedInPerson } from "../../src/domain/linkedin-csv";

// Details of the LinkedIn reader beyond the real export of linkedin.test.ts: other spellings of the
// file a spreadsheet may save, rows at the edges, the line numbers of problems, and date forms.

const NO_HEADER = "No header line found: expected a line starting First Name,Last Name,… as in LinkedIn's Connections.csv";

function names(text: string): string[] {
	return parseLinkedInCsv(text).people.map((p) => p.fullName);
}

function person(firstName: string, lastName: string): LinkedInPerson {
	return { firstName, lastName, fullName: `${firstName} ${lastName}`.trim(), url: null, email: null, company: null, position: null, connectedOn: null };
}

function result(parts: Partial<LinkedInParseResult>): LinkedInParseResult {
	return { people: [], skipped: [], problems: [], ...parts };
}

describe("notAnExport", () => {
	it("is true for what the reader returns on a file without a header line", () => {
		expect(notAnExport(parseLinkedInCsv("Notes:\nnothing here\n"))).toBe(true);
		expect(notAnExport(result({ problems: [NO_HEADER, "Line 3: quoted field unterminated"] }))).toBe(true);
	});

	it("is false once anything was read, or when the only problems are about rows", () => {
		expect(notAnExport(result({ people: [person("Ann", "Lee")], problems: [NO_HEADER] }))).toBe(false);
		expect(notAnExport(result({ skipped: [{ row: 2, reason: "no name" }], problems: [NO_HEADER] }))).toBe(false);
		expect(notAnExport(result({ problems: ["Line 2: quoted field unterminated"] }))).toBe(false);
		expect(notAnExport(parseLinkedInCsv("First Name,Last Name\n"))).toBe(false);
	});
});

describe("parseLinkedInCsv, other spellings of the file", () => {
	it("reads a file with old Mac line ends (carriage returns alone)", () => {
		expect(names("First Name,Last Name\rAnn,Lee\rBo,Li\r")).toEqual(["Ann Lee", "Bo Li"]);
	});

	it("reads a tab-separated file", () => {
		const r = parseLinkedInCsv("First Name\tLast Name\tCompany\nAnn\tLee\tAcme, Ltd\n");
		expect(r.people.map((p) => [p.fullName, p.company])).toEqual([["Ann Lee", "Acme, Ltd"]]);
	});

	it("reads quoted header names, even after byte-order marks added by each save", () => {
		expect(names('"First Name","Last Name"\nAnn,Lee\n')).toEqual(["Ann Lee"]);
		expect(names('\ufeff\ufeff\ufeff"First Name","Last Name"\nAnn,Lee\n')).toEqual(["Ann Lee"]);
	});

	it("ignores a byte-order mark at the start of a header line that follows a preamble", () => {
		expect(names("Notes:\n\ufeffFirst Name,Last Name\nAnn,Lee\n")).toEqual(["Ann Lee"]);
	});

	it("keeps a byte-order mark inside the text as a space, removing only those at the start", () => {
		const r = parseLinkedInCsv("First Name,Last Name,Company\nAnn,Lee,Acme\ufeffLtd\n");
		expect(r.people[0]?.company).toBe("Acme Ltd");
	});

	it("matches header names with spaces around or within them", () => {
		expect(names("First Name , Last Name ,Company\nAnn,Lee,Acme\n")).toEqual(["Ann Lee"]);
		expect(names("First  Name,Last   Name\nAnn,Lee\n")).toEqual(["Ann Lee"]);
	});

	it("does not take a line with First Name but no Last Name for the header", () => {
		const r = parseLinkedInCsv("First Name,Company\nAnn,Acme\n");
		expect(r).toEqual({ people: [], skipped: [], problems: [NO_HEADER] });
	});
});

describe("parseLinkedInCsv, rows at the edges", () => {
	it("imports a person with only a first name or only a last name", () => {
		const r = parseLinkedInCsv("First Name,Last Name\nCher,\n,Lee\n");
		expect(r.people.map((p) => [p.firstName, p.lastName, p.fullName])).toEqual([
			["Cher", "", "Cher"],
			["", "Lee", "Lee"],
		]);
		expect(r.skipped).toEqual([]);
	});

	it("skips as hidden only LinkedIn Member itself, not other people called LinkedIn or Member", () => {
		const r = parseLinkedInCsv("First Name,Last Name,URL\nAnna,Member,\nLinkedIn,Smith,\nlinkedin,MEMBER,\n");
		expect(r.people.map((p) => p.fullName)).toEqual(["Anna Member", "LinkedIn Smith"]);
		expect(r.skipped).toEqual([{ row: 4, reason: "hidden LinkedIn member" }]);
	});

	it("accepts empty or blank cells past the header's width", () => {
		const r = parseLinkedInCsv("First Name,Last Name\nAnn,Lee,\nBo,Li, ,\t\n");
		expect(r.people.map((p) => p.fullName)).toEqual(["Ann Lee", "Bo Li"]);
		expect(r.skipped).toEqual([]);
	});

	it("collapses runs of spaces within a value", () => {
		const r = parseLinkedInCsv("First Name,Last Name,Company,Position\nAnn,Lee,Acme   Corp,Senior  \t designer\n");
		expect(r.people[0]).toMatchObject({ company: "Acme Corp", position: "Senior designer" });
	});

	it("reports an unterminated quote in lower case with its line", () => {
		expect(parseLinkedInCsv('First Name,Last Name\nAnn,"Lee\n').problems).toEqual(["Line 2: quoted field unterminated"]);
	});

	it("counts blank and whitespace-only lines between rows in the line numbers", () => {
		const r = parseLinkedInCsv("First Name,Last Name,Connected On\n\n  \n\t\nAnn,Lee,someday\n\n\nBo,Li,1 Jan 2020,x\n");
		expect(r.problems).toEqual(['Line 5: "someday" is not a date like 15 Jan 2023; Ann Lee is imported without it']);
		expect(r.skipped).toEqual([{ row: 8, reason: "more fields than the header has (an unquoted comma?)" }]);
	});
});

describe("parseConnectedOn, more forms", () => {
	it("reads other months in the month-first form, extra spaces, and no comma", () => {
		expect(parseConnectedOn("March 15, 2023")).toBe("2023-03-15");
		expect(parseConnectedOn("Mar. 15 2023")).toBe("2023-03-15");
		expect(parseConnectedOn("January  15,  2023")).toBe("2023-01-15");
		expect(parseConnectedOn("15  Jan  2023")).toBe("2023-01-15");
		expect(parseConnectedOn("15 - Jan - 2023")).toBe("2023-01-15");
		expect(parseConnectedOn("  15 Jan 2023\t")).toBe("2023-01-15");
	});

	it("refuses a date with anything before or after it", () => {
		for (const bad of ["115 Jan 2023", "15 Jan 20231", "1Jan 15, 2023", "Jan 15, 20231", "12023-01-15", "2023-01-151", "x2023-01-15"]) {
			expect(parseConnectedOn(bad), bad).toBeNull();
		}
	});
});
