import * as fs from "node:fs";
import { join } from "node:path";
import { isMainThread, MessageChannel, type MessagePort, receiveMessageOnPort, Worker, workerData } from "node:worker_threads";
import type { Recognition } from "../domain/recognition";
import { headReader } from "./head-reader";
import { readNote, type NoteRead } from "./note-read";

/** Notes per message from the reader thread. */
const BATCH = 256;
/** Messages the reader thread may be ahead by: it waits rather than fill memory with notes not yet indexed. */
const AHEAD = 8;
/** Without news from the reader thread for this long, the caller reads the rest itself. */
const STALL_MS = 10_000;
/**
 * The reader thread's stack, smaller than the main thread's (V8's ~1 MB): a block nested
 * too deep for it (some 1,100 levels) is left to the main thread, so that whether such a
 * block can be read never depends on the thread that read it.
 */
const STACK_MB = 0.75;
/** The reader thread's young generation: what it allocates lives for one note, or one message. */
const YOUNG_MB = 8;
/** Marks the workerData of a reader thread (the script it runs is the whole command line). */
const ROLE = "informational-interviews: reader thread";

/** What the thread posts for a note: what it gives the index, or its head when the main thread has to parse it. */
type Posted = NoteRead | string;

/** What a reader thread is given (its workerData). */
export interface ReaderData {
	role: typeof ROLE;
	root: string;
	paths: string[];
	recognition: Recognition;
	port: MessagePort;
	/** [0]: batches posted, [1]: set to stop the thread, [2]: batches taken. */
	signal: Int32Array;
}

/** How a thread waits for a shared counter to change: `Atomics.wait` (tests give a stand-in). */
export type Wait = (signal: Int32Array, index: number, value: number, timeoutMs: number) => "ok" | "not-equal" | "timed-out";

/** The reader thread's pace: notes per message, messages it may be ahead by, how long it waits for one to be taken, and how. */
export interface ReaderPace {
	batch: number;
	ahead: number;
	stallMs: number;
	wait: Wait;
}

const PACE: ReaderPace = { batch: BATCH, ahead: AHEAD, stallMs: STALL_MS, wait: Atomics.wait };

/**
 * Reads the notes in a reader thread, in order, handing what each gives the
 * index to `add` here as it arrives: the thread opens and reads the files and
 * parses their properties blocks (the costly part), this thread only indexes.
 * `script` is the file the thread runs: dist/cli.js itself (src/cli/cli.ts
 * starts the thread's work there instead of a command). Stays synchronous (a
 * shared counter wakes this thread). Returns how many notes were handed over;
 * the caller reads the rest (all of them when the thread cannot start, fails,
 * or stalls: no news for `stallMs`).
 */
export function readInThread(script: string, root: string, paths: string[], recognition: Recognition, add: (path: string, read: NoteRead) => void, stallMs = STALL_MS): number {
	const signal = new Int32Array(new SharedArrayBuffer(12));
	const { port1, port2 } = new MessageChannel();
	const data: ReaderData = { role: ROLE, root, paths, recognition, port: port2, signal };
	let worker: Worker;
	try {
		worker = new Worker(script, { workerData: data, transferList: [port2], resourceLimits: { stackSizeMb: STACK_MB, maxYoungGenerationSizeMb: YOUNG_MB } });
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
				if (!Array.isArray(msg.message)) break; // the thread failed: read the rest here
				for (const read of msg.message as Posted[]) {
					const path = paths[done] as string;
					add(path, typeof read === "string" ? readNote(root, path, read, recognition) : read);
					done++;
				}
				Atomics.add(signal, 2, 1);
				Atomics.notify(signal, 2);
				continue;
			}
			if (Atomics.wait(signal, 0, seen, stallMs) === "timed-out") break;
		}
	} finally {
		Atomics.store(signal, 1, 1);
		Atomics.notify(signal, 2);
		port1.close();
	}
	return done;
}

/** Whether this thread (`main`, given `data` as its workerData) is a reader thread that `readInThread` started. */
export function isReaderThread(main = isMainThread, data: unknown = workerData): boolean {
	return !main && (data as Partial<ReaderData> | null | undefined)?.role === ROLE;
}

/** A reader thread's work: every note read and worked out in order, posted in batches. */
export function runReaderThread(data = workerData as ReaderData, pace: ReaderPace = PACE): void {
	const post = (message: unknown) => {
		data.port.postMessage(message);
		Atomics.add(data.signal, 0, 1);
		Atomics.notify(data.signal, 0);
	};
	try {
		const read = headReader(fs);
		let batch: Posted[] = [];
		for (let i = 0; i < data.paths.length; i++) {
			if (Atomics.load(data.signal, 1) !== 0) break;
			if (batch.length === 0) waitToBeTaken(data.signal, pace);
			const path = data.paths[i] as string;
			const head = read(join(data.root, path));
			const note = readNote(data.root, path, head, data.recognition);
			batch.push(note !== null && "overflow" in note && typeof head === "string" ? head : note);
			if (batch.length === pace.batch || i === data.paths.length - 1) {
				post(batch);
				batch = [];
			}
		}
	} catch (e) {
		post({ fatal: String(e) });
	}
	data.port.close();
}

/** Waits (for `pace.stallMs` at most each time) while the main thread has `pace.ahead` messages not yet taken. */
function waitToBeTaken(signal: Int32Array, pace: ReaderPace): void {
	for (;;) {
		const taken = Atomics.load(signal, 2);
		if (Atomics.load(signal, 0) - taken < pace.ahead || Atomics.load(signal, 1) !== 0) return;
		if (pace.wait(signal, 2, taken, pace.stallMs) === "timed-out") return;
	}
}
