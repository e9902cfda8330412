import { describe, it, expect } from "vitest";
import {
	PLACEHOLDERS,
	buildMessageValues,
	firstName,
	humanDate,
	humanDuration,
	midSentence,
	readable,
	type ContactInfo,
	type MessageContextInput,
} from "../../src/domain/message-context";
import { renderTemplate } from "../../src/domain/template";
import type { Contact, Interview } from "../../src/domain/types";

const settings = { myName: "Alex Morgan", pitch: "I am a psychology graduate moving into UX research.", today: "2026-11-22" };

const contact: Contact = {
	kind: "contact",
	path: "Networking/Contacts/Dr. Jane Doe.md",
	name: "Dr. Jane Doe",
	snoozeUntil: null,
	unreadable: new Set(),
	organization: "[[Orgs/Acme|Acme Health]]",
	role: "Research lead",
	fields: ["UX research", "Service design"],
	email: "jane@example.com",
	phone: "555 0100",
	linkedin: "https://www.linkedin.com/in/janedoe",
	relationship: "referral",
	referredBy: { target: "People/Sam Lee", display: "Sam Lee" },
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
	contact: { target: "Dr. Jane Doe", display: "Dr. Jane Doe" },
	status: "scheduled",
	statusUnknown: false,
	requested: "2026-11-09",
	date: "2026-11-24",
	time: "14:30",
	format: "video call",
	duration: 30,
	location: "https://meet.example.org/jane",
	created: null,
	prepared: false,
	confirmed: null,
	thankYouSent: null,
	referrerThanked: null,
	nudged: null,
	nudges: 0,
	topics: ["career paths", "[[Hiring]]", "team culture"],
	notPursued: [],
	referrals: [
		{ target: "Ann Park", display: "Ann Park" },
		{ target: "People/Bo Chen", display: "Bo Chen" },
	],
};

const full: MessageContextInput = {
	contact,
	interview,
	settings,
	questions: "- [ ] What does an ordinary week look like for you?",
	ownWords: { insight: "I signed up for a course.", update: "I started a course.", "new-role": "junior researcher at Acme" },
};

const everyPlaceholder = PLACEHOLDERS.map((p) => `${p.name}=[{{${p.name}}}]`).join("\n");

