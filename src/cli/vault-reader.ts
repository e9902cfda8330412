import * as fs from "node:fs";
import { readdirSync, statSync } from "node:fs";
import * as os from "node:os";
import { join } from "node:path";
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from "node:worker_threads";
import { VaultIndex } from "../index/vault-index";
import { DEFAULT_RULE_SETTINGS, type RuleSettings } from "../domain/settings";
import { readDailyNotes } from "./daily-notes";
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

/**
 * Reads every note's frontmatter into a fresh index. Only what decides the
 * frontmatter is read and decoded (see `headReader`): the index and its
 * problems are the same as if every note were read whole. In a large vault a
 * worker thread reads the files while this thread parses and indexes them.
 */
export function indexVault(root: string, settings?: RuleSettings, ignore: (path: string) => boolean = () => false): VaultIndex {
	const index = new VaultIndex(settings);
	const paths = listNotes(root).filter((p) => !ignore(p));
	const add = (path: string, head: string | { error: string }) => {
		if (typeof head !== "string") {
			index.setUnreadable(path, `the file cannot be read: ${head.error}`);
			return;
		}
		if (head === "") return;
		const fm = readFrontmatter(head);
		if (fm.kind === "ok") index.upsert(path, fm.data);
		else if (fm.kind === "error") index.setUnreadable(path, fm.message);
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
function readInWorker(root: string, paths: string[], add: (path: string, head: string | { error: string }) => void): number {
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
				for (const head of msg.message as (string | { error: string })[]) {
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
	let batch: (string | { error: string })[] = [];
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
 * A reader of notes' heads into one reused buffer. The head of a note is the
 * part that decides its frontmatter: the text up to and including the first
 * `\n---` after the opening line (all that gray-matter reads of it), the whole
 * text when there is no such line, or "" when the note does not open with `---`
 * (after an optional BOM). A prefix that ends with an ASCII byte decodes to a
 * prefix of the whole text. A file that cannot be read gives its error.
 * Self-contained (a worker runs its source): it uses nothing but `files` and Buffer.
 */
export function headReader(files: Pick<typeof import("node:fs"), "openSync" | "readSync" | "closeSync" | "readFileSync">) {
	const buf = Buffer.allocUnsafe(64 * 1024);
	const close = Buffer.from("\n---");
	/** The head from the first `n` bytes, or null when more of the note is needed. */
	const head = (n: number, eof: boolean): string | null => {
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
	return (file: string): string | { error: string } => {
		try {
			const fd = files.openSync(file, "r");
			try {
				let n = files.readSync(fd, buf, 0, buf.length, 0);
				const first = head(n, false);
				if (first !== null) return first;
				// One read did not settle it: read on to the end of the file or of the buffer.
				let eof = false;
				while (n < buf.length && !eof) {
					const more = files.readSync(fd, buf, n, buf.length - n, n);
					eof = more === 0;
					n += more;
				}
				return head(n, eof) ?? files.readFileSync(file, "utf8");
			} finally {
				files.closeSync(fd);
			}
		} catch (e) {
			return { error: e instanceof Error ? e.message : String(e) };
		}
	};
}
