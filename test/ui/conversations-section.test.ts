// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { NewContactModal } from "../../src/ui/new-contact-modal";
import { openModals, settle } from "../fake-obsidian";
import { ANA_INTERVIEW, freezeClock, openView, PATHS, PLUGIN_ID, smallVault, startPlugin, stopPlugin, sync, type Started } from "../plugin-harness";

let s: Started | undefined;
afterEach(() => {
	stopPlugin(s);
	s = undefined;
	vi.useRealTimers();
});
beforeEach(() => freezeClock());

const TODAYS = "Networking/Interviews/2026-11-22 Jane Doe.md";
const LATER = "Networking/Interviews/2026-11-22 Sam Lee.md";

/** The small vault plus a video call with Jane today at 16:00 and a room with Sam at 18:30; Ana's interview is tomorrow, untimed. */
function vault(): Record<string, string> {
	return {
		...smallVault(),
		[TODAYS]: `---\ntype: interview\ncontact: "[[Jane Doe]]"\nstatus: scheduled\ndate: 2026-11-22T16:00\nformat: video\nlocation: https://meet.example.org/jane\n---\n`,
		[LATER]: `---\ntype: interview\ncontact: "[[Sam Lee]]"\ndate: 2026-11-22T18:30\nformat: in person\nlocation: Room 4, Harbor Library\n---\n`,
		"Networking/Interviews/2026-11-24 Ana Ruiz.md": `---\ntype: interview\ncontact: "[[Ana Ruiz]]"\nstatus: scheduled\ndate: 2026-11-24\n---\n`,
		"Networking/Interviews/evil.md": `---\ntype: interview\ncontact: "[[Ana Ruiz]]"\nstatus: scheduled\ndate: 2026-11-23T12:00\nlocation: "javascript:alert(1)"\n---\n`,
	};
}

const rows = (el: HTMLElement) => [...el.querySelectorAll<HTMLElement>(".informational-interviews-section-conversations li.informational-interviews-conversation")];

describe("the conversations section", () => {
	it("comes first, with today's and tomorrow's conversations: who, when, how, where", async () => {
		s = await startPlugin(vault(), { data: { digest: false } });
		const view = await openView(s);
		const first = view.contentEl.querySelector(".informational-interviews-section");
		expect(first?.classList.contains("informational-interviews-section-conversations")).toBe(true);
		expect(first?.querySelector(".informational-interviews-section-title")?.textContent).toBe("Conversations");
		expect(
			rows(view.contentEl).map((li) => [li.dataset.note, li.querySelector(".informational-interviews-item-title")?.textContent, li.querySelector(".informational-interviews-item-meta")?.textContent]),
		).toEqual([
			[TODAYS, "Conversation with Jane Doe", "Today at 16:00videohttps://meet.example.org/jane"],
			[LATER, "Conversation with Sam Lee", "Today at 18:30in personRoom 4, Harbor Library"],
			[PATHS.anaInterview, "Conversation with Ana Ruiz", "Tomorrow"],
			["Networking/Interviews/evil.md", "Conversation with Ana Ruiz", "Tomorrow at 12:00javascript:alert(1)"],
		]);
		expect(rows(view.contentEl)[0]?.getAttribute("aria-label")).toBe("Jane Doe, Today at 16:00, video, https://meet.example.org/jane");
	});

	it("opens a web location as a link and shows any other location as text", async () => {
		s = await startPlugin(vault(), { data: { digest: false } });
		const view = await openView(s);
		const links = view.contentEl.querySelectorAll<HTMLAnchorElement>(".informational-interviews-conversations a");
		expect([...links].map((a) => [a.getAttribute("href"), a.target, a.classList.contains("external-link")])).toEqual([["https://meet.example.org/jane", "_blank", true]]);
		// A click opens the address (outside Obsidian) and leaves the note closed.
		const opened = vi.spyOn(window, "open").mockReturnValue(null);
		const before = s.app.workspace.getActiveFile()?.path;
		const click = new MouseEvent("click", { bubbles: true, cancelable: true });
		links[0]?.dispatchEvent(click);
		await settle(s.app);
		expect(opened.mock.calls).toEqual([["https://meet.example.org/jane", "_blank", "noopener"]]);
		expect(click.defaultPrevented).toBe(true);
		expect(s.app.workspace.getActiveFile()?.path).toBe(before);
	});

	it("opens the interview note on a click or Enter", async () => {
		s = await startPlugin(vault(), { data: { digest: false } });
		const view = await openView(s);
		rows(view.contentEl)[1]?.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true }));
		await vi.waitFor(() => expect(s?.app.workspace.getActiveFile()?.path).toBe(LATER));
		rows(view.contentEl)[2]?.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
		await vi.waitFor(() => expect(s?.app.workspace.getActiveFile()?.path).toBe(PATHS.anaInterview));
	});

	it("is left out when no conversation is today or tomorrow, and follows edits", async () => {
		s = await startPlugin({ ...smallVault(), [PATHS.anaInterview]: ANA_INTERVIEW.replace("2026-11-23", "2026-11-25") }, { data: { digest: false } });
		const view = await openView(s);
		expect(view.contentEl.querySelector(".informational-interviews-section-conversations")).toBeNull();
		await s.app.vault.modify(s.app.vault.getFileByPath(PATHS.anaInterview)!, ANA_INTERVIEW);
		await sync(s);
		expect(rows(view.contentEl).map((li) => li.dataset.note)).toEqual([PATHS.anaInterview]);
	});
});

