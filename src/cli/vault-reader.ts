import * as fs from "node:fs";
import * as os from "node:os";
import { join } from "node:path";
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from "node:worker_threads";
import { VaultIndex } from "../index/vault-index";
import { DEFAULT_RULE_SETTINGS, type RuleSettings } from "../domain/rule-windows";
import type { Problem } from "../domain/types";
import { readDailyNotes } from "./daily-notes";
import { readFrontmatter, UNCLOSED_MESSAGE, unclosedBlock } from "./frontmatter";
import { errorText } from "../domain/error-text";
import { recordKind } from "../domain/parse";
import { bodyTags, mayMakeRecord, NO_RECOGNITION, readsTags, recognitionActive } from "../domain/recognition";

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

/** A note's text after its first `bodyStart` characters (its properties block), or "" when it cannot be read. */
function readBody(file: string, bodyStart: number): string {
	try {
		const text = fs.readFileSync(file, "utf8");
		return text.slice(bodyStart);
	} catch {
		return "";
	}
}

function isNote(name: string): boolean {
	return name.toLowerCase().endsWith(".md");
}

/**
 * Reads every note's frontmatter into a fresh index. Only what decides the
 * frontmatter is read and decoded (see `headReader`): the index and its
 * problems are the same as if every note were read whole. In a large vault a
 * worker thread reads the files while this thread parses and indexes them.
 */
export function indexVault(root: string, settings?: RuleSettings, ignore: (path: string) => boolean = () => false): VaultIndex {
	const index = new VaultIndex(settings);
	const listing = listNotes(root);
	for (const p of listing.problems) if (!ignore(p.note)) index.setUnreadable(p.note, p.message);
	const paths = listing.paths.filter((p) => !ignore(p));
	const recognition = (settings ?? DEFAULT_RULE_SETTINGS).recognition;
	const adopting = recognitionActive(recognition);
	/** A note the recognition settings may adopt whatever its properties: the tags of its body are read too. */
	const upsertWithTags = (path: string, data: Record<string, unknown>, bodyStart: number) => {
		const tags = readsTags(recognition) && recordKind(path, data, NO_RECOGNITION) === null ? bodyTags(readBody(join(root, path), bodyStart)) : [];
		index.upsert(path, data, tags);
	};
	const add = (path: string, head: Head) => {
		if (typeof head !== "string") {
			if ("error" in head) index.setUnreadable(path, `the file cannot be read: ${head.error}`);
			else if (unclosedBlock(head.unclosed) !== null) index.setUnreadable(path, UNCLOSED_MESSAGE);
			// A block that never closes is body text: the note has no properties.
			else if (adopting) upsertWithTags(path, {}, 0);
			return;
		}
		// A block that could not make a contact or an interview is not parsed (nor reported).
		if (head !== "" && !mayMakeRecord(path, head, recognition)) return;
		const fm = head === "" ? ({ kind: "none" } as const) : readFrontmatter(head);
		if (fm.kind === "error") index.setUnreadable(path, fm.message);
		else if (fm.kind === "ok") upsertWithTags(path, fm.data, head.length);
		else if (adopting) upsertWithTags(path, {}, 0);
	};
	let done = 0;
	if (paths.length >= PARALLEL_FROM && (os.availableParallelism?.() ?? os.cpus().length) > 1) done = readInWorker(root, paths, add);
	const read = headReader(fs);
	for (let i = done; i < paths.length; i++) {
		const path = paths[i] as string;
		add(path, read(join(root, path)));
	}
	if ((settings ?? DEFAULT_RULE_SETTINGS).dailyNotes) readDailyNotes(root, paths, index);
	return index;
}

/** Below this many notes a worker thread costs more than it saves. */
const PARALLEL_FROM = 2000;
/** Notes per message from the worker. */
const BATCH = 256;
/** Without news from the worker for this long, this thread reads the rest itself. */
const STALL_MS = 10_000;

/**
 * Reads the notes' heads in a worker thread, in order, handing each to `add`
 * here as it arrives. Stays synchronous (a shared counter wakes this thread).
 * Returns how many notes were handed over; the caller reads the rest (all of
 * them when the worker cannot start, or stalls).
 */
function readInWorker(root: string, paths: string[], add: (path: string, head: Head) => void): number {
	const signal = new Int32Array(new SharedArrayBuffer(8)); // [0]: batches posted, [1]: set to stop the worker
	const { port1, port2 } = new MessageChannel();
	let worker: Worker;
	try {
		// The worker runs the source of two self-contained functions, after a prologue of its own that
		// no bundler rewrites (an ESM bundle would turn a require() inside them into a helper of its own).
		const code = `"use strict";
const __name = (f) => f;
const { workerData } = require("node:worker_threads");
try {
	(${headWorker.toString()})(${headReader.toString()}, workerData, require("node:fs"), require("node:path"));
} catch (e) {
	workerData.port.postMessage({ fatal: String(e) });
	Atomics.add(workerData.signal, 0, 1);
	Atomics.notify(workerData.signal, 0);
}`;
		worker = new Worker(code, { eval: true, workerData: { root, paths, port: port2, signal, batch: BATCH }, transferList: [port2] });
	} catch {
		port1.close();
		return 0;
	}
	worker.unref();
	worker.on("error", () => undefined); // (it reports its own failures; one it cannot report stalls it, and the caller reads on)
	let done = 0;
	try {
		while (done < paths.length) {
			const seen = Atomics.load(signal, 0);
			const msg = receiveMessageOnPort(port1);
			if (msg) {
				if (!Array.isArray(msg.message)) break; // the worker failed: read the rest here
				for (const head of msg.message as Head[]) {
					add(paths[done] as string, head);
					done++;
				}
				continue;
			}
			if (Atomics.wait(signal, 0, seen, STALL_MS) === "timed-out") break;
		}
	} finally {
		Atomics.store(signal, 1, 1);
		port1.close();
	}
	return done;
}

