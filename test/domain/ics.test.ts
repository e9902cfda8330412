import fc from "fast-check";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import {
	DEFAULT_PROD_ID,
	escapeText,
	conversationUid,
	fnv1a64,
	foldLine,
	followUpsToIcs,
	followUpSummary,
	followUpUid,
	icsCalendar,
	nextDay,
	unfoldLines,
} from "../../src/domain/ics";
import type { Conversation, FollowUp } from "../../src/domain/types";
import { runs } from "../property-runs";

const TODAY = "2026-11-22";
const encoder = new TextEncoder();

function fu(partial: Partial<FollowUp> & Pick<FollowUp, "kind" | "due" | "note">): FollowUp {
	return { contact: "Networking/Contacts/Jane Doe.md", title: "Send a thank-you to Jane Doe", person: "Jane Doe", ...partial };
}

const FOLLOW_UPS: FollowUp[] = [
	fu({ kind: "thank-you", due: "2026-11-24", note: "Networking/Interviews/2026-11-22 Jane Doe.md" }),
	fu({ kind: "confirm", due: "2026-11-30", note: "Networking/Interviews/2026-12-01 Priya Shah.md", contact: "Networking/Contacts/Priya Shah.md", person: "Priya Shah", title: "Confirm the time with Priya Shah" }),
	fu({ kind: "nudge", due: "2026-11-20", note: "Networking/Interviews/Request Sam Lee.md", contact: "Networking/Contacts/Sam Lee.md", person: "Sam Lee", title: "Nudge Sam Lee about your request" }),
	fu({ kind: "reach-out", due: "2026-11-29", note: "Networking/Interviews/2026-11-22 Jane Doe.md", contact: null, person: "Kim Park", target: "Kim Park", title: "Reach out to Kim Park (suggested by Jane Doe)" }),
	fu({ kind: "reach-out", due: "2026-11-29", note: "Networking/Interviews/2026-11-22 Jane Doe.md", contact: "People/Omar Ali.md", person: "Omar Ali", target: "Omar Ali", title: "Reach out to Omar Ali (suggested by Jane Doe)" }),
	fu({ kind: "thank-referrer", due: "2026-11-24", note: "Networking/Interviews/2026-11-22 Jane Doe.md", title: "Thank Sam Lee for the introduction to Jane Doe" }),
	fu({ kind: "keep-in-touch", due: "2026-12-31", note: "Networking/Contacts/José Ñúñez.md", contact: "Networking/Contacts/José Ñúñez.md", person: "José Ñúñez", title: "Keep in touch with José Ñúñez" }),
];

function physicalLines(ics: string): string[] {
	expect(ics.endsWith("\r\n")).toBe(true);
	const lines = ics.slice(0, -2).split("\r\n");
	for (const line of lines) {
		expect(line).not.toMatch(/[\r\n]/);
		expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
	}
	return lines;
}

function events(ics: string): ICAL.Event[] {
	const cal = new ICAL.Component(ICAL.parse(ics));
	return cal.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
}

