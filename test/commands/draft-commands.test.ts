// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DraftModal, mailtoUrl } from "../../src/ui/draft-modal";
import { AboutYouModal } from "../../src/ui/about-you-modal";
import { ScheduleModal } from "../../src/ui/schedule-modal";
import { fileContent, getFile, getPluginData, isCommandAvailable, noticeMessages, openModals, runCommand } from "../fake-obsidian";
import { ANA_INTERVIEW, BO_INTERVIEW, freezeClock, JANE, JANE_INTERVIEW, PATHS, PLUGIN_ID, SAM, smallVault, startPlugin, sync, TODAY, withPropertyAdded, type Started, stopPlugin, openNote, undoButton, clickAndSync } from "../plugin-harness";

let s: Started;

async function start(files = smallVault(), data: Record<string, unknown> = {}): Promise<void> {
	s = await startPlugin(files, { data: { digest: false, userName: "Alex Morgan", pitch: "I am a psychology graduate moving into UX research.", ...data } });
}

beforeEach(() => freezeClock());

afterEach(() => stopPlugin(s));

const text = (path: string) => fileContent(s.app, path);

const open = (path: string) => openNote(s, path);

async function draft(command: string): Promise<DraftModal> {
	expect(await runCommand(s.app, command)).toBe(true);
	return openedDraft();
}

async function openedDraft(): Promise<DraftModal> {
	await vi.waitFor(() => expect(openModals().at(-1)).toBeInstanceOf(DraftModal));
	return openModals().at(-1) as unknown as DraftModal;
}

function el<T extends HTMLElement>(modal: DraftModal, selector: string): T {
	const found = modal.contentEl.querySelector<T>(selector);
	if (!found) throw new Error(`no ${selector}`);
	return found;
}

async function markSent(modal: DraftModal): Promise<void> {
	el(modal, "button.informational-interviews-draft-sent").click();
	await vi.waitFor(() => expect(openModals()).not.toContain(modal));
	await sync(s);
}