interface WorkerData {
	root: string;
	paths: string[];
	port: MessagePort;
	signal: Int32Array;
	batch: number;
}

/** The worker: reads every note's head in order and posts them in batches. Self-contained (its source is run). */
function headWorker(reader: typeof headReader, data: WorkerData, files: typeof fs, paths: { join(...parts: string[]): string }): void {
	const read = reader(files);
	let batch: Head[] = [];
	for (let i = 0; i < data.paths.length; i++) {
		if (Atomics.load(data.signal, 1) !== 0) break;
		batch.push(read(paths.join(data.root, data.paths[i] ?? "")));
		if (batch.length === data.batch || i === data.paths.length - 1) {
			data.port.postMessage(batch);
			batch = [];
			Atomics.add(data.signal, 0, 1);
			Atomics.notify(data.signal, 0);
		}
	}
	data.port.close();
}

/**
 * What decides a note's frontmatter: its head (see `headReader`), an error, or
 * the first 1 MB of a properties block that is not closed within them.
 */
export type Head = string | { error: string } | { unclosed: string };

/**
 * A reader of notes' heads into reused buffers. The head of a note is the
 * part that decides its frontmatter: the text up to and including the first
 * `\n---` line after the opening line (all that gray-matter reads of it), the
 * whole text when there is no such line, or "" when the note does not open with
 * `---` (after an optional BOM). A block still open after 1 MB is never read
 * further: its first 1 MB come back as `unclosed` (a 600 MB note is not read
 * whole). A prefix that ends with an ASCII byte decodes to a prefix of the
 * whole text. A file that cannot be read gives its error.
 * Self-contained (a worker runs its source): it uses nothing but `files` and Buffer.
 */
export function headReader(files: Pick<typeof import("node:fs"), "openSync" | "readSync" | "closeSync">) {
	const LIMIT = 1024 * 1024;
	const small = Buffer.allocUnsafe(64 * 1024);
	let large: Buffer | null = null;
	const close = Buffer.from("\n---");
	/** The head from the first `n` bytes of `buf`, or null when more of the note is needed. */
	const head = (buf: Buffer, n: number, eof: boolean): string | null => {
		const start = n >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
		if (n < start + 3) return eof ? "" : null;
		if (buf[start] !== 0x2d || buf[start + 1] !== 0x2d || buf[start + 2] !== 0x2d) return "";
		const view = buf.subarray(0, n);
		const lineEnd = view.indexOf(0x0a, start + 3);
		// The first line that is `---` alone (trailing blanks allowed) closes the block.
		let at = lineEnd < 0 ? -1 : view.indexOf(close, lineEnd);
		while (at >= 0) {
			let end = at + close.length;
			while (end < n && (buf[end] === 0x20 || buf[end] === 0x09)) end++;
			if (end < n && (buf[end] === 0x0a || buf[end] === 0x0d)) return view.toString("utf8", 0, end);
			if (end >= n) break; // the line may go on past what was read
			at = view.indexOf(close, at + close.length);
		}
		return eof ? view.toString("utf8") : null;
	};
	/** Reads from `from` until `buf` is full or the file ends; returns the bytes now in `buf` and whether the file ended. */
	const fill = (fd: number, buf: Buffer, from: number): [number, boolean] => {
		let n = from;
		while (n < buf.length) {
			const more = files.readSync(fd, buf, n, buf.length - n, n);
			if (more === 0) return [n, true];
			n += more;
		}
		return [n, false];
	};
	return (file: string): Head => {
		try {
			const fd = files.openSync(file, "r");
			try {
				const first = head(small, files.readSync(fd, small, 0, small.length, 0), false);
				if (first !== null) return first;
				// One read did not settle it: read on to the end of the file or of the buffer.
				let [n, eof] = fill(fd, small, 0);
				const second = head(small, n, eof);
				if (second !== null) return second;
				// Not settled in the first 64 KB: read on, up to 1 MB, and no further.
				if (large === null) large = Buffer.allocUnsafe(LIMIT);
				small.copy(large, 0, 0, n);
				[n, eof] = fill(fd, large, n);
				return head(large, n, eof) ?? { unclosed: large.toString("utf8", 0, n) };
			} finally {
				files.closeSync(fd);
			}
		} catch (e) {
			return { error: errorText(e) };
		}
	};
}
