import { describe, expect, it } from "vitest";
import { parseNote } from "../../src/domain/parse";
import {
	adoptedKind,
	bodyTags,
	mayMakeRecord,
	NO_RECOGNITION,
	readRecognitionText,
	recognitionActive,
	recognitionFrom,
	saysType,
	singleRules,
	type AdoptRule,
	type Recognition,
} from "../../src/domain/recognition";

const TEXTS = {
	contactFolders: "People, Work/Colleagues/",
	contactTags: "#person",
	contactProperty: "categories: [[People]]",
	interviewFolders: "Meetings",
	interviewTags: "meeting",
	interviewProperty: "",
	personProperty: "people",
};
// Read inside each test (not when the file loads), so that every test reaches the settings reader.
const on = (): Recognition => recognitionFrom(TEXTS, "2026-11-01");

const NONE: AdoptRule = { folders: [], tags: [], properties: [] };
/** A recognition whose contact rule is `contact` alone. */
const contactsBy = (contact: Partial<AdoptRule>): Recognition => ({ ...NO_RECOGNITION, contact: { ...NONE, ...contact } });

describe("recognition", () => {
	it("reads the settings' texts: folders without slashes, tags without #, property and value", () => {
		const ON = on();
		expect(ON.contact).toEqual({ folders: ["people", "work/colleagues"], tags: ["person"], properties: [{ name: "categories", value: "[[People]]" }] });
		expect(ON.personProperty).toBe("people");
		expect(recognitionFrom({ ...TEXTS, personProperty: "" }, null).personProperty).toBe("contact");
	});

	it("adopts by folder (sub-folders too, any case), not a folder whose name merely starts alike", () => {
		const ON = on();
		expect(adoptedKind("People/Ann.md", {}, [], ON)).toBe("contact");
		expect(adoptedKind("people/Friends/Ann.md", {}, [], ON)).toBe("contact");
		expect(adoptedKind("Peoples/Ann.md", {}, [], ON)).toBeNull();
		expect(adoptedKind("Meetings/2026-11-01 Ann.md", {}, [], ON)).toBe("interview");
	});

	it("adopts by tag in the properties or the body, nested tags included, never a longer tag", () => {
		const ON = on();
		expect(adoptedKind("Ann.md", { tags: ["Person"] }, [], ON)).toBe("contact");
		expect(adoptedKind("Ann.md", { tags: "work, #person/mentor" }, [], ON)).toBe("contact");
		expect(adoptedKind("Ann.md", {}, ["#person/friend"], ON)).toBe("contact");
		expect(adoptedKind("Ann.md", { tags: ["personal", "people"] }, ["#persona"], ON)).toBeNull();
	});

	it("adopts by property value compared as links are", () => {
		const ON = on();
		expect(adoptedKind("Ann.md", { categories: ["[[People]]"] }, [], ON)).toBe("contact");
		expect(adoptedKind("Ann.md", { categories: [["People"]] }, [], ON)).toBe("contact");
		expect(adoptedKind("Ann.md", { categories: "[[Categories/people|Folk]]" }, [], ON)).toBe("contact");
		expect(adoptedKind("Ann.md", { Categories: "People" }, [], ON)).toBe("contact");
		expect(adoptedKind("Ann.md", { categories: ["[[Places]]"] }, [], ON)).toBeNull();
	});

	it("leaves a note whose type names anything to its type; an empty type is none", () => {
		const ON = on();
		expect(adoptedKind("People/Acme.md", { type: "organization" }, [], ON)).toBeNull();
		expect(adoptedKind("People/Ann.md", { type: [] }, [], ON)).toBe("contact");
		expect(parseNote("People/Ann.md", { type: "interview", contact: "[[Bo]]" }, ON).record?.kind).toBe("interview");
		expect(adoptedKind("People/Ann.md", {}, [], NO_RECOGNITION)).toBeNull();
	});

	it("reads an adopted note's own status word without a problem, and its person from the setting's property", () => {
		const ON = on();
		const c = parseNote("People/Ann.md", { status: "friend" }, ON);
		expect(c.problems).toEqual([]);
		expect(c.record).toMatchObject({ kind: "contact", status: "active" });
		const iv = parseNote("Meetings/Lunch.md", { status: "✅ done!", date: "2026-11-10", people: ["[[Ann]]", "[[Bo]]"] }, ON);
		expect(iv.problems).toEqual([]);
		expect(iv.record).toMatchObject({ kind: "interview", status: null, contact: { target: "Ann" } });
		// A note with the plugin's own type still reports a status it does not know.
		expect(parseNote("X.md", { type: "contact", status: "friend" }, ON).problems).toHaveLength(1);
	});

	it("marks adopted interviews dated before recognition was turned on, and no other", () => {
		const ON = on();
		const at = (date: string, fm: Record<string, unknown> = {}) => parseNote("Meetings/M.md", { date, people: "[[Ann]]", ...fm }, ON).record;
		expect(at("2026-10-31")).toMatchObject({ predatesAdoption: true });
		expect(at("2026-11-01")).not.toHaveProperty("predatesAdoption");
		expect(parseNote("X.md", { type: "interview", date: "2026-10-31", contact: "[[Ann]]" }, ON).record).not.toHaveProperty("predatesAdoption");
	});

	it("marks an undated, unsent adopted interview made before recognition (or with no created day), and no other", () => {
		const ON = on();
		const prepared = (fm: Record<string, unknown> = {}) => parseNote("Meetings/M.md", { people: "[[Ann]]", ...fm }, ON).record;
		expect(prepared()).toMatchObject({ prepared: true, predatesAdoption: true });
		expect(prepared({ created: "2026-10-31" })).toMatchObject({ predatesAdoption: true });
		expect(prepared({ created: "2026-11-01" })).not.toHaveProperty("predatesAdoption");
		expect(prepared({ requested: "2026-10-01" })).not.toHaveProperty("predatesAdoption");
		expect(parseNote("Meetings/M.md", { people: "[[Ann]]" }, { ...ON, since: null }).record).not.toHaveProperty("predatesAdoption");
	});

	it("finds body tags outside code, not headings, numbers or anchors", () => {
		expect(bodyTags("Met #Person at the fair.\n# Heading\n`#code` inline\n```\n#fenced\n```\nIssue #123, url.com/#anchor, #a/b-c_d")).toEqual(["person", "a/b-c_d"]);
	});

	it("explains what it cannot read", () => {
		expect(readRecognitionText("contactTags", "person, job search")).toEqual({ ok: false, message: 'A tag has no spaces: "job search". Separate tags with commas.' });
		expect(readRecognitionText("contactTags", "2026")).toMatchObject({ ok: false });
		expect(readRecognitionText("contactProperty", "categories")).toMatchObject({ ok: false });
		expect(readRecognitionText("personProperty", "people: x")).toMatchObject({ ok: false });
	});

	it("parses a properties block only when it could make a contact or an interview", () => {
		const ON = on();
		const journal = "---\ntags: [journal]\nmood: fine\n---";
		// Without recognition: only a block that mentions `type` (or holds an escape that could spell it).
		expect(mayMakeRecord("Journal/a.md", journal, NO_RECOGNITION)).toBe(false);
		expect(mayMakeRecord("Journal/a.md", "---\ntype: project\n---", NO_RECOGNITION)).toBe(true);
		expect(mayMakeRecord("Journal/a.md", '---\n"\\x74ype": contact\n---', NO_RECOGNITION)).toBe(true);
		// With it: a note in a recognised folder, or a block that names a recognised property (any case)…
		const noTags: Recognition = { ...ON, contact: { ...ON.contact, tags: [] }, interview: { ...ON.interview, tags: [] } };
		expect(mayMakeRecord("Journal/a.md", journal, noTags)).toBe(false);
		expect(mayMakeRecord("people/Ann.md", journal, noTags)).toBe(true);
		expect(mayMakeRecord("Journal/a.md", "---\nCategories: [[People]]\n---", noTags)).toBe(true);
		// …and any block when tags are recognised, since the body may carry one.
		expect(mayMakeRecord("Journal/a.md", journal, ON)).toBe(true);
	});

	it("is active as soon as either rule holds a folder, a tag or a property", () => {
		expect(recognitionActive(NO_RECOGNITION)).toBe(false);
		expect(recognitionActive(contactsBy({ properties: [{ name: "categories", value: "[[People]]" }] }))).toBe(true);
		expect(recognitionActive({ ...NO_RECOGNITION, interview: { ...NONE, tags: ["meeting"] } })).toBe(true);
		expect(recognitionActive(recognitionFrom({ ...TEXTS, contactFolders: "", contactTags: "", contactProperty: "", interviewFolders: "", interviewTags: "" }, null))).toBe(false);
	});

	it("counts a type as written only when it holds something: not null, blank text or an empty list", () => {
		expect(saysType({ type: null })).toBe(false);
		expect(saysType({ type: " " })).toBe(false);
		expect(saysType({ type: "" })).toBe(false);
		expect(saysType({ type: [null, " "] })).toBe(false);
		expect(saysType({ type: ["", "person"] })).toBe(true);
		expect(saysType({ type: 1 })).toBe(true);
		expect(saysType({ type: false })).toBe(true);
		expect(saysType({ type: {} })).toBe(true);
		const ON = on();
		expect(adoptedKind("People/Ann.md", { type: null }, [], ON)).toBe("contact");
		expect(adoptedKind("People/Ann.md", { type: " " }, [], ON)).toBe("contact");
		expect(adoptedKind("People/Ann.md", { type: 1 }, [], ON)).toBeNull();
	});

	it("reads tags from the properties tags, tag and Tags, and keeps a # inside a tag", () => {
		const ON = on();
		expect(adoptedKind("Ann.md", { tag: "person" }, [], ON)).toBe("contact");
		expect(adoptedKind("Ann.md", { Tags: ["#person"] }, [], ON)).toBe("contact");
		expect(adoptedKind("Ann.md", { tags: "per#son" }, [], ON)).toBeNull();
		expect(adoptedKind("Ann.md", { tags: ["#pers#on"] }, [], ON)).toBeNull();
		expect(adoptedKind("Ann.md", {}, [" #Person "], ON)).toBe("contact");
	});

	it("matches a property value as a link, either path ending in the other, letter case aside", () => {
		const by = (value: string) => contactsBy({ properties: [{ name: "categories", value }] });
		expect(adoptedKind("Ann.md", { categories: "People" }, [], by("[[Lists/People]]"))).toBe("contact");
		expect(adoptedKind("Ann.md", { categories: "[[Lists/People]]" }, [], by("People"))).toBe("contact");
		expect(adoptedKind("Ann.md", { categories: "Other/People" }, [], by("[[Lists/People]]"))).toBeNull();
		// Lower-cased letter by letter: ß is not ss (upper-casing would make both SS).
		expect(adoptedKind("Ann.md", { categories: "Strasse" }, [], by("[[Straße]]"))).toBeNull();
		expect(adoptedKind("Ann.md", { categories: "STRASSE" }, [], by("strasse"))).toBe("contact");
	});

	it("matches any item of a list property, numbers and booleans as written, nothing for an empty value", () => {
		const by = (name: string, value: string) => contactsBy({ properties: [{ name, value }] });
		expect(adoptedKind("Ann.md", { categories: ["[[Places]]", "[[People]]"] }, [], by("categories", "[[People]]"))).toBe("contact");
		// Unquoted [[X]] items, which YAML reads as lists holding a list.
		expect(adoptedKind("Ann.md", { categories: [[["Places"]], [["People"]]] }, [], by("categories", "[[People]]"))).toBe("contact");
		expect(adoptedKind("Ann.md", { year: 2026 }, [], by("year", "2026"))).toBe("contact");
		expect(adoptedKind("Ann.md", { year: [2025, 2026] }, [], by("year", "2026"))).toBe("contact");
		expect(adoptedKind("Ann.md", { met: true }, [], by("met", "true"))).toBe("contact");
		expect(adoptedKind("Ann.md", { met: [true] }, [], by("met", "true"))).toBe("contact");
		expect(adoptedKind("Ann.md", { categories: null }, [], by("categories", "null"))).toBeNull();
		expect(adoptedKind("Ann.md", { categories: ["", {}] }, [], by("categories", "[[People]]"))).toBeNull();
		expect(adoptedKind("Ann.md", { categories: "" }, [], by("categories", "[[People]]"))).toBeNull();
	});

	it("adopts nothing by a property the note lacks, or by a rule whose value names no link", () => {
		const ON = on();
		expect(adoptedKind("Ann.md", { undefined: "[[People]]" }, [], ON)).toBeNull();
		expect(adoptedKind("Ann.md", { categories: "[[People]]" }, [], contactsBy({ properties: [{ name: "categories", value: "[[]]" }] }))).toBeNull();
	});

	it("reads a block only when some recognised property name appears in it", () => {
		const r: Recognition = {
			...NO_RECOGNITION,
			contact: { ...NONE, properties: [{ name: "Categories", value: "[[People]]" }] },
			interview: { ...NONE, properties: [{ name: "kind", value: "[[Meeting]]" }] },
		};
		expect(mayMakeRecord("Journal/a.md", "---\ncategories: [[People]]\n---", r)).toBe(true);
		expect(mayMakeRecord("Journal/a.md", "---\nKIND: x\n---", r)).toBe(true);
		expect(mayMakeRecord("Journal/a.md", "---\nmood: fine\n---", r)).toBe(false);
	});

	it("reads folders: backslashes as slashes, slashes trimmed at both ends, empty ones dropped", () => {
		expect(readRecognitionText("contactFolders", " //People//, Work\\Colleagues\\ , /, , Work/Old/Colleagues/")).toEqual({
			ok: true,
			folders: ["people", "work/colleagues", "work/old/colleagues"],
		});
		expect(readRecognitionText("interviewFolders", "")).toEqual({ ok: true, folders: [] });
	});

	it("reads tags of either kind, skipping empty items", () => {
		expect(readRecognitionText("contactTags", "#Person, , job-search/2026,")).toEqual({ ok: true, tags: ["person", "job-search/2026"] });
		expect(readRecognitionText("interviewTags", "meeting, q2, 2026a, a2026")).toEqual({ ok: true, tags: ["meeting", "q2", "2026a", "a2026"] });
		expect(readRecognitionText("interviewTags", "")).toEqual({ ok: true, tags: [] });
	});

	it("refuses a tag with other characters, anywhere in it, or of digits alone", () => {
		const refused = (bad: string) => ({ ok: false, message: `"${bad}" is not a tag: use letters, digits, _, - and / (not digits alone).` });
		expect(readRecognitionText("contactTags", "ok, !person")).toEqual(refused("!person"));
		expect(readRecognitionText("contactTags", "person!")).toEqual(refused("person!"));
		expect(readRecognitionText("interviewTags", "#2026/11")).toEqual(refused("#2026/11"));
		expect(readRecognitionText("contactTags", "#")).toEqual(refused("#"));
	});

	it("reads the person property's name, trimmed, or contact when empty; never a name with a colon", () => {
		expect(readRecognitionText("personProperty", "  people ")).toEqual({ ok: true, name: "people" });
		expect(readRecognitionText("personProperty", "  ")).toEqual({ ok: true, name: "contact" });
		expect(readRecognitionText("personProperty", "people: x")).toEqual({ ok: false, message: "Write one property name, without a colon." });
		expect(readRecognitionText("personProperty", "a\nb")).toEqual({ ok: false, message: "Write one property name, without a colon." });
	});

	it("reads properties as name: value pairs, both trimmed, the value read as a link", () => {
		expect(readRecognitionText("contactProperty", "categories : [[People]], kind:Person, , url: https://x.org/a:b")).toEqual({
			ok: true,
			properties: [
				{ name: "categories", value: "[[People]]" },
				{ name: "kind", value: "Person" },
				{ name: "url", value: "https://x.org/a:b" },
			],
		});
		expect(readRecognitionText("interviewProperty", "")).toEqual({ ok: true, properties: [] });
	});

	it("refuses a property without a name, a value, a colon, or a value that names no link", () => {
		const refused = (item: string) => ({ ok: false, message: `Write a property and its value, like categories: [[People]] (found "${item}").` });
		expect(readRecognitionText("contactProperty", "categories")).toEqual(refused("categories"));
		expect(readRecognitionText("contactProperty", "kind: x, : [[People]]")).toEqual(refused(": [[People]]"));
		expect(readRecognitionText("contactProperty", "categories:")).toEqual(refused("categories:"));
		expect(readRecognitionText("interviewProperty", "categories: [[]]")).toEqual(refused("categories: [[]]"));
	});

	it("builds the recognition from every row, a row it cannot read counting as empty", () => {
		expect(recognitionFrom(TEXTS, "2026-11-01")).toEqual({
			contact: { folders: ["people", "work/colleagues"], tags: ["person"], properties: [{ name: "categories", value: "[[People]]" }] },
			interview: { folders: ["meetings"], tags: ["meeting"], properties: [] },
			personProperty: "people",
			since: "2026-11-01",
		});
		expect(recognitionFrom({ ...TEXTS, interviewProperty: "kind: [[Meeting]]" }, null).interview.properties).toEqual([{ name: "kind", value: "[[Meeting]]" }]);
		const unreadable = { ...TEXTS, contactTags: "job search", contactProperty: "categories", interviewTags: "2026", interviewProperty: "kind", personProperty: "a: b" };
		expect(recognitionFrom(unreadable, null)).toEqual({
			contact: { folders: ["people", "work/colleagues"], tags: [], properties: [] },
			interview: { folders: ["meetings"], tags: [], properties: [] },
			personProperty: "contact",
			since: null,
		});
	});

	it("splits a kind's rule into its folders, tags and properties, one recognition each", () => {
		const r: Recognition = {
			contact: { folders: ["people", "work"], tags: ["person"], properties: [{ name: "categories", value: "[[People]]" }] },
			interview: { folders: ["meetings"], tags: ["meeting"], properties: [] },
			personProperty: "people",
			since: "2026-11-01",
		};
		const only = (contact: AdoptRule, interview: AdoptRule): Recognition => ({ contact, interview, personProperty: "people", since: "2026-11-01" });
		expect(singleRules(r, "contact")).toEqual([
			{ label: "Notes in the folder people", recognition: only({ ...NONE, folders: ["people"] }, NONE) },
			{ label: "Notes in the folder work", recognition: only({ ...NONE, folders: ["work"] }, NONE) },
			{ label: "Notes tagged #person", recognition: only({ ...NONE, tags: ["person"] }, NONE) },
			{ label: "Notes with categories: [[People]]", recognition: only({ ...NONE, properties: [{ name: "categories", value: "[[People]]" }] }, NONE) },
		]);
		expect(singleRules(r, "interview")).toEqual([
			{ label: "Notes in the folder meetings", recognition: only(NONE, { ...NONE, folders: ["meetings"] }) },
			{ label: "Notes tagged #meeting", recognition: only(NONE, { ...NONE, tags: ["meeting"] }) },
		]);
		expect(singleRules(NO_RECOGNITION, "contact")).toEqual([]);
	});
});
