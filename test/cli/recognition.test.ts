import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { byHand, EXAMPLE_RECOGNITION, essentials, type ByHand } from "../fixtures/recognition-settings";
import { cli } from "./run-cli";

const root = join(__dirname, "..", "..");
const md = readFileSync(join(root, "test/fixtures/example-vault-expected.md"), "utf8");
const temp = mkdtempSync(join(tmpdir(), "ii-recognition-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A copy of the example vault with the plugin's data.json set to `data`. */
function vaultWith(name: string, data: unknown): string {
	const vault = join(temp, name);
	cpSync(join(root, "example-vault"), vault, { recursive: true });
	const dir = join(vault, ".obsidian", "plugins", "informational-interviews");
	mkdirSync(dir, { recursive: true });
	writeFileSync(join(dir, "data.json"), JSON.stringify(data));
	return vault;
}

async function due(vault: string): Promise<ByHand & { problems: { note: string }[] }> {
	const r = await cli("due", vault, "--today", "2026-11-22", "--json");
	expect(r.code).toBe(0);
	return JSON.parse(r.stdout) as ByHand & { problems: { note: string }[] };
}

describe("recognising the notes a user already keeps, on the command line", () => {
	it("with recognition on, adopts the people and meeting notes as worked out by hand", async () => {
		const r = await due(vaultWith("on", EXAMPLE_RECOGNITION));
		expect(essentials(r)).toEqual(essentials(byHand(md, true)));
		expect(r.problems.map((p) => p.note)).toEqual(["Networking/Contacts/Omar Haddad.md", "Networking/Interviews/2026-12-03 Oliver Grant.md"]);
	});

	it("with recognition off, the same rules written but not turned on, nothing changes", async () => {
		const r = await due(vaultWith("off", { ...EXAMPLE_RECOGNITION, recognise: false }));
		expect(essentials(r)).toEqual(essentials(byHand(md, false)));
	});

	it("without the adoption day, the old lunch asks for its thank-you and reach-out too", async () => {
		const r = await due(vaultWith("no-day", { ...EXAMPLE_RECOGNITION, recogniseSince: null }));
		const lunch = r.followUps.filter((f) => f.note === "Meetings/2026-10-05 Lunch with Lucia.md").map((f) => [f.kind, f.due]);
		expect(lunch).toEqual([
			["thank-you", "2026-10-07"],
			["thank-referrer", "2026-10-07"],
			["reach-out", "2026-10-12"],
		]);
	});
});