describe("message drafts on the current note", () => {
	it("thank-you: names the topics, keeps a missing placeholder visible and named, Mark as sent writes thank-you-sent only", async () => {
		await start();
		await open(PATHS.janeInterview);
		const modal = await draft("draft-thank-you");
		expect(modal.titleEl.textContent).toBe("Thank-you");
		expect(el(modal, ".informational-interviews-draft-to").textContent).toBe("To: Jane Doe");
		expect(el<HTMLInputElement>(modal, "input.informational-interviews-draft-subject").value).toBe("Thank you for your time, Jane");
		const body = el<HTMLTextAreaElement>(modal, "textarea.informational-interviews-draft-body");
		expect(body.value).toContain("I especially valued what you shared about research methods and hiring.");
		expect(body.value).toContain("Thursday 19 November");
		expect(body.value).toContain("Since we spoke, {{insight}}");
		expect(body.value).toContain("I will get in touch with Priya Nair, as you suggested.");
		expect(body.value).toContain("Alex Morgan");
		const missing = el(modal, ".informational-interviews-draft-missing");
		expect(missing.textContent).toBe("Fill in before sending: insight");
		body.value = body.value.replace("{{insight}}", "I signed up for a course.");
		body.dispatchEvent(new Event("input"));
		expect(missing.textContent).toBe("");
		expect(missing.hasClass("informational-interviews-hidden")).toBe(true);
		expect(modal.contentEl.querySelector(".informational-interviews-draft-email")).toBeNull();
		expect(el(modal, ".informational-interviews-draft-hint").textContent).toContain("No email address in Jane Doe's note");
		await markSent(modal);
		expect(text(PATHS.janeInterview)).toBe(withPropertyAdded(JANE_INTERVIEW, `thank-you-sent: ${TODAY}`));
		expect(noticeMessages()).toContain('Recorded the thank-you as sent today in "2026-11-19 Jane Doe". Undo');
		expect(s.plugin.live.index.followUps(TODAY).some((f) => f.kind === "thank-you")).toBe(false);
	});

	it("nudge: writes nudged and counts it", async () => {
		await start();
		await open(PATHS.boInterview);
		const modal = await draft("draft-nudge");
		expect(modal.body).toContain("I wrote on Tuesday 10 November");
		await markSent(modal);
		expect(text(PATHS.boInterview)).toBe(withPropertyAdded(withPropertyAdded(BO_INTERVIEW, `nudged: ${TODAY}`), "nudges: 1"));
	});

	it("confirmation: writes confirmed only", async () => {
		await start();
		await open(PATHS.anaInterview);
		const modal = await draft("draft-confirmation");
		expect(modal.subject).toBe("Confirming our conversation on Monday 23 November");
		await markSent(modal);
		expect(text(PATHS.anaInterview)).toBe(withPropertyAdded(ANA_INTERVIEW, `confirmed: ${TODAY}`));
	});

	it("thanks to the referrer: addressed to the referrer, with their email; writes referrer-thanked in the interview", async () => {
		const sam = SAM.replace("field: UX research\n", "field: UX research\nemail: sam@example.com\n");
		await start({ ...smallVault(), [PATHS.sam]: sam });
		await open(PATHS.janeInterview);
		const modal = await draft("draft-thank-referrer");
		expect(el(modal, ".informational-interviews-draft-to").textContent).toBe("To: Sam Lee <sam@example.com>");
		expect(modal.body.startsWith("Dear Sam,\n\nThank you for introducing me to Jane Doe.")).toBe(true);
		expect(modal.body).toContain("research methods and hiring");
		expect(modal.contentEl.querySelector(".informational-interviews-draft-email")).not.toBeNull();
		await markSent(modal);
		expect(text(PATHS.janeInterview)).toBe(withPropertyAdded(JANE_INTERVIEW, `referrer-thanked: ${TODAY}`));
		expect(text(PATHS.sam)).toBe(sam);
	});

	it("keep-in-touch update: writes last-contact in the contact note", async () => {
		await start();
		await open(PATHS.sam);
		const modal = await draft("draft-keep-in-touch");
		expect(el(modal, ".informational-interviews-draft-missing").textContent).toBe("Fill in before sending: contact.organization, update");
		await markSent(modal);
		expect(text(PATHS.sam)).toBe(SAM.replace("last-contact: 2026-08-01", `last-contact: ${TODAY}`));
	});

	it("outreach on a requested interview: writes requested and status", async () => {
		const pending = "---\ntype: interview\ncontact: \"[[Jane Doe]]\"\nstatus: requested\n---\nNotes.\n";
		await start({ ...smallVault(), "Networking/Interviews/Pending.md": pending });
		await open("Networking/Interviews/Pending.md");
		const modal = await draft("draft-outreach");
		expect(modal.body).toContain("Sam Lee suggested I get in touch with you.");
		expect(modal.body).toContain("A little about me: I am a psychology graduate moving into UX research.");
		expect(modal.body).toContain("thirty minutes");
		await markSent(modal);
		expect(text("Networking/Interviews/Pending.md")).toBe(withPropertyAdded(pending, `requested: ${TODAY}`));
	});

	it("outreach from a contact note: Mark as sent creates the interview note that records the request", async () => {
		await start();
		await open(PATHS.ana);
		const modal = await draft("draft-outreach");
		expect(el(modal, ".informational-interviews-draft-hint").textContent).toContain("Mark as sent creates an interview note for Ana Ruiz that records the request.");
		await markSent(modal);
		const path = `Networking/Interviews/${TODAY} Ana Ruiz.md`;
		expect(s.plugin.live.index.get(path)).toMatchObject({ kind: "interview", status: "requested", requested: TODAY, contact: { target: "Ana Ruiz" } });
		expect(s.plugin.live.index.followUps(TODAY).find((f) => f.kind === "nudge" && f.note === path)?.due).toBe("2026-11-29");
	});

	it("outreach from a contact note with an open request: Mark as sent records it in that interview", async () => {
		const open = "---\ntype: interview\ncontact: \"[[Jane Doe]]\"\n---\nPrep.\n";
		await start({ ...smallVault(), "Networking/Interviews/Next.md": open });
		await s.app.workspace.getLeaf(false).openFile(getFile(s.app, PATHS.jane));
		await sync(s);
		const modal = await draft("draft-outreach");
		expect(modal.contentEl.querySelector(".informational-interviews-draft-hint")?.textContent).toBe("No email address in Jane Doe's note: copy the text and send it your own way.");
		await markSent(modal);
		expect(text("Networking/Interviews/Next.md")).toBe(withPropertyAdded(withPropertyAdded(open, `requested: ${TODAY}`), "status: requested"));
		expect(s.app.vault.getMarkdownFiles()).toHaveLength(Object.keys(smallVault()).length + 1);
	});

	it("Copy puts the subject and the edited body on the clipboard; Open in email opens a mailto: link", async () => {
		await start({ ...smallVault(), [PATHS.jane]: JANE.replace("role: Research lead\n", "role: Research lead\nemail: jane@example.com\n") });
		await open(PATHS.janeInterview);
		const modal = await draft("draft-thank-you");
		const writeText = vi.fn(() => Promise.resolve());
		Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
		const body = el<HTMLTextAreaElement>(modal, "textarea.informational-interviews-draft-body");
		body.value = "Dear Jane,\nThanks & see you.";
		el(modal, "button.informational-interviews-draft-copy").click();
		await vi.waitFor(() => expect(noticeMessages()).toContain("Message copied."));
		expect(writeText).toHaveBeenCalledWith("Subject: Thank you for your time, Jane\n\nDear Jane,\nThanks & see you.");
		const opened = vi.spyOn(window, "open").mockImplementation(() => null);
		el(modal, "button.informational-interviews-draft-email").click();
		expect(opened).toHaveBeenCalledWith("mailto:jane@example.com?subject=Thank%20you%20for%20your%20time%2C%20Jane&body=Dear%20Jane%2C%0D%0AThanks%20%26%20see%20you.");
		expect(openModals()).toContain(modal);
	});

	it("Copy and Open in email warn when the text still has gaps: a placeholder never leaves unnoticed", async () => {
		await start({ ...smallVault(), [PATHS.jane]: JANE.replace("role: Research lead\n", "role: Research lead\nemail: jane@example.com\n") }, { userName: "" });
		await open(PATHS.janeInterview);
		const modal = await draft("draft-thank-you");
		const writeText = vi.fn(() => Promise.resolve());
		Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
		el(modal, "button.informational-interviews-draft-copy").click();
		await vi.waitFor(() => expect(noticeMessages()).toContain("Message copied. It still has gaps to fill in before you send it: {{insight}}, your name."));
		vi.spyOn(window, "open").mockImplementation(() => null);
		el(modal, "button.informational-interviews-draft-email").click();
		expect(noticeMessages()).toContain("Opened in your email app. It still has gaps to fill in before you send it: {{insight}}, your name.");
		const body = el<HTMLTextAreaElement>(modal, "textarea.informational-interviews-draft-body");
		body.value = body.value.replace("{{insight}}", "I signed up for a course.").replace("{{me.name}}", "Alex");
		el(modal, "button.informational-interviews-draft-copy").click();
		await vi.waitFor(() => expect(noticeMessages().at(-1)).toBe("Message copied."));
	});

	it("the user's template overrides the built-in one of the same file name", async () => {
		await start({ ...smallVault(), "My templates/thank-you.md": "Subject: Thanks, {{contact.first-name}}!\n\nHi {{contact.first-name}}, thanks for the talk about {{topics}}. {{typo}}\n" }, { templatesFolder: "My templates" });
		await open(PATHS.janeInterview);
		const modal = await draft("draft-thank-you");
		expect(modal.subject).toBe("Thanks, Jane!");
		expect(modal.body).toBe("Hi Jane, thanks for the talk about research methods and hiring. {{typo}}");
		expect(el(modal, ".informational-interviews-draft-missing").textContent).toBe("Fill in before sending: typo");
	});

	it("are offered only on the notes where they make sense", async () => {
		await start();
		const available = (id: string) => isCommandAvailable(s.app, id);
		await open("Daily/2026-11-22.md");
		for (const id of ["draft-outreach", "draft-nudge", "draft-confirmation", "draft-thank-you", "draft-thank-referrer", "draft-keep-in-touch"]) expect(available(id), id).toBe(false);
		await open(PATHS.sam);
		expect([available("draft-outreach"), available("draft-keep-in-touch"), available("draft-nudge"), available("draft-thank-you")]).toEqual([true, true, false, false]);
		await open(PATHS.anaInterview); // scheduled tomorrow (no thank-you before it took place), Ana has no referrer
		expect([available("draft-confirmation"), available("draft-thank-you"), available("draft-thank-referrer"), available("draft-nudge")]).toEqual([true, false, false, false]);
		await open(PATHS.janeInterview); // done, Jane was referred by Sam
		expect([available("draft-thank-referrer"), available("draft-confirmation"), available("draft-outreach")]).toEqual([true, false, false]);
		await open(PATHS.boInterview); // requested, no Bo Chen note
		expect([available("draft-nudge"), available("draft-keep-in-touch")]).toEqual([true, false]);
	});
});