describe("the status bar on the day of a conversation", () => {
	const statusBar = () => document.querySelector(`.status-bar-item.plugin-${PLUGIN_ID}`)?.textContent;

	it("names the next one, and moves on once it began", async () => {
		vi.useFakeTimers({ toFake: ["setInterval", "clearInterval", "Date"] });
		freezeClock();
		s = await startPlugin(vault(), { data: { digest: false } });
		await sync(s);
		expect(statusBar()).toBe("8 follow-ups due · Conversation at 16:00");
		vi.setSystemTime(new Date(2026, 10, 22, 16, 1));
		await vi.advanceTimersByTimeAsync(60_000);
		expect(statusBar()).toBe("8 follow-ups due · Conversation at 18:30");
		vi.setSystemTime(new Date(2026, 10, 22, 18, 31));
		await vi.advanceTimersByTimeAsync(60_000);
		expect(statusBar()).toBe("8 follow-ups due");
	});

	it("says only the conversation when nothing is due", async () => {
		s = await startPlugin({ [TODAYS]: `---\ntype: interview\ncontact: "[[Jane Doe]]"\nconfirmed: 2026-11-20\ndate: 2026-11-22\n---\n`, [PATHS.jane]: "---\ntype: contact\n---\n" }, { data: { digest: false } });
		await sync(s);
		expect(statusBar()).toBe("Conversation today");
	});
});

describe("rows you can scan", () => {
	it("puts the kind's icon before each follow-up's text", async () => {
		s = await startPlugin(vault(), { data: { digest: false } });
		const view = await openView(s);
		const icons = [...view.contentEl.querySelectorAll<HTMLElement>("li.informational-interviews-item")].map((li) => [
			li.dataset.kind,
			li.querySelector(".informational-interviews-item-title > .informational-interviews-kind-icon svg")?.getAttribute("data-icon"),
		]);
		expect(new Map(icons.map(([k, i]) => [k, i]))).toEqual(
			new Map([
				["keep-in-touch", "repeat"],
				["nudge", "bell-ring"],
				["thank-you", "heart-handshake"],
				["thank-referrer", "gift"],
				["reach-out", "user-plus"],
				["confirm", "calendar-check"],
			]),
		);
	});

	it("the empty view has a New contact button that opens the dialog", async () => {
		s = await startPlugin({}, { data: { digest: false } });
		const view = await openView(s);
		const button = view.contentEl.querySelector<HTMLButtonElement>(".informational-interviews-empty button.informational-interviews-new-contact");
		expect(button?.textContent).toBe("New contact");
		button?.click();
		expect(openModals().some((m) => m instanceof NewContactModal)).toBe(true);
	});
});
