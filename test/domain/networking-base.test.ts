import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { networkingBase, renderBase, type BaseFile, type BaseFilter } from "../../src/domain/networking-base";
import { recordKind } from "../../src/domain/parse";
import { adoptedKind, NO_RECOGNITION, recognitionFrom } from "../../src/domain/recognition";
import { PROP } from "../../src/domain/properties";
import { CONTACT_STATUSES } from "../../src/domain/types";

const NOTE_PROPERTIES = new Set<string>(Object.values(PROP));
const read = (templatesFolder: string) => parse(renderBase(networkingBase(templatesFolder))) as BaseFile;

/** Every filter statement, flattened out of and/or/not. */
function statements(filter: BaseFilter | undefined): string[] {
	if (filter === undefined) return [];
	if (typeof filter === "string") return [filter];
	return Object.values(filter).flatMap((list: BaseFilter[]) => list.flatMap(statements));
}

/** The note properties an expression reads: `note.x`, `note["x-y"]`, and `properties.x` of a linked note. */
function propertiesIn(expression: string): string[] {
	return [...expression.matchAll(/\bnote\.([\w-]+)|\bnote\["([^"]+)"\]|\bproperties\.(\w+)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? "");
}

/** Every expression of a base: its filters, its views' filters, its formulas. */
const expressionsOf = (base: BaseFile) => [...statements(base.filters), ...base.views.flatMap((v) => statements(v.filters)), ...Object.values(base.formulas)];

// Each test builds its base itself: Stryker switches a mutant on only while the tests run, not
// while they are collected, so a base built in a describe block would never see one.
describe("Networking.base", () => {
	it("is YAML with the Bases sections, and the text parses back to the same data", () => {
		const base = read("Templates");
		expect(Object.keys(base)).toEqual(["filters", "formulas", "properties", "views"]);
		expect(base).toEqual(networkingBase("Templates"));
	});

	it("reads only property names the plugin reads", () => {
		const base = read("Templates");
		const expressions = expressionsOf(base);
		const ids = [
			...Object.keys(base.properties),
			...base.views.flatMap((v) => [...v.order, ...(v.groupBy ? [v.groupBy.property] : [])]),
		];
		for (const id of ids) {
			if (id.startsWith("note.")) expect(NOTE_PROPERTIES, id).toContain(id.slice(5));
			else if (id.startsWith("formula.")) expect(Object.keys(base.formulas), id).toContain(id.slice(8));
			else expect(["file.name"], id).toContain(id);
		}
		const names = expressions.flatMap(propertiesIn);
		expect(names.length).toBeGreaterThan(0);
		for (const name of names) expect(NOTE_PROPERTIES, name).toContain(name);
		for (const e of expressions) for (const [, f] of e.matchAll(/formula\.(\w+)/g)) expect(Object.keys(base.formulas)).toContain(f);
	});

	it("compares type and status with values the plugin gives them", () => {
		const base = read("Templates");
		const expressions = expressionsOf(base);
		const types = expressions.flatMap((e) => [...e.matchAll(/\btype == "([^"]*)"/g)].map((m) => m[1] ?? ""));
		expect(new Set(types)).toEqual(new Set(["contact", "interview"]));
		for (const t of types) expect(recordKind("Any.md", { type: t }, NO_RECOGNITION)).toBe(t);
		const statuses = expressions.flatMap((e) => [...e.matchAll(/note\.status [!=]= "([^"]*)"/g)].map((m) => m[1]));
		expect(statuses).toEqual(["archived"]);
		for (const s of statuses) expect(CONTACT_STATUSES).toContain(s);
	});

	it("has the four views, with the columns and groups asked for", () => {
		const base = read("Templates");
		expect(base.views.map((v) => [v.name, v.type, v.filters, v.groupBy?.property])).toEqual([
			["Contacts", "table", 'note.type == "contact"', undefined],
			["Conversations", "table", 'note.type == "interview"', "note.status"],
			["By field", "table", 'note.type == "contact"', "note.field"],
			["Not asked yet", "cards", { and: ['note.type == "contact"', 'note.status != "archived"', "formula.interviews == 0"] }, undefined],
		]);
		expect(base.views[0]?.order).toEqual([
			"file.name",
			"note.organization",
			"note.role",
			"note.field",
			"note.level",
			"note.relationship",
			"note.last-contact",
			"note.status",
		]);
		expect(base.views[1]?.order).toEqual(expect.arrayContaining(["note.date", "note.format", "note.location"]));
		for (const v of base.views) expect(Object.keys(base.properties)).toEqual(expect.arrayContaining(v.order));
	});

	it("groups in ascending order, and gives the field and card views their own columns", () => {
		const base = read("Templates");
		expect(base.views.map((v) => v.groupBy?.direction)).toEqual([undefined, "ASC", "ASC", undefined]);
		expect(base.views[2]?.order).toEqual(["file.name", "note.organization", "note.role", "note.level", "note.last-contact", "note.status"]);
		expect(base.views[3]?.order).toEqual(["file.name", "note.organization", "note.role", "note.field", "note.relationship"]);
	});

	it("is text that ends with a line break", () => {
		const text = renderBase(networkingBase("Templates"));
		expect(text.endsWith("\n")).toBe(true);
		expect(text.endsWith("\n\n")).toBe(false);
	});

	it("counts as asked the interviews linking here whose contact names this note", () => {
		const base = read("Templates");
		expect(base.formulas.interviews).toBe(
			'file.backlinks.filter(value.asFile().properties.type == "interview" && value.asFile().properties.contact && ' +
				"value.asFile().properties.contact.toString().contains(file.basename)).length",
		);
	});

	it("leaves the templates folder out, whatever its name, and has no such filter without one", () => {
		const base = read("Templates");
		expect(base.filters).toEqual({ and: [{ or: ['note.type == "contact"', 'note.type == "interview"'] }, '!file.inFolder("Templates")'] });
		expect(read("").filters).toEqual({ or: ['note.type == "contact"', 'note.type == "interview"'] });
		const odd = read('/My "T": #1/');
		expect(statements(odd.filters).at(-1)).toBe('!file.inFolder("My \\"T\\": #1")');
	});

	describe("with the recognition settings on", () => {
		const recognised = () =>
			recognitionFrom(
				{
					contactFolders: "People, Network/Friends",
					contactTags: "#person",
					contactProperty: "categories: [[People]]",
					interviewFolders: "Meetings",
					interviewTags: "",
					interviewProperty: "",
					personProperty: "contact",
				},
				"2026-11-01",
			);
		const adoptedBase = () => parse(renderBase(networkingBase("Templates", recognised()))) as BaseFile;

		it("takes in notes without a type in a recognised folder, with a recognised tag or property value", () => {
			const adopted = adoptedBase();
			const [contactView, interviewView] = adopted.views.map((v) => v.filters);
			expect(contactView).toEqual({
				or: [
					'note.type == "contact"',
					{
						and: [
							"!note.type",
							{ or: ['file.inFolder("people")', 'file.inFolder("network/friends")', 'file.hasTag("person")', 'note.categories.toString().lower().contains("people")'] },
						],
					},
				],
			});
			expect(interviewView).toEqual({ or: ['note.type == "interview"', { and: ["!note.type", { or: ['file.inFolder("meetings")'] }] }] });
			expect(statements(adopted.filters)).toContain('file.inFolder("people")');
			expect(statements(adopted.filters).at(-1)).toBe('!file.inFolder("Templates")');
		});

		it("adopts what the plugin adopts, and nothing when a note's type names something else", () => {
			// The same notes through the plugin's own recognition: each folder, tag and value the base names adopts.
			const recognition = recognised();
			expect(adoptedKind("People/Ann.md", {}, [], recognition)).toBe("contact");
			expect(adoptedKind("Network/Friends/Bo.md", {}, [], recognition)).toBe("contact");
			expect(adoptedKind("Notes/Cy.md", { tags: ["person"] }, [], recognition)).toBe("contact");
			expect(adoptedKind("Notes/Di.md", { categories: ["[[People]]"] }, [], recognition)).toBe("contact");
			expect(adoptedKind("Meetings/2026-11-02 Ann.md", {}, [], recognition)).toBe("interview");
			expect(adoptedKind("People/Book.md", { type: "book" }, [], recognition)).toBeNull();
		});

		it("still reads only properties the plugin reads (the recognised one included)", () => {
			const [contactView, interviewView] = adoptedBase().views.map((v) => v.filters);
			const names = [...statements(contactView), ...statements(interviewView)].flatMap(propertiesIn);
			expect(new Set(names)).toEqual(new Set(["type", "categories"]));
		});
	});

	it("writes a recognised property whose name is not a plain word in brackets, quoted", () => {
		const named = (contactProperty: string) => {
			const texts = { contactFolders: "", contactTags: "", contactProperty, interviewFolders: "", interviewTags: "", interviewProperty: "", personProperty: "" };
			return statements(networkingBase("", recognitionFrom(texts, null)).views[0]?.filters).at(-1);
		};
		expect(named("job-kind: Mentor")).toBe('note["job-kind"].toString().lower().contains("mentor")');
		expect(named("2nd: Mentor")).toBe('note["2nd"].toString().lower().contains("mentor")');
		expect(named("_kind2: [[Mentors]]")).toBe('note._kind2.toString().lower().contains("mentors")');
	});
});
