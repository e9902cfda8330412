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
import { closingFence, readFrontmatter, unclosedBlock } from "../../src/cli/frontmatter";
import { mayMakeRecord, NO_RECOGNITION } from "../../src/domain/recognition";
import { headReader } from "../../src/cli/head-reader";
import { indexVault } from "../../src/cli/vault-reader";
import { listNotes } from "../../src/cli/vault-walk";
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
			const text = fs.readFileSync(join(root, path), "utf8");
			const whole = readFrontmatter(text);
			// As the command line does: a block that could not make a contact or an interview is not read.
			if (mayMakeRecord(path, blockOf(text), NO_RECOGNITION)) {
				if (whole.kind === "ok") reference.upsert(path, whole.data);
				else if (whole.kind === "error") reference.setUnreadable(path, whole.message);
			}
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

/** A note's properties block as written: up to its closing line, or the whole text when it never closes. */
function blockOf(text: string): string {
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const end = closingFence(body, Math.max(0, body.indexOf("\n")));
	return end < 0 ? body : body.slice(0, end);
}
