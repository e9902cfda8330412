import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { MessageChannel, receiveMessageOnPort } from "node:worker_threads";
import { afterAll, describe, expect, it, vi } from "vitest";
import type { NoteRead } from "../../src/cli/note-read";
import { isReaderThread, readInThread, runReaderThread, type ReaderData, type ReaderPace, type Wait } from "../../src/cli/reader-thread";
import { indexVault } from "../../src/cli/vault-reader";
import type { Recognition } from "../../src/domain/recognition";
import { tempVaults } from "./temp-vault";

// The reader thread's two sides without the built command line: the thread's work runs here, in
// this thread, on a channel of its own; the main side starts a thread on a small script written
// below that speaks the same protocol. Every thread started leaves here the promise of its exit code.
const threads = vi.hoisted(() => ({ exits: [] as Promise<number>[] }));
vi.mock("node:worker_threads", async (importOriginal) => {
	const actual = await importOriginal<typeof import("node:worker_threads")>();
	class KeptWorker extends actual.Worker {
		constructor(...args: ConstructorParameters<typeof actual.Worker>) {
			super(...args);
			threads.exits.push(new Promise((resolve) => this.once("exit", resolve)));
		}
	}
	return { ...actual, Worker: KeptWorker };
});

const vault = tempVaults("ii-reader-protocol-");

/** Adopts as contacts the notes of the People folder: what a note gives then depends on its path and on these settings. */
const PEOPLE: Recognition = {
	contact: { folders: ["people"], tags: [], properties: [] },
	interview: { folders: [], tags: [], properties: [] },
	personProperty: "contact",
	since: null,
};

const nested = (depth: number) => `---\ntype: contact\nnotes: ${"[".repeat(depth)}${"]".repeat(depth)}\n---\n`;

/** A wait that must not happen: the test fails through the thread's `{fatal}` message. */
const noWait: Wait = () => {
	throw new Error("waited");
};

/** The thread's work run here on `paths` below `root`; what it posted, in order, and its count of messages posted. */
function runHere(root: string, paths: string[], pace?: ReaderPace, signal = new Int32Array(new SharedArrayBuffer(12))): { messages: unknown[]; posted: number } {
	const { port1, port2 } = new MessageChannel();
	runReaderThread({ root, paths, recognition: PEOPLE, port: port2, signal } as ReaderData, pace);
	const messages: unknown[] = [];
	for (let m = receiveMessageOnPort(port1); m; m = receiveMessageOnPort(port1)) messages.push(m.message);
	port1.close();
	return { messages, posted: Atomics.load(signal, 0) };
}

const pace = (p: Partial<ReaderPace>): ReaderPace => ({ batch: 256, ahead: 100, stallMs: 10_000, wait: noWait, ...p });

/** A wait that records what the thread had posted and the main thread had taken when it began, and then does `then` (which says how it ended). */
function recordingWait(then: (signal: Int32Array) => ReturnType<Wait>): { wait: Wait; calls: { index: number; value: number; timeoutMs: number; posted: number }[] } {
	const calls: { index: number; value: number; timeoutMs: number; posted: number }[] = [];
	const wait: Wait = (signal, index, value, timeoutMs) => {
		if (calls.length >= 20) throw new Error("waited too often");
		calls.push({ index, value, timeoutMs, posted: Atomics.load(signal, 0) });
		return then(signal);
	};
	return { wait, calls };
}