describe("Mark as sent on an outreach whose request was sent already", () => {
	it("records a nudge: requested keeps its date, nothing else changes, the modal and the Notice say so", async () => {
		await start();
		await open(PATHS.boInterview); // status: requested, requested: 2026-11-10
		const modal = await draft("draft-outreach");
		expect(el(modal, ".informational-interviews-draft-hint").textContent).toContain(
			"You first asked on Tuesday 10 November: sending it again is a nudge, and Mark as sent records it as one (the request date stays).",
		);
		await markSent(modal);
		expect(text(PATHS.boInterview)).toBe(withPropertyAdded(withPropertyAdded(BO_INTERVIEW, `nudged: ${TODAY}`), "nudges: 1"));
		expect(noticeMessages()).toContain('Recorded the request, sent again today, as a nudge in "2026-11-10 Bo Chen". UndoSchedule…');
		expect(s.plugin.live.index.get(PATHS.boInterview)).toMatchObject({ requested: "2026-11-10", nudged: TODAY });
	});

	it("the Notice offers Schedule…, which opens the Schedule modal on the interview (the setting's duration) and writes the conversation", async () => {
		await start(smallVault(), { defaultDuration: 45 });
		await open(PATHS.boInterview);
		await markSent(await draft("draft-outreach"));
		const offer = document.body.querySelector<HTMLButtonElement>(".notice button.informational-interviews-offer-schedule");
		if (!offer) throw new Error(`no Schedule… in ${JSON.stringify(noticeMessages())}`);
		offer.click();
		const modal = openModals().find((m): m is ScheduleModal => m instanceof ScheduleModal);
		if (!modal) throw new Error("no Schedule modal");
		expect(modal.inputs.get("duration")?.value).toBe("45");
		const date = modal.inputs.get("date");
		if (!date) throw new Error("no date input");
		date.value = "2026-11-27";
		modal.submit();
		await sync(s);
		await sync(s);
		expect(s.plugin.live.index.get(PATHS.boInterview)).toMatchObject({ status: "scheduled", date: "2026-11-27", duration: 45, nudged: TODAY });
	});

	it("with no status yet: adds status requested and the nudge, and keeps the request date", async () => {
		const noStatus = '---\ntype: interview\ncontact: "[[Jane Doe]]"\nrequested: 2026-11-12\n---\nAsked by phone.\n';
		await start({ ...smallVault(), "Networking/Interviews/Asked.md": noStatus });
		await open("Networking/Interviews/Asked.md");
		await markSent(await draft("draft-outreach"));
		expect(text("Networking/Interviews/Asked.md")).toBe(withPropertyAdded(withPropertyAdded(withPropertyAdded(noStatus, `nudged: ${TODAY}`), "nudges: 1"), "status: requested"));
	});

	it("a first request never replaces a status the note has", async () => {
		const capitalized = '---\ntype: interview\ncontact: "[[Jane Doe]]"\nstatus: Requested\n---\n';
		await start({ ...smallVault(), "Networking/Interviews/Ask.md": capitalized });
		await open("Networking/Interviews/Ask.md");
		await markSent(await draft("draft-outreach"));
		expect(text("Networking/Interviews/Ask.md")).toBe(withPropertyAdded(capitalized, `requested: ${TODAY}`));
	});
});

