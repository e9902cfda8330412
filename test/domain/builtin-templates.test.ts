import { describe, it, expect } from "vitest";
import matter from "gray-matter";
import {
	BUILTIN_TEMPLATES,
	builtinTemplate,
	parseTemplateFile,
	renderDraft,
	resolveTemplate,
	templateFileText,
	templateForFileName,
} from "../../src/domain/builtin-templates";
import type { TemplateId } from "../../src/domain/builtin-templates";
import { PLACEHOLDERS, buildMessageValues } from "../../src/domain/message-context";
import { parseNote } from "../../src/domain/parse";
import { pickQuestions, renderQuestionChecklist } from "../../src/domain/questions";
import { placeholdersIn } from "../../src/domain/template";
import type { Contact, Interview } from "../../src/domain/types";

const settings = { myName: "Alex Morgan", pitch: "I am a psychology graduate moving into UX research.", today: "2026-11-22" };
const known = new Set(PLACEHOLDERS.map((p) => p.name));

const contact: Contact = {
	kind: "contact",
	path: "Networking/Contacts/Jane Doe.md",
	name: "Jane Doe",
	snoozeUntil: null,
	unreadable: new Set(),
	organization: "Acme Health",
	role: "Research lead",
	fields: ["UX research"],
	email: "jane@example.com",
	phone: null,
	linkedin: null,
	relationship: "referral",
	referredBy: { target: "Sam Lee", display: "Sam Lee" },
	lastContact: null,
	keepInTouch: null,
	status: "active",
	level: null,
};

const interview: Interview = {
	kind: "interview",
	path: "Networking/Interviews/2026-11-24 Jane Doe.md",
	name: "2026-11-24 Jane Doe",
	snoozeUntil: null,
	unreadable: new Set(),
	contact: { target: "Jane Doe", display: "Jane Doe" },
	status: "done",
	statusUnknown: false,
	requested: "2026-11-09",
	date: "2026-11-24",
	time: "14:30",
	format: "video call",
	duration: 30,
	location: null,
	created: null,
	prepared: false,
	confirmed: "2026-11-23",
	thankYouSent: null,
	referrerThanked: null,
	nudged: null,
	nudges: 0,
	topics: ["career paths", "hiring"],
	notPursued: [],
	referrals: [{ target: "Ann Park", display: "Ann Park" }],
};

describe("the built-in templates", () => {
	it("have unique ids and file names, and messages have subjects", () => {
		expect(new Set(BUILTIN_TEMPLATES.map((t) => t.id)).size).toBe(BUILTIN_TEMPLATES.length);
		expect(new Set(BUILTIN_TEMPLATES.map((t) => t.fileName.toLowerCase())).size).toBe(BUILTIN_TEMPLATES.length);
		for (const t of BUILTIN_TEMPLATES) {
			expect(t.fileName.endsWith(".md")).toBe(true);
			expect(t.label.slice(1)).toBe(t.label.slice(1).toLowerCase().replace(/\bi\b/g, "I"));
			if (t.kind === "message") {
				expect(t.subject, t.id).toBeTruthy();
				expect(t.sentProperty, t.id).toBeTruthy();
			} else expect(t.subject).toBeNull();
		}
		expect(BUILTIN_TEMPLATES.map((t) => t.id).sort()).toEqual(
			["outreach", "nudge", "confirm", "thank-you", "thank-referrer", "keep-in-touch", "landed", "contact-note", "interview-note"].sort(),
		);
	});

	it("use only documented placeholders", () => {
		for (const t of BUILTIN_TEMPLATES) {
			for (const name of placeholdersIn(`${t.subject ?? ""}\n${t.body}`)) expect(known.has(name.replace(/\.list$/, "")), `${t.id}: ${name}`).toBe(true);
		}
	});

	it("name whom a message goes to and what Mark as sent records", () => {
		expect(builtinTemplate("thank-referrer").recipient).toBe("referrer");
		expect(builtinTemplate("thank-you").sentProperty).toBe("thank-you-sent");
	});

	it("have no template for an id they do not know", () => {
		expect(() => builtinTemplate("farewell" as TemplateId)).toThrow('No built-in template "farewell"');
	});

	it("are found by the file name a user overrides them with", () => {
		expect(templateForFileName("Templates/thank-you.MD")?.id).toBe("thank-you");
		expect(templateForFileName("Interview note")?.id).toBe("interview-note");
		expect(templateForFileName("Other.md")).toBeNull();
		expect(templateForFileName("Templates/ Thank-you .md")?.id).toBe("thank-you");
	});

	it("ask for about thirty minutes, information rather than a job, at their choice of time and format", () => {
		const body = builtinTemplate("outreach").body;
		expect(body).toContain("Could you spare {{call-length}}");
		expect(renderDraft(builtinTemplate("outreach"), buildMessageValues({ contact, settings })).body).toContain("Could you spare about thirty minutes");
		expect(body).toMatch(/not asking about job openings/);
		expect(body).toMatch(/coffee.*phone.*video/s);
		expect(body).toContain("{{introduction}}");
		expect(body).toContain("{{me.pitch}}");
	});
});

