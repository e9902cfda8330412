import * as fs from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { headReader } from "../../src/cli/head-reader";
import { tempVaults } from "./temp-vault";

const vault = tempVaults("ii-head-");
const KB = 1024;

/** The files `headReader` uses, counting the reads, the bytes read, the furthest byte asked for, and the files opened and closed. */
function countingFiles(maxRead = Infinity) {
	const counts = { reads: 0, bytes: 0, furthest: 0, opened: 0, closed: 0 };
	const files = {
		openSync: ((path: fs.PathLike, flags: fs.OpenMode) => {
			const fd = fs.openSync(path, flags);
			counts.opened++;
			return fd;
		}) as typeof fs.openSync,
		readSync: ((fd: number, buffer: NodeJS.ArrayBufferView, offset: number, length: number, position: number) => {
			const n = fs.readSync(fd, buffer, offset, Math.min(length, maxRead), position);
			counts.reads++;
			counts.bytes += n;
			counts.furthest = Math.max(counts.furthest, position + n);
			return n;
		}) as typeof fs.readSync,
		closeSync: ((fd: number) => {
			counts.closed++;
			fs.closeSync(fd);
		}) as typeof fs.closeSync,
	};
	return { files, counts };
}

describe("the head of a note", () => {
	it("is its text up to the first closing line, which may end with blanks or a CR", () => {
		const dir = vault({
			"Plain.md": "---\ntype: contact\n---\nbody\n---\n",
			"Blanks.md": "---\ntype: contact\n--- \t\nbody\n---\n",
			"Crlf.md": "---\r\ntype: contact\r\n---\r\nbody\r\n---\r\n",
			"Bom.md": "\ufeff---\ntype: contact\n---\nbody\n",
			"Not yet.md": "---\ntype: contact\n---x\n----\n---\nbody\n",
		});
		const read = headReader(fs);
		expect(read(join(dir, "Plain.md"))).toBe("---\ntype: contact\n---");
		expect(read(join(dir, "Blanks.md"))).toBe("---\ntype: contact\n--- \t");
		expect(read(join(dir, "Crlf.md"))).toBe("---\r\ntype: contact\r\n---");
		expect(read(join(dir, "Bom.md"))).toBe("\ufeff---\ntype: contact\n---");
		// `---x` and `----` do not close the block: the line `---` after them does.
		expect(read(join(dir, "Not yet.md"))).toBe("---\ntype: contact\n---x\n----\n---");
	});

	it("is empty when the note does not open with `---` after an optional BOM, or is shorter than that", () => {
		const block = Buffer.from("---\ntype: contact\n---\n");
		const dir = vault({
			"Title.md": "# Title\n---\ntype: contact\n---\n",
			// Three bytes that are a BOM but for one of them.
			"Not a BOM 1.md": Buffer.concat([Buffer.from([0x41, 0xbb, 0xbf]), block]),
			"Not a BOM 2.md": Buffer.concat([Buffer.from([0xef, 0x41, 0xbf]), block]),
			"Not a BOM 3.md": Buffer.concat([Buffer.from([0xef, 0xbb, 0x41]), block]),
			"Empty.md": "",
			"Two dashes.md": "--",
			"Bom and a dash.md": "\ufeff-",
			// Three bytes that are `---` but for one of them.
			"Not dashes 1.md": "x--\ntype: contact\n---\n",
			"Not dashes 2.md": "-x-\ntype: contact\n---\n",
			"Not dashes 3.md": "--x\ntype: contact\n---\n",
		});
		const read = headReader(fs);
		for (const name of [
			"Title.md",
			"Not a BOM 1.md",
			"Not a BOM 2.md",
			"Not a BOM 3.md",
			"Empty.md",
			"Two dashes.md",
			"Bom and a dash.md",
			"Not dashes 1.md",
			"Not dashes 2.md",
			"Not dashes 3.md",
		]) {
			expect(read(join(dir, name)), name).toBe("");
		}
	});

	it("is the whole text when the block is never closed, or when no line feed follows the opening (CR line ends)", () => {
		const dir = vault({ "Open.md": "---\ntype: contact\nfield: Open\n", "Cr.md": "---\rx\rtype: contact\r---\r" });
		const read = headReader(fs);
		expect(read(join(dir, "Open.md"))).toBe("---\ntype: contact\nfield: Open\n");
		expect(read(join(dir, "Cr.md"))).toBe("---\rx\rtype: contact\r---\r");
	});

	it("is the whole text of a note that is the opening `---` alone, after an optional BOM", () => {
		const dir = vault({ "Dashes.md": "---", "Bom.md": "\ufeff---" });
		const read = headReader(fs);
		expect(read(join(dir, "Dashes.md"))).toBe("---");
		expect(read(join(dir, "Bom.md"))).toBe("\ufeff---");
	});

	it("is the error of a file that cannot be read", () => {
		const dir = vault({});
		const file = join(dir, "Gone.md");
		expect(headReader(fs)(file)).toEqual({ error: `ENOENT: no such file or directory, open '${file}'` });
	});
});

