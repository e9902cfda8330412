import { describe, expect, it } from "vitest";
import { parseNote } from "../../src/domain/parse";
import { adoptedKind, bodyTags, mayMakeRecord, NO_RECOGNITION, readRecognitionText, recognitionFrom, type Recognition } from "../../src/domain/recognition";

const TEXTS = {
	contactFolders: "People, Work/Colleagues/",
	contactTags: "#person",
	contactProperty: "categories: [[People]]",
	interviewFolders: "Meetings",
	interviewTags: "meeting",
	interviewProperty: "",
	personProperty: "people",
};
const ON: Recognition = recognitionFrom(TEXTS, "2026-11-01");

describe("recognition", () => {
	it("reads the settings' texts: folders without slashes, tags without #, property and value", () => {
		expect(ON.contact).toEqual({ folders: ["people", "work/colleagues"], tags: ["person"], properties: [{ name: "categories", value: "[[People]]" }] });
		expect(ON.personProperty).toBe("people");
		expect(recognitionFrom({ ...TEXTS, personProperty: "" }, null).personProperty).toBe("contact");
	});

	it("adopts by folder (sub-folders too, any case), not a folder whose name merely starts alike", () => {
		expect(adoptedKind("People/Ann.md", {}, [], ON)).toBe("contact");
		expect(adoptedKind("people/Friends/Ann.md", {}, [], ON)).toBe("contact");
		expect(adoptedKind("Peoples/Ann.md", {}, [], ON)).toBeNull();
		expect(adoptedKind("Meetings/2026-11-01 Ann.md", {}, [], ON)).toBe("interview");
	});

	it("adopts by tag in the properties or the body, nested tags included, never a longer tag", () => {
		expect(adoptedKind("Ann.md", { tags: ["Person"] }, [], ON)).toBe("contact");
		expect(adoptedKind("Ann.md", { tags: "work, #person/mentor" }, [], ON)).toBe("contact");
		expect(adoptedKind("Ann.md", {}, ["#person/friend"], ON)).toBe("contact");
		expect(adoptedKind("Ann.md", { tags: ["personal", "people"] }, ["#persona"], ON)).toBeNull();
	});

	it("adopts by property value compared as links are", () => {
		expect(adoptedKind("Ann.md", { categories: ["[[People]]"] }, [], ON)).toBe("contact");
		expect(adoptedKind("Ann.md", { categories: [["People"]] }, [], ON)).toBe("contact");
		expect(adoptedKind("Ann.md", { categories: "[[Categories/people|Folk]]" }, [], ON)).toBe("contact");
		expect(adoptedKind("Ann.md", { Categories: "People" }, [], ON)).toBe("contact");
		expect(adoptedKind("Ann.md", { categories: ["[[Places]]"] }, [], ON)).toBeNull();
	});

	it("leaves a note whose type names anything to its type; an empty type is none", () => {
		expect(adoptedKind("People/Acme.md", { type: "organization" }, [], ON)).toBeNull();
		expect(adoptedKind("People/Ann.md", { type: [] }, [], ON)).toBe("contact");
		expect(parseNote("People/Ann.md", { type: "interview", contact: "[[Bo]]" }, ON).record?.kind).toBe("interview");
		expect(adoptedKind("People/Ann.md", {}, [], NO_RECOGNITION)).toBeNull();
	});

	it("reads an adopted note's own status word without a problem, and its person from the setting's property", () => {
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
		const at = (date: string, fm: Record<string, unknown> = {}) => parseNote("Meetings/M.md", { date, people: "[[Ann]]", ...fm }, ON).record;
		expect(at("2026-10-31")).toMatchObject({ predatesAdoption: true });
		expect(at("2026-11-01")).not.toHaveProperty("predatesAdoption");
		expect(parseNote("X.md", { type: "interview", date: "2026-10-31", contact: "[[Ann]]" }, ON).record).not.toHaveProperty("predatesAdoption");
	});

	it("marks an undated, unsent adopted interview made before recognition (or with no created day), and no other", () => {
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
});
