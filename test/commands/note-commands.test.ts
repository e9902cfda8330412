// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { NewContactModal } from "../../src/ui/new-contact-modal";
import { chooseSuggestion, fileContent, isCommandAvailable, noticeMessages, openModals, runCommand } from "../fake-obsidian";
import { freezeClock, JANE, JANE_INTERVIEW, PATHS, SAM, smallVault, startPlugin, sync, TODAY, type Started, stopPlugin, openNote } from "../plugin-harness";

let s: Started;

async function start(files = smallVault(), data: Record<string, unknown> = {}): Promise<void> {
	s = await startPlugin(files, { data: { digest: false, ...data } });
}

beforeEach(() => freezeClock());

afterEach(() => stopPlugin(s));

const text = (path: string) => fileContent(s.app, path);

const open = (path: string) => openNote(s, path);

/** Fills the New contact modal and submits it. */
async function newContact(values: Partial<Record<"name" | "organization" | "role" | "field" | "email" | "relationship" | "referrer", string>>): Promise<NewContactModal> {
	await runCommand(s.app, "new-contact");
	const modal = openModals().at(-1) as unknown as NewContactModal;
	for (const [key, value] of Object.entries(values)) {
		const input = modal.inputs.get(key as "name");
		if (!input) throw new Error(`no input ${key}`);
		input.value = value;
	}
	return modal;
}

const CONTACT_BODY = `## Who they are
- Role and organization:
- Career path so far:
- What they work on now:
- How I know them:

## Staying in touch
- Updates I have sent:
- Ways I could help them:

## Notes
`;

describe("New contact", () => {
	it("creates the note with exactly the contact properties, the referrer picked from the suggester", async () => {
		await start();
		const modal = await newContact({ name: "Priya Nair", organization: "Acme: Health", role: "Design lead", field: "UX research", email: "priya@example.com", relationship: "referral" });
		const referrer = modal.inputs.get("referrer");
		if (!referrer) throw new Error("no referrer input");
		referrer.value = "jane";
		referrer.dispatchEvent(new Event("input"));
		await vi.waitFor(() => expect(document.querySelector(".suggestion-container .suggestion-item")).not.toBeNull());
		const items = [...document.querySelectorAll<HTMLElement>(".suggestion-container .suggestion-item")];
		expect(items.map((i) => i.textContent)).toEqual(["Jane Doe (Acme)"]);
		items[0]?.dispatchEvent(new MouseEvent("mousedown"));
		expect(referrer.value).toBe("Jane Doe");
		modal.submit();
		const path = "Networking/Contacts/Priya Nair.md";
		await vi.waitFor(() => expect(text(path)).not.toBeNull());
		expect(text(path)).toBe(
			`---\ntype: contact\norganization: "Acme: Health"\nrole: Design lead\nfield: UX research\nemail: priya@example.com\nphone:\nlinkedin:\nrelationship: referral\nreferred-by: "[[Jane Doe]]"\nlast-contact:\nkeep-in-touch:\nstatus: active\n---\n${CONTACT_BODY}`,
		);
		expect(s.app.workspace.getActiveFile()?.path).toBe(path);
		await sync(s);
		expect(s.plugin.live.index.get(path)).toMatchObject({ kind: "contact", referredBy: { target: "Jane Doe" }, fields: ["UX research"] });
	});

	it("needs a name, and leaves empty properties empty", async () => {
		await start();
		const modal = await newContact({ organization: "Acme" });
		modal.submit();
		expect(openModals()).toContain(modal as never);
		expect(modal.contentEl.querySelector(".informational-interviews-error")?.textContent).toBe("Give the person's name.");
		modal.inputs.get("name")!.value = "  Bo Chen ";
		modal.submit();
		await vi.waitFor(() => expect(text("Networking/Contacts/Bo Chen.md")).not.toBeNull());
		expect(text("Networking/Contacts/Bo Chen.md")).toBe(
			`---\ntype: contact\norganization: Acme\nrole:\nfield:\nemail:\nphone:\nlinkedin:\nrelationship:\nreferred-by:\nlast-contact:\nkeep-in-touch:\nstatus: active\n---\n${CONTACT_BODY}`,
		);
	});

	it("sanitizes a hostile name and keeps the note inside the configured folder, created when missing", async () => {
		await start(smallVault(), { contactsFolder: "People/New" });
		const modal = await newContact({ name: `../<img src=x onerror=alert(1)>:*?"`, referrer: "Sam Lee" });
		modal.submit();
		const path = "People/New/img src=x onerror=alert(1).md";
		await vi.waitFor(() => expect(text(path)).not.toBeNull());
		expect(s.app.vault.getFolderByPath("People/New")).not.toBeNull();
		const created = s.app.vault.getMarkdownFiles().map((f) => f.path).filter((p) => !Object.keys(smallVault()).includes(p));
		expect(created).toEqual([path]);
		expect(text(path)).toContain('referred-by: "[[Sam Lee]]"\n');
	});

	it("never overwrites: a person who has a note gets that note opened, unchanged", async () => {
		await start();
		(await newContact({ name: "jane doe", organization: "Other" })).submit();
		await vi.waitFor(() => expect(s.app.workspace.getActiveFile()?.path).toBe(PATHS.jane));
		expect(text(PATHS.jane)).toBe(JANE);
		expect(noticeMessages()).toContain("Jane Doe already has a note: it is open, unchanged.");
		expect(s.app.vault.getMarkdownFiles()).toHaveLength(Object.keys(smallVault()).length);
	});

	it("uses the user's contact note template when there is one", async () => {
		await start({ ...smallVault(), "Templates/contact note.md": "---\ntype: contact\norganization: {{contact.organization}}\ntags: [person]\n---\n# {{contact.name}}\n" }, { templatesFolder: "Templates" });
		(await newContact({ name: "Ann Park", organization: "Acme" })).submit();
		await vi.waitFor(() => expect(text("Networking/Contacts/Ann Park.md")).not.toBeNull());
		expect(text("Networking/Contacts/Ann Park.md")).toBe("---\ntype: contact\norganization: Acme\ntags: [person]\n---\n# Ann Park\n");
	});
});

