/**
 * Not a timing: checks that the command line's fast path (reading only the
 * head of each note, in a reader thread) gives exactly what reading every note
 * whole gives — note by note on the synthetic vault, and for the whole `due`
 * report.
 */
import * as fs from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { VaultIndex } from "../../src/index/vault-index";
import { dueReport } from "../../src/index/due-report";
import { readFrontmatter, unclosedBlock } from "../../src/cli/frontmatter";
import { headReader, indexVault, listNotes } from "../../src/cli/vault-reader";
import type { BenchContext, Figure } from "../lib/types";

export default {
	name: "checks: the CLI's fast path reads what reading whole notes reads",
	run(ctx: BenchContext): Figure[] {
		let failures = 0;
		const fail = (what: string) => {
			if (failures < 10) ctx.log(`  MISMATCH ${what}`);
			failures++;
		};
		const { root, today } = ctx.vault;
		const read = headReader(fs);
		const reference = new VaultIndex();
		let notes = 0;
		for (const path of listNotes(root).paths) {
			notes++;
			const whole = readFrontmatter(fs.readFileSync(join(root, path), "utf8"));
			if (whole.kind === "ok") reference.upsert(path, whole.data);
			else if (whole.kind === "error") reference.setUnreadable(path, whole.message);
			const head = read(join(root, path));
			if (typeof head !== "string" && "error" in head) {
				fail(`${path}: ${head.error}`);
				continue;
			}
			// A block not closed within 1 MB: its first 1 MB decide, as in indexVault.
			const fromHead = typeof head !== "string" ? (unclosedBlock(head.unclosed) ?? { kind: "none" }) : head === "" ? { kind: "none" } : readFrontmatter(head);
			if (!isDeepStrictEqual(fromHead, whole)) fail(`${path}: the head reads ${JSON.stringify(fromHead)}, the whole note ${JSON.stringify(whole)}`);
		}
		const want = JSON.stringify(dueReport(reference, today, 14));
		const got = JSON.stringify(dueReport(indexVault(root), today, 14));
		if (got !== want) fail(`the due report of indexVault differs from reading whole notes (${got.length} vs ${want.length} characters)`);
		ctx.log(`  ${notes} notes and the due report compared: ${failures} mismatches`);
		return [{ id: "check", label: "fast path ≠ whole notes", unit: "count", samples: [failures], target: 0, goalOn: "max", runs: `${notes}` }];
	},
};
