// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commandIds, isCommandAvailable } from "../fake-obsidian";
import { freezeClock, MANIFEST, openNote, REPO, startPlugin, stopPlugin, type Started } from "../plugin-harness";

/**
 * When each command is offered (README: "When each command is offered"): one
 * test per row of that table, on one vault holding a note in every state that
 * decides, with today 22 November 2026. `null` stands for no open note.
 */
const VAULT: Record<string, string> = {
	"C/Ann.md": '---\ntype: contact\nreferred-by: "[[Bob]]"\n---\n',
	"C/Bob.md": "---\ntype: contact\n---\n",
	"C/Old.md": "---\ntype: contact\nstatus: archived\n---\n",
	"I/prepared.md": '---\ntype: interview\ncontact: "[[Ann]]"\ncreated: 2026-11-21\n---\n',
	"I/requested.md": '---\ntype: interview\ncontact: "[[Bob]]"\nstatus: requested\nrequested: 2026-11-15\n---\n',
	"I/ahead.md": '---\ntype: interview\ncontact: "[[Ann]]"\nstatus: scheduled\ndate: 2026-11-22T16:00\n---\n',
	"I/ahead-confirmed.md": '---\ntype: interview\ncontact: "[[Ann]]"\nstatus: scheduled\ndate: 2026-11-25\nconfirmed: 2026-11-21\n---\n',
	"I/past.md": '---\ntype: interview\ncontact: "[[Ann]]"\ndate: 2026-11-20\nreferrals:\n  - "[[Cy]]"\n---\n',
	"I/thanked.md": '---\ntype: interview\ncontact: "[[Ann]]"\nstatus: done\ndate: 2026-11-01\nthank-you-sent: 2026-11-02\nreferrer-thanked: 2026-11-02\n---\n',
	"I/bob-done.md": '---\ntype: interview\ncontact: "[[Bob]]"\nstatus: done\ndate: 2026-11-18\n---\n',
	"Plain.md": "Just text.\n",
};

const ANY = ["Plain.md", "C/Ann.md", "I/past.md"];

/** Per command id: the notes it is offered on, and those it is not; `always`: offered with no note open too. */
const CASES: Record<string, { offered: string[]; not: string[]; always?: true }> = {
	"new-contact": { offered: ANY, not: [], always: true },
	"new-interview-with-this-contact": { offered: ["C/Ann.md"], not: ["C/Old.md", "I/past.md", "Plain.md"] },
	"new-interview": { offered: ANY, not: [], always: true },
	"mark-as-contact": { offered: ANY, not: [], always: true },
	"mark-as-interview": { offered: ANY, not: [], always: true },
	"insert-interview-questions": { offered: ["Plain.md", "I/past.md"], not: [] },
	"brief-me": { offered: ["C/Ann.md", "C/Old.md", "I/past.md", "I/prepared.md"], not: ["Plain.md"] },
	"draft-outreach": { offered: ["C/Ann.md", "I/prepared.md", "I/requested.md"], not: ["I/ahead.md", "I/past.md", "Plain.md"] },
	"draft-nudge": { offered: ["I/requested.md"], not: ["I/prepared.md", "I/ahead.md", "I/past.md", "C/Bob.md"] },
	"draft-confirmation": { offered: ["I/ahead.md", "I/ahead-confirmed.md"], not: ["I/past.md", "I/requested.md", "I/prepared.md", "C/Ann.md"] },
	"draft-thank-you": { offered: ["I/past.md", "I/bob-done.md"], not: ["I/ahead.md", "I/requested.md", "I/prepared.md"] },
	"draft-thank-referrer": { offered: ["I/past.md"], not: ["I/bob-done.md", "I/ahead.md", "I/prepared.md"] },
	"draft-keep-in-touch": { offered: ["C/Bob.md", "I/past.md"], not: ["Plain.md"] },
	"log-interaction": { offered: ["C/Bob.md"], not: ["I/past.md", "Plain.md"] },
	"mark-confirmed": { offered: ["I/ahead.md"], not: ["I/ahead-confirmed.md", "I/past.md", "I/requested.md", "I/prepared.md"] },
	"mark-thank-you-sent": { offered: ["I/past.md", "I/bob-done.md"], not: ["I/ahead.md", "I/thanked.md", "I/requested.md"] },
	"mark-referrer-thanked": { offered: ["I/past.md"], not: ["I/bob-done.md", "I/thanked.md", "I/ahead.md"] },
	"schedule-conversation": { offered: ["I/prepared.md", "I/requested.md", "I/ahead.md"], not: ["I/past.md", "I/bob-done.md", "C/Ann.md"] },
	"mark-declined": { offered: ["I/requested.md"], not: ["I/prepared.md", "I/ahead.md", "I/past.md", "C/Bob.md"] },
	"not-pursuing-referral": { offered: ["I/past.md"], not: ["I/ahead.md", "I/thanked.md", "C/Ann.md"] },
	"not-pursuing-contact": { offered: ["C/Ann.md"], not: ["C/Old.md", "I/past.md", "Plain.md"] },
	"undo-last-change": { offered: [], not: ANY },
	"create-referral-contacts": { offered: ["I/past.md"], not: ["I/ahead.md", "C/Ann.md"] },
	"landed-a-position": { offered: ANY, not: [], always: true },
	"write-templates": { offered: ANY, not: [], always: true },
	"open-follow-ups": { offered: ANY, not: [], always: true },
	"rebuild-index": { offered: ANY, not: [], always: true },
	"open-insights": { offered: ANY, not: [], always: true },
	"import-linkedin": { offered: ANY, not: [], always: true },
	"import-vcard": { offered: ANY, not: [], always: true },
	"export-calendar": { offered: ANY, not: [], always: true },
	"create-networking-base": { offered: ANY, not: [], always: true },
};

