import * as fs from "node:fs";
import * as os from "node:os";
import { join } from "node:path";
import { VaultIndex } from "../index/vault-index";
import { DEFAULT_RULE_SETTINGS, type RuleSettings } from "../domain/rule-windows";
import { readDailyNotes } from "./daily-notes";
import { headReader } from "./head-reader";
import { readNote, type NoteRead } from "./note-read";
import { readInThread } from "./reader-thread";
import { listNotes } from "./vault-walk";


/** Below this many notes a reader thread costs more than it saves. */
const PARALLEL_FROM = 2000;

/**
 * Reads every note's frontmatter into a fresh index. Only what decides the
 * frontmatter is read and decoded (see `headReader`): the index and its
 * problems are the same as if every note were read whole. In a large vault,
 * given `readerScript` (the command line's own file, see src/cli/cli.ts), a
 * reader thread reads the files and parses their properties while this thread
 * indexes them.
 */
export function indexVault(root: string, settings?: RuleSettings, ignore: (path: string) => boolean = () => false, readerScript?: string): VaultIndex {
	// Nothing here renames a note or writes one: the properties read need not be kept.
	const index = new VaultIndex(settings, { keepProperties: false });
	const listing = listNotes(root);
	for (const p of listing.problems) if (!ignore(p.note)) index.setUnreadable(p.note, p.message);
	const paths = listing.paths.filter((p) => !ignore(p));
	const recognition = (settings ?? DEFAULT_RULE_SETTINGS).recognition;
	const add = (path: string, read: NoteRead) => {
		if (read === null) return;
		if ("unreadable" in read) index.setUnreadable(path, read.unreadable);
		else index.upsert(path, read.data, read.tags);
	};
	let done = 0;
	if (readerScript !== undefined && paths.length >= PARALLEL_FROM && (os.availableParallelism?.() ?? os.cpus().length) > 1) {
		done = readInThread(readerScript, root, paths, recognition, add);
	}
	const read = headReader(fs);
	for (let i = done; i < paths.length; i++) {
		const path = paths[i] as string;
		add(path, readNote(root, path, read(join(root, path)), recognition));
	}
	if ((settings ?? DEFAULT_RULE_SETTINGS).dailyNotes) readDailyNotes(root, paths, index);
	return index;
}
