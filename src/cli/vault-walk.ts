import * as fs from "node:fs";
import { join } from "node:path";
import type { Problem } from "../domain/types";

export class VaultError extends Error {}

/** What the walk of a vault found: the notes, and what it could not read (a folder, a link), each a problem naming its path. */
export interface NoteListing {
	paths: string[];
	problems: Problem[];
}

type WalkFiles = Pick<typeof fs, "readdirSync" | "statSync" | "realpathSync">;

/**
 * Every markdown note below `root`, as vault-relative `/` paths, as Obsidian
 * desktop lists them: hidden files and folders skipped, symbolic links to notes
 * and folders followed (inside the vault or out of it), each file listed once
 * and loops cut. The real tree is walked first, so a note reachable both
 * directly and through a link keeps its own path. A folder that cannot be
 * read (permissions, a path past the system's length limit) and a link that
 * leads nowhere are problems, not silences.
 */
export function listNotes(root: string, files: WalkFiles = fs): NoteListing {
	let st;
	try {
		st = files.statSync(root);
	} catch {
		throw new VaultError(`cannot read the vault folder "${root}": it does not exist`);
	}
	if (!st.isDirectory()) throw new VaultError(`"${root}" is not a folder`);
	const paths: string[] = [];
	const problems: Problem[] = [];
	const reason = (e: unknown) => (e instanceof Error ? e.message : String(e));
	/** Real paths of the folders walked and notes listed: a second way to one of them is not taken. */
	const seen = new Set<string>();
	/** Links met during a walk, followed once the real tree is done, in order. */
	const links: { abs: string; rel: string }[] = [];
	const walk = (dir: string, rel: string, real: string) => {
		let entries;
		try {
			entries = files.readdirSync(dir, { withFileTypes: true });
		} catch (e) {
			if (rel === "") throw new VaultError(`cannot read the vault folder "${root}": ${reason(e)}`);
			problems.push({ note: rel, property: null, message: `the folder cannot be read: ${reason(e)}` });
			return;
		}
		entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
		for (const entry of entries) {
			if (entry.name.startsWith(".")) continue;
			const relPath = rel === "" ? entry.name : `${rel}/${entry.name}`;
			const realPath = `${real}/${entry.name}`;
			if (entry.isSymbolicLink()) links.push({ abs: join(dir, entry.name), rel: relPath });
			else if (entry.isDirectory()) {
				if (!seen.has(realPath)) {
					seen.add(realPath);
					walk(join(dir, entry.name), relPath, realPath);
				}
			} else if (entry.isFile() && isNote(entry.name) && !seen.has(realPath)) {
				seen.add(realPath);
				paths.push(relPath);
			}
		}
	};
	const follow = (link: { abs: string; rel: string }) => {
		let real: string;
		let target;
		try {
			real = files.realpathSync(link.abs);
			target = files.statSync(real);
		} catch (e) {
			// A link to some other kind of file (an image, say) is no note: only a possible note or folder is reported.
			if (/\.[^./]+$/.test(link.rel) && !isNote(link.rel)) return;
			const code = (e as { code?: unknown }).code;
			const what = code === "ELOOP" ? "goes round in a circle" : "leads nowhere";
			problems.push({ note: link.rel, property: null, message: `the link ${what}: ${reason(e)}` });
			return;
		}
		if (seen.has(real)) return;
		if (target.isDirectory()) {
			seen.add(real);
			walk(link.abs, link.rel, real);
		} else if (target.isFile() && isNote(link.rel)) {
			seen.add(real);
			paths.push(link.rel);
		}
	};
	let realRoot = root;
	try {
		realRoot = files.realpathSync(root);
	} catch {
		// (statSync could read it: keep the path as given)
	}
	seen.add(realRoot);
	walk(root, "", realRoot);
	for (let i = 0; i < links.length; i++) follow(links[i] as { abs: string; rel: string });
	return { paths: paths.sort(), problems };
}

function isNote(name: string): boolean {
	return name.toLowerCase().endsWith(".md");
}