describe("rendered drafts", () => {
	const values = buildMessageValues({ contact, interview, settings, ownWords: { insight: "I signed up for a survey design course." } });

	it("name the topics discussed in the thank-you", () => {
		const draft = renderDraft(builtinTemplate("thank-you"), values);
		expect(draft.subject).toBe("Thank you for your time, Jane");
		expect(draft.body).toContain("career paths and hiring");
		expect(draft.body).toContain("Tuesday 24 November");
		expect(draft.body).toContain("I will get in touch with Ann Park, as you suggested.");
		expect(draft.missing).toEqual([]);
	});

	it("confirm the time, format and length", () => {
		const draft = renderDraft(builtinTemplate("confirm"), values);
		expect(draft.subject).toBe("Confirming our conversation on Tuesday 24 November");
		expect(draft.body).toContain("Tuesday 24 November at 14:30");
		expect(draft.body).toContain("video call");
		expect(draft.body).toContain("30 minutes");
	});

	it("thank the referrer by name", () => {
		const draft = renderDraft(builtinTemplate("thank-referrer"), values);
		expect(draft.body.startsWith("Dear Sam,")).toBe(true);
		expect(draft.subject).toBe("Thank you for introducing me to Jane Doe");
		// "our conversation" names the person met, not the referrer reading it.
		expect(draft.body).toContain("Jane and I have spoken since, and I learned a great deal from our conversation");
	});

	it("keep what the user still has to write visible and named", () => {
		const draft = renderDraft(builtinTemplate("keep-in-touch"), values);
		expect(draft.body).toContain("{{update}}");
		expect(draft.missing).toEqual(["update"]);
		const landed = renderDraft(builtinTemplate("landed"), values);
		expect(landed.missing).toEqual(["new-role"]);
	});

	it("outreach: sendable as it is, the pitch once, for a referred and a cold contact alike", () => {
		for (const who of [contact, { name: "Lee Park", relationship: "cold", organization: "Acme Health" }, { name: "Kim Wu" }]) {
			const draft = renderDraft(builtinTemplate("outreach"), buildMessageValues({ contact: who, settings }));
			expect(draft.missing, who.name).toEqual([]);
			expect(draft.body.split(settings.pitch).length - 1, who.name).toBe(1);
		}
		const cold = renderDraft(builtinTemplate("outreach"), buildMessageValues({ contact: { name: "Lee Park", relationship: "cold", organization: "Acme Health" }, settings }));
		expect(cold.body).toContain("\n\nI came across your work at Acme Health, and I hope you do not mind a message out of the blue.\n\n");
	});

	it("nudge and confirmation use the agreed duration; the confirmation names the time and the place", () => {
		const agreed = buildMessageValues({ contact, interview: { ...interview, status: "requested", duration: 45, location: "Room 4, Harbor Library" }, settings });
		expect(renderDraft(builtinTemplate("nudge"), agreed).body).toContain("whether you might have 45 minutes");
		const confirm = renderDraft(builtinTemplate("confirm"), agreed);
		expect(confirm.body).toContain("our upcoming conversation:\n- When: Tuesday 24 November at 14:30\n- How: video call\n- Where: Room 4, Harbor Library\n- For: 45 minutes\n\n");
		expect(confirm.missing).toEqual([]);
		// What is not known is left out, not left as a placeholder.
		const bare = renderDraft(builtinTemplate("confirm"), buildMessageValues({ contact, interview: { ...interview, time: null, format: null, duration: null }, settings }));
		expect(bare.body).toContain("our upcoming conversation:\n- When: Tuesday 24 November\n\n");
		expect(bare.missing).toEqual([]);
	});

	it("a thank-you with no referrals leaves no placeholder for the next step", () => {
		const draft = renderDraft(builtinTemplate("thank-you"), buildMessageValues({ contact, interview: { ...interview, referrals: [] }, settings, ownWords: { insight: "I read the report." } }));
		expect(draft.body).toContain("I plan to put your advice into practice. I will let you know how it goes.");
		expect(draft.missing).toEqual([]);
	});

	it("landed a position and thanks to the referrer name what you talked about", () => {
		const landed = renderDraft(builtinTemplate("landed"), buildMessageValues({ contact, interview, settings, ownWords: { "new-role": "junior researcher at Acme" } }));
		expect(landed.body).toContain("I have accepted a position as junior researcher at Acme. Looking back, our conversation on Tuesday 24 November about career paths and hiring helped me");
		expect(landed.missing).toEqual([]);
		const referrer = renderDraft(builtinTemplate("thank-referrer"), values);
		expect(referrer.body).toContain("I learned a great deal from our conversation on Tuesday 24 November about career paths and hiring.");
	});

	it("render every message without unknown placeholders", () => {
		for (const t of BUILTIN_TEMPLATES) expect(renderDraft(t, values).unknown, t.id).toEqual([]);
	});
});