describe("buildMessageValues", () => {
	it("gives a value for every placeholder, and only for those", () => {
		const values = buildMessageValues({ ...full, referrer: { name: "Sam Lee", email: "sam@example.com" } });
		expect(Object.keys(values).sort()).toEqual(PLACEHOLDERS.map((p) => p.name).sort());
		const r = renderTemplate(everyPlaceholder, values);
		expect(r.missing).toEqual([]);
		expect(r.text).not.toContain("{{");
	});

	it("renders every placeholder as a person would write it", () => {
		const r = renderTemplate(everyPlaceholder, buildMessageValues(full));
		const got = Object.fromEntries(r.text.split("\n").map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=[") + 2, -1)]));
		expect(got).toEqual({
			"contact.name": "Dr. Jane Doe",
			"contact.first-name": "Jane",
			"contact.link": "[[Dr. Jane Doe]]",
			"contact.organization": "Acme Health",
			"contact.role": "Research lead",
			"contact.field": "UX research and Service design",
			"contact.email": "jane@example.com",
			"contact.phone": "555 0100",
			"contact.linkedin": "https://www.linkedin.com/in/janedoe",
			"contact.relationship": "referral",
			"referrer.name": "Sam Lee",
			"referrer.first-name": "Sam",
			"referrer.link": "[[People/Sam Lee]]",
			"referrer.email": "{{referrer.email}}",
			introduction: "Sam Lee suggested I get in touch with you.",
			request:
				"I am exploring work in UX research and service design and would be grateful to hear how it looks from the inside: how you came to your role at Acme Health, what the work is like day to day, and where you see the field going.",
			"call-length": "30 minutes",
			"interview.date": "Tuesday 24 November",
			"interview.when": "Tuesday 24 November at 14:30",
			"interview.location": "https://meet.example.org/jane",
			"interview.details": "When: Tuesday 24 November at 14:30, How: video call, Where: https://meet.example.org/jane, and For: 30 minutes",
			conversation: "our conversation on Tuesday 24 November about career paths, Hiring, and team culture",
			"interview.time": "14:30",
			"interview.iso-date": "2026-11-24T14:30",
			"interview.requested": "Monday 9 November",
			"interview.format": "video call",
			"interview.duration": "30 minutes",
			"interview.minutes": "30",
			"interview.status": "scheduled",
			topics: "career paths, Hiring, and team culture",
			referrals: "Ann Park and Bo Chen",
			questions: "- [ ] What does an ordinary week look like for you?",
			"me.name": "Alex Morgan",
			"me.first-name": "Alex",
			"me.pitch": settings.pitch,
			today: "2026-11-22",
			insight: "I signed up for a course.",
			"next-step": "I will get in touch with Ann Park and Bo Chen, as you suggested.",
			update: "I started a course.",
			"new-role": "junior researcher at Acme",
		});
		// referrer.email is only known when the referrer's contact is given.
		expect(r.missing).toEqual(["referrer.email"]);
	});

	it("takes the referrer's own contact when given, for their email", () => {
		const sam: ContactInfo = { name: "Sam Lee", email: "sam@example.com" };
		const v = buildMessageValues({ ...full, referrer: sam });
		expect(v["referrer.name"]).toBe("Sam Lee");
		expect(v["referrer.email"]).toBe("sam@example.com");
		expect(v["referrer.link"]).toBe("[[Sam Lee]]");
	});

	it("takes a referrer given by name over the contact's referred-by", () => {
		const v = buildMessageValues({ ...full, referrer: "[[Kim Wu]]" });
		expect(v["referrer.name"]).toBe("Kim Wu");
		expect(v.introduction).toBe("Kim Wu suggested I get in touch with you.");
	});

	it("leaves what is not known visible and named", () => {
		const values = buildMessageValues({ contact: { name: "Jo" }, settings: { myName: "Alex", pitch: "", today: "2026-11-22" } });
		const r = renderTemplate("{{contact.email}} {{interview.date}} {{topics}} {{me.pitch}} {{referrer.name}} {{interview.location}} {{conversation}}", values);
		expect(r.text).toBe("{{contact.email}} {{interview.date}} {{topics}} {{me.pitch}} {{referrer.name}} {{interview.location}} {{conversation}}");
		expect(r.missing).toEqual(["contact.email", "interview.date", "topics", "me.pitch", "referrer.name", "interview.location", "conversation"]);
		expect(r.unknown).toEqual([]);
	});

	it("opens with a greeting for people who know you and says how you found the others", () => {
		const intro = (relationship: string) =>
			buildMessageValues({ contact: { name: "Jo", relationship }, settings }).introduction;
		expect(intro("Classmate")).toBe("I hope you are doing well.");
		expect(intro("alumni")).toBe("I found your name through our alumni network.");
		// Someone who does not know you: the opening line is written out, never left as a placeholder.
		expect(intro("cold")).toBe("I hope you do not mind a message out of the blue.");
		expect(buildMessageValues({ contact: { name: "Jo", relationship: "cold", organization: "[[Acme]]" }, settings }).introduction).toBe(
			"I came across your work at Acme, and I hope you do not mind a message out of the blue.",
		);
	});

	it("asks about the field in lower case mid-sentence, acronyms kept", () => {
		const request = (fields: string[]) => buildMessageValues({ contact: { name: "Jo", fields }, settings }).request;
		expect(request(["Software Engineering"])).toMatch(/^I am exploring work in software engineering and /);
		expect(request(["UX Research", "iOS Development"])).toMatch(/^I am exploring work in UX research and iOS development and /);
	});

	it("for a referred person with no field or organization, asks in the referrer's terms", () => {
		const v = buildMessageValues({ contact: { name: "Jo", referredBy: { target: "Sam Lee", display: "Sam Lee" } }, settings });
		expect(v.request).toBe(
			"Sam Lee thought you would be a good person to learn from, and I would be grateful to hear how your work looks from the inside: how you came to your role, what the work is like day to day, and where you see your field going.",
		);
		expect(buildMessageValues({ contact: { name: "Jo", organization: "Acme" }, settings }).request).toMatch(/^I am exploring my next step and would be grateful to hear how your work at Acme looks/);
		expect(buildMessageValues({ contact: { name: "Jo" }, settings }).request).toMatch(/^I would be grateful to hear how your work looks from the inside/);
	});

	it("asks for the agreed duration, else about thirty minutes", () => {
		expect(buildMessageValues({ ...full, interview: { ...interview, duration: 45 } })["call-length"]).toBe("45 minutes");
		expect(buildMessageValues({ ...full, interview: { ...interview, duration: null } })["call-length"]).toBe("about thirty minutes");
		expect(buildMessageValues({ contact: { name: "Jo" }, settings })["call-length"]).toBe("about thirty minutes");
	});

	it("lists the conversation's details that are known, and names it by its day and topics", () => {
		const v = buildMessageValues({ ...full, interview: { ...interview, time: null, format: null, location: "Room 4", topics: [] } });
		expect(v["interview.details"]).toEqual(["When: Tuesday 24 November", "Where: Room 4", "For: 30 minutes"]);
		expect(v.conversation).toBe("our conversation on Tuesday 24 November");
	});

	it("says when the conversation is today or tomorrow, with the time apart", () => {
		const on = (date: string, time: string | null) => buildMessageValues({ ...full, interview: { ...interview, date, time } })["interview.details"] as string[];
		expect(on("2026-11-22", "16:00")[0]).toBe("When: today, Sunday 22 November, at 16:00");
		expect(on("2026-11-23", null)[0]).toBe("When: tomorrow, Monday 23 November");
		expect(on("2026-11-24", "09:15")[0]).toBe("When: Tuesday 24 November at 09:15");
		expect(on("2026-11-21", null)[0]).toBe("When: Saturday 21 November");
	});

	it("without referrals, the next step is the advice itself (no placeholder left)", () => {
		const v = buildMessageValues({ ...full, interview: { ...interview, referrals: [] } });
		expect(v["next-step"]).toBe("I plan to put your advice into practice.");
	});

	it("keeps the user's next step over the one made from referrals", () => {
		const v = buildMessageValues({ ...full, ownWords: { "next-step": "I will apply to the program." } });
		expect(v["next-step"]).toBe("I will apply to the program.");
	});

	it("trims the contact's name in its link, and gives no link for a blank name", () => {
		expect(buildMessageValues({ contact: { name: " Jane Doe " }, settings })["contact.link"]).toBe("[[Jane Doe]]");
		expect(buildMessageValues({ contact: { name: "   " }, settings })["contact.link"]).toBeNull();
	});

	it("trims the referrer's name given by their contact", () => {
		const v = buildMessageValues({ ...full, referrer: { name: "  Sam Lee " } });
		expect(v["referrer.name"]).toBe("Sam Lee");
		expect(v["referrer.link"]).toBe("[[Sam Lee]]");
		expect(v.introduction).toBe("Sam Lee suggested I get in touch with you.");
	});

	it("gives no referrer link for a referrer contact whose name is blank", () => {
		const v = buildMessageValues({ ...full, referrer: { name: "   " } });
		expect(v["referrer.name"]).toBeNull();
		expect(v["referrer.link"]).toBeNull();
	});

	it("links the referrer with their alias when it differs from the note's name", () => {
		expect(buildMessageValues({ ...full, referrer: "[[People/Sam Lee|Sam]]" })["referrer.link"]).toBe("[[People/Sam Lee|Sam]]");
		expect(buildMessageValues({ ...full, referrer: "[[People/Sam Lee|Sam Lee]]" })["referrer.link"]).toBe("[[People/Sam Lee]]");
	});

	it("says how you know alumni and LinkedIn connections, whatever the case and spaces", () => {
		const intro = (relationship: string) => buildMessageValues({ contact: { name: "Jo", relationship }, settings }).introduction;
		for (const r of ["Alumnus", "alumna", " alumni "]) expect(intro(r)).toBe("I found your name through our alumni network.");
		for (const r of ["LinkedIn", "connection", " Connection "]) expect(intro(r)).toBe("We are connected on LinkedIn.");
		expect(intro(" friend ")).toBe("I hope you are doing well.");
	});

	it("names a conversation with no date yet by its topics", () => {
		const v = buildMessageValues({ ...full, interview: { ...interview, date: null, time: null } });
		expect(v.conversation).toBe("our conversation about career paths, Hiring, and team culture");
		expect(buildMessageValues({ ...full, interview: { ...interview, date: null, topics: [] } }).conversation).toBeNull();
	});

	it("leaves out topics and fields that read as nothing", () => {
		const v = buildMessageValues({ contact: { name: "Jo", fields: ["  ", "UX research", "[[]]"] }, interview: { topics: ["", "[[#Heading]]", "hiring"] }, settings });
		expect(v.topics).toEqual(["hiring"]);
		expect(v["contact.field"]).toEqual(["UX research"]);
	});

	it("leaves out suggested people without a name", () => {
		const v = buildMessageValues({ ...full, interview: { ...interview, referrals: [{ target: "Ann Park", display: "" }, { target: "Bo Chen", display: "Bo Chen" }] } });
		expect(v.referrals).toEqual(["Bo Chen"]);
		expect(v["next-step"]).toBe("I will get in touch with Bo Chen, as you suggested.");
	});

	it("gives a date-only conversation without a time", () => {
		const v = buildMessageValues({ ...full, interview: { ...interview, time: null } });
		expect(v["interview.iso-date"]).toBe("2026-11-24");
		expect(v["interview.time"]).toBeNull();
	});
});

describe("helpers", () => {
	it("writes dates with the weekday and month in words, adding the year when it is not this year", () => {
		expect(humanDate("2026-11-24", "2026-11-22")).toBe("Tuesday 24 November");
		expect(humanDate("2026-11-22", "2026-11-22")).toBe("Sunday 22 November");
		expect(humanDate("2027-01-01", "2026-11-22")).toBe("Friday 1 January 2027");
		expect(humanDate("2024-02-29", "2026-11-22")).toBe("Thursday 29 February 2024");
	});

	it("writes durations", () => {
		expect(humanDuration(30)).toBe("30 minutes");
		expect(humanDuration(60)).toBe("1 hour");
		expect(humanDuration(90)).toBe("90 minutes");
		expect(humanDuration(120)).toBe("2 hours");
		expect(humanDuration(1)).toBe("1 minute");
		expect(humanDuration(0)).toBe("0 minutes");
	});

	it("finds first names", () => {
		expect(firstName("Jane Doe")).toBe("Jane");
		expect(firstName("  Prof. Ada   Lovelace ")).toBe("Ada");
		expect(firstName("Dr")).toBe("Dr");
		expect(firstName("Zoë")).toBe("Zoë");
		expect(firstName("")).toBe("");
		expect(firstName("   ")).toBe("");
	});

	it("reads links as text", () => {
		expect(readable("[[Orgs/Acme]]")).toBe("Acme");
		expect(readable("[Acme Health](Orgs/Acme.md)")).toBe("Acme Health");
		expect(readable("Works at [[Acme|Acme Health]] and [[Orgs/Beta]]")).toBe("Works at Acme Health and Beta");
		expect(readable("  Plain  ")).toBe("Plain");
		expect(readable(null)).toBeNull();
		expect(readable("[[Orgs/Acme#History]]")).toBe("Acme");
		expect(readable("[[Acme| Acme Health ]]")).toBe("Acme Health");
	});

	it("reads a link that names nothing as nothing", () => {
		expect(readable("[[]]")).toBeNull();
		expect(readable("[[#Heading]]")).toBeNull();
		expect(readable("[]()")).toBeNull();
	});

	it("reads only a whole link as a link, and text around one as text", () => {
		expect(readable("[[Orgs/Acme]] (since 2020)")).toBe("Acme (since 2020)");
		expect(readable("Acme [site](https://acme.example.com)")).toBe("Acme [site](https://acme.example.com)");
		expect(readable("[site](https://acme.example.com), Acme")).toBe("[site](https://acme.example.com), Acme");
	});

	it("reads two links in one text each as a name", () => {
		expect(readable("[[Acme]] and [[Orgs/Beta]]")).toBe("Acme and Beta");
		expect(readable("[[Acme]], [[Beta|Beta Labs]]")).toBe("Acme, Beta Labs");
	});

	it("lowers only words capitalized at their start alone, in a field mid-sentence", () => {
		expect(midSentence("Software Engineering")).toBe("software engineering");
		expect(midSentence("DevOps and McKinsey Consulting")).toBe("DevOps and McKinsey consulting");
		expect(midSentence("UX Research")).toBe("UX research");
	});

	it("describes every placeholder in one sentence-case line", () => {
		const names = PLACEHOLDERS.map((p) => p.name);
		expect(new Set(names).size).toBe(names.length);
		for (const p of PLACEHOLDERS) {
			expect(p.description).toMatch(/^[A-Z]/);
			expect(p.description).not.toContain("\n");
			expect(p.name).toMatch(/^[a-z0-9.-]+$/);
		}
	});
});
