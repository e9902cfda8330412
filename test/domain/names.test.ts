import { describe, expect, it } from "vitest";
import { parseNote } from "../../src/domain/parse";
import { build, C, I, lines } from "../builders";

/**
 * A link or a referral whose name comes out empty or over several lines names
 * no one: it is a problem in Needs attention, never a follow-up.
 */

const TODAY = "2026-11-22";
const met = (extra: Record<string, unknown>) => I("Jo", { status: "done", date: "2026-11-20", "thank-you-sent": "2026-11-20", ...extra });

describe("referrals that name no one", () => {
	it.each([
		["Ann\\", "a backslash, read as a folder"],
		["[[Ann/]]", "a folder and no name"],
		["[[ /  ]]", "blanks"],
		["[[#Heading]]", "a heading alone"],
		["[[Ann\nLee]]", "a line break in the link"],
		["Ann\r\nLee", "a line break in a plain name"],
		["[[Ann Lee|Ann\nL.]]", "a line break in the alias"],
		["[[Ann\u2028Lee]]", "a line separator"],
	])("%j (%s) is a problem on referrals, not a reach-out", (written) => {
		const index = build({ "Jo.md": C(), "Jo call.md": met({ referrals: [written, "[[Bo Chen]]"] }) });
		const items = index.followUps(TODAY);
		expect(items.filter((f) => f.kind === "reach-out").map((f) => f.title)).toEqual(["Reach out to Bo Chen (suggested by Jo)"]);
		for (const f of items) expect(f.title).not.toMatch(/\s\s|\n|\r/);
		expect(index.problems()).toEqual([{ note: "Jo call.md", property: "referrals", message: expect.stringMatching(/names no one|over several lines/) }]);
	});

	it("a name spread over lines is reported as such", () => {
		const { problems } = parseNote("x.md", { type: "interview", referrals: ["[[Ann\nLee]]"] });
		expect(problems[0]?.message).toContain("over several lines");
		const empty = parseNote("x.md", { type: "interview", referrals: ["Ann\\"] });
		expect(empty.problems[0]?.message).toContain("names no one");
	});
});

describe("contact and referred-by links that name no one", () => {
	it("an interview whose contact link names no one is a problem on contact, with no follow-up for a nameless person", () => {
		const index = build({ "Jo call.md": I("", { contact: "[[Folder/]]", status: "done", date: "2026-11-20" }) });
		for (const f of index.followUps(TODAY)) expect(f.person.trim()).not.toBe("");
		expect(index.problems().some((p) => p.property === "contact" && /names no one/.test(p.message))).toBe(true);
	});

	it("a referred-by over two lines is a problem, and no thanks go to a two-line name", () => {
		const index = build({
			"Ann.md": C({ "referred-by": "[[Sam\nLee]]" }),
			"Ann call.md": I("Ann", { status: "done", date: "2026-11-20", "thank-you-sent": "2026-11-20" }),
		});
		expect(lines(index, TODAY).filter((l) => l.startsWith("thank-referrer"))).toEqual([]);
		expect(index.problems()).toEqual([{ note: "Ann.md", property: "referred-by", message: expect.stringContaining("over several lines") }]);
	});
});
