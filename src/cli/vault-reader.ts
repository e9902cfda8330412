import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { VaultIndex } from "../index/vault-index";
import type { RuleSettings } from "../domain/settings";
import { readFrontmatter } from "./frontmatter";

export class VaultError extends Error {}

/** Every markdown note below `root`, as vault-relative `/` paths, skipping hidden folders as Obsidian does. */
export function listNotes(root: string): string[] {
	let st;
	try {
		st = statSync(root);
	} catch {
		throw new VaultError(`cannot read the vault folder "${root}": it does not exist`);
	}
	if (!st.isDirectory()) throw new VaultError(`"${root}" is not a folder`);
	const out: string[] = [];
	const walk = (dir: string, rel: string) => {
		let entries;
		try {
			entries = readdirSync(dir, { withFileTypes: true });
		} catch (e) {
			if (rel === "") throw new VaultError(`cannot read the vault folder "${root}": ${(e as Error).message}`);
			return;
		}
		for (const entry of entries) {
			if (entry.name.startsWith(".")) continue;
			const relPath = rel === "" ? entry.name : `${rel}/${entry.name}`;
			if (entry.isDirectory()) walk(join(dir, entry.name), relPath);
			else if (entry.isFile() && entry.name.toLowerCase().endsWith(".md")) out.push(relPath);
		}
	};
	walk(root, "");
	return out.sort();
}

/** Reads every note's frontmatter into a fresh index. */
export function indexVault(root: string, settings?: RuleSettings): VaultIndex {
	const index = new VaultIndex(settings);
	for (const path of listNotes(root)) {
		let text: string;
		try {
			text = readFileSync(join(root, path), "utf8");
		} catch (e) {
			index.setUnreadable(path, `the file cannot be read: ${(e as Error).message}`);
			continue;
		}
		const fm = readFrontmatter(text);
		if (fm.kind === "ok") index.upsert(path, fm.data);
		else if (fm.kind === "error") index.setUnreadable(path, fm.message);
	}
	return index;
}
