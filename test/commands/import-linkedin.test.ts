// @vitest-environment happy-dom
import type { Modal } from "obsidian";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { previewExport } from "../../src/commands/import-contacts";
import { LINKEDIN_SOURCE } from "../../src/domain/import-sources";
import { ImportPreviewModal } from "../../src/ui/import-preview-modal";
import { fileContent, noticeMessages, openModals, runCommand } from "../fake-obsidian";
import { freezeClock, JANE, PATHS, smallVault, startPlugin, sync, type Started, stopPlugin } from "../plugin-harness";
import { buttonNamed, clickImport, listed, shownPreview } from "./import-preview";

const PREAMBLE =
	'Notes:\r\n"When exporting your connection data, you may notice that some of the email addresses are missing. ' +
	'You can learn more about this, here: https://www.linkedin.com/help/linkedin/answer/261"\r\n\r\n';

/** A crafted export as LinkedIn writes it: BOM, preamble, CRLF, quotes where needed. */
const EXPORT =
	"\ufeff" +
	PREAMBLE +
	[
		"First Name,Last Name,URL,Email Address,Company,Position,Connected On", // line 4
		'José,Ñúñez,https://www.linkedin.com/in/jose-nunez,jose@example.com,"Acme, Inc.","Head of ""Research""",15 Jan 2023', // 5
		'Ana,"""AJ"" O\'Neil/Smith",https://www.linkedin.com/in/aj-oneil,,Globex,"Senior Analyst\r\nData team",03 Feb 2024', // 6-7
		"LinkedIn,Member,,,,,01 Mar 2024", // 8: hidden member
		"Jane,Doe,https://www.linkedin.com/in/jane-doe,,Acme,Research lead,10 May 2022", // 9: has a note (by name)
		"Rosa,Jiménez,HTTPS://www.LinkedIn.com/in/ROSA-J/?trk=x,,Fernway Mutual,Researcher,1 Jun 2021", // 10: has a note (by profile)
		"Claire,Donovan,,,Harborview Science Center,Manager,2 Feb 2020", // 11: an archived contact
		"Lee,Wu,,,Umbrella,Chemist,31 Feb 2022", // 12: a date that does not exist
	].join("\r\n") +
	"\r\n";

const ROSA = "---\ntype: contact\nlinkedin: https://linkedin.com/in/rosa-j\n---\nRosa, from the meetup.\n";
const CLAIRE = "---\ntype: contact\nstatus: archived\n---\n";
const BODY =
	"Imported from LinkedIn on 2026-11-22. Say how you know them under relationship, and the field they work in, before you ask for a conversation.\n\n## Notes\n\n";

const JOSE = `---
type: contact
organization: Acme, Inc.
role: Head of "Research"
level: senior
field:
relationship:
linkedin: https://www.linkedin.com/in/jose-nunez
email: jose@example.com
connected: 2023-01-15
status: active
---
${BODY}`;

const ANA = `---
type: contact
organization: Globex
role: Senior Analyst Data team
level: mid-career
field:
relationship:
linkedin: https://www.linkedin.com/in/aj-oneil
email:
connected: 2024-02-03
status: active
---
${BODY}`;

const CREATED = {
	ana: "Networking/Contacts/Ana AJ O'Neil Smith.md",
	jose: "Networking/Contacts/José Ñúñez.md",
	lee: "Networking/Contacts/Lee Wu.md",
};

let s: Started;

beforeEach(async () => {
	freezeClock();
	s = await startPlugin({ ...smallVault(), "People/Rosa J.md": ROSA, "Archive/Claire Donovan.md": CLAIRE }, { data: { digest: false } });
});

afterEach(() => stopPlugin(s));

const csvFile = (text = EXPORT, name = "Connections.csv") => new File([text], name, { type: "text/csv" });

