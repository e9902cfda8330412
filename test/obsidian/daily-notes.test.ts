// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { getFile, runCommand } from "../fake-obsidian";
import { freezeClock, startPlugin, stopPlugin, sync, TODAY, type Started } from "../plugin-harness";

const JANE = "People/Jane Doe.md";
const CONFIG = ".obsidian/daily-notes.json";
const files = {
	[JANE]: "---\ntype: contact\nkeep-in-touch: 30\nlast-contact: 2026-10-01\n---\n",
	[CONFIG]: JSON.stringify({ folder: "Journal", format: "YYYY-MM-DD" }),
	"Journal/2026-11-10.md": "# Tuesday\n\nCoffee with [[Jane Doe]].\n",
};

let s: Started | undefined;
afterEach(() => stopPlugin(s));

async function start(f: Record<string, string>, data?: unknown): Promise<Started> {
	freezeClock();
	s = await startPlugin(f, data === undefined ? {} : { data });
	await sync(s);
	return s;
}

const keepInTouch = ({ plugin }: Started) => plugin.live.index.followUps(TODAY).filter((f) => f.kind === "keep-in-touch").map((f) => f.due);

describe("daily notes in the plugin", () => {
	it("count a daily note's links from the metadata cache, in the folder and format of daily-notes.json", async () => {
		const st = await start(files);
		expect(keepInTouch(st)).toEqual(["2026-12-10"]);
	});
	it("follow edits, renames and deletions of daily notes", async () => {
		const st = await start(files);
		const note = getFile(st.app, "Journal/2026-11-10.md");
		await st.app.vault.modify(note, "Nothing today.\n");
		await sync(st);
		expect(keepInTouch(st)).toEqual(["2026-10-31"]);
		await st.app.vault.modify(note, '---\nwith: "[[Jane Doe]]"\n---\n');
		await sync(st);
		expect(keepInTouch(st)).toEqual(["2026-12-10"]);
		await st.app.fileManager.renameFile(note, "Journal/2026-11-12.md");
		await sync(st);
		expect(keepInTouch(st)).toEqual(["2026-12-12"]);
		await st.app.vault.createFolder("Archive");
		await st.app.fileManager.renameFile(getFile(st.app, "Journal/2026-11-12.md"), "Archive/2026-11-12.md");
		await sync(st);
		expect(keepInTouch(st)).toEqual(["2026-10-31"]);
		await st.app.vault.create("Journal/2026-11-15.md", "[[Jane Doe]]");
		await sync(st);
		expect(keepInTouch(st)).toEqual(["2026-12-15"]);
		await st.app.vault.delete(getFile(st.app, "Journal/2026-11-15.md"));
		await sync(st);
		expect(keepInTouch(st)).toEqual(["2026-10-31"]);
	});
	it("report a format it cannot read once, on daily-notes.json, and skip the rule", async () => {
		const st = await start({ ...files, [CONFIG]: JSON.stringify({ folder: "Journal", format: "YYYY-[W]ww" }) });
		expect(keepInTouch(st)).toEqual(["2026-10-31"]);
		expect(st.plugin.live.index.problems()).toEqual([{ note: CONFIG, property: null, message: expect.stringContaining('"ww" is not supported') }]);
	});
	it("read daily-notes.json again on Rebuild the index", async () => {
		const st = await start({ ...files, [CONFIG]: JSON.stringify({ folder: "Elsewhere" }) });
		expect(keepInTouch(st)).toEqual(["2026-10-31"]);
		await st.app.vault.adapter.write(CONFIG, JSON.stringify({ folder: "Journal" }));
		await runCommand(st.app, "rebuild-index");
		await sync(st);
		expect(keepInTouch(st)).toEqual(["2026-12-10"]);
	});
	it("stop counting when the setting is turned off, and count again when it is turned on", async () => {
		const st = await start(files, { dailyNotes: false });
		expect(keepInTouch(st)).toEqual(["2026-10-31"]);
		await st.plugin.updateSettings((x) => {
			x.dailyNotes = true;
		});
		await sync(st);
		expect(keepInTouch(st)).toEqual(["2026-12-10"]);
		await st.plugin.updateSettings((x) => {
			x.dailyNotes = false;
		});
		await sync(st);
		expect(keepInTouch(st)).toEqual(["2026-10-31"]);
	});
});

