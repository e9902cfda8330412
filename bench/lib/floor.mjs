/**
 * The physical floor of figure (c): a node process that walks the vault the way
 * the CLI does (src/cli/vault-reader.ts listNotes: hidden folders skipped, `.md`
 * files, sorted paths) and reads every note's bytes, and nothing else.
 *
 *   node bench/lib/floor.mjs <vault>
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = process.argv[2];
const paths = [];
const walk = (dir, rel) => {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		if (entry.name.startsWith(".")) continue;
		const relPath = rel === "" ? entry.name : `${rel}/${entry.name}`;
		if (entry.isDirectory()) walk(join(dir, entry.name), relPath);
		else if (entry.isFile() && entry.name.toLowerCase().endsWith(".md")) paths.push(relPath);
	}
};
walk(root, "");
paths.sort();
let bytes = 0;
for (const p of paths) bytes += readFileSync(join(root, p)).length;
process.stdout.write(`${paths.length} notes, ${bytes} bytes\n`);
