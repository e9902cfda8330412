import { describe, expect, it } from "vitest";
import { parseNote } from "../../src/domain/parse";
import type { NoteRecord } from "../../src/domain/types";
import { NO_CONTACT, VaultLinks, type LinkListener } from "../../src/index/vault-links";
import { C, I } from "../builders";

/** What the links tell their listener, one line a call: `group key`, `reach path`, `person path`. */
class Calls implements LinkListener {
	list: string[] = [];
	markGroup(key: string): void {
		this.list.push(`group ${key}`);
	}
	markReach(interviewPath: string): void {
		this.list.push(`reach ${interviewPath}`);
	}
	personInterviewsChanged(contactPath: string): void {
		this.list.push(`person ${contactPath}`);
	}
	/** The calls since the last look, then forgets them. */
	take(): string[] {
		const out = this.list;
		this.list = [];
		return out;
	}
}

function record(path: string, fm: Record<string, unknown>): NoteRecord {
	const r = parseNote(path, fm).record;
	if (r === null) throw new Error(`not a record: ${path}`);
	return r;
}

/** Links over a map of records, changed as VaultIndex changes them (out of the map, then detached; into it, then attached). */
function vault(notes: Record<string, Record<string, unknown>>) {
	const records = new Map<string, NoteRecord>();
	for (const [path, fm] of Object.entries(notes)) records.set(path, record(path, fm));
	const calls = new Calls();
	const links = new VaultLinks(records, calls);
	const remove = (path: string) => {
		const old = records.get(path);
		if (!old) return;
		records.delete(path);
		links.detach(old);
	};
	const upsert = (path: string, fm: Record<string, unknown>) => {
		remove(path);
		const r = record(path, fm);
		records.set(path, r);
		links.attach(r);
	};
	return { links, calls, upsert, remove };
}

const problemNotes = (links: VaultLinks) => [...links.problems()].map((p) => p.note);

describe("the first pass over the records", () => {
	it("is not complete before its first step, nor after a step that links no interview", () => {
		const { links } = vault({ "People/Jane.md": C(), "I/a.md": I("Jane") });
		expect(links.complete).toBe(false);
		expect(links.linkStep(0)).toBe(false);
		expect(links.complete).toBe(false);
		expect(links.groupOf("I/a.md")).toBeUndefined();
		expect(links.linkStep()).toBe(true);
		expect(links.complete).toBe(true);
		expect(links.groupOf("I/a.md")).toBe("People/Jane.md");
	});

	it("links at most `limit` interviews a step, contacts not counted, and is complete at the step that finds no more", () => {
		const { links } = vault({ "I/a.md": I("Jane"), "People/Jane.md": C(), "I/b.md": I("Sam"), "I/c.md": I("Jane") });
		expect(links.linkStep(1)).toBe(false);
		expect(["I/a.md", "I/b.md", "I/c.md"].map((p) => links.groupOf(p))).toEqual(["People/Jane.md", undefined, undefined]);
		expect(links.linkStep(1)).toBe(false);
		expect(["I/a.md", "I/b.md", "I/c.md"].map((p) => links.groupOf(p))).toEqual(["People/Jane.md", NO_CONTACT + "I/b.md", undefined]);
		expect(links.linkStep(1)).toBe(false);
		expect(links.complete).toBe(false);
		expect(links.groupOf("I/c.md")).toBe("People/Jane.md");
		expect(links.linkStep(1)).toBe(true);
		expect([...links.members("People/Jane.md")]).toEqual(["I/a.md", "I/c.md"]);
	});

	it("puts an interview whose link names no contact note in a group of its own, in no contact's members", () => {
		const { links } = vault({ "People/Jane.md": C(), "I/a.md": I("Jane"), "I/b.md": I("Sam") });
		links.linkStep();
		expect(links.groupOf("I/b.md")).toBe(NO_CONTACT + "I/b.md");
		expect([...links.members(NO_CONTACT + "I/b.md")]).toEqual([]);
		expect([...links.members("People/Jane.md")]).toEqual(["I/a.md"]);
	});
});

