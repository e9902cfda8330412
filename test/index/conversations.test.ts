import { describe, expect, it } from "vitest";
import { conversations, conversationsSoon, nextConversation } from "../../src/index/conversations";
import { build, C, I } from "../builders";

const TODAY = "2026-11-22";

describe("conversations", () => {
	const index = build({
		"People/Jane.md": C(),
		"People/Old.md": C({ status: "archived" }),
		"People/Sam.md": C({ "snooze-until": "2026-12-31" }),
		"I/a.md": I("Jane", { status: "scheduled", date: "2026-11-22T16:00", format: "video", location: "https://meet.example.org/a", duration: 45 }),
		"I/b.md": I("Sam", { date: "2026-11-22" }),
		"I/c.md": I("Jane", { status: "Scheduled", date: "2026-11-22 09:30:15+02:00" }),
		"I/d.md": I("Nobody", { date: "2026-11-23T10:00", location: ["not", "text"] }),
		"I/e.md": I("Jane", { status: "scheduled", date: "2026-12-06" }),
		"I/f.md": I("Jane", { status: "scheduled", date: "2026-12-07" }),
		"I/g.md": I("Jane", { status: "scheduled", date: "2026-11-21T18:00" }),
		"I/h.md": I("Old", { status: "scheduled", date: "2026-11-23" }),
		"I/i.md": I("Jane", { status: "done", date: "2026-11-24" }),
		"I/j.md": I("Jane", { status: "requested", date: "2026-11-24" }),
		"I/k.md": I("Jane", { status: "maybe", date: "2026-11-24" }),
	});

	it("lists scheduled and status-less interviews from today through the horizon, in order", () => {
		expect(conversations(index, TODAY, 14).map((c) => `${c.date} ${c.time ?? "-"} ${c.note}`)).toEqual([
			"2026-11-22 - I/b.md",
			"2026-11-22 09:30 I/c.md",
			"2026-11-22 16:00 I/a.md",
			"2026-11-23 10:00 I/d.md",
			"2026-12-06 - I/e.md",
		]);
	});
	it("says where and how, and names the contact note (null when there is none)", () => {
		const [, , a, d] = conversations(index, TODAY, 14);
		expect(a).toEqual({
			date: "2026-11-22",
			time: "16:00",
			note: "I/a.md",
			contact: "People/Jane.md",
			format: "video",
			location: "https://meet.example.org/a",
			duration: 45,
			person: "Jane",
		});
		expect(d).toMatchObject({ contact: null, location: null, duration: null, person: "Nobody" });
		expect(index.problems().filter((p) => p.note === "I/d.md").map((p) => p.property)).toEqual(["contact", "location"]);
	});
	it("gives the view today's and tomorrow's, and the status bar the next one today", () => {
		expect(conversationsSoon(index, TODAY).map((c) => c.note)).toEqual(["I/b.md", "I/c.md", "I/a.md", "I/d.md"]);
		expect(nextConversation(index, TODAY, "09:00")?.note).toBe("I/c.md");
		expect(nextConversation(index, TODAY, "09:31")?.note).toBe("I/a.md");
		expect(nextConversation(index, TODAY, "16:00")?.note).toBe("I/a.md");
		expect(nextConversation(index, TODAY, "16:01")?.note).toBe("I/b.md");
		expect(nextConversation(build({ "I/a.md": I("Jane", { date: "2026-11-22T08:00" }) }), TODAY, "09:00")).toBeNull();
	});
	it("does not take tomorrow's conversations for the next one today", () => {
		const ix = build({
			"People/Jane.md": C(),
			"I/a.md": I("Jane", { date: "2026-11-22T08:00" }),
			"I/b.md": I("Jane", { date: "2026-11-23T18:00" }),
			"I/c.md": I("Jane", { date: "2026-11-23" }),
		});
		expect(conversationsSoon(ix, TODAY).map((c) => c.note)).toEqual(["I/a.md", "I/c.md", "I/b.md"]);
		expect(nextConversation(ix, TODAY, "09:00")).toBeNull();
		expect(nextConversation(ix, TODAY, "07:00")?.note).toBe("I/a.md");
	});
	it("works today's and tomorrow's out again after any change of the index, or on another day", () => {
		const ix = build({ "People/Jane.md": C(), "I/a.md": I("Jane", { date: "2026-11-22T16:00" }) });
		const first = conversationsSoon(ix, TODAY);
		expect(conversationsSoon(ix, TODAY)).toBe(first); // asked again, nothing changed: the same list
		ix.upsert("I/b.md", { type: "interview", contact: "[[Jane]]", date: "2026-11-23T09:00" });
		expect(conversationsSoon(ix, TODAY).map((c) => c.note)).toEqual(["I/a.md", "I/b.md"]);
		expect(nextConversation(ix, TODAY, "17:00")).toBeNull();
		expect(nextConversation(ix, "2026-11-23", "08:00")?.note).toBe("I/b.md");
		expect(conversationsSoon(ix, "2026-11-23").map((c) => c.note)).toEqual(["I/b.md"]);
		ix.remove("I/b.md");
		expect(conversationsSoon(ix, TODAY).map((c) => c.note)).toEqual(["I/a.md"]);
	});
});
