// @vitest-environment happy-dom
/**
 * The start-up scan of a large vault runs in slices (at most `sliceMs`, then back to the event
 * loop): the index tells how far it is after each slice, tells its listeners only once every
 * note is in and the follow-ups are worked out, and ends where reading everything at once ends,
 * edits and a rebuild during the scan included.
 */
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_RULE_SETTINGS } from "../../src/domain/rule-windows";
import { dueReport } from "../../src/index/due-report";
import { LiveIndex, type ScanProgress } from "../../src/obsidian/live-index";
import { readingText } from "../../src/ui/reading";
import { Component, type App } from "obsidian";
import { createFakeApp, destroyFakeApp, getFile, settle } from "../fake-obsidian";

const TODAY = "2026-11-22";
const NOON = new Date(2026, 10, 22, 12);

/** 800 contacts, 1,600 interviews (requests, conversations held, referrals) and 200 other notes. */
function largeVault(): Record<string, string> {
	const files: Record<string, string> = {};
	for (let i = 0; i < 800; i++) {
		files[`People/Person ${i}.md`] = `---\ntype: contact\nfield: Field ${i % 9}\nkeep-in-touch: ${i % 3 === 0 ? "30 days" : "90 days"}\nlast-contact: 2026-0${(i % 9) + 1}-1${i % 10}\n---\n`;
	}
	for (let j = 0; j < 1600; j++) {
		const status = ["requested", "scheduled", "done", "done"][j % 4];
		const date = `2026-1${j % 2}-${String((j % 28) + 1).padStart(2, "0")}`;
		const referral = j % 5 === 0 ? `\nreferrals:\n  - "[[Person ${(j * 7) % 900}]]"` : "";
		files[`Interviews/Conversation ${j}.md`] = `---\ntype: interview\ncontact: "[[Person ${(j * 3) % 850}]]"\nstatus: ${status}\nrequested: 2026-09-01\ndate: ${date}${referral}\n---\n`;
	}
	for (let k = 0; k < 200; k++) files[`Journal/Day ${k}.md`] = `---\ntags: [journal]\n---\nA day.\n`;
	return files;
}

const apps: App[] = [];
const owners: Component[] = [];
afterEach(() => {
	for (const o of owners.splice(0)) o.unload();
	for (const a of apps.splice(0)) destroyFakeApp(a);
});

function setUp(sliceMs: number): { app: App; live: LiveIndex; owner: Component } {
	const app = createFakeApp(largeVault(), { warm: true, mount: false });
	const live = new LiveIndex(app, DEFAULT_RULE_SETTINGS, { now: () => NOON, sliceMs });
	const owner = new Component();
	owner.load();
	apps.push(app);
	owners.push(owner);
	return { app, live, owner };
}

/** What reading the same vault in one go gives. */
async function atOnce(): Promise<ReturnType<typeof dueReport>> {
	const { live, owner } = setUp(Infinity);
	await live.start(owner);
	return dueReport(live.index, TODAY, 14);
}

describe("the start-up scan of a large vault", () => {
	it("runs in slices, says how far it is, and tells its listeners once, at the end", async () => {
		const { live, owner } = setUp(0);
		const seen: ScanProgress[] = [];
		const readyDuring: boolean[] = [];
		let changes = 0;
		let complete = false;
		const completeDuring: boolean[] = [];
		live.onProgress(() => {
			const p = live.progress;
			if (p) seen.push(p);
			readyDuring.push(live.isReady);
			completeDuring.push(complete);
			// Settings saved meanwhile: listeners still hear nothing before the end.
			if (seen.length === 2) live.setSettings(DEFAULT_RULE_SETTINGS);
		});
		live.onChange(() => changes++);
		void live.whenComplete().then(() => (complete = true));
		const scan = live.start(owner);
		// Back from start() before the scan is done: the rest comes in later tasks.
		expect(live.isReady).toBe(false);
		expect(live.progress).not.toBeNull();
		await scan;
		expect(live.isReady).toBe(true);
		expect(live.progress).toBeNull();
		expect(changes).toBe(1);
		expect(readyDuring.every((r) => !r)).toBe(true);
		expect(completeDuring.every((c) => !c)).toBe(true);
		await Promise.resolve();
		expect(complete).toBe(true);
		// Reading (a look at the clock every 4 notes), then working out the follow-ups, as the view words it.
		const reading = seen.filter((p) => p.read < p.total);
		expect(reading.length).toBeGreaterThan(10);
		expect(reading.map((p) => p.read)).toEqual([...reading.map((p) => p.read)].sort((a, b) => a - b));
		expect(seen.every((p) => p.total === 2600)).toBe(true);
		expect(seen.some((p) => p.read === p.total)).toBe(true);
		expect(readingText(reading[299] ?? null)).toBe("Reading 1,200 of 2,600 notes…");
		expect(readingText({ read: 2600, total: 2600 })).toBe("Working out your follow-ups…");
		expect(dueReport(live.index, TODAY, 14)).toEqual(await atOnce());
	});

	it("ends where reading at once ends, with an edit and a deletion during the scan", async () => {
		const { app, live, owner } = setUp(0);
		let edited = false;
		live.onProgress(() => {
			if (edited) return;
			edited = true;
			// One note the scan has read, one it has not reached yet; one deleted.
			void app.vault.modify(getFile(app, "Interviews/Conversation 2.md"), '---\ntype: interview\ncontact: "[[Person 6]]"\nstatus: cancelled\n---\n');
			void app.vault.modify(getFile(app, "People/Person 799.md"), "---\ntype: contact\nstatus: archived\n---\n");
			void app.vault.delete(getFile(app, "People/Person 798.md"));
		});
		await live.start(owner);
		await settle(app);
		await live.settled();
		live.flush();
		const { app: other, live: reference, owner: refOwner } = setUp(Infinity);
		await other.vault.modify(getFile(other, "Interviews/Conversation 2.md"), '---\ntype: interview\ncontact: "[[Person 6]]"\nstatus: cancelled\n---\n');
		await other.vault.modify(getFile(other, "People/Person 799.md"), "---\ntype: contact\nstatus: archived\n---\n");
		await other.vault.delete(getFile(other, "People/Person 798.md"));
		await settle(other);
		await reference.start(refOwner);
		expect(edited).toBe(true);
		expect(dueReport(live.index, TODAY, 14)).toEqual(dueReport(reference.index, TODAY, 14));
	});

	it("starts over when rebuilt during the scan, and ends where reading at once ends", async () => {
		const { live, owner } = setUp(0);
		let rebuilt: Promise<void> | null = null;
		live.onProgress(() => {
			if (!rebuilt && (live.progress?.read ?? 0) > 1000) rebuilt = live.rebuild();
		});
		await live.start(owner);
		expect(rebuilt).not.toBeNull();
		await rebuilt;
		expect(live.isReady).toBe(true);
		expect(dueReport(live.index, TODAY, 14)).toEqual(await atOnce());
	});
});