describe("followUpsToIcs", () => {
	// Built inside each test: Stryker switches a mutant on after the file is collected, so a calendar
	// built here in the describe body would always come from the real code.
	const calendar = () => followUpsToIcs(FOLLOW_UPS, { today: TODAY, vaultName: "Job search" });

	it("is a valid VCALENDAR with CRLF line ends", () => {
		const ics = calendar();
		const lines = physicalLines(ics);
		expect(lines.slice(0, 6)).toEqual([
			"BEGIN:VCALENDAR",
			"VERSION:2.0",
			`PRODID:${DEFAULT_PROD_ID}`,
			"CALSCALE:GREGORIAN",
			"METHOD:PUBLISH",
			"X-WR-CALNAME:Informational interviews (Job search)",
		]);
		expect(lines.at(-1)).toBe("END:VCALENDAR");
		expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
		const cal = new ICAL.Component(ICAL.parse(ics));
		expect(cal.getFirstPropertyValue("version")).toBe("2.0");
		expect(cal.getFirstPropertyValue("prodid")).toBe(DEFAULT_PROD_ID);
	});

	it("has one all-day event per follow-up on its due day, parsed back by ical.js", () => {
		const ics = calendar();
		const evs = events(ics);
		expect(evs).toHaveLength(FOLLOW_UPS.length);
		const thankYou = evs.find((e) => e.summary === "Thank-you to Jane Doe");
		expect(thankYou).toBeDefined();
		expect(thankYou!.startDate.isDate).toBe(true);
		expect(thankYou!.startDate.toString()).toBe("2026-11-24");
		expect(thankYou!.endDate.toString()).toBe("2026-11-25");
		expect(thankYou!.description).toContain("Note: Networking/Interviews/2026-11-22 Jane Doe.md");
		expect(thankYou!.uid).toMatch(/^thank-you-[0-9a-f]{16}@informational-interviews$/);
		expect(evs.map((e) => e.summary)).toEqual([
			"Nudge Sam Lee",
			"Thank-you to Jane Doe",
			"Thank Sam Lee for the introduction to Jane Doe",
			"Reach out to Kim Park",
			"Reach out to Omar Ali",
			"Confirm with Priya Shah",
			"Keep in touch with José Ñúñez",
		]);
		const kit = evs.at(-1)!;
		expect(kit.startDate.toString()).toBe("2026-12-31");
		expect(kit.endDate.toString()).toBe("2027-01-01");
		expect(kit.component.getFirstPropertyValue("dtstamp")?.toString()).toBe("2026-11-22T00:00:00Z");
		expect(kit.component.getFirstPropertyValue("url")).toBe("obsidian://open?vault=Job%20search&file=Networking%2FContacts%2FJos%C3%A9%20%C3%91%C3%BA%C3%B1ez");
		expect(new Set(evs.map((e) => e.uid)).size).toBe(evs.length);
	});

	it("shows follow-ups as free time: a reminder never blocks the day", () => {
		const evs = events(calendar());
		expect(evs.map((e) => e.component.getFirstPropertyValue("transp"))).toEqual(FOLLOW_UPS.map(() => "TRANSPARENT"));
	});

	it("names the contact in the description only when it is another note than the follow-up's own", () => {
		const evs = events(calendar());
		// Keeping in touch lives in the contact's own note: "Contact:" would repeat "Note:".
		expect(evs.at(-1)!.description).toBe("Keep in touch with José Ñúñez\nNote: Networking/Contacts/José Ñúñez.md");
		expect(evs.find((e) => e.summary === "Confirm with Priya Shah")!.description).toContain("\nContact: Networking/Contacts/Priya Shah.md");
	});

	it("writes exact DTSTART/DTEND lines", () => {
		const ics = calendar();
		expect(ics).toContain("\r\nDTSTART;VALUE=DATE:20261124\r\nDTEND;VALUE=DATE:20261125\r\n");
		expect(ics).toContain("\r\nDTSTAMP:20261122T000000Z\r\n");
	});

	it("is deterministic: same bytes whatever the input order", () => {
		const ics = calendar();
		const reversed = followUpsToIcs([...FOLLOW_UPS].reverse(), { today: TODAY, vaultName: "Job search" });
		expect(reversed).toBe(ics);
	});

	it("keeps UIDs when the due date or today changes", () => {
		const ics = calendar();
		const moved = FOLLOW_UPS.map((f) => ({ ...f, due: nextDay(nextDay(f.due)) }));
		const later = followUpsToIcs(moved, { today: "2027-03-01" });
		const uids = (text: string) => events(text).map((e) => e.uid).sort();
		expect(uids(later)).toEqual(uids(ics));
		for (const f of FOLLOW_UPS) expect(followUpUid({ ...f, due: "2030-01-01", title: "other" })).toBe(followUpUid(f));
	});

	it("gives different follow-ups different UIDs", () => {
		const base = FOLLOW_UPS[0]!;
		const uids = new Set([
			followUpUid(base),
			followUpUid({ ...base, kind: "thank-referrer" }),
			followUpUid({ ...base, note: "Networking/Interviews/Other.md" }),
			followUpUid({ ...base, kind: "reach-out", target: "Kim Park" }),
			followUpUid({ ...base, kind: "reach-out", target: "Omar Ali" }),
		]);
		expect(uids.size).toBe(5);
		// A suggested person who later gets a contact note keeps the same UID.
		const withoutNote = { ...base, kind: "reach-out" as const, contact: null, target: "Kim Park" };
		expect(followUpUid({ ...withoutNote, contact: "People/Kim Park.md", target: "People/Kim Park" })).toBe(followUpUid(withoutNote));
	});

	it("never repeats a UID even if the input has duplicates", () => {
		const base = FOLLOW_UPS[0]!;
		const evs = events(followUpsToIcs([base, { ...base }], { today: TODAY }));
		expect(evs).toHaveLength(2);
		expect(new Set(evs.map((e) => e.uid)).size).toBe(2);
	});

	it("folds long summaries with emoji and accents at 75 octets and ical.js reads them whole", () => {
		const person = "Zoë Ñúñez-Øberg 🚀🎉 王小明, \"Dr.\"; über-long name ".repeat(4).trim();
		const f = fu({ kind: "thank-you", due: "2026-11-24", note: `Networking/Interviews/${person}.md`, person, title: `Send a thank-you to ${person}` });
		const text = followUpsToIcs([f], { today: TODAY, vaultName: "Ünïcode 🗂" });
		const lines = physicalLines(text);
		expect(lines.some((l) => l.startsWith(" "))).toBe(true);
		const [ev] = events(text);
		expect(ev?.summary).toBe(`Thank-you to ${person}`);
		expect(ev?.description).toBe(`Send a thank-you to ${person}\nNote: Networking/Interviews/${person}.md\nContact: Networking/Contacts/Jane Doe.md`);
	});

	it("escapes text and ical.js reads the original back", () => {
		const person = "Back\\slash; semi, comma\nnew line";
		const f = fu({ kind: "confirm", due: "2026-11-24", note: "N.md", contact: null, person, title: "Confirm" });
		const text = followUpsToIcs([f], { today: TODAY });
		expect(text).toContain("SUMMARY:Confirm with Back\\\\slash\\; semi\\, comma\\nnew line\r\n");
		expect(events(text)[0]?.summary).toBe(`Confirm with ${person}`);
	});

	it("writes an empty but well-formed calendar when there is nothing to do", () => {
		const text = followUpsToIcs([], { today: TODAY, prodId: "-//Test//EN" });
		expect(text).toBe("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nX-WR-CALNAME:Informational interviews\r\nEND:VCALENDAR\r\n");
		expect(events(text)).toEqual([]);
	});

	it("skips a follow-up whose due date is not a calendar day", () => {
		expect(events(followUpsToIcs([fu({ kind: "thank-you", due: "2026-02-30", note: "x.md" })], { today: TODAY }))).toEqual([]);
	});

	it("skips a due day with more than a date around it", () => {
		for (const due of ["12026-11-24", "2026-11-241"]) {
			expect(events(followUpsToIcs([fu({ kind: "thank-you", due, note: "x.md" })], { today: TODAY }))).toEqual([]);
		}
	});

	it("numbers a repeated UID before its domain: -2, then -3", () => {
		const base = FOLLOW_UPS[0]!;
		const uid = followUpUid(base);
		const evs = events(followUpsToIcs([base, { ...base }, { ...base }], { today: TODAY }));
		expect(evs.map((e) => e.uid)).toEqual([uid, uid.replace("@", "-2@"), uid.replace("@", "-3@")]);
		expect(uid.replace("@", "-2@")).toMatch(/^thank-you-[0-9a-f]{16}-2@informational-interviews$/);
	});

	it("writes no URL without a vault name", () => {
		const text = followUpsToIcs([FOLLOW_UPS[0]!], { today: TODAY });
		expect(events(text)).toHaveLength(1);
		expect(text).not.toContain("URL:");
	});

	it("links the note without its final .md only", () => {
		const f = fu({ kind: "thank-you", due: "2026-11-24", note: "Notes/a.md b.MD" });
		const [ev] = events(followUpsToIcs([f], { today: TODAY, vaultName: "V" }));
		expect(ev?.component.getFirstPropertyValue("url")).toBe("obsidian://open?vault=V&file=Notes%2Fa.md%20b");
	});

	it("stamps 1970-01-01 when today is no calendar day", () => {
		const text = followUpsToIcs([FOLLOW_UPS[0]!], { today: "2026-02-30" });
		expect(text).toContain("\r\nDTSTAMP:19700101T000000Z\r\n");
	});

	it("moves an overdue follow-up to today when asked, but never one whose due day is no calendar day", () => {
		const overdue = fu({ kind: "thank-you", due: "2026-11-20", note: "a.md", contact: null, title: " Send a thank-you " });
		const invalid = fu({ kind: "thank-you", due: "2026-02-30", note: "b.md" });
		const out = icsCalendar([overdue, invalid], { today: TODAY, overdueOnToday: true });
		expect(out.written).toBe(1);
		expect(out.skipped).toEqual([invalid]);
		const [ev] = events(out.ics);
		expect(ev?.startDate.toString()).toBe(TODAY);
		expect(ev?.description).toBe("Send a thank-you\nDue 2026-11-20 (overdue)\nNote: a.md");
	});
});

