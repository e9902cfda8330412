import { describe, it, expect } from "vitest";
import matter from "gray-matter";
import { formatList, placeholdersIn, renderTemplate, yamlScalar } from "../../src/domain/template";

describe("renderTemplate", () => {
	it("fills placeholders, ignoring case and spaces inside the braces", () => {
		const r = renderTemplate("Hi {{contact.first-name}}, {{ CONTACT.Name }} at {{\tcontact.organization }}.", {
			"contact.first-name": "Jane",
			"Contact.Name": "Jane Doe",
			"contact.organization": "Acme",
		});
		expect(r).toEqual({ text: "Hi Jane, Jane Doe at Acme.", missing: [], unknown: [] });
	});

	it("leaves a placeholder without a value visible, exactly as written, and names it", () => {
		const r = renderTemplate("Mail {{ contact.email }} or {{contact.phone}}; again {{Contact.Email}}.", {
			"contact.email": null,
			"contact.phone": "   ",
		});
		expect(r.text).toBe("Mail {{ contact.email }} or {{contact.phone}}; again {{Contact.Email}}.");
		expect(r.missing).toEqual(["contact.email", "contact.phone"]);
		expect(r.unknown).toEqual([]);
	});

	it("lists an unknown placeholder as missing and unknown", () => {
		const r = renderTemplate("Dear {{contact.nmae}}", { "contact.name": "Jane" });
		expect(r.text).toBe("Dear {{contact.nmae}}");
		expect(r.missing).toEqual(["contact.nmae"]);
		expect(r.unknown).toEqual(["contact.nmae"]);
	});

	it("treats undefined and an empty list as missing", () => {
		const r = renderTemplate("{{a}} {{b}}", { a: undefined, b: [] });
		expect(r.text).toBe("{{a}} {{b}}");
		expect(r.missing).toEqual(["a", "b"]);
		expect(r.unknown).toEqual([]);
	});

	it("reads lists as a sentence", () => {
		expect(renderTemplate("{{t}}", { t: ["hiring"] }).text).toBe("hiring");
		expect(renderTemplate("{{t}}", { t: ["hiring", "culture"] }).text).toBe("hiring and culture");
		expect(renderTemplate("{{t}}", { t: ["hiring", " ", "culture", "trends"] }).text).toBe("hiring, culture, and trends");
	});

	it("renders a list as bullets with the .list suffix", () => {
		const r = renderTemplate("Topics:\n{{topics.list}}", { topics: ["hiring", "culture"] });
		expect(r.text).toBe("Topics:\n- hiring\n- culture");
		expect(renderTemplate("{{topics.list}}", { topics: [] }).missing).toEqual(["topics.list"]);
		expect(renderTemplate("{{nothing.list}}", {}).unknown).toEqual(["nothing.list"]);
	});

	it("writes a literal {{ for \\{{ and does not fill it", () => {
		const r = renderTemplate("Write \\{{contact.name}} to get {{contact.name}}.", { "contact.name": "Jane" });
		expect(r.text).toBe("Write {{contact.name}} to get Jane.");
		expect(r.missing).toEqual([]);
	});

	it("never expands braces found inside a value", () => {
		const r = renderTemplate("{{a}}", { a: "{{b}}", b: "no" });
		expect(r.text).toBe("{{b}}");
	});

	it("matches value names with the spaces around them dropped", () => {
		expect(renderTemplate("Hi {{contact.name}}", { " Contact.Name ": "Jane" }).text).toBe("Hi Jane");
	});

	it("renders a text value given .list as a single trimmed bullet", () => {
		const r = renderTemplate("Topic:\n{{topic.list}}", { topic: "  hiring  " });
		expect(r).toEqual({ text: "Topic:\n- hiring", missing: [], unknown: [] });
	});

	it("trims list items and drops blank ones, in bullets too", () => {
		expect(renderTemplate("{{t.list}}", { t: [" hiring ", "", "  ", "culture "] }).text).toBe("- hiring\n- culture");
		const blank = renderTemplate("{{t.list}} {{t}}", { t: ["", "  "] });
		expect(blank).toEqual({ text: "{{t.list}} {{t}}", missing: ["t.list", "t"], unknown: [] });
	});

	it("leaves text that is not a placeholder alone", () => {
		const text = "{{}} {{ two words }} {single} }} {{-x}}";
		expect(renderTemplate(text, {}).text).toBe(text);
		expect(renderTemplate(text, {}).missing).toEqual([]);
	});
});