describe("the note templates", () => {
	it("make a contact note whose properties read back", () => {
		const values = buildMessageValues({ contact, settings });
		const note = renderDraft(builtinTemplate("contact-note"), values).body;
		const fm = matter(note).data;
		const parsed = parseNote("Networking/Contacts/Jane Doe.md", fm);
		expect(parsed.problems).toEqual([]);
		expect(parsed.record).toMatchObject({
			kind: "contact",
			organization: "Acme Health",
			role: "Research lead",
			fields: ["UX research"],
			email: "jane@example.com",
			phone: null,
			relationship: "referral",
			referredBy: { target: "Sam Lee", display: "Sam Lee" },
			status: "active",
		});
	});

	it("make an interview note with preparation, conversation and after sections", () => {
		const questions = renderQuestionChecklist(pickQuestions({ level: "senior", topics: ["trends"] }));
		const values = buildMessageValues({ contact, interview: { ...interview, status: "scheduled" }, settings, questions });
		const draft = renderDraft(builtinTemplate("interview-note"), values);
		expect(draft.missing).toEqual([]);
		const { data, content } = matter(draft.body);
		const parsed = parseNote("Networking/Interviews/2026-11-24 Jane Doe.md", data);
		expect(parsed.problems).toEqual([]);
		expect(parsed.record).toMatchObject({
			kind: "interview",
			contact: { target: "Jane Doe" },
			status: "scheduled",
			date: "2026-11-24",
			time: "14:30",
			format: "video call",
			duration: 30,
			topics: [],
			referrals: [],
		});
		for (const heading of ["## Before we talk", "## The conversation", "## After", "### Questions I will ask", "### My short pitch"]) {
			expect(content).toContain(heading);
		}
		for (const word of ["Leadership", "Structure", "Mission", "Recent successes", "Upcoming projects", "day before", "within two days"]) {
			expect(content).toContain(word);
		}
		expect(content).toContain(`- [ ] Who else would you suggest I talk to`);
		expect(content).toContain(settings.pitch);
	});

	it("leave unknown interview properties empty in a new note", () => {
		const values = buildMessageValues({ contact, settings });
		const draft = renderDraft(builtinTemplate("interview-note"), values);
		const parsed = parseNote("x.md", matter(draft.body).data);
		expect(parsed.problems).toEqual([]);
		expect(parsed.record).toMatchObject({ kind: "interview", status: null, date: null, format: null, duration: null });
		expect(draft.missing).toContain("interview.iso-date");
	});
});