/** The lines of a calendar's only event, unfolded. */
function onlyEvent(ics: string): string[] {
	const lines = unfoldLines(ics).split("\r\n");
	const begin = lines.indexOf("BEGIN:VEVENT");
	expect(lines.lastIndexOf("BEGIN:VEVENT")).toBe(begin);
	return lines.slice(begin, lines.indexOf("END:VEVENT") + 1);
}

function talk(partial: Partial<Conversation> & Pick<Conversation, "note">): Conversation {
	return { date: "2026-12-01", time: null, contact: null, format: null, location: null, duration: null, person: "Priya Shah", ...partial };
}

describe("conversations", () => {
	it("writes a timed conversation at its floating local time, trimmed, with its contact, format, place and link", () => {
		const c = talk({
			note: "Networking/Interviews/2026-12-01 Priya Shah.md",
			time: "09:30",
			contact: "Networking/Contacts/Priya Shah.md",
			format: " video ",
			location: " Café Luna ",
			person: " Priya Shah ",
		});
		const out = icsCalendar([], { today: TODAY, vaultName: "Job search" }, [c]);
		expect(out.conversations).toBe(1);
		expect(onlyEvent(out.ics)).toEqual([
			"BEGIN:VEVENT",
			"UID:conversation-7ea06d8d9fe62e5a@informational-interviews",
			"DTSTAMP:20261122T000000Z",
			"DTSTART:20261201T093000",
			"DURATION:PT30M",
			"SUMMARY:Informational interview with Priya Shah",
			"LOCATION:Café Luna",
			"DESCRIPTION:Note: Networking/Interviews/2026-12-01 Priya Shah.md\\nContact: Networking/Contacts/Priya Shah.md\\nFormat: video",
			"TRANSP:OPAQUE",
			"URL:obsidian://open?vault=Job%20search&file=Networking%2FInterviews%2F2026-12-01%20Priya%20Shah",
			"END:VEVENT",
		]);
	});

	it("writes a conversation without a time all day, and leaves out a blank place, format and name, and a missing contact", () => {
		const c = talk({ note: "b.md", date: "2026-12-02", format: "  ", location: "  ", person: "  " });
		expect(onlyEvent(icsCalendar([], { today: TODAY }, [c]).ics)).toEqual([
			"BEGIN:VEVENT",
			`UID:${conversationUid(c)}`,
			"DTSTAMP:20261122T000000Z",
			"DTSTART;VALUE=DATE:20261202",
			"DTEND;VALUE=DATE:20261203",
			"SUMMARY:Informational interview with your contact",
			"DESCRIPTION:Note: b.md",
			"TRANSP:OPAQUE",
			"END:VEVENT",
		]);
	});

	it("writes a conversation all day when its time is not exactly HH:mm", () => {
		for (const time of ["110:30", "10:305"]) {
			const lines = onlyEvent(icsCalendar([], { today: TODAY }, [talk({ note: "c.md", time })]).ics);
			expect(lines.slice(3, 5)).toEqual(["DTSTART;VALUE=DATE:20261201", "DTEND;VALUE=DATE:20261202"]);
		}
	});

	it("takes its UID from the note alone", () => {
		expect(conversationUid(talk({ note: "Networking/Interviews/2026-12-01 Priya Shah.md" }))).toBe("conversation-7ea06d8d9fe62e5a@informational-interviews");
		expect(conversationUid(talk({ note: "b.md", date: "2027-01-05", time: "10:00", person: "Other" }))).toBe(conversationUid(talk({ note: "b.md" })));
	});
});

