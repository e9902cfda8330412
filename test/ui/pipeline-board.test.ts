// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import InformationalInterviewsPlugin from "../../src/main";
import { BOARD_VIEW_ID } from "../../src/ui/board-view";
import { ScheduleModal } from "../../src/ui/schedule-modal";
import {
	basesViewIds,
	clearNotices,
	createFakeApp,
	fileContent,
	getFile,
	isCommandAvailable,
	loadPlugin,
	noticeMessages,
	openBasesView,
	openModals,
	setBasesEnabled,
	clickMenuItem,
	menuItems,
	useObsidianWithoutNewerPluginApis,
	type OpenBasesView,
} from "../fake-obsidian";
import {
	ANA_INTERVIEW,
	BO_INTERVIEW,
	freezeClock,
	JANE_INTERVIEW,
	MANIFEST,
	openNote,
	openView,
	PATHS,
	shownItems,
	smallVault,
	startPlugin,
	stopPlugin,
	sync,
	TODAY,
	undoButton,
	withPropertyAdded,
	type Started,
} from "../plugin-harness";

let s: Started | undefined;
let board: OpenBasesView | undefined;

afterEach(() => {
	board?.close();
	board = undefined;
	stopPlugin(s);
	s = undefined;
});

const ROWS = [PATHS.boInterview, PATHS.anaInterview, PATHS.janeInterview, PATHS.sam];

async function start(files = smallVault()): Promise<{ s: Started; board: OpenBasesView }> {
	freezeClock();
	s = await startPlugin(files, { data: { digest: false } });
	await sync(s);
	board = openBasesView(s.app, BOARD_VIEW_ID, ROWS);
	clearNotices();
	return { s, board };
}

/** Column id → the people on its cards, in order; a folded column as `folded (count)`. */
function columns(b: OpenBasesView): Record<string, string[] | string> {
	const out: Record<string, string[] | string> = {};
	for (const col of b.containerEl.querySelectorAll<HTMLElement>(".informational-interviews-board-column")) {
		const id = col.dataset.column ?? "";
		const count = col.querySelector(".informational-interviews-board-count")?.textContent ?? "";
		out[id] = col.hasClass("is-folded") ? `folded (${count})` : [...col.querySelectorAll(".informational-interviews-board-person")].map((p) => p.textContent ?? "");
	}
	return out;
}

function card(b: OpenBasesView, path: string): HTMLElement {
	const el = b.containerEl.querySelector<HTMLElement>(`.informational-interviews-board-card[data-path="${path}"]`);
	if (!el) throw new Error(`no card for ${path}`);
	return el;
}

function press(el: HTMLElement, key: string, init: KeyboardEventInit = {}): void {
	el.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true, ...init }));
}

async function settled(st: Started): Promise<void> {
	await sync(st);
	await sync(st);
}

