import { describe, expect, it } from "vitest";
import { cardText, decodeQuotedPrintable, splitCards } from "../../src/domain/vcard-lines";

const WANTED = new Set(["FN", "N", "TEL", "EMAIL", "NOTE", "ORG", "TITLE"]);
const card = (...lines: string[]) => ["BEGIN:VCARD", ...lines, "END:VCARD"].join("\r\n");
/** The property lines of each card, as ical.js is to read them. */
const texts = (text: string) => splitCards(text, WANTED).cards.map((c) => c.properties.map((p) => p.text));
const problems = (text: string) => splitCards(text, WANTED).problems;

describe("splitCards: finding the cards and their lines", () => {
	it("reads a file that opens with a byte-order mark, and keeps one inside a value", () => {
		expect(splitCards(`\ufeff${card("VERSION:3.0", "FN:Ann\ufeffLee")}`, WANTED)).toEqual({
			found: true,
			cards: [{ line: 1, version: "3.0", properties: [{ line: 3, text: "FN:Ann\ufeffLee" }] }],
			problems: [],
		});
		expect(texts(card("VERSION:3.0", "FN:Ann\ufeffLee"))).toEqual([["FN:Ann\ufeffLee"]]);
	});

	it("gives each card the version ical.js is to read it with: 4.0 stays 4.0, 2.1 and a missing VERSION read as 3.0", () => {
		const versions = (...lines: string[]) => splitCards(card(...lines, "FN:Ann"), WANTED).cards.map((c) => c.version);
		expect(versions("VERSION:4.0")).toEqual(["4.0"]);
		expect(versions("VERSION:3.0")).toEqual(["3.0"]);
		expect(versions("VERSION:2.1")).toEqual(["3.0"]);
		expect(versions()).toEqual(["3.0"]);
		expect(versions("version : 4.0 ")).toEqual(["4.0"]);
		expect(versions("VERSION:\t4.0")).toEqual(["4.0"]);
		// Not a VERSION line: something after the version, or another property's name.
		expect(versions("VERSION:4.0 beta")).toEqual(["3.0"]);
		expect(versions("X-VERSION:4.0")).toEqual(["3.0"]);
	});

	it("unfolds a 3.0 folded line by removing the line break and one space", () => {
		expect(texts(card("VERSION:3.0", "NOTE:Hel", " lo", "  world", "TITLE:Boss"))).toEqual([["NOTE:Hello world", "TITLE:Boss"]]);
	});

	it("unfolds a 2.1 folded line by removing only the line break", () => {
		expect(texts(card("VERSION:2.1", "NOTE:Hello", " world", "TITLE:Boss"))).toEqual([["NOTE:Hello world", "TITLE:Boss"]]);
	});

	it("drops the folded lines of a property not asked for", () => {
		expect(texts(card("VERSION:3.0", "PHOTO;ENCODING=b:AAAA", " BBBB", "FN:Ann"))).toEqual([["FN:Ann"]]);
	});

	it("joins 2.1 quoted-printable soft line breaks, leading blanks of the next line removed", () => {
		const text = card("VERSION:2.1", "NOTE;ENCODING=QUOTED-PRINTABLE:caf=C3=A9 =", "   and =", "\ttea", "TITLE:Boss");
		expect(splitCards(text, WANTED).cards[0]?.properties).toEqual([
			{ line: 3, text: "NOTE:café and tea" },
			{ line: 6, text: "TITLE:Boss" },
		]);
	});

	it("drops the soft-break lines of a quoted-printable property not asked for", () => {
		expect(texts(card("VERSION:2.1", "X-SECRET;QUOTED-PRINTABLE:a=", "b=", "c", "FN:Ann"))).toEqual([["FN:Ann"]]);
	});

	it("a quoted-printable line folded with a blank and then ending goes on with the next property", () => {
		expect(texts(card("VERSION:2.1", "NOTE;QUOTED-PRINTABLE:a", " b", "TITLE:Boss"))).toEqual([["NOTE:a b", "TITLE:Boss"]]);
		// The folded part ends with `=`: a soft line break follows.
		expect(texts(card("VERSION:2.1", "NOTE;QUOTED-PRINTABLE:a", " b=", "c", "TITLE:Boss"))).toEqual([["NOTE:a bc", "TITLE:Boss"]]);
	});

	it("a value that ends with = is a soft line break only in a quoted-printable property", () => {
		expect(texts(card("VERSION:2.1", "NOTE:a;QUOTED-PRINTABLE;b=", "TITLE:Boss"))).toEqual([["NOTE:a;QUOTED-PRINTABLE;b=", "TITLE:Boss"]]);
		expect(texts(card("VERSION:2.1", "NOTE:x=", "TITLE:Boss"))).toEqual([["NOTE:x=", "TITLE:Boss"]]);
		// A line that opens with its colon has no parameters at all.
		const noName = card("VERSION:2.1", ":a;QUOTED-PRINTABLE;=", "TITLE:Boss");
		expect(texts(noName)).toEqual([["TITLE:Boss"]]);
		expect(problems(noName)).toEqual(['Line 3: ":a;QUOTED-PRINTABLE;=" is not a vCard property; it was ignored']);
	});

	it("a line without a colon is quoted-printable only when its parameters say so in full", () => {
		const text = card("VERSION:2.1", "NOTE;QUOTED-PRINTABLE=", "TITLE:Boss");
		expect(texts(text)).toEqual([["TITLE:Boss"]]);
		expect(problems(text)).toEqual(['Line 3: "NOTE;QUOTED-PRINTABLE=" is not a vCard property; it was ignored']);
	});

	it("reads quoted-printable written with blanks around the parameters, and a quoted charset", () => {
		const text = card("VERSION:2.1", 'NOTE; ENCODING = QUOTED-PRINTABLE ; CHARSET = "ISO-8859-1" :M=FC=', "ller");
		expect(texts(text)).toEqual([["NOTE:Müller"]]);
		expect(texts(card("VERSION:2.1", 'NOTE;CHARSET="ISO-8859-1";QUOTED-PRINTABLE:M=FCller'))).toEqual([["NOTE:Müller"]]);
	});

	it("skips blank lines inside a card", () => {
		const text = card("", "VERSION:3.0", "FN:Ann", "", "\t", "TITLE:Boss");
		expect(splitCards(text, WANTED)).toEqual({
			found: true,
			cards: [{ line: 1, version: "3.0", properties: [{ line: 4, text: "FN:Ann" }, { line: 7, text: "TITLE:Boss" }] }],
			problems: [],
		});
		expect(problems(card("  ", "FN:Ann"))).toEqual([]);
	});

	it("reports a card's first line that starts with a blank: there is nothing before it to continue", () => {
		const text = card(" FN:Ann", "TITLE:Boss");
		expect(texts(text)).toEqual([["TITLE:Boss"]]);
		expect(problems(text)).toEqual(['Line 2: " FN:Ann" is not a vCard property; it was ignored']);
	});

	it("reports a line that is not a property even when a property name appears later in it", () => {
		expect(problems(card("VERSION:3.0", "not a property X:1", "FN X:y", "FN:Ann"))).toEqual([
			'Line 3: "not a property X:1" is not a vCard property; it was ignored',
			'Line 4: "FN X:y" is not a vCard property; it was ignored',
		]);
	});

	it("splits a property at the first colon outside a quoted parameter value", () => {
		expect(texts(card("VERSION:3.0", 'TEL;X-LABEL="a:b";CELL:+1 555', 'FN;X-LABEL="a:b":Ann'))).toEqual([
			['TEL;X-LABEL="a:b";TYPE=CELL:+1 555', 'FN;X-LABEL="a:b":Ann'],
		]);
		// A quote never closed: no colon outside it, so not a property.
		const open = card("VERSION:3.0", 'FN;X-LABEL="a:Ann');
		expect(texts(open)).toEqual([[]]);
		expect(problems(open)).toEqual(['Line 3: "FN;X-LABEL="a:Ann" is not a vCard property; it was ignored']);
	});

	it("drops, without a report, a property not asked for that is folded right after its name", () => {
		expect(splitCards(card("VERSION:3.0", "X-FOLDED", " :value", "FN:Ann"), WANTED)).toEqual({
			found: true,
			cards: [{ line: 1, version: "3.0", properties: [{ line: 5, text: "FN:Ann" }] }],
			problems: [],
		});
	});

	it("drops, without a report, a property not asked for even when it would not read", () => {
		expect(splitCards(card("VERSION:3.0", 'X-JUNK;LABEL="a:b', "FN:Ann"), WANTED)).toEqual({
			found: true,
			cards: [{ line: 1, version: "3.0", properties: [{ line: 4, text: "FN:Ann" }] }],
			problems: [],
		});
	});

	it("shortens a long line in its report to 40 characters", () => {
		const forty = "x".repeat(40);
		expect(problems(card(forty, `${forty}y`))).toEqual([
			`Line 2: "${forty}" is not a vCard property; it was ignored`,
			`Line 3: "${forty}…" is not a vCard property; it was ignored`,
		]);
	});
});

