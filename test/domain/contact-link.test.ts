import { describe, expect, it } from "vitest";
import { contactFromLink } from "../../src/domain/contact-link";

const EMPTY = { name: "", organization: "", role: "", linkedin: "", email: "", leftOut: [] };

describe("contactFromLink", () => {
	it("takes the named values and ignores Obsidian's action and anything else", () => {
		expect(
			contactFromLink({
				action: "informational-interviews-new-contact",
				name: " Jane  Doe ",
				organization: "Acme",
				role: "Research lead",
				linkedin: "https://www.linkedin.com/in/janedoe",
				email: "jane@example.com",
				target: "../../People/Evil",
				referrer: "x",
			}),
		).toEqual({ name: "Jane Doe", organization: "Acme", role: "Research lead", linkedin: "https://www.linkedin.com/in/janedoe", email: "jane@example.com", leftOut: [] });
	});

	it("makes each value one line of text, at most 300 characters", () => {
		const r = contactFromLink({ name: "Jane\nDoe\r\n---\u0000\u2028x", role: "a".repeat(1000), organization: "<img src=x onerror=alert(1)>" });
		expect(r.name).toBe("Jane Doe --- x");
		expect(r.role).toHaveLength(300);
		expect(r.organization).toBe("<img src=x onerror=alert(1)>");
		expect(contactFromLink({ name: 42, email: ["a"] })).toEqual(EMPTY);
	});

	it("counts the 300 characters after the blanks at the start, and drops a blank the cut leaves at the end", () => {
		expect(contactFromLink({ role: `  ${"a".repeat(400)}` }).role).toBe("a".repeat(300));
		expect(contactFromLink({ role: `${"a".repeat(299)} ${"b".repeat(100)}` }).role).toBe("a".repeat(299));
	});

	it("leaves out, and says so, a LinkedIn value that is not a web address", () => {
		const r = contactFromLink({ name: "Jane", linkedin: "javascript:alert(1)" });
		expect(r.linkedin).toBe("");
		expect(r.leftOut).toEqual(['The LinkedIn profile "javascript:alert(1)" is not a web address (http or https), so it was left out.']);
	});

	it("takes an http or https profile address, and no other scheme even with a web address inside", () => {
		expect(contactFromLink({ linkedin: "http://linkedin.com/in/jane" })).toEqual({ ...EMPTY, linkedin: "http://linkedin.com/in/jane" });
		expect(contactFromLink({ linkedin: "HTTPS://linkedin.com/in/jane" }).linkedin).toBe("HTTPS://linkedin.com/in/jane");
		const r = contactFromLink({ linkedin: "javascript:fetch('https://evil.example')" });
		expect(r.linkedin).toBe("");
		expect(r.leftOut).toHaveLength(1);
	});

	it("reads a LinkedIn profile's title and address as the bookmarklet sends them", () => {
		expect(
			contactFromLink({
				title: "(3) Jane Doe - Senior UX Researcher at Acme Health | LinkedIn",
				url: "https://www.linkedin.com/in/janedoe/?originalSubdomain=uk",
			}),
		).toEqual({ ...EMPTY, name: "Jane Doe", role: "Senior UX Researcher", organization: "Acme Health", linkedin: "https://www.linkedin.com/in/janedoe/" });
		expect(
			contactFromLink({
				title: "ignored when og:title is there",
				url: "https://www.linkedin.com/in/x",
				"og:title": "Jane Doe – Research Lead – Acme | LinkedIn",
				"og:url": "https://uk.linkedin.com/in/janedoe",
			}),
		).toEqual({ ...EMPTY, name: "Jane Doe", role: "Research Lead", organization: "Acme", linkedin: "https://uk.linkedin.com/in/janedoe" });
	});

	it("drops the notification count and the LinkedIn suffix, with or without spaces around them", () => {
		const url = "https://www.linkedin.com/in/janedoe";
		const read = (title: string) => {
			const r = contactFromLink({ title, url });
			return [r.name, r.role, r.organization];
		};
		expect(read("(12) Jane Doe - Lead at Acme | LinkedIn")).toEqual(["Jane Doe", "Lead", "Acme"]);
		expect(read("(99+)Jane Doe - Lead at Acme|LinkedIn")).toEqual(["Jane Doe", "Lead", "Acme"]);
		expect(read("Jane Doe - Lead at Acme| LinkedIn")).toEqual(["Jane Doe", "Lead", "Acme"]);
		expect(read("Jane Doe - Lead at Acme |LinkedIn")).toEqual(["Jane Doe", "Lead", "Acme"]);
	});

	it("keeps a number in brackets after the start of the title, and a last part that only begins with LinkedIn", () => {
		const url = "https://www.linkedin.com/in/janedoe";
		const r = contactFromLink({ title: "Jane Doe - Speaker at DesignConf (2024) | LinkedIn", url });
		expect([r.name, r.role, r.organization]).toEqual(["Jane Doe", "Speaker", "DesignConf (2024)"]);
		const s = contactFromLink({ title: "Jane Doe - Editor | LinkedInsider", url });
		expect([s.name, s.role, s.organization]).toEqual(["Jane Doe", "Editor", "LinkedInsider"]);
	});

	it("reads a profile title of a name alone as the name, with no role", () => {
		expect(contactFromLink({ title: "Jane Doe | LinkedIn", url: "https://www.linkedin.com/in/janedoe" })).toEqual({
			...EMPTY,
			name: "Jane Doe",
			linkedin: "https://www.linkedin.com/in/janedoe",
		});
	});

	it("splits the headline at \"at\" only when the title has no organization part of its own", () => {
		const r = contactFromLink({ title: "Jane Doe - Lead at Acme Labs - Acme Health | LinkedIn", url: "https://linkedin.com/in/jd" });
		expect([r.role, r.organization]).toEqual(["Lead at Acme Labs", "Acme Health"]);
	});

	it("named values win over the page's", () => {
		const r = contactFromLink({ name: "J. Doe", title: "Jane Doe - Lead at Acme | LinkedIn", url: "https://linkedin.com/in/jd" });
		expect([r.name, r.role, r.organization]).toEqual(["J. Doe", "Lead", "Acme"]);
	});

	it("takes only a name from another site's title", () => {
		expect(contactFromLink({ title: "Jane Doe - Speaker - DesignConf 2026", url: "https://designconf.example/speakers/jane" })).toEqual({ ...EMPTY, name: "Jane Doe" });
		expect(contactFromLink({ title: "Jane Doe | LinkedIn coach - Blog", url: "https://janedoe.example/about" }).name).toBe("Jane Doe");
	});
});
