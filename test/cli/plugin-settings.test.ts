import { describe, expect, it } from "vitest";
import { vaultSettings } from "../../src/cli/plugin-settings";
import { cli } from "./run-cli";
import { tempVaults } from "./temp-vault";

const vault = tempVaults("ii-settings-");

const DATA = ".obsidian/plugins/informational-interviews/data.json";
const NOTES = {
	"People/Jane.md": "---\ntype: contact\n---\n",
	"I/Jane.md": '---\ntype: interview\ncontact: "[[Jane]]"\nstatus: done\ndate: 2026-11-20\n---\n',
	"Templates/Notes/Contact.md": "---\ntype: contact\nfield: Template\n---\n",
};

async function due(dir: string): Promise<{ followUps: { kind: string; due: string; note: string }[]; fields: { field: string }[] }> {
	const r = await cli("due", dir, "--today", "2026-11-22", "--json");
	expect(r.code, r.stderr).toBe(0);
	return JSON.parse(r.stdout) as { followUps: { kind: string; due: string; note: string }[]; fields: { field: string }[] };
}

describe("the command line reads the plugin's settings from the vault", () => {
	it("without data.json: the default windows, nothing ignored, contacts in Networking/Contacts", async () => {
		const dir = vault(NOTES);
		const s = vaultSettings(dir);
		expect(s.contactsFolder).toBe("Networking/Contacts");
		expect(s.ignore("Templates/Notes/Contact.md")).toBe(false);
		const r = await due(dir);
		expect(r.followUps.find((f) => f.kind === "thank-you")?.due).toBe("2026-11-22");
		expect(r.fields.map((f) => f.field)).toEqual(["Template"]);
	});

	it("takes the rule windows and the contacts folder from data.json", async () => {
		const dir = vault({ ...NOTES, [DATA]: JSON.stringify({ thankYouDays: 5, contactsFolder: "People" }) });
		expect(vaultSettings(dir).contactsFolder).toBe("People");
		expect((await due(dir)).followUps.find((f) => f.kind === "thank-you")?.due).toBe("2026-11-25");
	});

	it("skips the note templates folder, however the setting is written (slashes, case)", async () => {
		for (const folder of ["Templates/Notes", "/templates/notes/", "TEMPLATES/NOTES"]) {
			const dir = vault({ ...NOTES, [DATA]: JSON.stringify({ templatesFolder: folder }) });
			const s = vaultSettings(dir);
			expect(s.ignore("Templates/Notes/Contact.md"), folder).toBe(true);
			expect(s.ignore("Templates/Notes")).toBe(false);
			expect(s.ignore("Templates/NotesMore/Contact.md")).toBe(false);
			expect(s.ignore("People/Jane.md")).toBe(false);
			expect((await due(dir)).fields).toEqual([]);
		}
	});

	it("finds data.json in a renamed configuration folder, the first hidden folder in name order", async () => {
		const dir = vault({
			...NOTES,
			".config-b/plugins/informational-interviews/data.json": JSON.stringify({ thankYouDays: 9 }),
			".config-a/plugins/informational-interviews/data.json": JSON.stringify({ thankYouDays: 4 }),
			"config/plugins/informational-interviews/data.json": JSON.stringify({ thankYouDays: 1 }),
		});
		expect((await due(dir)).followUps.find((f) => f.kind === "thank-you")?.due).toBe("2026-11-24");
		const visible = vault({ ...NOTES, "config/plugins/informational-interviews/data.json": JSON.stringify({ thankYouDays: 1 }) });
		expect((await due(visible)).followUps.find((f) => f.kind === "thank-you")?.due).toBe("2026-11-22");
	});

	it("a data.json that cannot be read gives the defaults", async () => {
		const dir = vault({ ...NOTES, [DATA]: "{ not json" });
		expect(vaultSettings(dir).contactsFolder).toBe("Networking/Contacts");
		expect((await due(dir)).followUps.find((f) => f.kind === "thank-you")?.due).toBe("2026-11-22");
	});
});