const INTERVIEW_FM = (contact: string) =>
	`---\ntype: interview\ncontact: "[[${contact}]]"\nstatus:\ncreated: ${TODAY}\nrequested:\ndate:\nformat:\nduration:\nconfirmed:\nthank-you-sent:\nreferrer-thanked:\ntopics:\nreferrals:\n---\n`;

describe("New interview", () => {
	it("with this contact: only on a contact note; a second one the same day gets a free name", async () => {
		await start(smallVault(), { pitch: "I am a psychology graduate moving into UX research." });
		await open(PATHS.janeInterview);
		expect(isCommandAvailable(s.app, "new-interview-with-this-contact")).toBe(false);
		await open("Daily/2026-11-22.md");
		expect(isCommandAvailable(s.app, "new-interview-with-this-contact")).toBe(false);
		await open(PATHS.jane);
		expect(await runCommand(s.app, "new-interview-with-this-contact")).toBe(true);
		const first = `Networking/Interviews/${TODAY} Jane Doe.md`;
		await vi.waitFor(() => expect(text(first)).not.toBeNull());
		const note = text(first) ?? "";
		expect(note.startsWith(INTERVIEW_FM("Jane Doe"))).toBe(true);
		expect(note).toContain("### The organization: Acme\n");
		expect(note).toContain("- Role: Research lead\n");
		expect(note).toContain("### My short pitch\nI am a psychology graduate moving into UX research.\n");
		expect(note).toMatch(/#### Referrals\n- \[ \] Who else would you suggest I talk to/);
		expect(note).not.toContain("{{");
		await open(PATHS.jane);
		await runCommand(s.app, "new-interview-with-this-contact");
		const second = `Networking/Interviews/${TODAY} Jane Doe 2.md`;
		await vi.waitFor(() => expect(text(second)).not.toBeNull());
		expect(text(first)).toBe(note);
		await sync(s);
		expect(s.plugin.live.index.get(second)).toMatchObject({ kind: "interview", status: null, contact: { target: "Jane Doe" } });
		expect(s.plugin.live.index.problems().filter((p) => p.note.startsWith("Networking/Interviews/2026-11-22"))).toEqual([]);
	});

	it("names what is left to fill in, such as the pitch", async () => {
		await start();
		await open(PATHS.sam);
		await runCommand(s.app, "new-interview-with-this-contact");
		await vi.waitFor(() => expect(text(`Networking/Interviews/${TODAY} Sam Lee.md`)).not.toBeNull());
		expect(text(`Networking/Interviews/${TODAY} Sam Lee.md`)).toContain("### My short pitch\n{{me.pitch}}\n");
		expect(noticeMessages().at(-1)).toBe("Fill in the new note where it shows {{…}}: contact.organization, contact.role, me.pitch (your pitch comes from the plugin's settings).");
	});

	it("… picks the contact by fuzzy search, archived contacts left out", async () => {
		await start({ ...smallVault(), "Networking/Contacts/Old Friend.md": "---\ntype: contact\nstatus: archived\n---\n" });
		await runCommand(s.app, "new-interview");
		const picker = openModals().at(-1);
		if (!picker) throw new Error("no picker");
		const chosen = await chooseSuggestion(picker as never, 0, "ana");
		expect((chosen as { item: { name: string } }).item.name).toBe("Ana Ruiz");
		await vi.waitFor(() => expect(text(`Networking/Interviews/${TODAY} Ana Ruiz.md`)).not.toBeNull());
		expect(text(`Networking/Interviews/${TODAY} Ana Ruiz.md`)?.startsWith(INTERVIEW_FM("Ana Ruiz"))).toBe(true);
		await runCommand(s.app, "new-interview");
		const again = openModals().at(-1);
		await expect(chooseSuggestion(again as never, 0, "old friend")).rejects.toThrow(/no suggestion/);
	});
});

describe("Create contact notes for this interview's referrals", () => {
	it("creates the missing ones, referred by the interviewed contact, and skips people who have a note", async () => {
		const interview = JANE_INTERVIEW.replace('  - "[[Priya Nair]]"\n', '  - "[[Priya Nair]]"\n  - "[[Sam Lee]]"\n  - "[[People/Bo Chen|Bo]]"\n  - "[[priya nair]]"\n');
		await start({ ...smallVault(), [PATHS.janeInterview]: interview });
		await open(PATHS.jane);
		expect(isCommandAvailable(s.app, "create-referral-contacts")).toBe(false);
		await open(PATHS.anaInterview);
		expect(isCommandAvailable(s.app, "create-referral-contacts")).toBe(false);
		await open(PATHS.janeInterview);
		await runCommand(s.app, "create-referral-contacts");
		await vi.waitFor(() => expect(noticeMessages().at(-1)).toMatch(/^Created/));
		expect(noticeMessages().at(-1)).toBe("Created 2 contact notes: Priya Nair, Bo Chen. 1 already had one: Sam Lee.");
		const priya = text("Networking/Contacts/Priya Nair.md") ?? "";
		expect(priya).toContain('\nrelationship: referral\nreferred-by: "[[Jane Doe]]"\n');
		expect(priya.startsWith("---\ntype: contact\norganization:\n")).toBe(true);
		// Where the link `[[People/Bo Chen|Bo]]` finds it, not in the contacts folder.
		expect(text("Networking/Contacts/Bo Chen.md")).toBeNull();
		expect(text("People/Bo Chen.md")).toContain('referred-by: "[[Jane Doe]]"');
		expect(text(PATHS.sam)).toBe(SAM);
		await sync(s);
		await runCommand(s.app, "create-referral-contacts");
		await vi.waitFor(() => expect(noticeMessages().at(-1)).toMatch(/^No contact note/));
		expect(noticeMessages().at(-1)).toBe("No contact note to create. 3 already had one: Priya Nair, Sam Lee, Bo Chen.");
	});
});
