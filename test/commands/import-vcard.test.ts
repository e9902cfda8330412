// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import type { Modal } from "obsidian";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { previewExport } from "../../src/commands/import-contacts";
import { VCARD_SOURCE } from "../../src/domain/import-sources";
import type { ImportPreviewModal } from "../../src/ui/import-preview-modal";
import { fileContent, noticeMessages, openModals, runCommand } from "../fake-obsidian";
import { freezeClock, JANE, PATHS, smallVault, startPlugin, type Started, stopPlugin } from "../plugin-harness";
import { PHONE_CONTACTS_NEW, PHONE_CONTACTS_VCF } from "../fixtures/phone-contacts";
import { buttonNamed, clickImport, listed, shownPreview } from "./import-preview";

const VCF = readFileSync(PHONE_CONTACTS_VCF, "utf8");
const GRACE = "---\ntype: contact\nemail: grace.liu@larkspurhealth.example\n---\nGrace, from the health-tech meetup.\n";
const ROSA = "---\ntype: contact\n---\n";

const JURGEN = `---
type: contact
organization: Nordlicht Energie
role: Head of Data Platform
level: senior
field:
relationship:
linkedin:
email: juergen.mueller@nordlicht.example
phone: "+49 170 5550199"
status: active
---
Imported from a vCard file on 2026-11-22. Say how you know them under relationship, and the field they work in, before you ask for a conversation.

## Notes

Met at the energy meetup in Hamburg — offered to introduce me to the data team.
`;

let s: Started;

beforeEach(async () => {
	freezeClock();
	s = await startPlugin({ ...smallVault(), "People/Grace Liu.md": GRACE, "People/Rosa Jimenez.md": ROSA }, { data: { digest: false } });
});

afterEach(() => stopPlugin(s));

const vcfFile = (text = VCF, name = "contacts.vcf") => new File([text], name, { type: "text/vcard" });

describe("Import contacts from a vCard file", () => {
	it("picks a .vcf, previews, imports, and leaves existing notes alone", async () => {
		await runCommand(s.app, "import-vcard");
		const input = document.body.querySelector<HTMLInputElement>("input.informational-interviews-file-input");
		expect(input?.accept).toBe(".vcf,.vcard,text/vcard,text/x-vcard,text/directory");
		Object.defineProperty(input, "files", { value: [vcfFile()] });
		input?.dispatchEvent(new Event("change"));
		await vi.waitFor(() => expect(openModals()).toHaveLength(1));

		const modal = shownPreview();
		expect(modal.contentEl.querySelector(".informational-interviews-import-summary")?.textContent).toBe(
			"From the vCard file contacts.vcf: 4 new contact notes in Networking/Contacts, 3 skipped.",
		);
		expect(listed(modal, "create")).toEqual(PHONE_CONTACTS_NEW.map((name) => `${name}Networking/Contacts/${name}.md`));
		expect(listed(modal, "skipped")).toEqual([
			"Grace L.: a contact has the same email address (Grace Liu)",
			"Rosa Jiménez: a contact has the same name (Rosa Jimenez)",
			"line 69: no name (a card for Larkspur Health)",
		]);
		expect(modal.contentEl.textContent).toContain("Each new note gets organization, role and a level guessed from it, email, phone");
		expect(fileContent(s.app, "Networking/Contacts/Jürgen Müller.md")).toBeNull();

		await clickImport(s, modal);
		expect(fileContent(s.app, "Networking/Contacts/Jürgen Müller.md")).toBe(JURGEN);
		expect(fileContent(s.app, "People/Grace Liu.md")).toBe(GRACE);
		expect(fileContent(s.app, "People/Rosa Jimenez.md")).toBe(ROSA);
		expect(fileContent(s.app, PATHS.jane)).toBe(JANE);
		expect(noticeMessages()).toContain("vCard import: 4 contact notes created in Networking/Contacts, 3 skipped.");
		expect(s.plugin.live.index.get("Networking/Contacts/Zoë Ñúñez.md")?.kind).toBe("contact");
	});

	it("a second run of the same file creates nothing", async () => {
		await clickImport(s, (await previewExport(s.plugin, VCARD_SOURCE, vcfFile())) as ImportPreviewModal);
		const again = (await previewExport(s.plugin, VCARD_SOURCE, vcfFile())) as ImportPreviewModal;
		expect(again.contentEl.querySelector(".informational-interviews-import-summary")?.textContent).toContain(": 0 new contact notes in Networking/Contacts, 7 skipped");
		expect(buttonNamed(again as Modal, /^Import/)).toBeUndefined();
	});

	it("explains a file that is not a vCard and writes nothing", async () => {
		const files = s.app.vault.getFiles().length;
		expect(await previewExport(s.plugin, VCARD_SOURCE, vcfFile("First Name,Last Name\nJane,Doe\n", "Connections.csv"))).toBeNull();
		expect(noticeMessages()).toContain('"Connections.csv" is not a vCard file: it holds no BEGIN:VCARD line.');
		expect(openModals()).toHaveLength(0);
		expect(s.app.vault.getFiles()).toHaveLength(files);
	});
});