describe("the links, after changes", () => {
	it("resolves a new interview whose link names no contact note to a group of its own: no contact's members, no person's interviews changed", () => {
		const { links, calls, upsert } = vault({ "People/Jane.md": C() });
		links.linkStep();
		upsert("I/b.md", I("Sam"));
		links.resolvePending();
		expect(calls.take()).toEqual(["reach I/b.md", `group ${NO_CONTACT}I/b.md`]);
		expect(links.groupOf("I/b.md")).toBe(NO_CONTACT + "I/b.md");
		expect([...links.members(NO_CONTACT + "I/b.md")]).toEqual([]);
		upsert("I/a.md", I("Jane"));
		links.resolvePending();
		expect(calls.take()).toEqual(["reach I/a.md", "group People/Jane.md", "person People/Jane.md"]);
	});

	it("tells a removed interview's person, but not the group of one that named no contact note, whose group has no person", () => {
		const { links, calls, remove } = vault({ "People/Jane.md": C(), "I/a.md": I("Jane"), "I/b.md": I("Sam") });
		links.linkStep();
		remove("I/b.md");
		expect(calls.take()).toEqual([`group ${NO_CONTACT}I/b.md`, "reach I/b.md"]);
		remove("I/a.md");
		expect(calls.take()).toEqual(["group People/Jane.md", "person People/Jane.md", "reach I/a.md"]);
		expect([...links.members("People/Jane.md")]).toEqual([]);
	});

	it("leaves an interview in its group when a contact changed in place resolves it again to the same person: no person's interviews changed", () => {
		const { links, calls, upsert } = vault({ "People/Jane.md": C(), "I/a.md": I("Jane"), "I/b.md": I("Jane") });
		links.linkStep();
		upsert("People/Jane.md", C({ organization: "Acme" }));
		expect(links.unresolved).toBe(2);
		calls.take();
		links.resolvePending();
		expect(calls.take()).toEqual(["group People/Jane.md", "group People/Jane.md"]);
		expect([...links.members("People/Jane.md")]).toEqual(["I/a.md", "I/b.md"]);
	});

	it("takes a removed interview off its day, and lists one whose date moved under its new day only", () => {
		const { links, remove, upsert } = vault({ "I/a.md": I("Jane", { date: "2026-11-20" }), "I/b.md": I("Sam", { date: "2026-11-20" }), "I/c.md": I("Sam") });
		links.linkStep();
		expect(links.datedFrom("2026-11-19", "2026-11-21")).toEqual(["I/a.md", "I/b.md"]);
		remove("I/a.md");
		remove("I/c.md");
		expect(links.datedFrom("2026-11-19", "2026-11-21")).toEqual(["I/b.md"]);
		upsert("I/b.md", I("Sam", { date: "2026-11-25" }));
		expect(links.datedFrom("2026-11-19", "2026-11-30")).toEqual(["I/b.md"]);
		// A window longer than the days looked up one by one walks the days that have interviews.
		expect(links.datedFrom("2026-01-01", "2026-12-31")).toEqual(["I/b.md"]);
	});

	it("moves the problems' revision on whenever the contact problems change, and only then", () => {
		const { links, upsert, remove } = vault({ "People/Jane.md": C(), "I/a.md": I("Jane"), "I/b.md": I("Sam"), "I/c.md": { type: "interview" } });
		links.linkStep();
		expect(problemNotes(links)).toEqual(["I/b.md", "I/c.md"]);
		let revision = links.problemsRevision;
		expect(revision).toBeGreaterThan(0);

		// Resolved again to the same outcome: a contact note changed in place, one named "Sam" that came and left.
		upsert("People/Jane.md", C({ organization: "Acme" }));
		upsert("People/Sam.md", C());
		remove("People/Sam.md");
		expect(links.unresolved).toBe(2);
		links.resolvePending();
		expect(links.problemsRevision).toBe(revision);
		expect(problemNotes(links)).toEqual(["I/b.md", "I/c.md"]);

		remove("I/b.md");
		expect(problemNotes(links)).toEqual(["I/c.md"]);
		expect(links.problemsRevision).toBeGreaterThan(revision);
		revision = links.problemsRevision;

		upsert("I/d.md", I("Sam"));
		links.resolvePending();
		expect(problemNotes(links)).toEqual(["I/c.md", "I/d.md"]);
		expect(links.problemsRevision).toBeGreaterThan(revision);
		revision = links.problemsRevision;

		upsert("People/Sam.md", C());
		links.resolvePending();
		expect(problemNotes(links)).toEqual(["I/c.md"]);
		expect(links.problemsRevision).toBeGreaterThan(revision);
	});
});