describe("summaries", () => {
	it("reads like a to-do", () => {
		const f = (kind: FollowUp["kind"], extra: Partial<FollowUp> = {}) => followUpSummary(fu({ kind, due: TODAY, note: "n.md", ...extra }));
		expect(f("thank-you")).toBe("Thank-you to Jane Doe");
		expect(f("confirm")).toBe("Confirm with Jane Doe");
		expect(f("nudge")).toBe("Nudge Jane Doe");
		expect(f("nudge", { closeRequest: true })).toBe("Close the request to Jane Doe?");
		expect(f("reach-out", { person: "Priya Shah" })).toBe("Reach out to Priya Shah");
		expect(f("keep-in-touch")).toBe("Keep in touch with Jane Doe");
		expect(f("thank-referrer", { title: "Thank Sam Lee for the introduction to Jane Doe" })).toBe("Thank Sam Lee for the introduction to Jane Doe");
	});

	it("names the person trimmed, or \"your contact\" when the name is blank", () => {
		const f = (person: string) => followUpSummary(fu({ kind: "thank-you", due: TODAY, note: "n.md", person }));
		expect(f("  Jane Doe  ")).toBe("Thank-you to Jane Doe");
		expect(f("   ")).toBe("Thank-you to your contact");
	});

	it("keeps a suggested person's UID as earlier versions wrote it (the name in lower case), so a new export updates the same event", () => {
		const f = fu({ kind: "reach-out", due: TODAY, note: "Networking/Interviews/2026-11-22 Jane Doe.md", contact: null, person: "Kim Park", target: "Kim Park" });
		expect(followUpUid(f)).toBe("reach-out-e40487f71b420e33@informational-interviews");
		expect(followUpUid({ ...f, target: "KIM PARK" })).toBe(followUpUid(f));
	});

	it("gives a suggested person the same UID whatever blanks surround the name", () => {
		const f = fu({ kind: "reach-out", due: TODAY, note: "n.md", contact: null, person: "Kim Park", target: "Kim Park" });
		expect(followUpUid({ ...f, target: " Kim Park  " })).toBe(followUpUid(f));
	});
});

