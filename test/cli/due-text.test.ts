import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/main";
import { cli } from "./run-cli";
import { tempVaults } from "./temp-vault";

const vault = tempVaults("ii-text-");

const contact = (extra = "") => `---\ntype: contact\n${extra}---\n`;
const interview = (who: string, extra: string) => `---\ntype: interview\ncontact: "[[${who}]]"\n${extra}---\n`;

async function text(dir: string, ...extra: string[]): Promise<string> {
	const r = await cli("due", dir, "--today", "2026-11-22", ...extra);
	expect(r.code, r.stderr).toBe(0);
	return r.stdout;
}

describe("due, for a person to read", () => {
	it("an empty vault: nothing to follow up, no fields, no requests yet", async () => {
		expect(await text(vault({}))).toBe(
			"Follow-ups for Sunday 22 November 2026\n\nNothing to follow up on today or in the next 14 days.\n\nAt a glance\n  No requests sent yet.\n",
		);
		expect(await text(vault({}), "--days", "1")).toContain("Nothing to follow up on today or in the next 1 days.");
	});

	it("one line per follow-up under its group, the note beneath, the horizon in the heading", async () => {
		const out = await text(
			vault({
				"People/Ann.md": contact("field: Design\n"),
				"I/Ann.md": interview("Ann", "status: done\ndate: 2026-11-10\n"),
				"People/Bo.md": contact(),
				"I/Bo.md": interview("Bo", "status: done\ndate: 2026-11-20\n"),
				"People/Cy.md": contact(),
				"I/Cy.md": interview("Cy", "status: done\ndate: 2026-11-21\n"),
			}),
			"--days",
			"1",
		);
		expect(out).toContain(
			[
				"Overdue (1)",
				"  Thu 12 Nov  Send a thank-you to Ann  (10 days overdue)",
				"              I/Ann.md",
				"",
				"Due today (1)",
				"  Sun 22 Nov  Send a thank-you to Bo  (today)",
				"              I/Bo.md",
				"",
				"Upcoming, next 1 day (1)",
				"  Mon 23 Nov  Send a thank-you to Cy  (tomorrow)",
				"              I/Cy.md",
			].join("\n"),
		);
		expect(out).not.toContain("Nothing to follow up");
	});

	it("conversations: the horizon in the singular, a time left blank when none is written, no empty parts", async () => {
		const out = await text(
			vault({
				"People/Ann.md": contact(),
				"I/Ann.md": interview("Ann", 'status: scheduled\ndate: 2026-11-23\nformat: ""\nlocation: Cafe\n'),
			}),
			"--days",
			"1",
		);
		expect(out).toContain(["Conversations, next 1 day (1)", "  Mon 23 Nov         Ann · Cafe  (tomorrow)", "              I/Ann.md"].join("\n"));
	});

	it("fields: a bar of met and missing, the counts, the target reached", async () => {
		const met = (who: string, field: string) => ({
			[`People/${who}.md`]: contact(`field: ${field}\n`),
			[`I/${who}.md`]: interview(who, "status: done\ndate: 2026-01-10\nthank-you-sent: 2026-01-11\n"),
		});
		const out = await text(vault({ ...met("A", "Data"), ...met("B", "Data"), ...met("C", "Data"), ...met("D", "Data"), "People/E.md": contact("field: UX\n") }));
		expect(out).toContain("\nFields\n  Data  ●●●  4 met · target 3, 4 contacts (target reached)\n  UX    ○○○  0 met · target 3, 1 contact\n");
	});

	it("needs attention: the note, then the property and the message, or the message alone", async () => {
		const out = await text(vault({ "Bad.md": "---\ntype: contact\nlast-contact: soon\n---\n", "Broken.md": "---\ntype: [x\n---\n" }));
		const at = out.indexOf("Needs attention (2)\n");
		expect(at).toBeGreaterThan(0);
		const block = out.slice(at).split("\n");
		expect(block[1]).toBe("  Bad.md");
		expect(block[2]).toMatch(/^ {4}last-contact: .*soon/);
		expect(block[3]).toBe("  Broken.md");
		expect(block[4]).toMatch(/^ {4}the frontmatter is not valid YAML/);
	});

	it("at a glance: requests, replies with their rate, conversations, referrals, and the time to reply", async () => {
		const out = await text(
			vault({
				"People/A.md": contact(),
				"I/A.md": interview("A", "status: done\nrequested: 2026-10-01\ndate: 2026-10-11\nthank-you-sent: 2026-10-12\nreferrals:\n  - \"[[B]]\"\n"),
				"People/C.md": contact(),
				"I/C.md": interview("C", "status: requested\nrequested: 2026-11-20\n"),
			}),
		);
		expect(out).toContain("\nAt a glance\n  2 requests → 1 reply (50%) → 1 conversation → 1 referral\n");
		expect(out).toContain("  Median time from request to reply (or to the conversation): 10 days, over 1 reply with dates\n");
	});

	it("at a glance, in the singular: one request, one day to reply", async () => {
		const out = await text(
			vault({ "People/A.md": contact(), "I/A.md": interview("A", "status: done\nrequested: 2026-11-01\ndate: 2026-11-02\nthank-you-sent: 2026-11-03\n") }),
		);
		expect(out).toContain(
			"\nAt a glance\n  1 request → 1 reply (100%) → 1 conversation → 0 referrals\n" +
				"  Median time from request to reply (or to the conversation): 1 day, over 1 reply with dates\n",
		);
	});

	it("at a glance, before any reply: the rate is 0% and there is no time to reply", async () => {
		const out = await text(vault({ "People/C.md": contact(), "I/C.md": interview("C", "status: requested\nrequested: 2026-11-20\n") }));
		expect(out.endsWith("\nAt a glance\n  1 request → 0 replies (0%) → 0 conversations → 0 referrals\n")).toBe(true);
	});

	it("colours only when asked: bold headings, dim notes, red overdue days only", async () => {
		const dir = vault({
			"People/Ann.md": contact(),
			"I/Ann.md": interview("Ann", "status: done\ndate: 2026-11-10\n"),
			"People/Bo.md": contact(),
			"I/Bo.md": interview("Bo", "status: done\ndate: 2026-11-20\n"),
		});
		let out = "";
		const code = await run(["due", dir, "--today", "2026-11-22"], { out: (t) => (out += t), err: () => undefined, color: true, now: () => new Date(2026, 10, 22) });
		expect(code).toBe(0);
		expect(out).toContain("\u001b[1mFollow-ups for Sunday 22 November 2026\u001b[22m");
		expect(out).toContain("\u001b[1mOverdue (1)\u001b[22m");
		expect(out).toContain("\u001b[2m(\u001b[31m10 days overdue\u001b[39m)\u001b[22m");
		expect(out).toContain("\u001b[2m              I/Ann.md\u001b[22m");
		expect(out).toContain("  Sun 22 Nov  Send a thank-you to Bo  \u001b[2m(today)\u001b[22m\n");
		expect(await text(dir)).not.toContain("\u001b[");
	});
});
