import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { readFrontmatter } from "../../src/cli/frontmatter";

/** Every file below a folder with its bytes and modification time. */
export function snapshot(dir: string): Map<string, string> {
	const out = new Map<string, string>();
	const walk = (d: string) => {
		for (const e of readdirSync(d, { withFileTypes: true })) {
			const p = join(d, e.name);
			if (e.isDirectory()) walk(p);
			else out.set(relative(dir, p), `${statSync(p).mtimeMs} ${readFileSync(p).toString("base64")}`);
		}
	};
	walk(dir);
	return out;
}

export function frontmatterOf(file: string): Record<string, unknown> {
	const fm = readFrontmatter(readFileSync(file, "utf8"));
	if (fm.kind !== "ok") throw new Error(`no frontmatter in ${file}`);
	return fm.data;
}