describe("reading heads", () => {
	it("reads a note that its first read settles with that one read", () => {
		const dir = vault({ "Short.md": "---\ntype: contact\n---\nbody\n", "Long.md": `---\ntype: contact\n---\n${"body\n".repeat(40 * KB)}` });
		const { files, counts } = countingFiles();
		const read = headReader(files);
		expect(read(join(dir, "Short.md"))).toBe("---\ntype: contact\n---");
		expect(counts.reads).toBe(1);
		expect(read(join(dir, "Long.md"))).toBe("---\ntype: contact\n---");
		expect(counts.reads).toBe(2);
		expect(counts.bytes).toBe(27 + 64 * KB);
	});

	it("reads a note whose block closes in its first 64 KB no further than them, even when reads come back short", () => {
		const block = `---\ntype: contact\nnotes: ${"n".repeat(2 * KB)}\n---`;
		const dir = vault({ "Note.md": `${block}\n${"body\n".repeat(60 * KB)}` });
		const { files, counts } = countingFiles(1000);
		expect(headReader(files)(join(dir, "Note.md"))).toBe(block);
		expect(counts.furthest).toBe(64 * KB);
	});

	it("reads on when a short read ends within the BOM", () => {
		const dir = vault({ "Bom.md": "\ufeff---\ntype: contact\n---\nbody\n" });
		const { files } = countingFiles(3);
		expect(headReader(files)(join(dir, "Bom.md"))).toBe("\ufeff---\ntype: contact\n---");
	});

	it("reads on when a short read ends just after a `---` that may go on, whatever the note read before left in the buffer", () => {
		// The first read of Second.md gives its 12 bytes up to `---x`'s `---`; the byte after them in the buffer is still First.md's line feed.
		const dir = vault({ "First.md": "---\ntype: xy\n---\n", "Second.md": "---\na: 1\n---x\n---\nbody\n" });
		const { files } = countingFiles(12);
		const read = headReader(files);
		expect(read(join(dir, "First.md"))).toBe("---\ntype: xy\n---");
		expect(read(join(dir, "Second.md"))).toBe("---\na: 1\n---x\n---");
	});

	it("closes every file it opens, a file whose read fails included", () => {
		const dir = vault({
			"Closed.md": "---\ntype: contact\n---\n",
			"Open.md": "---\ntype: contact\n",
			"Huge.md": `---\ntype: contact\n${"x: y\n".repeat(300 * KB)}`,
			"Fails.md": "---\ntype: contact\n---\n",
		});
		const { files, counts } = countingFiles();
		let failing = -1;
		const read = headReader({
			openSync: ((path: fs.PathLike, flags: fs.OpenMode) => {
				const fd = files.openSync(path, flags);
				if (String(path).endsWith("Fails.md")) failing = fd;
				return fd;
			}) as typeof fs.openSync,
			readSync: ((fd: number, buffer: NodeJS.ArrayBufferView, offset: number, length: number, position: number) => {
				if (fd === failing) throw new Error("EIO: i/o error, read");
				return files.readSync(fd, buffer, offset, length, position);
			}) as typeof fs.readSync,
			closeSync: files.closeSync,
		});
		expect(read(join(dir, "Closed.md"))).toBe("---\ntype: contact\n---");
		expect(read(join(dir, "Open.md"))).toBe("---\ntype: contact\n");
		expect(read(join(dir, "Huge.md"))).toMatchObject({ unclosed: expect.stringMatching(/^---\ntype: contact\nx: y\n/) });
		expect(read(join(dir, "Fails.md"))).toEqual({ error: "EIO: i/o error, read" });
		expect(counts.opened).toBe(4);
		expect(counts.closed).toBe(4);
	});
});
