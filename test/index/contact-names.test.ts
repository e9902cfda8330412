import { describe, expect, it } from "vitest";
import { parseLink } from "../../src/domain/links";
import { ContactNames } from "../../src/index/contact-names";
import { contactNote } from "../builders";

const contact = contactNote;

function table(...paths: string[]): ContactNames {
	const names = new ContactNames();
	for (const p of paths) names.add(contact(p));
	return names;
}

const paths = (names: ContactNames, name: string) => names.named(name).map((c) => c.path);

function resolve(names: ContactNames, text: string): string | null {
	const link = parseLink(text);
	return link ? (names.resolve(link)?.path ?? null) : null;
}

describe("the contacts by name", () => {
	it("keeps one entry per path when a contact is added again, the newer record in place of the older", () => {
		const names = table("People/Jane.md");
		const newer = contact("People/Jane.md", { organization: "Acme" });
		names.add(newer);
		expect(names.named("jane")).toEqual([newer]);
		expect(names.named("jane")[0]).toBe(newer);
		names.add(contact("Archive/Old/Jane.md"));
		names.add(contact("Archive/Old/Jane.md"));
		expect(paths(names, "jane")).toEqual(["People/Jane.md", "Archive/Old/Jane.md"]);
	});

	it("removing a contact keeps the others of the same name, and forgets the name with the last one", () => {
		const names = table("People/Jane.md", "Archive/Old/Jane.md");
		names.remove(contact("Archive/Old/Jane.md"));
		expect(paths(names, "jane")).toEqual(["People/Jane.md"]);
		expect(resolve(names, "[[Jane]]")).toBe("People/Jane.md");
		names.remove(contact("People/Jane.md"));
		expect(names.named("jane")).toEqual([]);
		expect(resolve(names, "[[Jane]]")).toBeNull();
	});

	it("removing a contact it does not hold changes nothing", () => {
		const names = table("People/Jane.md", "Archive/Old/Jane.md");
		names.remove(contact("Elsewhere/Jane.md"));
		names.remove(contact("People/Sam.md"));
		expect(paths(names, "jane")).toEqual(["People/Jane.md", "Archive/Old/Jane.md"]);
		expect(paths(names, "sam")).toEqual([]);
		expect(() => new ContactNames().remove(contact("People/Jane.md"))).not.toThrow();
	});

	it("among paths of the same length, the first in path order wins, whatever order they came in", () => {
		for (const order of [
			["B/Jane.md", "A/Jane.md", "C/Jane.md"],
			["C/Jane.md", "A/Jane.md", "B/Jane.md"],
			["A/Jane.md", "C/Jane.md", "B/Jane.md"],
		]) {
			const names = table(...order);
			expect(paths(names, "jane")).toEqual(["A/Jane.md", "B/Jane.md", "C/Jane.md"]);
			expect(resolve(names, "[[Jane]]")).toBe("A/Jane.md");
		}
	});

	it("resolves a path whose folder or file name holds `.md` before the end", () => {
		const names = table("Notes.md/Jane.md", "People/Jane.mdx.md");
		expect(resolve(names, "[[Notes.md/Jane]]")).toBe("Notes.md/Jane.md");
		expect(resolve(names, "[[People/Jane.mdx]]")).toBe("People/Jane.mdx.md");
	});

	it("forgets every contact when cleared", () => {
		const names = table("People/Jane.md", "People/Sam.md");
		names.clear();
		expect(names.named("jane")).toEqual([]);
		expect(resolve(names, "[[Sam]]")).toBeNull();
		names.add(contact("People/Sam.md"));
		expect(paths(names, "sam")).toEqual(["People/Sam.md"]);
	});
});
