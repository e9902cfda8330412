import * as fs from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { cli } from "./run-cli";
import { tempVaults } from "./temp-vault";

/**
 * A note that cannot be written (a full disk, say) is reported, the others are
 * still written, and the command exits 2. Here writing any file in `full`
 * fails as a full disk would.
 */

const full = new Set<string>();
vi.mock("node:fs", async (importOriginal) => {
	const real = await importOriginal<typeof import("node:fs")>();
	return {
		...real,
		writeFileSync: ((file: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
			if (full.has(String(file))) throw Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" });
			return (real.writeFileSync as (...a: unknown[]) => void)(file, ...rest);
		}) as typeof fs.writeFileSync,
	};
});

const tempVault = tempVaults("ii-import-full-");
const CSV = "First Name,Last Name,URL\nAda,Lovelace,https://www.linkedin.com/in/ada\nZed,Quinn,https://www.linkedin.com/in/zed\n";
const contacts = (vault: string) => join(vault, "Networking", "Contacts");

describe("import-linkedin and a note that cannot be written", () => {
	it("writes the others, lists the failure with its reason and exits 2", async () => {
		const vault = tempVault({ "Home.md": "# Home\n" });
		fs.writeFileSync(`${vault}.csv`, CSV);
		full.add(join(contacts(vault), "Ada Lovelace.md"));
		const r = await cli("import-linkedin", `${vault}.csv`, vault);
		expect(r.code).toBe(2);
		expect(r.stdout).toBe(
			[
				"Created 1 contact note in Networking/Contacts:",
				"  + Networking/Contacts/Zed Quinn.md",
				"Could not write 1:",
				"  ! Networking/Contacts/Ada Lovelace.md: ENOSPC: no space left on device",
				"1 created, 0 skipped, 1 not written.",
				"",
			].join("\n"),
		);
		expect(r.stderr).toBe("error: 1 note could not be written (see above)\n");
		expect(fs.readdirSync(contacts(vault))).toEqual(["Zed Quinn.md"]);
	});

	it("counts the notes not written, in the plural", async () => {
		const vault = tempVault({});
		fs.writeFileSync(`${vault}.csv`, CSV);
		full.add(join(contacts(vault), "Ada Lovelace.md"));
		full.add(join(contacts(vault), "Zed Quinn.md"));
		const r = await cli("import-linkedin", `${vault}.csv`, vault);
		expect(r.code).toBe(2);
		expect(r.stdout).toBe(
			[
				"Could not write 2:",
				"  ! Networking/Contacts/Ada Lovelace.md: ENOSPC: no space left on device",
				"  ! Networking/Contacts/Zed Quinn.md: ENOSPC: no space left on device",
				"0 created, 0 skipped, 2 not written.",
				"",
			].join("\n"),
		);
		expect(r.stderr).toBe("error: 2 notes could not be written (see above)\n");
		expect(fs.readdirSync(contacts(vault))).toEqual([]);
	});
});