describe("the pipeline board", () => {
	it("is registered as a Bases view and shows the base's interviews in their columns, the closed ones folded", async () => {
		const { s: st, board: b } = await start();
		expect(basesViewIds(st.app)).toEqual([BOARD_VIEW_ID]);
		expect(columns(b)).toEqual({
			preparing: [],
			requested: ["Bo Chen"],
			scheduled: ["Ana Ruiz"],
			done: ["Jane Doe"],
			declined: "folded (0)",
			cancelled: "folded (0)",
			"no-response": "folded (0)",
		});
		expect(b.containerEl.querySelector(".informational-interviews-board-note")?.textContent).toBe(
			"1 note of this base is not an interview (or has a status the plugin does not know): the board shows interview notes.",
		);
		const ana = card(b, PATHS.anaInterview);
		expect(ana.getAttribute("aria-label")).toBe("Ana Ruiz, Scheduled, Mon 23 Nov, Confirm the conversation with Ana Ruiz (tomorrow) · today");
		expect(card(b, PATHS.boInterview).querySelector(".informational-interviews-board-when")?.textContent).toBe("waiting 12 days");
	});

	it("Shift+Right on a card still ahead moves it to Done: status only, and Undo puts it back", async () => {
		const { s: st, board: b } = await start();
		const ana = card(b, PATHS.anaInterview);
		ana.focus();
		press(ana, "ArrowRight", { shiftKey: true });
		await settled(st);
		expect(fileContent(st.app, PATHS.anaInterview)).toBe(ANA_INTERVIEW.replace("status: scheduled", "status: done"));
		expect(columns(b)).toMatchObject({ scheduled: [], done: ["Ana Ruiz", "Jane Doe"] });
		expect(document.activeElement).toBe(card(b, PATHS.anaInterview));
		expect(noticeMessages()).toContain("Moved Ana Ruiz to Done. Undo");
		undoButton().click();
		await settled(st);
		expect(fileContent(st.app, PATHS.anaInterview)).toBe(ANA_INTERVIEW);
		expect(columns(b)).toMatchObject({ scheduled: ["Ana Ruiz"] });
	});

	it("Shift+Left from Done to Scheduled opens the Schedule dialog (nothing written until it is filled in)", async () => {
		const { s: st, board: b } = await start();
		press(card(b, PATHS.janeInterview), "ArrowLeft", { shiftKey: true });
		const modal = openModals().find((m): m is ScheduleModal => m instanceof ScheduleModal);
		if (!modal) throw new Error("no Schedule dialog");
		expect(modal.inputs.get("date")?.value).toBe("2026-11-19");
		modal.close();
		await settled(st);
		expect(fileContent(st.app, PATHS.janeInterview)).toBe(JANE_INTERVIEW);
	});

	it("the context menu moves to any column; to Requested it writes the status and, when missing, the request date", async () => {
		const { s: st, board: b } = await start();
		press(card(b, PATHS.anaInterview), "F10", { shiftKey: true });
		expect(menuItems().map((i) => i.title)).toEqual(["Move to Requested", "Move to Done", "Move to Declined", "Move to Cancelled", "Move to No response"]);
		clickMenuItem("Move to Requested");
		await settled(st);
		expect(fileContent(st.app, PATHS.anaInterview)).toBe(withPropertyAdded(ANA_INTERVIEW.replace("status: scheduled", "status: requested"), `requested: ${TODAY}`));
	});

	it("a drag onto another column moves the card; a drop on Preparing does nothing", async () => {
		const { s: st, board: b } = await start();
		const drag = (path: string, to: string) => {
			const data = new Map<string, string>();
			const dataTransfer = { setData: (k: string, v: string) => data.set(k, v), getData: (k: string) => data.get(k) ?? "", effectAllowed: "", dropEffect: "" };
			const fire = (el: Element, type: string) => {
				const evt = new Event(type, { bubbles: true, cancelable: true });
				Object.defineProperty(evt, "dataTransfer", { value: dataTransfer });
				el.dispatchEvent(evt);
				return evt;
			};
			const target = b.containerEl.querySelector(`[data-column="${to}"]`);
			if (!target) throw new Error(`no column ${to}`);
			fire(card(b, path), "dragstart");
			const over = fire(target, "dragover");
			fire(target, "drop");
			return over.defaultPrevented;
		};
		expect(drag(PATHS.boInterview, "preparing")).toBe(false);
		await settled(st);
		expect(fileContent(st.app, PATHS.boInterview)).toBe(BO_INTERVIEW);
		expect(drag(PATHS.boInterview, "declined")).toBe(true);
		await settled(st);
		expect(fileContent(st.app, PATHS.boInterview)).toBe(BO_INTERVIEW.replace("status: requested", "status: declined"));
		expect(columns(b)).toMatchObject({ requested: [], declined: "folded (1)" });
	});

	it("a note changed since the board showed it is left as it is, and the notice names what changed", async () => {
		const { s: st, board: b } = await start();
		const ana = card(b, PATHS.anaInterview);
		const theirs = ANA_INTERVIEW.replace("status: scheduled", "status: cancelled");
		await st.app.vault.modify(getFile(st.app, PATHS.anaInterview), theirs);
		press(ana, "ArrowRight", { shiftKey: true });
		await settled(st);
		expect(fileContent(st.app, PATHS.anaInterview)).toBe(theirs);
		expect(noticeMessages().join("\n")).toContain('"2026-11-23 Ana Ruiz" changed since it was shown ("status")');
		expect(columns(b)).toMatchObject({ scheduled: [], cancelled: "folded (1)" });
	});

	it("a folded column opens on demand, and arrow keys move the focus between cards", async () => {
		const { s: st, board: b } = await start();
		const toggle = b.containerEl.querySelector<HTMLButtonElement>('[data-column="declined"] button.informational-interviews-board-fold');
		toggle?.click();
		expect(b.containerEl.querySelector('[data-column="declined"]')?.hasClass("is-folded")).toBe(false);
		expect(b.containerEl.querySelector('[data-column="declined"] button')?.getAttribute("aria-expanded")).toBe("true");
		const bo = card(b, PATHS.boInterview);
		bo.focus();
		press(bo, "ArrowRight");
		expect(document.activeElement).toBe(card(b, PATHS.anaInterview));
		press(card(b, PATHS.anaInterview), "ArrowRight");
		expect(document.activeElement).toBe(card(b, PATHS.janeInterview));
		await settled(st);
		expect(fileContent(st.app, PATHS.boInterview)).toBe(BO_INTERVIEW);
	});
});

describe("without Bases views (Obsidian before 1.10, or Bases turned off)", () => {
	it("the plugin loads and works, with no board", async () => {
		useObsidianWithoutNewerPluginApis();
		freezeClock();
		s = await startPlugin(smallVault(), { data: { digest: false } });
		expect(basesViewIds(s.app)).toEqual([]);
		expect("registerBasesView" in s.plugin).toBe(false);
		const view = await openView(s);
		expect(shownItems(view).length).toBeGreaterThan(0);
		await openNote(s, PATHS.anaInterview);
		expect(isCommandAvailable(s.app, "mark-confirmed")).toBe(true);
	});

	it("with Bases turned off in the vault, registering says no and nothing else changes", async () => {
		freezeClock();
		const app = createFakeApp(smallVault());
		setBasesEnabled(app, false);
		const plugin = await loadPlugin(InformationalInterviewsPlugin, app, { manifest: MANIFEST, data: { digest: false } });
		s = { app, plugin };
		expect(basesViewIds(app)).toEqual([]);
		await sync(s);
		expect(plugin.live.index.followUps(TODAY).length).toBeGreaterThan(0);
	});
});