describe("Import contacts from a LinkedIn export", () => {
	it("picks the file through a file input, previews, imports, and leaves existing notes alone", async () => {
		await runCommand(s.app, "import-linkedin");
		const input = document.body.querySelector<HTMLInputElement>("input.informational-interviews-file-input");
		expect(input?.type).toBe("file");
		expect(input?.accept).toBe(".csv,text/csv,text/comma-separated-values");
		Object.defineProperty(input, "files", { value: [csvFile()] });
		input?.dispatchEvent(new Event("change"));
		await vi.waitFor(() => expect(openModals()).toHaveLength(1));
		expect(document.body.querySelector("input.informational-interviews-file-input")).toBeNull();

		const modal = shownPreview();
		expect(modal.contentEl.querySelector(".informational-interviews-import-summary")?.textContent).toBe(
			"From the LinkedIn export Connections.csv: 3 new contact notes in Networking/Contacts, 4 skipped, 1 problem in the export.",
		);
		expect(listed(modal, "create")).toEqual([
			`José Ñúñez${CREATED.jose}`,
			`Ana "AJ" O'Neil/Smith${CREATED.ana}`,
			`Lee Wu${CREATED.lee}`,
		]);
		expect(listed(modal, "skipped")).toEqual([
			"Jane Doe: a contact has the same name",
			"Rosa Jiménez: a contact has the same LinkedIn profile (Rosa J)",
			"Claire Donovan: a contact has the same name",
			"line 8: hidden LinkedIn member",
		]);
		expect(listed(modal, "problems")).toEqual(['Line 12: "31 Feb 2022" is not a date like 15 Jan 2023; Lee Wu is imported without it']);
		// Nothing is written before Import.
		expect(fileContent(s.app, CREATED.jose)).toBeNull();

		await clickImport(s, modal);
		expect(fileContent(s.app, CREATED.jose)).toBe(JOSE);
		expect(fileContent(s.app, CREATED.ana)).toBe(ANA);
		expect(fileContent(s.app, CREATED.lee)).toContain("connected:\nstatus: active\n");
		expect(fileContent(s.app, PATHS.jane)).toBe(JANE);
		expect(fileContent(s.app, "People/Rosa J.md")).toBe(ROSA);
		expect(fileContent(s.app, "Archive/Claire Donovan.md")).toBe(CLAIRE);
		expect(noticeMessages()).toContain("LinkedIn import: 3 contact notes created in Networking/Contacts, 4 skipped.");
		// The new notes are contacts the plugin knows.
		expect(s.plugin.live.index.get(CREATED.jose)?.kind).toBe("contact");
	});

	it("a second run of the same export creates nothing", async () => {
		await clickImport(s, (await previewExport(s.plugin, LINKEDIN_SOURCE, csvFile())) as ImportPreviewModal);
		const again = await previewExport(s.plugin, LINKEDIN_SOURCE, csvFile());
		expect(again?.contentEl.querySelector(".informational-interviews-import-summary")?.textContent).toContain(": 0 new contact notes in Networking/Contacts, 7 skipped");
		expect(again?.contentEl.textContent).toContain("Everyone in this export already has a contact note");
		expect(listed(again as Modal, "skipped")).toContain("José Ñúñez: a contact has the same LinkedIn profile");
		expect(buttonNamed(again as Modal, /^Import/)).toBeUndefined();
		buttonNamed(again as Modal, /^Close$/)?.click();
		expect(openModals()).toHaveLength(0);
	});

	it("a note that appears after the preview is skipped, reported and left as it is", async () => {
		const modal = (await previewExport(s.plugin, LINKEDIN_SOURCE, csvFile())) as ImportPreviewModal;
		await s.app.vault.create(CREATED.lee, "Mine.\n");
		await clickImport(s, modal);
		expect(fileContent(s.app, CREATED.lee)).toBe("Mine.\n");
		expect(fileContent(s.app, CREATED.jose)).toBe(JOSE);
		expect(noticeMessages()).toContain("LinkedIn import: 2 contact notes created in Networking/Contacts, 5 skipped.");
	});

	it("creates the contacts folder when it is missing", async () => {
		await s.plugin.updateSettings((x) => {
			x.contactsFolder = "People/From LinkedIn";
		});
		await clickImport(s, (await previewExport(s.plugin, LINKEDIN_SOURCE, csvFile())) as ImportPreviewModal);
		expect(fileContent(s.app, "People/From LinkedIn/José Ñúñez.md")).toBe(JOSE);
	});

	it("explains a file that is not LinkedIn's export, and a dismissed picker does nothing", async () => {
		expect(await previewExport(s.plugin, LINKEDIN_SOURCE, csvFile("Name,Email\nJane,j@x.org\n", "people.csv"))).toBeNull();
		expect(noticeMessages()).toContain('"people.csv" is not LinkedIn\'s Connections.csv: no line starts First Name,Last Name.');

		await runCommand(s.app, "import-linkedin");
		const input = document.body.querySelector<HTMLInputElement>("input.informational-interviews-file-input");
		input?.dispatchEvent(new Event("cancel"));
		await sync(s);
		expect(document.body.querySelector("input.informational-interviews-file-input")).toBeNull();
		expect(openModals()).toHaveLength(0);
	});

	it("refuses a hidden contacts folder", async () => {
		await s.plugin.updateSettings((x) => {
			x.contactsFolder = ".hidden/People";
		});
		expect(await previewExport(s.plugin, LINKEDIN_SOURCE, csvFile())).toBeNull();
		expect(noticeMessages().some((m) => m.startsWith('The contacts folder ".hidden/People" cannot be used'))).toBe(true);
	});
});
