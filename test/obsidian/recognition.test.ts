// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { dueReport } from "../../src/index/due-report";
import { createFakeApp, getFile, loadPlugin, resetFakeObsidian, unloadPlugin } from "../fake-obsidian";
import { byHand, EXAMPLE_RECOGNITION, essentials } from "../fixtures/recognition-settings";
import InformationalInterviewsPlugin from "../../src/main";
import { freezeClock, MANIFEST, readVaultFolder, REPO, sync, TODAY, type Started } from "../plugin-harness";

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
