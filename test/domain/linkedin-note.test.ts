import { describe, expect, it } from "vitest";
import { charCount, linkedInNote } from "../../src/domain/linkedin-note";
import { buildMessageValues, type ContactInfo } from "../../src/domain/message-context";

const settings = { myName: "Alex Morgan", pitch: "I am a psychology graduate moving into UX research after five years of teaching high school science.", today: "2026-11-22" };
const jane: ContactInfo = { name: "Jane Doe", organization: "Acme Health", fields: ["UX Research"], referredBy: { target: "Sam Lee", display: "Sam Lee" } };
const note = (contact: ContactInfo, limit: number, pitch = settings.pitch) => linkedInNote(buildMessageValues({ contact, settings: { ...settings, pitch } }), limit);

describe("the LinkedIn connection note", () => {
	it("fits 200 characters: greeting, referrer, the ask with the field in lower case, your name; the pitch only when it fits", () => {
		expect(note(jane, 200)).toBe("Hi Jane, Sam Lee suggested I get in touch. I'm exploring UX research and would value about thirty minutes to hear about your path. Thank you! Alex");
		expect(note(jane, 300, "I teach science.")).toBe(
			"Hi Jane, Sam Lee suggested I get in touch. I teach science. I'm exploring UX research and would value about thirty minutes to hear about your path. Thank you! Alex",
		);
	});

	it("drops the referrer next, then cuts at a word with an ellipsis", () => {
		expect(note(jane, 130)).toBe("Hi Jane, I'm exploring UX research and would value about thirty minutes to hear about your path. Thank you! Alex");
		const cut = note(jane, 60);
		expect(cut).toBe("Hi Jane, I'm exploring UX research and would value about…");
		expect(charCount(cut)).toBeLessThanOrEqual(60);
	});

	it("never passes the limit, whatever the values", () => {
		const long = "x".repeat(400);
		for (const limit of [50, 120, 200, 300]) {
			for (const contact of [jane, { name: long, organization: long }, { name: "Kim" }]) {
				expect(charCount(note(contact, limit, long)), `${limit}`).toBeLessThanOrEqual(limit);
			}
		}
	});

	it("asks about the organization when no field is known", () => {
		expect(note({ name: "Kim Wu", organization: "Acme" }, 200, "")).toBe("Hi Kim, I would value about thirty minutes to hear about your work at Acme. Thank you! Alex");
	});

	it("trims each value and reads a field written as one text", () => {
		const values = {
			"contact.first-name": " Jane ",
			"referrer.name": " Sam Lee ",
			"me.pitch": " I teach science. ",
			"contact.field": " UX Research ",
			"call-length": " twenty minutes ",
			"me.first-name": " Alex ",
		};
		expect(linkedInNote(values, 300)).toBe(
			"Hi Jane, Sam Lee suggested I get in touch. I teach science. I'm exploring UX research and would value twenty minutes to hear about your path. Thank you! Alex",
		);
	});

	it("reads a field list of blanks as no field", () => {
		expect(linkedInNote({ "contact.first-name": "Kim", "contact.field": ["", "  "], "contact.organization": "Acme" }, 200)).toBe(
			"Hi Kim, I would value about thirty minutes to hear about your work at Acme. Thank you!",
		);
		expect(linkedInNote({ "contact.first-name": "Kim", "contact.field": "  " }, 200)).toBe("Hi Kim, I would value about thirty minutes to hear about your work. Thank you!");
	});

	it("without names, field or call length: a plain greeting, about thirty minutes, a bare thank-you", () => {
		expect(linkedInNote({}, 200)).toBe("Hello, I would value about thirty minutes to hear about your work. Thank you!");
	});

	it("signs with your full name when no first name is given", () => {
		expect(linkedInNote({ "me.name": "Alex Morgan", "contact.organization": "Acme" }, 200)).toBe(
			"Hello, I would value about thirty minutes to hear about your work at Acme. Thank you! Alex Morgan",
		);
	});

	it("keeps a note of exactly the limit whole", () => {
		const values = { "contact.first-name": "Jane", "referrer.name": "Sam Lee", "me.pitch": "I teach science.", "me.first-name": "Alex" };
		const whole = "Hi Jane, Sam Lee suggested I get in touch. I teach science. I would value about thirty minutes to hear about your work. Thank you! Alex";
		expect(linkedInNote(values, charCount(whole))).toBe(whole);
		expect(linkedInNote(values, charCount(whole) - 1)).toBe("Hi Jane, Sam Lee suggested I get in touch. I would value about thirty minutes to hear about your work. Thank you! Alex");
	});

	it("cuts inside the first word when it has no space to cut at", () => {
		expect(linkedInNote({}, 5)).toBe("Hell…");
	});

	it("drops the punctuation a cut leaves at the end, however much", () => {
		expect(linkedInNote({ "contact.first-name": "Jane" }, 11)).toBe("Hi Jane…");
		expect(linkedInNote({ "contact.first-name": "J." }, 9)).toBe("Hi J…");
	});
});