describe("closing a draft", () => {
	const escape = () => (s.app.keymap as unknown as { _dispatch(e: KeyboardEvent): boolean })._dispatch(new KeyboardEvent("keydown", { key: "Escape" }));
	const buttonNamed = (modal: { contentEl: HTMLElement }, name: string) => {
		const b = [...modal.contentEl.querySelectorAll("button")].find((x) => x.textContent === name);
		if (!b) throw new Error(`no button ${name}`);
		return b;
	};

	it("untouched: closes at once", async () => {
		await start();
		await open(PATHS.janeInterview);
		const modal = await draft("draft-thank-you");
		escape();
		expect(openModals()).toEqual([]);
		expect(modal.edited).toBe(false);
	});

	it("after an edit: Escape, the close button and a click outside ask first; Keep editing keeps the words", async () => {
		await start();
		await open(PATHS.janeInterview);
		const modal = await draft("draft-thank-you");
		const body = el<HTMLTextAreaElement>(modal, "textarea.informational-interviews-draft-body");
		body.value = "Dear Jane, my own words.";
		body.dispatchEvent(new Event("input"));
		const closers: [string, () => void][] = [
			["Escape", escape],
			["close button", () => modal.modalEl.querySelector<HTMLElement>(".modal-close-button")?.click()],
			["click outside", () => modal.containerEl.querySelector<HTMLElement>(".modal-bg")?.click()],
		];
		for (const [how, close] of closers) {
			close();
			expect(openModals(), how).toHaveLength(2);
			const confirm = openModals()[1];
			if (!confirm) throw new Error("no confirm");
			expect(confirm.titleEl.textContent, how).toBe("Discard your edits?");
			expect([...confirm.contentEl.querySelectorAll("button")].map((b) => b.textContent), how).toEqual(["Discard", "Keep editing"]);
			buttonNamed(confirm, "Keep editing").click();
			expect(openModals(), how).toEqual([modal]);
			expect(modal.body, how).toBe("Dear Jane, my own words.");
		}
		// Escape on the question keeps editing too.
		escape();
		expect(openModals()).toHaveLength(2);
		escape();
		expect(openModals()).toEqual([modal]);
	});

	it("after an edit: Discard closes the draft and writes nothing", async () => {
		await start();
		await open(PATHS.janeInterview);
		const modal = await draft("draft-thank-you");
		const subject = el<HTMLInputElement>(modal, "input.informational-interviews-draft-subject");
		subject.value = "Thanks!";
		subject.dispatchEvent(new Event("input"));
		modal.close();
		const confirm = openModals()[1];
		if (!confirm) throw new Error("no confirm");
		buttonNamed(confirm, "Discard").click();
		expect(openModals()).toEqual([]);
		expect(text(PATHS.janeInterview)).toBe(JANE_INTERVIEW);
	});

	it("after an edit that was copied or marked as sent: closes without asking", async () => {
		await start();
		await open(PATHS.janeInterview);
		const modal = await draft("draft-thank-you");
		Object.defineProperty(navigator, "clipboard", { value: { writeText: vi.fn(() => Promise.resolve()) }, configurable: true });
		const body = el<HTMLTextAreaElement>(modal, "textarea.informational-interviews-draft-body");
		body.value = "Dear Jane, copied.";
		body.dispatchEvent(new Event("input"));
		el(modal, "button.informational-interviews-draft-copy").click();
		await vi.waitFor(() => expect(noticeMessages()).toContain("Message copied."));
		expect(modal.edited).toBe(false);
		body.value = "Dear Jane, copied, then changed.";
		body.dispatchEvent(new Event("input"));
		expect(modal.edited).toBe(true);
		await markSent(modal);
		expect(openModals()).toEqual([]);
	});
});