describe("splitCards: properties in 3.0 syntax", () => {
	it("decodes quoted-printable and drops ENCODING, CHARSET and QUOTED-PRINTABLE, keeping the other parameters", () => {
		expect(
			texts(
				card(
					"VERSION:2.1",
					"TEL;CELL;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:+1=20555",
					"NOTE;QUOTED-PRINTABLE;X-LABEL=a:x=3Dy",
					"FN;CHARSET=UTF-8:Ann",
				),
			),
		).toEqual([["TEL;TYPE=CELL:+1 555", "NOTE;X-LABEL=a:x=y", "FN;CHARSET=UTF-8:Ann"]]);
	});

	it("decodes quoted-printable in the CHARSET parameter, wherever it stands", () => {
		expect(texts(card("VERSION:2.1", "FN;ENCODING=QUOTED-PRINTABLE;CHARSET=ISO-8859-1:M=FCller"))).toEqual([["FN:Müller"]]);
		expect(texts(card("VERSION:2.1", "FN;CHARSET=ISO-8859-1;QUOTED-PRINTABLE:M=FCller"))).toEqual([["FN:Müller"]]);
	});

	it("reads UTF-8 when no parameter is exactly CHARSET", () => {
		expect(texts(card("VERSION:2.1", "FN;X-CHARSET=ISO-8859-1;QUOTED-PRINTABLE:M=C3=BCller"))).toEqual([["FN;X-CHARSET=ISO-8859-1:Müller"]]);
		expect(texts(card("VERSION:2.1", 'FN;CHARSET="ISO-8859-1"x;QUOTED-PRINTABLE:M=C3=BCller'))).toEqual([["FN:Müller"]]);
	});

	it("leaves the value as written when a parameter only contains QUOTED-PRINTABLE", () => {
		expect(texts(card("VERSION:3.0", "NOTE;X-QUOTED-PRINTABLE:a=3Db", "FN;QUOTED-PRINTABLE-X:a=3Db"))).toEqual([
			["NOTE;TYPE=X-QUOTED-PRINTABLE:a=3Db", "FN;TYPE=QUOTED-PRINTABLE-X:a=3Db"],
		]);
	});

	it("escapes decoded text as 3.0 does, except a backslash before a semicolon", () => {
		expect(texts(card("VERSION:2.1", "NOTE;QUOTED-PRINTABLE:a\\b;c\\;d, e=0Af"))).toEqual([["NOTE:a\\\\b;c\\;d\\, e\\nf"]]);
	});

	it("drops ENCODING=8BIT and 7BIT in a 2.1 card only", () => {
		expect(texts(card("VERSION:2.1", "FN;ENCODING=8BIT:Ann", "TITLE;ENCODING=7bit:Boss", "NOTE;X-SOURCE=8bit-export:n"))).toEqual([
			["FN:Ann", "TITLE:Boss", "NOTE;X-SOURCE=8bit-export:n"],
		]);
		expect(texts(card("VERSION:3.0", "FN;ENCODING=8BIT:Ann", "NOTE;X-SOURCE=8bit-export:n"))).toEqual([["FN;ENCODING=8BIT:Ann", "NOTE;X-SOURCE=8bit-export:n"]]);
	});

	it("writes a bare parameter as TYPE=, trims it, drops empty ones and keeps NAME=value ones", () => {
		expect(texts(card("VERSION:3.0", "TEL;; CELL ; ;PREF=1:+1 555", "EMAIL;TYPE=HOME:a@b.c"))).toEqual([["TEL;TYPE=CELL;PREF=1:+1 555", "EMAIL;TYPE=HOME:a@b.c"]]);
	});
});

describe("cardText", () => {
	it("writes a card for ical.js with its VERSION and CRLF line ends", () => {
		expect(cardText("4.0", [{ line: 3, text: "FN:Ann" }])).toBe("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ann\r\nEND:VCARD");
	});
});

describe("decodeQuotedPrintable", () => {
	it("decodes only = followed by two hex digits, and keeps other characters, astral ones included", () => {
		expect(decodeQuotedPrintable("Cafe =3D 1 =ZZ =4", "UTF-8")).toBe("Cafe = 1 =ZZ =4");
		expect(decodeQuotedPrintable("Hi 😀=21", "UTF-8")).toBe("Hi 😀!");
	});
});