describe("the reader thread's work (run in this thread)", () => {
	it("posts what each note gives the index, in order, in batches of `batch`, the last one partial", () => {
		const root = vault({
			"People/Ada.md": "---\nname: Ada\n---\n",
			"Notes/Idea.md": "---\ntopic: ideas\n---\n",
			"Plain.md": "no properties\n",
			"People/Bo.md": "---\ntype: interview\ncontact: Ada\n---\n",
			"People/Cy.md": "---\nname: Cy\n---\n",
			"People/Di.md": "---\nname: Di\n---\n",
			"People/Ed.md": "---\nname: [Ed\n---\n",
		});
		const paths = ["People/Ada.md", "Notes/Idea.md", "Plain.md", "People/Bo.md", "People/Cy.md", "People/Di.md", "People/Ed.md"];
		const { messages, posted } = runHere(root, paths, pace({ batch: 3 }));
		expect(messages).toEqual([
			[{ data: { name: "Ada" }, tags: [] }, null, { data: {}, tags: [] }],
			[{ data: { type: "interview", contact: "Ada" }, tags: [] }, { data: { name: "Cy" }, tags: [] }, { data: { name: "Di" }, tags: [] }],
			[{ unreadable: "the frontmatter is not valid YAML: unexpected end of the stream within a flow collection at line 3, column 1" }],
		]);
		expect(posted).toBe(3);
	});

	it("posts no empty batch when the notes fill the last one, and nothing for no notes", () => {
		const root = vault({ "People/Ada.md": "---\nname: Ada\n---\n", "People/Bo.md": "---\nname: Bo\n---\n" });
		expect(runHere(root, ["People/Ada.md", "People/Bo.md", "People/Ada.md", "People/Bo.md"], pace({ batch: 2 })).messages).toEqual([
			[{ data: { name: "Ada" }, tags: [] }, { data: { name: "Bo" }, tags: [] }],
			[{ data: { name: "Ada" }, tags: [] }, { data: { name: "Bo" }, tags: [] }],
		]);
		expect(runHere(root, [], pace({ batch: 2 }))).toEqual({ messages: [], posted: 0 });
	});

	it("posts 256 notes a message by default", () => {
		const root = vault({});
		const paths = Array.from({ length: 300 }, (_, i) => `People/Missing ${i}.md`);
		// As if the main thread had taken many messages already: the thread never waits here.
		const signal = new Int32Array(new SharedArrayBuffer(12));
		Atomics.store(signal, 2, 1000);
		const { messages } = runHere(root, paths, undefined, signal);
		expect((messages as NoteRead[][]).map((m) => m.length)).toEqual([256, 44]);
		expect((messages as NoteRead[][])[1]?.[43]).toEqual({ unreadable: expect.stringMatching(/^the file cannot be read: ENOENT.*Missing 299\.md/) as unknown });
	});

	it("posts the head of a note whose block is nested deeper than its stack allows, for the main thread to parse", () => {
		const deep = nested(50_000);
		const root = vault({ "People/Deep.md": deep, "People/Ada.md": "---\nname: Ada\n---\n", "People/Shallow.md": nested(3) });
		const { messages } = runHere(root, ["People/Ada.md", "People/Deep.md", "People/Shallow.md"], pace({}));
		expect(messages).toEqual([
			[
				{ data: { name: "Ada" }, tags: [] },
				deep.slice(0, -1),
				{ data: { type: "contact", notes: [[[]]] }, tags: [] },
			],
		]);
	});

	it("posts nothing once the main thread has set the stop flag", () => {
		const root = vault({ "People/Ada.md": "---\nname: Ada\n---\n" });
		const signal = new Int32Array(new SharedArrayBuffer(12));
		Atomics.store(signal, 1, 1);
		expect(runHere(root, ["People/Ada.md", "People/Ada.md"], pace({ batch: 1 }), signal)).toEqual({ messages: [], posted: 0 });
	});

	it("posts a failure as { fatal } with the error's text, after the batches posted before it", () => {
		// The failure here is the wait's; any error of the thread's work goes the same way.
		const root = vault({ "People/Ada.md": "---\nname: Ada\n---\n" });
		const { messages, posted } = runHere(root, ["People/Ada.md", "People/Ada.md", "People/Ada.md"], pace({ batch: 1, ahead: 1 }));
		expect(messages).toEqual([[{ data: { name: "Ada" }, tags: [] }], { fatal: "Error: waited" }]);
		expect(posted).toBe(2);
	});

	it("waits before a batch while `ahead` messages are not taken, and goes on as soon as one is", () => {
		const root = vault({ "People/Ada.md": "---\nname: Ada\n---\n" });
		const taking = recordingWait((signal) => (Atomics.add(signal, 2, 1), "ok"));
		const { messages } = runHere(root, Array<string>(5).fill("People/Ada.md"), pace({ batch: 1, ahead: 2, stallMs: 1234, wait: taking.wait }));
		expect(messages).toEqual(Array(5).fill([{ data: { name: "Ada" }, tags: [] }]));
		expect(taking.calls).toEqual([
			{ index: 2, value: 0, timeoutMs: 1234, posted: 2 },
			{ index: 2, value: 1, timeoutMs: 1234, posted: 3 },
			{ index: 2, value: 2, timeoutMs: 1234, posted: 4 },
		]);
	});

	it("waits once per batch only, and goes on after `stallMs` when the main thread takes nothing", () => {
		const root = vault({ "People/Ada.md": "---\nname: Ada\n---\n" });
		const stalled = recordingWait(() => "timed-out");
		const { messages } = runHere(root, Array<string>(5).fill("People/Ada.md"), pace({ batch: 2, ahead: 1, stallMs: 55, wait: stalled.wait }));
		const ada = { data: { name: "Ada" }, tags: [] };
		expect(messages).toEqual([[ada, ada], [ada, ada], [ada]]);
		expect(stalled.calls).toEqual([
			{ index: 2, value: 0, timeoutMs: 55, posted: 1 },
			{ index: 2, value: 0, timeoutMs: 55, posted: 2 },
		]);
	});

	it("stops waiting when the stop flag is set, and posts nothing after the note it was about to read", () => {
		const root = vault({ "People/Ada.md": "---\nname: Ada\n---\n" });
		const stopping = recordingWait((signal) => (Atomics.store(signal, 1, 1), "ok"));
		const { messages } = runHere(root, Array<string>(4).fill("People/Ada.md"), pace({ batch: 1, ahead: 1, wait: stopping.wait }));
		expect(messages).toEqual([[{ data: { name: "Ada" }, tags: [] }], [{ data: { name: "Ada" }, tags: [] }]]);
		expect(stopping.calls).toEqual([{ index: 2, value: 0, timeoutMs: 10_000, posted: 1 }]);
	});
});