describe("mailtoUrl", () => {
	it("encodes the address, subject and body, with CRLF line breaks", () => {
		expect(mailtoUrl("a+b@example.com", "Hi & bye?", "L1\nL2")).toBe("mailto:a%2Bb@example.com?subject=Hi%20%26%20bye%3F&body=L1%0D%0AL2");
		expect(mailtoUrl("a@example.com", null, "")).toBe("mailto:a@example.com");
	});
});

describe("Mark as sent on a note changed since the draft opened", () => {
	it("writes nothing, names what changed, and keeps the draft open", async () => {
		await start();
		await open(PATHS.janeInterview);
		const modal = await draft("draft-thank-you");
		const theirs = withPropertyAdded(JANE_INTERVIEW, "thank-you-sent: 2026-11-20");
		await s.app.vault.modify(getFile(s.app, PATHS.janeInterview), theirs);
		el(modal, "button.informational-interviews-draft-sent").click();
		await vi.waitFor(() => expect(noticeMessages().join("\n")).toContain("changed since"));
		expect(noticeMessages()).toContain(
			'"2026-11-19 Jane Doe" changed since it was shown ("thank-you-sent"), so nothing was written. Open the draft again to see the note as it is.',
		);
		expect(text(PATHS.janeInterview)).toBe(theirs);
		expect(openModals()).toContain(modal);
	});

	it("a property the rule does not read does not block it, and Undo takes the write back", async () => {
		await start();
		await open(PATHS.sam);
		const modal = await draft("draft-keep-in-touch");
		const theirs = withPropertyAdded(SAM, "synced-at: 2026-11-22T08:00");
		await s.app.vault.modify(getFile(s.app, PATHS.sam), theirs);
		await markSent(modal);
		expect(text(PATHS.sam)).toBe(theirs.replace("last-contact: 2026-08-01", `last-contact: ${TODAY}`));
		await clickAndSync(s, undoButton());
		expect(text(PATHS.sam)).toBe(theirs);
	});
});

