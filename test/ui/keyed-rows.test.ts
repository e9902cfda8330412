// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getFile, unloadPlugin } from "../fake-obsidian";
import { freezeClock, openView, PATHS, shownItems, smallVault, startPlugin, sync, type Started } from "../plugin-harness";
import type { FollowUpsView } from "../../src/ui/follow-ups-view";

/**
 * A render after a change keeps the rows of every follow-up that did not
 * change (the same elements), so a change to one note touches its rows only,
 * and what the user did in the view (focus, a collapsed section, "Show more")
 * stays as it was.
 */

let started: Started | null = null;
beforeEach(() => freezeClock());
afterEach(() => {
	if (started) unloadPlugin(started.plugin);
	started = null;
});

/** The row element of each follow-up shown, by kind and note. */
function rowsByItem(view: FollowUpsView): Map<string, HTMLElement> {
	view.drawAll();
	return new Map([...view.contentEl.querySelectorAll<HTMLElement>("li.informational-interviews-item")].map((li) => [`${li.dataset.kind} ${li.dataset.note}`, li]));
}

/** Bo Chen's request, answered: his nudge leaves, nothing else changes. */
async function answerBo(s: Started): Promise<void> {
	const file = getFile(s.app, PATHS.boInterview);
	const text = await s.app.vault.read(file);
	await s.app.vault.modify(file, text.replace(/status: requested/, "status: declined"));
	await sync(s);
}

describe("keyed rows", () => {
	it("a change to one note replaces its rows only: every other row is the element it was", async () => {
		const s = (started = await startPlugin(smallVault()));
		const view = await openView(s);
		const before = rowsByItem(view);
		const heading = view.contentEl.querySelector(".informational-interviews-section-overdue");
		const fields = view.contentEl.querySelector(".informational-interviews-section-fields");
		expect(before.has(`nudge ${PATHS.boInterview}`)).toBe(true);
		await answerBo(s);
		const after = rowsByItem(view);
		expect(after.has(`nudge ${PATHS.boInterview}`)).toBe(false);
		expect(after.size).toBe(before.size - 1);
		for (const [key, li] of after) expect(li, key).toBe(before.get(key));
		// The sections around them are kept too, with the new count.
		expect(view.contentEl.querySelector(".informational-interviews-section-overdue")).toBe(heading);
		expect(view.contentEl.querySelector(".informational-interviews-section-fields")).toBe(fields);
		expect(heading?.querySelector(".informational-interviews-count")?.textContent).toBe(String(shownItems(view).filter((i) => i.section === "Overdue").length));
	});

	it("a follow-up that changed gets a new row, in its place", async () => {
		const s = (started = await startPlugin(smallVault()));
		const view = await openView(s);
		const before = rowsByItem(view);
		const order = [...before.keys()];
		const key = `keep-in-touch ${PATHS.sam}`;
		const was = before.get(key)?.querySelector(".informational-interviews-item-when")?.textContent;
		// Sam's keep-in-touch falls due a day later: still overdue, still in its place.
		const file = getFile(s.app, PATHS.sam);
		await s.app.vault.modify(file, (await s.app.vault.read(file)).replace("last-contact: 2026-08-01", "last-contact: 2026-08-02"));
		await sync(s);
		const after = rowsByItem(view);
		expect(after.get(key)).not.toBe(before.get(key));
		expect(after.get(key)?.querySelector(".informational-interviews-item-when")?.textContent).not.toBe(was);
		expect([...after.keys()]).toEqual(order);
		for (const [k, li] of after) if (k !== key) expect(li, k).toBe(before.get(k));
	});

	it("focus, a collapsed section and the pages shown stay across a change elsewhere", async () => {
		const files = smallVault();
		for (let i = 0; i < 70; i++) {
			files[`I/${String(i).padStart(3, "0")}.md`] = `---\ntype: interview\ncontact: "[[P${i}]]"\nstatus: done\ndate: 2026-10-01\n---\n`;
			files[`C/P${i}.md`] = "---\ntype: contact\n---\n";
		}
		const s = (started = await startPlugin(files));
		const view = await openView(s);
		const overdue = () => view.contentEl.querySelector<HTMLElement>(".informational-interviews-section-overdue");
		const rows = () => overdue()?.querySelectorAll<HTMLElement>("li.informational-interviews-item").length;
		overdue()?.querySelector<HTMLButtonElement>(".informational-interviews-show-more")?.click();
		view.drawAll();
		const shownOverdue = rows();
		expect(shownOverdue).toBeGreaterThan(50);
		const fieldsToggle = view.contentEl.querySelector<HTMLButtonElement>(".informational-interviews-section-fields .informational-interviews-section-toggle");
		fieldsToggle?.click();
		const focused = rowsByItem(view).get(`thank-you I/060.md`);
		focused?.focus();
		expect(view.contentEl.ownerDocument.activeElement).toBe(focused);
		await answerBo(s);
		view.drawAll();
		expect(view.contentEl.ownerDocument.activeElement).toBe(focused);
		expect(rows()).toBe((shownOverdue ?? 0) - 1);
		expect(view.contentEl.querySelector(".informational-interviews-section-fields")?.classList.contains("is-collapsed")).toBe(true);
		expect(fieldsToggle?.getAttribute("aria-expanded")).toBe("false");
	});
});
