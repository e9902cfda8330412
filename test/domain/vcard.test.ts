import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseVCards } from "../../src/domain/vcard";
import { decodeQuotedPrintable } from "../../src/domain/vcard-lines";
import { JURGEN_PROPERTIES, PHONE_CONTACTS_NEW, PHONE_CONTACTS_VCF } from "../fixtures/phone-contacts";

const TODAY = "2026-11-22";
const FIXTURE = readFileSync(PHONE_CONTACTS_VCF, "utf8");
const card = (...lines: string[]) => ["BEGIN:VCARD", ...lines, "END:VCARD"].join("\r\n");

describe("parseVCards on a phone's and Google's export", () => {
	// Read within each test, not when the file is collected: Stryker turns a mutant on only for the tests.
	const read = () => parseVCards(FIXTURE, TODAY);
	const byName = (name: string) => read().people.find((p) => p.name === name);

	it("reads every named card, in order, and reports the one without a name", () => {
		const r = read();
		expect(r.isVCard).toBe(true);
		expect(r.people.map((p) => p.name)).toEqual([...PHONE_CONTACTS_NEW, "Grace L.", "Rosa Jiménez"]);
		expect(r.skipped).toEqual([{ row: 69, reason: "no name (a card for Larkspur Health)" }]);
		expect(r.problems).toEqual([]);
	});

	it("vCard 2.1 (Android): quoted-printable UTF-8, a soft line break, bare TYPE parameters, the mobile number", () => {
		expect(byName("Jürgen Müller")?.frontmatter).toEqual(JURGEN_PROPERTIES);
		expect(byName("Jürgen Müller")?.body).toBe(
			"Imported from a vCard file on 2026-11-22. Say how you know them under relationship, and the field they work in, before you ask for a conversation.\n\n" +
				"## Notes\n\nMet at the energy meetup in Hamburg — offered to introduce me to the data team.\n",
		);
	});

	it("vCard 3.0 (Google): the preferred email, a folded note with escapes, a LinkedIn URL written https\\://", () => {
		const zoe = byName("Zoë Ñúñez");
		expect(zoe?.email).toBe("zoe@fernwaymutual.example");
		expect(zoe?.linkedin).toBe("https://www.linkedin.com/in/zoe-nunez-example");
		expect(zoe?.frontmatter).toMatchObject({ organization: "Fernway Mutual", role: "Senior Product Designer", level: "mid-career", phone: "+1 503-555-0142" });
		expect(zoe?.body).toContain("## Notes\n\nMoved from print design to product design in 2019, after a boot camp; happy to talk about portfolio reviews.\nPrefers email over calls.\n");
	});

	it("vCard 3.0 (iPhone): X-SOCIALPROFILE for LinkedIn, the mobile number over the first one", () => {
		expect(byName("Priya Nair")?.frontmatter).toMatchObject({
			organization: "Brightline Analytics",
			level: "early-career",
			linkedin: "http://www.linkedin.com/in/priya-nair-example",
			phone: "(503) 555-0177",
		});
	});

	it("vCard 4.0: the lowest PREF wins over order and over a mobile number; tel: URIs read as numbers", () => {
		expect(byName("Tomás Reyes")?.frontmatter).toMatchObject({ email: "t.reyes@harborview.example", phone: "+1-206-555-0100", level: null });
	});

	it("ignores photos: no base64 reaches a note", () => {
		expect(JSON.stringify(read())).not.toMatch(/9j\/4AAQ|PHOTO/i);
	});
});