describe("the outreach's LinkedIn note", () => {
	const PROFILE = "https://www.linkedin.com/in/janedoe";

	it("keeps to the length of the settings (200 unless changed), counts it, copies it and opens the contact's profile", async () => {
		await start({ ...smallVault(), [PATHS.jane]: withPropertyAdded(JANE, `linkedin: ${PROFILE}`) });
		await open(PATHS.jane);
		const modal = await draft("draft-outreach");
		const note = el<HTMLTextAreaElement>(modal, "textarea.informational-interviews-draft-linkedin-note");
		expect(note.value).toBe("Hi Jane, Sam Lee suggested I get in touch. I am a psychology graduate moving into UX research. I'm exploring UX research and would value about thirty minutes to hear about your path. Thank you! Alex");
		expect(el(modal, ".informational-interviews-draft-linkedin-count").textContent).toBe(`${note.value.length} / 200 characters`);
		const writeText = vi.fn(() => Promise.resolve());
		Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
		el(modal, "button.informational-interviews-draft-linkedin-copy").click();
		await vi.waitFor(() => expect(noticeMessages()).toContain("LinkedIn note copied."));
		expect(writeText).toHaveBeenCalledWith(note.value);
		const opened = vi.spyOn(window, "open").mockImplementation(() => null);
		el(modal, "button.informational-interviews-draft-linkedin-open").click();
		expect(opened).toHaveBeenCalledWith(PROFILE, "_blank", "noopener");
		opened.mockRestore();
	});

	it("a shorter limit in the settings gives a shorter note; no profile, no button; other drafts have no note", async () => {
		await start(smallVault(), { linkedInNoteLimit: 100 });
		await open(PATHS.jane);
		const modal = await draft("draft-outreach");
		const note = el<HTMLTextAreaElement>(modal, "textarea.informational-interviews-draft-linkedin-note");
		expect(note.value.length).toBeLessThanOrEqual(100);
		expect(note.value.startsWith("Hi Jane, ")).toBe(true);
		expect(modal.contentEl.querySelector("button.informational-interviews-draft-linkedin-open")).toBeNull();
		note.value = "x".repeat(101);
		note.dispatchEvent(new Event("input"));
		expect(el(modal, ".informational-interviews-draft-linkedin-count").classList.contains("informational-interviews-draft-linkedin-over")).toBe(true);
		modal.close();
		openModals().at(-1)?.close(); // the edited note: discard
		await open(PATHS.janeInterview);
		const thanks = await draft("draft-thank-you");
		expect(thanks.contentEl.querySelector(".informational-interviews-draft-linkedin")).toBeNull();
	});
});

