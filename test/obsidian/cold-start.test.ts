// @vitest-environment happy-dom
/**
 * Start-up as Obsidian really does it, in both of its shapes: warm (the metadata cache already
 * holds every note when the layout is ready) and cold (part of it is still empty then; those
 * notes are read a moment later, with or without a `changed` event each, then one `resolved`).
 * The same expectations hold in every shape, and the plugin agrees with the command line on the
 * same notes.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { indexVault } from "../../src/cli/vault-reader";
import { dueReport } from "../../src/index/due-report";
import InformationalInterviewsPlugin from "../../src/main";
import { createFakeApp, getFile, loadPlugin, noticeMessages } from "../fake-obsidian";
import { freezeClock, MANIFEST, openView, PATHS, PLUGIN_ID, shownItems, smallVault, startPlugin, stopPlugin, sync, TODAY, type StartOptions, type Started } from "../plugin-harness";

const BOM = "\uFEFF";
const BOM_CONTACT = "People/Kim Park.md";
const BOM_NOTE = `${BOM}---\r\ntype: contact\r\nfield: Data science\r\nlast-contact: 2026-07-01\r\nkeep-in-touch: 90 days\r\n---\r\n# Kim Park\r\n`;
const UNCLOSED = "People/Unclosed.md";
const BOM_BROKEN = "People/Bom broken.md";
/** Broken YAML in a block that never mentions `type`: it cannot make a contact or an interview. */
const JOURNAL = "Journal/2026-11-01.md";

/** The small vault, plus a contact saved with a byte-order mark and CRLF line ends, two more broken notes (one with a BOM) and a broken journal note. */
function vault(): Record<string, string> {
	return {
		...smallVault(),
		[BOM_CONTACT]: BOM_NOTE,
		[UNCLOSED]: "---\ntype: contact\nrole: [unclosed\n---\n",
		[BOM_BROKEN]: `${BOM}---\ntype: contact\nrole: a: b\n---\n`,
		[JOURNAL]: "---\ntags: [unclosed\nmood: fine: really\n---\n# A day\n",
	};
}