describe("helpers", () => {
	it("escapes TEXT", () => {
		expect(escapeText("a\\b;c,d\r\ne\nf\rg\u0001h\ti")).toBe("a\\\\b\\;c\\,d\\ne\\nf\\ng" + "h\ti");
	});

	it("computes the next calendar day without a time zone", () => {
		expect(nextDay("2026-11-24")).toBe("2026-11-25");
		expect(nextDay("2026-12-31")).toBe("2027-01-01");
		expect(nextDay("2024-02-28")).toBe("2024-02-29");
		expect(nextDay("2023-02-28")).toBe("2023-03-01");
		expect(nextDay("2026-03-08")).toBe("2026-03-09");
	});

	it("hashes with 64-bit FNV-1a", () => {
		expect(fnv1a64("")).toBe("cbf29ce484222325");
		expect(fnv1a64("a")).toBe("af63dc4c8601ec8c");
		expect(fnv1a64("foobar")).toBe("85944171f73967e8");
		expect(fnv1a64("x0")).toBe("08f10807b58d7275");
	});

	it("folds a line only past 75 octets: 75 stay on one line", () => {
		expect(foldLine("x".repeat(75))).toBe("x".repeat(75));
		expect(foldLine("x".repeat(76))).toBe(`${"x".repeat(75)}\r\n x`);
		// "é" is two octets: 74 + 2 would make 76.
		expect(foldLine(`${"x".repeat(73)}é`)).toBe(`${"x".repeat(73)}é`);
		expect(foldLine(`${"x".repeat(74)}é`)).toBe(`${"x".repeat(74)}\r\n é`);
	});

	it("unfolds a CRLF followed by one space or tab, and nothing else", () => {
		expect(unfoldLines("SUMMARY:ab\r\n cd\r\n\tef\r\nX:y\r\n")).toBe("SUMMARY:abcdef\r\nX:y\r\n");
	});

	it("property: folding keeps every line within 75 octets and unfolding restores it", () => {
		fc.assert(
			fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), fc.constantFrom("SUMMARY:", "DESCRIPTION:", "X:"), (text, name) => {
				const line = name + escapeText(text);
				const folded = foldLine(line);
				for (const physical of folded.split("\r\n")) {
					expect(encoder.encode(physical).length).toBeLessThanOrEqual(75);
				}
				folded.split("\r\n").slice(1).forEach((l) => expect(l.startsWith(" ")).toBe(true));
				expect(unfoldLines(folded)).toBe(line);
				// No physical line starts or ends inside a character.
				expect(folded).not.toMatch(/[\ud800-\udfff]/u);
			}),
			{ numRuns: runs(1000) },
		);
	});

	it("property: any summary survives a round trip through ical.js", () => {
		fc.assert(
			fc.property(fc.string({ unit: "grapheme", minLength: 1, maxLength: 120 }), (person) => {
				const f = fu({ kind: "keep-in-touch", due: "2026-11-24", note: "n.md", person });
				const text = followUpsToIcs([f], { today: TODAY });
				physicalLines(text);
				// eslint-disable-next-line no-control-regex
				const expected = `Keep in touch with ${person.trim() || "your contact"}`.replace(/\r\n|\r/g, "\n").replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "");
				expect(events(text)[0]?.summary).toBe(expected);
			}),
			{ numRuns: runs(300) },
		);
	});
});