describe("a draft without your name or pitch", () => {
	it("says so, with a button that sets them in the settings and fills them into the draft", async () => {
		await start(smallVault(), { userName: "", pitch: "" });
		await open(PATHS.jane);
		const modal = await draft("draft-outreach");
		const about = el(modal, ".informational-interviews-draft-about");
		expect(about.classList.contains("informational-interviews-hidden")).toBe(false);
		expect(about.textContent).toContain("The settings do not have your name or your pitch yet");
		// Said once: the line of gaps to fill does not name them again.
		expect(el(modal, ".informational-interviews-draft-missing").textContent).not.toMatch(/me\.|name|pitch/);
		el(modal, "button.informational-interviews-draft-about-set").click();
		await vi.waitFor(() => expect(openModals().at(-1)).toBeInstanceOf(AboutYouModal));
		const form = openModals().at(-1) as unknown as AboutYouModal;
		form.nameEl.value = "Alex Morgan";
		form.pitchEl.value = "I teach science and want to move into UX research.";
		form.save();
		const bodyEl = el<HTMLTextAreaElement>(modal, "textarea.informational-interviews-draft-body");
		await vi.waitFor(() => expect(bodyEl.value).not.toContain("{{me."));
		expect(JSON.parse(getPluginData(s.app, PLUGIN_ID) ?? "{}")).toMatchObject({ userName: "Alex Morgan", pitch: "I teach science and want to move into UX research." });
		const body = bodyEl.value;
		expect(body).toContain("A little about me: I teach science and want to move into UX research.");
		expect(body.endsWith("Alex Morgan")).toBe(true);
		expect(body).not.toContain("{{me.");
		expect(about.classList.contains("informational-interviews-hidden")).toBe(true);
		expect(el<HTMLTextAreaElement>(modal, "textarea.informational-interviews-draft-linkedin-note").value.endsWith("Thank you! Alex")).toBe(true);
	});

	it("says nothing when both are set", async () => {
		await start();
		await open(PATHS.jane);
		const modal = await draft("draft-outreach");
		expect(el(modal, ".informational-interviews-draft-about").classList.contains("informational-interviews-hidden")).toBe(true);
	});
});