describe("whether a thread is a reader thread", () => {
	it("is not for the main thread, nor for a worker without the reader's role", () => {
		expect(isReaderThread()).toBe(false);
		expect(isReaderThread(false, null)).toBe(false);
		expect(isReaderThread(false, undefined)).toBe(false);
		expect(isReaderThread(false, { role: "another thread" })).toBe(false);
		expect(isReaderThread(false, {})).toBe(false);
	});
});

// The main side, with a thread that runs a plain script speaking the protocol: `post` sends a
// message as the reader thread does; `taken(n)` waits (5 s at most) for the main thread to have
// taken n messages; `report()` waits (5 s at most) for the main thread's stop flag, then writes
// whether it saw it to seen.json in the vault folder.
const PRELUDE = `
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { resourceLimits, workerData } from "node:worker_threads";
const { role, root, paths, recognition, port, signal } = workerData;
const post = (message) => { port.postMessage(message); Atomics.add(signal, 0, 1); Atomics.notify(signal, 0); };
const taken = (n) => { for (;;) { const t = Atomics.load(signal, 2); if (t >= n) return true; if (Atomics.wait(signal, 2, t, 5000) === "timed-out") return false; } };
const report = () => {
	let stopped = false;
	for (;;) {
		if (Atomics.load(signal, 1) !== 0) { stopped = true; break; }
		if (Atomics.wait(signal, 2, Atomics.load(signal, 2), 5000) === "timed-out") break;
	}
	writeFileSync(join(root, "seen.json"), JSON.stringify({ stopped }));
};
const note = (i) => ({ data: { n: i, path: paths[i] }, tags: [] });
`;

const scripts = mkdtempSync(join(tmpdir(), "ii-reader-scripts-"));
afterAll(() => rmSync(scripts, { recursive: true, force: true }));
let scriptCount = 0;
/** A thread's script: the prelude, then `body`. */
function script(body: string): string {
	const file = join(scripts, `thread-${++scriptCount}.mjs`);
	writeFileSync(file, `${PRELUDE}\n${body}\n`);
	return file;
}

/** Runs the main side on `paths` of `root` with the thread `file`; what it handed over, its count, and the thread's end. */
async function readWith(file: string, root: string, paths: string[], stallMs?: number) {
	const before = threads.exits.length;
	const added: [string, NoteRead][] = [];
	const count = readInThread(file, root, paths, PEOPLE, (path, read) => added.push([path, read]), stallMs);
	const exit = threads.exits[before];
	return { count, added, exitCode: exit ? await exit : null, started: threads.exits.length - before };
}

/** What the scripts' `note(i)` posts for the i-th path. */
const note = (i: number, path: string): NoteRead => ({ data: { n: i, path }, tags: [] });

const seen = (root: string) => JSON.parse(readFileSync(join(root, "seen.json"), "utf8")) as unknown;

