import { beforeEach, describe, expect, it } from "vitest";
import { baseName } from "../../src/domain/links";
import type { Contact, LinkRef } from "../../src/domain/types";
import { ContactNames } from "../../src/index/contact-names";
import { DailyMentions } from "../../src/index/daily-mentions";
import { contactNote } from "../builders";

const TODAY = "2026-11-22";

const contact = (path: string): Contact => contactNote(path);

const refs = (...targets: string[]): LinkRef[] => targets.map((target) => ({ target, display: baseName(target) }));
const daily = (day: string) => `Daily/${day}.md`;

// Built before each test, not when the file loads: Stryker switches a mutant on after the file is
// collected, so a value built here at the top would always come from the real code (docs/mutation.md).
let jane: Contact;
let names: ContactNames;
beforeEach(() => {
	jane = contact("People/Jane.md");
	names = new ContactNames();
	for (const c of [jane, contact("Archive/Old/Jane.md"), contact("People/Sam.md")]) names.add(c);
});
const resolve = (link: LinkRef) => names.resolve(link);

/** A table of the daily notes given, in that order: day and link targets. */
function mentions(...notes: [string, string[]][]): DailyMentions {
	const m = new DailyMentions();
	for (const [day, targets] of notes) m.set(daily(day), day, refs(...targets));
	return m;
}

describe("daily notes' mentions of contacts", () => {
	it("gives the link names a daily note uses, with those it used before, and none for a note it does not hold", () => {
		const m = new DailyMentions();
		expect(m.set(daily("2026-11-10"), "2026-11-10", refs("Jane", "People/Sam"))).toEqual(["jane", "sam"]);
		expect(m.set(daily("2026-11-10"), "2026-11-10", refs("Ana"))).toEqual(["jane", "sam", "ana"]);
		expect(m.remove(daily("2026-11-11"))).toEqual([]);
		expect(m.remove(daily("2026-11-10"))).toEqual(["ana"]);
		expect(m.remove(daily("2026-11-10"))).toEqual([]);
	});

	it("finds the latest mention, whatever order the daily notes came in", () => {
		expect(mentions(["2026-11-10", ["Jane"]], ["2026-11-20", ["Jane"]], ["2026-11-15", ["Jane"]]).lastMention(jane, TODAY, resolve)).toBe("2026-11-20");
		expect(mentions(["2026-11-20", ["Jane"]], ["2026-11-10", ["Jane"]], ["2026-11-15", ["Jane"]]).lastMention(jane, TODAY, resolve)).toBe("2026-11-20");
	});

	it("counts a mention today, but none after today", () => {
		expect(mentions(["2026-11-10", ["Jane"]], [TODAY, ["Jane"]]).lastMention(jane, TODAY, resolve)).toBe(TODAY);
		expect(mentions(["2026-11-23", ["Jane"]], ["2026-11-10", ["Jane"]]).lastMention(jane, TODAY, resolve)).toBe("2026-11-10");
	});

	it("counts a daily note that links to the contact among other links", () => {
		expect(mentions(["2026-11-10", ["People/Sam", "Jane", "Ana"]]).lastMention(jane, TODAY, resolve)).toBe("2026-11-10");
	});

	it("leaves out a link of the same name that resolves to another contact or to none", () => {
		const m = mentions(["2026-11-20", ["Old/Jane"]], ["2026-11-21", ["Elsewhere/Jane"]], ["2026-11-10", ["People/Jane"]]);
		expect(m.lastMention(jane, TODAY, resolve)).toBe("2026-11-10");
		expect(m.lastMention(contact("Archive/Old/Jane.md"), TODAY, resolve)).toBe("2026-11-20");
	});

	it("keeps the other daily notes' mentions of a name when one of them is removed", () => {
		const m = mentions(["2026-11-10", ["Jane"]], ["2026-11-20", ["Jane"]]);
		m.remove(daily("2026-11-20"));
		expect(m.lastMention(jane, TODAY, resolve)).toBe("2026-11-10");
		m.remove(daily("2026-11-10"));
		expect(m.lastMention(jane, TODAY, resolve)).toBeNull();
	});

	it("forgets every daily note when cleared", () => {
		const m = mentions(["2026-11-10", ["Jane"]]);
		m.clear();
		expect(m.lastMention(jane, TODAY, resolve)).toBeNull();
		expect(m.remove(daily("2026-11-10"))).toEqual([]);
	});
});
