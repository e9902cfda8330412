// @vitest-environment happy-dom
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import InformationalInterviewsPlugin from "../../src/main";
import {
	cliCommands,
	createFakeApp,
	fileContent,
	loadPlugin,
	noticeMessages,
	resetFakeObsidian,
	runCliHandler,
	runCommand,
	unloadPlugin,
	useObsidianWithoutNewerPluginApis,
} from "../fake-obsidian";
import { cli } from "../cli/run-cli";
import { freezeClock, MANIFEST, readVaultFolder, REPO, sync, TODAY, type Started } from "../plugin-harness";

const root = join(REPO, "example-vault");
const ICS = "Networking/Follow-ups.ics";
let s: Started | null = null;

beforeEach(() => freezeClock());
afterEach(() => {
	if (s) unloadPlugin(s.plugin);
	s = null;
	resetFakeObsidian();
	vi.useRealTimers();
});

async function exampleVault(data: Record<string, unknown> = {}): Promise<Started> {
	// Named as the folder, as Obsidian names a vault: the calendar's name and links use it.
	const app = createFakeApp(readVaultFolder(root), { vaultName: "example-vault" });
	return { app, plugin: await loadPlugin(InformationalInterviewsPlugin, app, { manifest: MANIFEST, data: { digest: false, ...data } }) };
}

/**
 * The output with the text of whole-note YAML errors set aside: Obsidian's YAML reader and
 * the command line's gray-matter word them differently (the note and `property: null` stay).
 */
function sameReader(text: string): string {
	return text.replace(/("property": null,\n\s*"message": )"[^\n]*"/g, '$1"(YAML error)"').replace(/^(\s+)(the frontmatter|the properties) (is|are) not valid YAML: .*$/gm, "$1(YAML error)");
}

describe("Obsidian's command line", () => {
	it("registers informational-interviews, :due and :ics", async () => {
		s = await exampleVault();
		expect(cliCommands(s.app).sort()).toEqual(["informational-interviews", "informational-interviews:due", "informational-interviews:ics"]);
	});

	it(":due json gives the JSON of node dist/cli.js due --json on the example vault, for the same day and horizon", async () => {
		s = await exampleVault();
		for (const days of [undefined, "0", "30"]) {
			const params: Record<string, string> = { json: "true", today: TODAY, ...(days === undefined ? {} : { days }) };
			const node = await cli("due", root, "--today", TODAY, "--json", ...(days === undefined ? [] : ["--days", days]));
			expect(node.code).toBe(0);
			const obsidian = await runCliHandler(s.app, "informational-interviews:due", params);
			expect(sameReader(obsidian)).toBe(sameReader(node.stdout));
			expect(obsidian).not.toBe(sameReader(obsidian));
			expect(JSON.parse(obsidian)).toHaveProperty("conversations");
		}
	});

	it("informational-interviews prints today's report as due does, from the live index", async () => {
		s = await exampleVault();
		const node = await cli("due", root);
		expect(sameReader(await runCliHandler(s.app, "informational-interviews"))).toBe(sameReader(node.stdout));
		expect(sameReader(await runCliHandler(s.app, "informational-interviews:due"))).toBe(sameReader(node.stdout));
		// Live: a follow-up completed in Obsidian is gone from the next answer.
		const before = await runCliHandler(s.app, "informational-interviews:due", { json: "true" });
		const dev = s.app.vault.getFileByPath("Networking/Interviews/2026-11-20 Dev Patel.md");
		await s.app.fileManager.processFrontMatter(dev!, (fm: Record<string, unknown>) => {
			fm["thank-you-sent"] = TODAY;
		});
		await sync(s);
		const after = await runCliHandler(s.app, "informational-interviews:due", { json: "true" });
		const titles = (text: string) => (JSON.parse(text) as { followUps: { title: string }[] }).followUps.map((f) => f.title);
		expect(titles(before)).toContain("Send a thank-you to Dev Patel");
		expect(titles(after)).not.toContain("Send a thank-you to Dev Patel");
	});

	it(":ics writes the calendar file the command does, and says what it wrote", async () => {
		s = await exampleVault();
		const said = await runCliHandler(s.app, "informational-interviews:ics");
		expect(said).toMatch(/^Wrote 17 follow-ups and 2 conversations to Networking\/Follow-ups\.ics\.\n$/);
		expect(fileContent(s.app, ICS)).toBe((await cli("ics", root, "--today", TODAY)).stdout);
		expect(await runCliHandler(s.app, "informational-interviews:ics")).toBe(`${ICS} is up to date: 17 follow-ups and 2 conversations.\n`);
		await runCliHandler(s.app, "informational-interviews:ics", { "overdue-today": "true", days: "30" });
		expect(fileContent(s.app, ICS)).toBe((await cli("ics", root, "--today", TODAY, "--overdue-today", "--days", "30")).stdout);
	});

	it("answers a bad flag with one error line, in Obsidian's spelling, and writes nothing", async () => {
		s = await exampleVault();
		expect(await runCliHandler(s.app, "informational-interviews:due", { days: "x" })).toBe(
			'error: days= must be a whole number of days from 0 to 3650, not "x"\n',
		);
		expect(await runCliHandler(s.app, "informational-interviews:due", { today: "2026-02-30" })).toMatch(/^error: today= must be a date written YYYY-MM-DD/);
		expect(await runCliHandler(s.app, "informational-interviews:ics", { days: "true" })).toMatch(/^error: days= must be a whole number/);
		expect(s.app.vault.getFileByPath(ICS)).toBeNull();
	});
});

describe("an Obsidian without registerCliHandler and registerBasesView", () => {
	it("loads the plugin, which works without those surfaces", async () => {
		useObsidianWithoutNewerPluginApis();
		s = await exampleVault();
		expect(cliCommands(s.app)).toEqual([]);
		expect(await runCommand(s.app, "export-calendar")).toBe(true);
		expect(noticeMessages()).toContain(`Wrote 17 follow-ups and 2 conversations to ${ICS}.`);
		expect(await runCommand(s.app, "open-follow-ups")).toBe(true);
	});
});
