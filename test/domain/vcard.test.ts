import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseVCards } from "../../src/domain/vcard";
import { decodeQuotedPrintable } from "../../src/domain/vcard-lines";
import { JURGEN_PROPERTIES, PHONE_CONTACTS_NEW, PHONE_CONTACTS_VCF } from "../fixtures/phone-contacts";

const TODAY = "2026-11-22";
const FIXTURE = readFileSync(PHONE_CONTACTS_VCF, "utf8");
const card = (...lines: string[]) => ["BEGIN:VCARD", ...lines, "END:VCARD"].join("\r\n");

describe("parseVCards on a phone's and Google's export", () => {
	const read = parseVCards(FIXTURE, TODAY);
	const byName = (name: string) => read.people.find((p) => p.name === name);

	it("reads every named card, in order, and reports the one without a name", () => {
		expect(read.isVCard).toBe(true);
		expect(read.people.map((p) => p.name)).toEqual([...PHONE_CONTACTS_NEW, "Grace L.", "Rosa Jiménez"]);
		expect(read.skipped).toEqual([{ row: 69, reason: "no name (a card for Larkspur Health)" }]);
		expect(read.problems).toEqual([]);
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
		expect(JSON.stringify(read)).not.toMatch(/9j\/4AAQ|PHOTO/i);
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

	it("decodes quoted-printable in the card's charset", () => {
		expect(decodeQuotedPrintable("M=FCller", "ISO-8859-1")).toBe("Müller");
		expect(decodeQuotedPrintable("M=C3=BCller", "UTF-8")).toBe("Müller");
		expect(decodeQuotedPrintable("M=C3=BCller", "no-such-charset")).toBe("Müller");
		expect(decodeQuotedPrintable("Zoë =3D 1", "UTF-8")).toBe("Zoë = 1");
	});
});