/** What the command line reports for the same notes (written to a folder on disk). */
function cliReport(files: Record<string, string>) {
	const dir = mkdtempSync(join(tmpdir(), "ii-cold-"));
	folders.push(dir);
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	return dueReport(indexVault(dir), TODAY, 14);
}
const folders: string[] = [];
afterAll(() => {
	for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

const digests = () => noticeMessages().filter((m) => m.includes("Informational interviews"));

let started: Started | undefined;
async function start(files: Record<string, string>, options: StartOptions): Promise<Started> {
	started = await startPlugin(files, options);
	await sync(started);
	return started;
}
beforeEach(() => freezeClock());
afterEach(() => {
	stopPlugin(started);
	started = undefined;
});

const MODES: [string, StartOptions][] = [
	["warm", {}],
	["cold", { coldStart: true }],
	["cold (no changed events for the notes read late)", { coldStart: true, coldStartEvents: false }],
];

describe.each(MODES)("a %s start", (_mode, mode) => {
	it("indexes every note once the cache is complete, as the command line does", async () => {
		const files = vault();
		const s = await start(files, mode);
		const report = dueReport(s.plugin.live.index, TODAY, 14);
		const cli = cliReport(files);
		expect(report.followUps).toEqual(cli.followUps);
		// The parsers differ (Obsidian's and the command line's), so their messages do; the notes do not.
		const where = (problems: typeof report.problems) => problems.map((p) => [p.note, p.property]);
		expect(where(report.problems)).toEqual(where(cli.problems));
		expect(report.fields).toEqual(cli.fields);
		// The BOM note is read, and both broken notes are reported.
		expect(report.followUps.map((f) => f.note)).toContain(BOM_CONTACT);
		expect(report.problems.map((p) => p.note)).toEqual(expect.arrayContaining([PATHS.broken, UNCLOSED, BOM_BROKEN]));
		// A block that never mentions `type` is neither parsed nor reported, by either.
		expect(report.problems.map((p) => p.note)).not.toContain(JOURNAL);
	});

	it("shows one digest that names every follow-up due or overdue today", async () => {
		await start(vault(), mode);
		expect(digests()).toHaveLength(1);
		// Sam, Bo, Jane ×2, Kim overdue; Ana to confirm today.
		expect(digests()[0]).toContain("6 follow-ups are due.");
	});

	it("the digest counts a follow-up due today in the note parsed last", async () => {
		await start(vault(), { ...mode, coldStart: mode.coldStart ? (path) => path === PATHS.anaInterview : undefined });
		expect(digests()).toHaveLength(1);
		expect(digests()[0]).toContain("6 follow-ups are due.");
	});

	it("the next day's digest counts only what came due since, late notes included", async () => {
		await start(vault(), { ...mode, data: { lastDigestDay: "2026-11-21" } });
		expect(digests()).toEqual([expect.stringContaining("1 follow-up came due since you last looked (6 due in all).")]);
		expect(digests()[0]).toContain("Confirm the conversation with Ana Ruiz (tomorrow)");
	});

	it("the view and the status bar show the notes parsed late", async () => {
		const s = await start(vault(), mode);
		const view = await openView(s);
		expect(shownItems(view).filter((i) => i.section === "Overdue" || i.section === "Today")).toHaveLength(6);
		expect(document.querySelector(`.status-bar-item.plugin-${PLUGIN_ID}`)?.textContent).toBe("6 follow-ups due");
	});

	it("keeps following edits after start-up, to notes read late as to the others", async () => {
		const s = await start(vault(), mode);
		const view = await openView(s);
		// Sam Lee is read late at a cold start; Ana's interview early.
		await s.app.vault.modify(getFile(s.app, PATHS.sam), "---\ntype: contact\nfield: UX research\n---\n");
		await s.app.vault.modify(getFile(s.app, PATHS.anaInterview), "---\ntype: interview\ncontact: \"[[Ana Ruiz]]\"\nstatus: cancelled\n---\n");
		await sync(s);
		const kinds = shownItems(view).map((i) => `${i.kind} ${i.note}`);
		expect(kinds).not.toContain(`keep-in-touch ${PATHS.sam}`);
		expect(kinds).not.toContain(`confirm ${PATHS.anaInterview}`);
		expect(kinds).toContain(`keep-in-touch ${BOM_CONTACT}`);
	});

	it("reports broken YAML when the cache keeps no frontmatterPosition for it (the yaml section tells)", async () => {
		const s = await start(vault(), { ...mode, positionOnBrokenYaml: false });
		await sync(s);
		const problems = dueReport(s.plugin.live.index, TODAY, 14).problems.filter((p) => [PATHS.broken, UNCLOSED, BOM_BROKEN].includes(p.note));
		expect(problems.map((p) => p.note).sort()).toEqual([BOM_BROKEN, PATHS.broken, UNCLOSED]);
		for (const p of problems) expect(p.message).toMatch(/^the properties are not valid YAML: /);
	});
});

describe("a cold start where a note goes before the cache reads it", () => {
	it("shows the digest at the first resolved, without waiting for that note", async () => {
		const files = vault();
		/** Deletes Ana's interview once the plugin has scanned, before the cache has read it. */
		class DeletesEarly extends InformationalInterviewsPlugin {
			override async onload(): Promise<void> {
				await super.onload();
				this.app.workspace.onLayoutReady(() => void this.app.vault.delete(getFile(this.app, PATHS.anaInterview)));
			}
		}
		const app = createFakeApp(files);
		const plugin = await loadPlugin(DeletesEarly, app, { manifest: MANIFEST, coldStart: (path) => path === PATHS.anaInterview });
		started = { app, plugin };
		await sync(started);
		// Without `resolved`, the digest would wait for a note that never comes (CACHE_WAIT_MS).
		expect(digests()).toEqual([expect.stringContaining("5 follow-ups are due.")]);
	});
});