describe("renderTemplate in frontmatter", () => {
	const template = [
		"---",
		"type: contact",
		"organization: {{org}}",
		"email: {{email}}",
		"field: {{fields}}",
		"contact: {{link}}",
		'quoted: "[[{{name}}]]"',
		"single: '{{name}}'",
		"title: Chat with {{name}}",
		"duration: {{minutes}}",
		"date: {{date}}",
		"---",
		"Body {{email}} and {{name}}",
	].join("\n");
	const values = {
		org: 'Acme: "Health" #1',
		email: null,
		fields: ["UX research", "yes"],
		link: "[[Jane O'Neil]]",
		name: "Jane O'Neil",
		minutes: "30",
		date: "2026-11-24T14:30",
	};

	it("keeps the YAML valid and the values intact", () => {
		const r = renderTemplate(template, values);
		const parsed = matter(r.text);
		expect(parsed.data).toEqual({
			type: "contact",
			organization: 'Acme: "Health" #1',
			email: null,
			field: ["UX research", "yes"],
			contact: "[[Jane O'Neil]]",
			quoted: "[[Jane O'Neil]]",
			single: "Jane O'Neil",
			title: "Chat with Jane O'Neil",
			duration: 30,
			date: "2026-11-24T14:30",
		});
		expect(parsed.content).toBe("Body {{email}} and Jane O'Neil");
		expect(r.missing).toEqual(["email"]);
	});

	it("leaves a missing property empty rather than writing placeholder text into it", () => {
		const r = renderTemplate("---\na: {{x}}\nb:\n  - {{x}}\n---\n", {});
		expect(r.text).toBe("---\na:\nb:\n  -\n---\n");
		expect(r.missing).toEqual(["x"]);
		expect(r.unknown).toEqual(["x"]);
	});

	it("writes a list as a block list, under a key or in place of a list item", () => {
		const r = renderTemplate("---\ntopics: {{t}}\nmore:\n  - first\n  - {{t}}\n---\n", { t: ["a", "b: c"] });
		expect(r.text).toBe('---\ntopics:\n  - a\n  - "b: c"\nmore:\n  - first\n  - a\n  - "b: c"\n---\n');
	});

	it("handles Windows line endings", () => {
		const r = renderTemplate("---\r\na: {{x}}\r\nb: {{y}}\r\n---\r\nbody {{x}}\r\n", { x: "1", y: ["p", "q"] });
		expect(r.text).toBe("---\r\na: 1\r\nb:\r\n  - p\r\n  - q\r\n---\r\nbody 1\r\n");
	});

	it("takes a block opened or closed by --- with trailing spaces, or closed at the end of the text", () => {
		expect(renderTemplate("--- \na: {{x}}\n---\nbody", {}).text).toBe("--- \na:\n---\nbody");
		expect(renderTemplate("---\na: {{x}}\n--- \t\nbody", {}).text).toBe("---\na:\n--- \t\nbody");
		expect(renderTemplate("---\na: {{x}}\n---", {}).text).toBe("---\na:\n---");
	});

	it("sees no frontmatter where the text does not open with ---", () => {
		expect(renderTemplate("Intro\n---\na: {{x}}\n---\nbody", {}).text).toBe("Intro\n---\na: {{x}}\n---\nbody");
		expect(renderTemplate("Intro {{x}}\n---\n---\nbody", { x: "Jane" }).text).toBe("Intro Jane\n---\n---\nbody");
		expect(renderTemplate("---{{x}}\n---\n", { x: "Jane" }).text).toBe("---Jane\n---\n");
		expect(renderTemplate("---\n---{{x}}", { x: "Jane" }).text).toBe("---\n---Jane");
	});

	it("keeps an empty frontmatter block and fills the body after it", () => {
		expect(renderTemplate("---\n---\nHi {{x}}", { x: "Jane" })).toEqual({ text: "---\n---\nHi Jane", missing: [], unknown: [] });
	});

	it("quotes a property value that has a double quote at one end only", () => {
		const r = renderTemplate('---\na: "{{x}} said\nb: {{x}} "quoted"\nc: "\n---\n', { x: "Jane" });
		expect(r.text).toBe('---\na: "\\"Jane said"\nb: "Jane \\"quoted\\""\nc: "\n---\n');
	});

	it("quotes a property value that has a single quote at one end only", () => {
		const r = renderTemplate("---\na: '{{x}} said\nb: {{x}} 'quoted'\nc: '\n---\n", { x: "Jane" });
		expect(r.text).toBe("---\na: \"'Jane said\"\nb: Jane 'quoted'\nc: '\n---\n");
	});

	it("writes line breaks in a value inside single quotes as spaces", () => {
		const r = renderTemplate("---\na: '{{x}}'\n---\n", { x: "one\ntwo\r\nthree" });
		expect(r.text).toBe("---\na: 'one two three'\n---\n");
	});

	it("leaves a property without placeholders exactly as written", () => {
		const text = "---\ntags: [a, b]\nflag: yes\n---\n";
		expect(renderTemplate(text, {}).text).toBe(text);
	});
});

describe("yamlScalar", () => {
	it("writes plain text plain and quotes what YAML would misread", () => {
		expect(yamlScalar("UX research")).toBe("UX research");
		expect(yamlScalar("2026-11-24")).toBe("2026-11-24");
		expect(yamlScalar("30")).toBe("30");
		expect(yamlScalar("0612345678")).toBe('"0612345678"');
		expect(yamlScalar("yes")).toBe('"yes"');
		expect(yamlScalar("[[Jane]]")).toBe('"[[Jane]]"');
		expect(yamlScalar("a: b")).toBe('"a: b"');
		expect(yamlScalar("- item")).toBe('"- item"');
		expect(yamlScalar("https://example.com/x")).toBe("https://example.com/x");
		expect(yamlScalar("line\nbreak")).toBe('"line\\nbreak"');
	});

	it("trims the value before choosing", () => {
		expect(yamlScalar("  UX research ")).toBe("UX research");
	});

	it("writes plain digits after a colon and quotes characters outside the plain set after one", () => {
		expect(yamlScalar("https://example.com/jobs/42")).toBe("https://example.com/jobs/42");
		expect(yamlScalar("see:a#b")).toBe('"see:a#b"');
	});
});

describe("formatList and placeholdersIn", () => {
	it("joins lists", () => {
		expect(formatList([])).toBe("");
		expect(formatList(["a", "b", "c", "d"])).toBe("a, b, c, and d");
	});

	it("trims the items and skips blank ones", () => {
		expect(formatList([" a ", "", "  ", "b "])).toBe("a and b");
		expect(formatList([" a", " ", "b", "", "c "])).toBe("a, b, and c");
	});

	it("lists the placeholders a template uses, without escaped ones", () => {
		expect(placeholdersIn("{{A}} {{ b.c }} \\{{d}} {{a}}")).toEqual(["a", "b.c"]);
	});
});