describe("user template files", () => {
	it("read a subject line and the body", () => {
		expect(parseTemplateFile("Subject: Hello {{contact.first-name}}\n\n\nDear {{contact.name}},\nBye\n\n")).toEqual({
			subject: "Hello {{contact.first-name}}",
			body: "Dear {{contact.name}},\nBye",
		});
		expect(parseTemplateFile("\uFEFFsubject:Hi\r\nBody\r\n")).toEqual({ subject: "Hi", body: "Body" });
		expect(parseTemplateFile("Dear you,\nSubject: not a subject")).toEqual({ subject: null, body: "Dear you,\nSubject: not a subject" });
	});

	it("take the subject line with blanks around its words and colon, and only a first line that starts with the word", () => {
		expect(parseTemplateFile("  Subject : Hi\nBody")).toEqual({ subject: "Hi", body: "Body" });
		expect(parseTemplateFile("Re subject: Hi\nBody")).toEqual({ subject: null, body: "Re subject: Hi\nBody" });
		expect(parseTemplateFile("Nosubject: Hi\nBody")).toEqual({ subject: null, body: "Nosubject: Hi\nBody" });
	});

	it("drop lines of blanks after the subject, and read a file that has a subject only", () => {
		expect(parseTemplateFile("Subject: Hi\n  \n\t\nBody")).toEqual({ subject: "Hi", body: "Body" });
		expect(parseTemplateFile("Subject: Hi\n\n")).toEqual({ subject: "Hi", body: "" });
	});

	it("read a carriage return alone as a line end, and drop a byte-order mark only at the start", () => {
		expect(parseTemplateFile("Subject: Hi\rDear you,\rBye")).toEqual({ subject: "Hi", body: "Dear you,\nBye" });
		expect(parseTemplateFile("Dear\uFEFFyou")).toEqual({ subject: null, body: "Dear\uFEFFyou" });
		expect(resolveTemplate("contact-note", "\uFEFF---\rtype: contact\r---\r")).toEqual({ subject: null, body: "---\ntype: contact\n---\n" });
		expect(resolveTemplate("contact-note", "A\uFEFFB")).toEqual({ subject: null, body: "A\uFEFFB" });
	});

	it("write a message's file as its subject line, a blank line and the body, and a note's as the body alone, each ending in one newline", () => {
		expect(templateFileText({ subject: "Hi {{contact.first-name}}", body: "Dear you,\nBye" })).toBe("Subject: Hi {{contact.first-name}}\n\nDear you,\nBye\n");
		expect(templateFileText({ subject: "Hi", body: "Bye\n" })).toBe("Subject: Hi\n\nBye\n");
		expect(templateFileText({ subject: null, body: "---\ntype: contact\n---\n" })).toBe("---\ntype: contact\n---\n");
	});

	it("override the built-in text, keeping its subject when the file has none", () => {
		expect(resolveTemplate("nudge", "Hi {{contact.first-name}}, any news?")).toEqual({
			subject: builtinTemplate("nudge").subject,
			body: "Hi {{contact.first-name}}, any news?",
		});
		expect(resolveTemplate("nudge", "Subject: Checking in\n\nHi")).toEqual({ subject: "Checking in", body: "Hi" });
		expect(resolveTemplate("nudge", null)).toEqual({ subject: builtinTemplate("nudge").subject, body: builtinTemplate("nudge").body });
		expect(resolveTemplate("interview-note", undefined)).toEqual({ subject: null, body: builtinTemplate("interview-note").body });
		const noteText = "---\r\ntype: contact\r\n---\r\nSubject: kept\r\n";
		expect(resolveTemplate("contact-note", noteText)).toEqual({ subject: null, body: "---\ntype: contact\n---\nSubject: kept\n" });
	});

	it("round-trip through the file a user edits", () => {
		for (const t of BUILTIN_TEMPLATES) {
			const back = resolveTemplate(t.id, templateFileText(t));
			expect(back.subject).toBe(t.subject);
			expect(back.body.trimEnd()).toBe(t.body.trimEnd());
		}
	});

	it("fill a user's override and name its missing placeholders", () => {
		const values = buildMessageValues({ contact, settings });
		const draft = renderDraft(resolveTemplate("outreach", "Subject: Hi {{contact.first-name}}\n\n{{ contact.nickname }} at {{contact.organization}}"), values);
		expect(draft.subject).toBe("Hi Jane");
		expect(draft.body).toBe("{{ contact.nickname }} at Acme Health");
		expect(draft.missing).toEqual(["contact.nickname"]);
		expect(draft.unknown).toEqual(["contact.nickname"]);
	});
});