describe("reading notes in a reader thread (the main side)", () => {
	it("hands over every note in order as its batch arrives, parses a posted head itself, counts them, and stops the thread", async () => {
		const root = vault({});
		const paths = ["People/A.md", "People/Ada.md", "People/C.md", "People/D.md", "People/E.md"];
		const file = script(`
const first = { data: { role, root, paths, recognition, stackSizeMb: resourceLimits.stackSizeMb, youngMb: resourceLimits.maxYoungGenerationSizeMb }, tags: [] };
post([first, "---\\nname: Ada\\n---"]);
if (!taken(1)) post({ fatal: "the first batch was not taken" });
post([note(2), null]);
if (!taken(2)) post({ fatal: "the second batch was not taken" });
post([note(4)]);
if (!taken(3)) post({ fatal: "the third batch was not taken" });
// One more than the main thread asked for: it has stopped reading.
post([{ unreadable: "a note more than asked for" }]);
report();
`);
		const r = await readWith(file, root, paths);
		expect(r.count).toBe(5);
		expect(r.added).toEqual([
			["People/A.md", { data: { role: expect.any(String) as unknown, root, paths, recognition: PEOPLE, stackSizeMb: 0.75, youngMb: 8 }, tags: [] }],
			["People/Ada.md", { data: { name: "Ada" }, tags: [] }],
			["People/C.md", { data: { n: 2, path: "People/C.md" }, tags: [] }],
			["People/D.md", null],
			["People/E.md", { data: { n: 4, path: "People/E.md" }, tags: [] }],
		]);
		expect(seen(root)).toEqual({ stopped: true });
		expect(r.exitCode).toBe(0);
		// The role the thread was given is what tells it, in dist/cli.js, to do the reading.
		const first = r.added[0]?.[1];
		const role = first && "data" in first ? first.data.role : undefined;
		expect(isReaderThread(false, { role })).toBe(true);
		expect(isReaderThread(true, { role })).toBe(false);
	});

	it("stops at a failure the thread posts: hands over the notes before it, and the caller reads the rest", async () => {
		const root = vault({});
		const file = script(`
post([note(0), note(1)]);
post({ fatal: "Error: broken" });
post([note(2)]);
report();
`);
		const r = await readWith(file, root, ["People/A.md", "People/B.md", "People/C.md", "People/D.md"]);
		expect(r.count).toBe(2);
		expect(r.added).toEqual([
			["People/A.md", note(0, "People/A.md")],
			["People/B.md", note(1, "People/B.md")],
		]);
		expect(seen(root)).toEqual({ stopped: true });
	});

	it("gives up on a thread that posts nothing for `stallMs`, and stops it", async () => {
		const root = vault({});
		// Posts nothing; only a main thread that has not given up after 5 s gets every note.
		const file = script(`
while (Atomics.load(signal, 1) === 0) {
	if (Atomics.wait(signal, 2, Atomics.load(signal, 2), 5000) === "timed-out") {
		post(paths.map((_, i) => note(i)));
		break;
	}
}
report();
`);
		const r = await readWith(file, root, ["People/A.md", "People/B.md"], 200);
		expect(r.count).toBe(0);
		expect(r.added).toEqual([]);
		expect(seen(root)).toEqual({ stopped: true });
	});

	it("goes on without a thread that fails before it posts anything, and the failure goes nowhere else", async () => {
		const root = vault({});
		const file = script(`throw new Error("the thread cannot run");`);
		const uncaught: unknown[] = [];
		const monitor = (e: unknown) => uncaught.push(e);
		process.on("uncaughtExceptionMonitor", monitor);
		try {
			const r = await readWith(file, root, ["People/A.md"], 200);
			expect(r.count).toBe(0);
			expect(r.exitCode).toBe(1);
		} finally {
			process.off("uncaughtExceptionMonitor", monitor);
		}
		expect(uncaught).toEqual([]);
	});

	it("hands over nothing when the thread cannot start", async () => {
		const root = vault({});
		const r = await readWith("not/an/absolute/path.mjs", root, ["People/A.md"]);
		expect(r).toEqual({ count: 0, added: [], exitCode: null, started: 0 });
	});
});

describe.skipIf(availableParallelism() < 2)("a large vault read with a reader thread that fails", () => {
	it("indexes the notes the thread handed over as it said, and reads every other note itself", () => {
		const files: Record<string, string> = {};
		for (let i = 0; i < 2000; i++) files[`People/P${String(i).padStart(4, "0")}.md`] = `---\ntype: contact\nname: Person ${i}\n---\n`;
		const root = vault(files);
		const file = script(`
post(paths.slice(0, 300).map(() => null));
post({ fatal: "Error: broken" });
`);
		const index = indexVault(root, undefined, () => false, file);
		const names = index.contacts().map((c) => c.path);
		expect(names).toHaveLength(1700);
		expect(names).toContain("People/P0300.md");
		expect(names).not.toContain("People/P0299.md");
	});
});