describe("parseVCards on unusual input", () => {
	it("is not a vCard without BEGIN:VCARD", () => {
		for (const text of ["", "First Name,Last Name\nJane,Doe\n", "FN:Jane Doe\n", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"]) {
			expect(parseVCards(text, TODAY).isVCard, text).toBe(false);
		}
	});

	it("takes the name from N when FN is missing, and skips a card with neither", () => {
		const r = parseVCards([card("VERSION:3.0", "N:Doe;Jane;Q.;Dr.;PhD"), card("VERSION:3.0", "EMAIL:x@y.z")].join("\r\n"), TODAY);
		expect(r.people.map((p) => p.name)).toEqual(["Jane Q. Doe"]);
		expect(r.skipped).toEqual([{ row: 5, reason: "no name" }]);
	});

	it("reports a card that never ends and a line that is not a property, and keeps the rest", () => {
		const text = [card("VERSION:3.0", "FN:Ann Lee", "this is not a property", "TITLE:Director"), "BEGIN:VCARD", "VERSION:3.0", "FN:Cut Off"].join("\n");
		const r = parseVCards(text, TODAY);
		expect(r.people.map((p) => p.name)).toEqual(["Ann Lee"]);
		expect(r.people[0]?.frontmatter.role).toBe("Director");
		expect(r.problems).toEqual([
			'Line 4: "this is not a property" is not a vCard property; it was ignored',
			"Line 7: a card that never ends (no END:VCARD); it was not read",
		]);
	});

	it("leaves out, with the reason, a line ical.js cannot read, and keeps the rest of the card", () => {
		const r = parseVCards(card("VERSION:3.0", "FN;=x:Broken", "N:Lee;Ann;;;", "TITLE;;:Director", "TEL;CELL:+1 555 0100"), TODAY);
		expect(r.people.map((p) => [p.name, p.frontmatter.role, p.frontmatter.phone])).toEqual([["Ann Lee", "Director", "+1 555 0100"]]);
		expect(r.problems).toHaveLength(1);
		expect(r.problems[0]).toMatch(/^Line 3: .*; the line was ignored$/);
	});

	it("does not take a card embedded in a 2.1 AGENT property for the person", () => {
		const text = card("VERSION:2.1", "FN:Ann Lee", "AGENT:", "BEGIN:VCARD", "VERSION:2.1", "FN:Her Assistant", "TITLE:Intern", "END:VCARD", "TITLE:Partner");
		const r = parseVCards(text, TODAY);
		expect(r.people.map((p) => [p.name, p.frontmatter.role])).toEqual([["Ann Lee", "Partner"]]);
	});

	it("keeps commas, semicolons and backslashes of quoted-printable text as written", () => {
		const r = parseVCards(card("VERSION:2.1", "FN;ENCODING=QUOTED-PRINTABLE:Ann Lee", "ORG;ENCODING=QUOTED-PRINTABLE:Smith, Jones =26 Co;Legal", "NOTE;QUOTED-PRINTABLE:a;b, c\\d=0D=0Ae"), TODAY);
		expect(r.people[0]?.frontmatter.organization).toBe("Smith, Jones & Co");
		expect(r.people[0]?.body).toContain("## Notes\n\na;b, c\\d\ne\n");
	});

	it("only a linkedin.com address is a LinkedIn profile; one without a scheme gets https://", () => {
		const r = parseVCards(card("VERSION:3.0", "FN:Ann Lee", "URL:https://notlinkedin.com/in/ann", "URL:www.linkedin.com/in/ann-lee"), TODAY);
		expect(r.people[0]?.linkedin).toBe("https://www.linkedin.com/in/ann-lee");
	});

	it("adds https:// to a LinkedIn address without a scheme, even one with an address in its query", () => {
		const r = parseVCards(card("VERSION:3.0", "FN:Ann Lee", "URL:linkedin.com/in/ann?ref=https://example.com"), TODAY);
		expect(r.people[0]?.linkedin).toBe("https://linkedin.com/in/ann?ref=https://example.com");
	});

	it("takes LinkedIn only from URL and X-SOCIALPROFILE, not from a note holding an address", () => {
		const r = parseVCards(card("VERSION:3.0", "FN:Ann Lee", "NOTE:www.linkedin.com/in/old-profile", "URL:https://example.com"), TODAY);
		expect(r.people[0]?.linkedin).toBeNull();
		expect(r.people[0]?.frontmatter.linkedin).toBeNull();
	});

	it("joins several notes with a blank line and leaves out an empty one", () => {
		const r = parseVCards(card("VERSION:3.0", "FN:Ann Lee", "NOTE:first", "NOTE:", "NOTE:third"), TODAY);
		expect(r.people[0]?.body).toMatch(/\n## Notes\n\nfirst\n\nthird\n$/);
	});

	it("takes the organization from the first part of ORG that is not empty", () => {
		const read = (org: string) => parseVCards(card("VERSION:3.0", "FN:Ann Lee", org), TODAY).people[0]?.frontmatter.organization;
		expect(read("ORG:;Legal")).toBe("Legal");
		expect(read("ORG:")).toBeNull();
	});

	it("trims the title and organization, unescapes their semicolons and makes runs of spaces one", () => {
		const read = (...lines: string[]) => parseVCards(card("VERSION:3.0", ...lines), TODAY).people[0];
		expect(read("FN:Ann   Lee", "TITLE:  Director  ", "ORG:  Acme   Corp ;Legal")).toMatchObject({
			name: "Ann Lee",
			frontmatter: { role: "Director", organization: "Acme Corp" },
		});
		expect(read("FN:Ann Lee", "TITLE:Director\\; Legal", "ORG:Smith\\; Jones")?.frontmatter).toMatchObject({ role: "Director; Legal", organization: "Smith; Jones" });
		expect(read("FN:Ann Lee", "TITLE: ")?.frontmatter.role).toBeNull();
	});

	it("joins the several values of one part of N with spaces", () => {
		expect(parseVCards(card("VERSION:3.0", "N:Doe;Jane,Mary;;;"), TODAY).people.map((p) => p.name)).toEqual(["Jane Mary Doe"]);
	});

	it("passes over an empty email for the next one", () => {
		expect(parseVCards(card("VERSION:3.0", "FN:Ann Lee", "EMAIL:", "EMAIL:ann@x.example"), TODAY).people[0]?.email).toBe("ann@x.example");
	});

	it("reads PREF=0 as no preference (4.0 ranks from 1)", () => {
		const r = parseVCards(card("VERSION:4.0", "FN:Ann Lee", "EMAIL:ann@x.example", "EMAIL;PREF=0:zero@x.example"), TODAY);
		expect(r.people[0]?.email).toBe("ann@x.example");
	});

	it("takes a number typed mobile, or cell in a TYPE list written with spaces, over the first one", () => {
		const phone = (...tels: string[]) => parseVCards(card("VERSION:3.0", "FN:Ann Lee", ...tels), TODAY).people[0]?.frontmatter.phone;
		expect(phone("TEL;TYPE=work:+1 555 0100", "TEL;TYPE=mobile:+1 555 0199")).toBe("+1 555 0199");
		expect(phone("TEL:+1 555 0100", "TEL;TYPE=work, cell:+1 555 0199")).toBe("+1 555 0199");
	});

	it("strips only a tel: scheme at the start of a number", () => {
		const r = parseVCards(card("VERSION:3.0", "FN:Ann Lee", "TEL;TYPE=cell:+44 20 7946 0000 (hotel: room 12)"), TODAY);
		expect(r.people[0]?.frontmatter.phone).toBe("+44 20 7946 0000 (hotel: room 12)");
	});

	it("decodes quoted-printable in the card's charset", () => {
		expect(decodeQuotedPrintable("M=FCller", "ISO-8859-1")).toBe("Müller");
		expect(decodeQuotedPrintable("M=C3=BCller", "UTF-8")).toBe("Müller");
		expect(decodeQuotedPrintable("M=C3=BCller", "no-such-charset")).toBe("Müller");
		expect(decodeQuotedPrintable("Zoë =3D 1", "UTF-8")).toBe("Zoë = 1");
	});
});
