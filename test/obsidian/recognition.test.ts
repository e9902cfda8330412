// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { dueReport } from "../../src/index/due-report";
import { createFakeApp, getFile, loadPlugin, resetFakeObsidian, unloadPlugin } from "../fake-obsidian";
import { byHand, EXAMPLE_RECOGNITION, essentials } from "../fixtures/recognition-settings";
import InformationalInterviewsPlugin from "../../src/main";
import { freezeClock, MANIFEST, readVaultFolder, REPO, sync, TODAY, type Started } from "../plugin-harness";
import { cli } from "../cli/run-cli";
import { tempVaults } from "../cli/temp-vault";

const md = readFileSync(join(REPO, "test/fixtures/example-vault-expected.md"), "utf8");
let s: Started | null = null;

beforeEach(() => freezeClock());
afterEach(() => {
	if (s) unloadPlugin(s.plugin);
	s = null;
	resetFakeObsidian();
	vi.useRealTimers();
});

async function start(data: unknown, files = readVaultFolder(join(REPO, "example-vault"))): Promise<Started> {
	const app = createFakeApp(files);
	s = { app, plugin: await loadPlugin(InformationalInterviewsPlugin, app, { manifest: MANIFEST, data: { digest: false, ...(data as object) } }) };
	await sync(s);
	return s;
}

function report(started: Started) {
	return essentials(dueReport(started.plugin.live.index, TODAY, 14));
}

describe("recognising the notes a user already keeps, in the plugin", () => {
	it("with recognition on, agrees with the follow-ups worked out by hand (and the command line)", async () => {
		expect(report(await start(EXAMPLE_RECOGNITION))).toEqual(essentials(byHand(md, true)));
	});

	it("with recognition off (the default), the example vault is as before", async () => {
		expect(report(await start({}))).toEqual(essentials(byHand(md, false)));
	});

	it("turning recognition on and off in the settings reads every note again", async () => {
		const started = await start({});
		await started.plugin.updateSettings((x) => Object.assign(x, EXAMPLE_RECOGNITION));
		await sync(started);
		expect(report(started)).toEqual(essentials(byHand(md, true)));
		await started.plugin.updateSettings((x) => {
			x.recognise = false;
		});
		await sync(started);
		expect(report(started)).toEqual(essentials(byHand(md, false)));
	});

	it("a note gains and loses a recognised tag in its body as it is edited", async () => {
		const path = "Inbox/Mina Park.md";
		const started = await start({ ...EXAMPLE_RECOGNITION }, { [path]: "---\nkeep-in-touch: 30 days\nlast-contact: 2026-11-01\n---\nMet at the fair.\n" });
		const kinds = () => dueReport(started.plugin.live.index, TODAY, 14).followUps.map((f) => [f.kind, f.note, f.due]);
		expect(kinds()).toEqual([]);
		await started.app.vault.modify(getFile(started.app, path), "---\nkeep-in-touch: 30 days\nlast-contact: 2026-11-01\n---\nMet at the fair. #Person\n");
		await sync(started);
		expect(kinds()).toEqual([["keep-in-touch", path, "2026-12-01"]]);
		await started.app.vault.modify(getFile(started.app, path), "---\nkeep-in-touch: 30 days\nlast-contact: 2026-11-01\n---\nMet at the fair. `#person`\n");
		await sync(started);
		expect(kinds()).toEqual([]);
	});

	it("a note with no properties at all in a recognised folder is a contact", async () => {
		const started = await start({ ...EXAMPLE_RECOGNITION }, { "People/Mina Park.md": "Met at the fair.\n" });
		expect(started.plugin.live.index.contacts().map((c) => c.path)).toEqual(["People/Mina Park.md"]);
	});
});

describe("recognised notes with daily notes and conversations (plugin and command line agree)", () => {
	const vault = tempVaults("ii-recognition-daily-");
	const DATA = { recognise: true, recogniseSince: "2026-11-01", contactFolders: "People", contactTags: "person", interviewFolders: "Meetings", personProperty: "people" };
	const FILES = {
		".obsidian/daily-notes.json": JSON.stringify({ folder: "Journal", format: "YYYY-MM-DD" }),
		"People/Ann Lee.md": "---\nkeep-in-touch: 30 days\nlast-contact: 2026-10-01\n---\nMet at the fair.\n",
		"Journal/2026-11-10.md": "Coffee with [[Ann Lee]] after school.\n",
		"Notes/Bo Chen.md": "A friend of Ann. #person\n",
		"Meetings/2026-11-23 Call with Bo.md": '---\ndate: 2026-11-23T15:30\npeople:\n  - "[[Bo Chen]]"\nformat: video\nstatus: planned\n---\n',
	};
	type Seen = Pick<ReturnType<typeof dueReport>, "followUps" | "conversations">;
	const seen = (r: Seen) => ({
		followUps: r.followUps.map((f) => [f.kind, f.due, f.note, f.contact]),
		conversations: r.conversations.map((c) => [c.date, c.time, c.note, c.contact, c.format]),
	});
	async function both(data: object): Promise<ReturnType<typeof seen>> {
		const root = vault({ ...FILES, ".obsidian/plugins/informational-interviews/data.json": JSON.stringify(data) });
		const r = await cli("due", root, "--today", TODAY, "--json", "--days", "30");
		expect(r.code).toBe(0);
		const fromCli = seen(JSON.parse(r.stdout) as Seen);
		expect(seen(dueReport((await start(data, FILES)).plugin.live.index, TODAY, 30))).toEqual(fromCli);
		return fromCli;
	}

	it("a daily note that links to an adopted contact counts as an interaction; an adopted meeting is a conversation", async () => {
		expect(await both(DATA)).toEqual({
			followUps: [
				["confirm", "2026-11-22", "Meetings/2026-11-23 Call with Bo.md", "Notes/Bo Chen.md"],
				["keep-in-touch", "2026-12-10", "People/Ann Lee.md", "People/Ann Lee.md"],
			],
			conversations: [["2026-11-23", "15:30", "Meetings/2026-11-23 Call with Bo.md", "Notes/Bo Chen.md", "video"]],
		});
	});

	it("with recognition off, none of these notes counts", async () => {
		expect(await both({ ...DATA, recognise: false })).toEqual({ followUps: [], conversations: [] });
	});
});