let s: Started;
beforeAll(async () => {
	freezeClock();
	s = await startPlugin(VAULT, { data: { digest: false } });
});
afterAll(() => stopPlugin(s));

async function offeredOn(id: string, path: string): Promise<boolean> {
	await openNote(s, path);
	return isCommandAvailable(s.app, id);
}

/** The README's table: command name → what it says. */
function readmeTable(): Map<string, string> {
	const readme = readFileSync(join(REPO, "README.md"), "utf8");
	const start = readme.indexOf("### When each command is offered");
	const rows = readme.slice(start).split("\n#")[0]?.split("\n").filter((l) => l.startsWith("| ") && !l.startsWith("| command ")) ?? [];
	return new Map(rows.map((l) => l.split("|").map((c) => c.trim())).map((cells) => [cells[1] ?? "", cells[2] ?? ""]));
}

function registeredNames(): Map<string, string> {
	const commands = (s.app as unknown as { _commands: Map<string, { name: string }> })._commands;
	const prefix = `${MANIFEST.id}:`;
	return new Map([...commands].filter(([id]) => id.startsWith(prefix)).map(([id, c]) => [c.name.slice(MANIFEST.name.length + 2), id.slice(prefix.length)]));
}

describe("when each command is offered", () => {
	// First, before any note is open.
	it("with no note open, only the commands that need none", () => {
		expect(s.app.workspace.getActiveFile()).toBeNull();
		const offered = Object.keys(CASES).filter((id) => isCommandAvailable(s.app, id));
		expect(offered.sort()).toEqual(Object.keys(CASES).filter((id) => CASES[id]?.always).sort());
	});

	it("the README's table lists every command the plugin registers, and each has a test here", () => {
		const names = registeredNames();
		expect([...readmeTable().keys()].sort()).toEqual([...names.keys()].sort());
		expect(Object.keys(CASES).sort()).toEqual(commandIds(s.app).filter((id) => id.startsWith(`${MANIFEST.id}:`)).map((id) => id.slice(MANIFEST.id.length + 1)).sort());
	});

	for (const [id, { offered, not }] of Object.entries(CASES)) {
		it(id, async () => {
			for (const path of offered) expect(await offeredOn(id, path), `${id} on ${path}`).toBe(true);
			for (const path of not) expect(await offeredOn(id, path), `${id} on ${path}`).toBe(false);
		});
	}
});
