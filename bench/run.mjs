/**
 * `npm run bench`: generates the synthetic vault into a temporary folder, runs
 * every figure group of GROUPS on it and prints one table. Misses are reported,
 * never turned into a failing exit status.
 *
 *   node --expose-gc bench/run.mjs [--quick] [--only NAME,…] [--keep] [--record [--label TEXT]]
 *
 * --quick   a vault a tenth the size and fewer runs (a smoke test; targets do not apply)
 * --only    run only the groups whose file name contains one of the given words
 * --keep    keep the generated vault (its path is printed)
 * --record  append the run's figures to bench/RESULTS.md: date, commit, machine,
 *           load average before and after, the vault, the table (--label names the run)
 *
 * A figure group is a file in bench/groups/ (TypeScript or .mjs, bundled here
 * with esbuild so it can import src/ directly) whose default export is
 * `{ name, run(ctx) → Figure[] }` (see bench/lib/types.ts). To add figures,
 * add a file and list it below.
 */
import { execFileSync } from "node:child_process";
import { appendFileSync, mkdtempSync, rmSync, existsSync } from "node:fs";
import { tmpdir, cpus, loadavg, totalmem, release } from "node:os";
import { dirname, join, resolve, basename } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { generateVault, DEFAULT_COUNTS } from "./lib/vault-gen.mjs";
import { table, verdict, summarize, formatValue } from "./lib/stats.mjs";

const GROUPS = [
	"groups/check.bench.ts", // not a timing: the CLI's fast path reads exactly what reading whole notes reads
	"groups/index.bench.ts", // (a) full index build, (b) one note changed
	"groups/cli.bench.mjs", // (c) the `due` command line against the floor of reading every file
	"groups/plugin.bench.ts", // (d) onload, (e) start-up's longest task, (f) one note changed → view model
	"groups/render.bench.ts", // (g) the view's first render in Chromium
];

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "..");
const args = process.argv.slice(2);
const quick = args.includes("--quick");
const keep = args.includes("--keep");
const record = args.includes("--record");
const label = args.find((a, i) => args[i - 1] === "--label") ?? args.find((a) => a.startsWith("--label="))?.slice(8) ?? "";
const onlyArg = args.find((a, i) => args[i - 1] === "--only") ?? args.find((a) => a.startsWith("--only="))?.slice(7);
const only = onlyArg ? onlyArg.split(",") : null;

const tmp = mkdtempSync(join(tmpdir(), "ii-bench-"));
const cleanUp = () => {
	if (!keep) rmSync(tmp, { recursive: true, force: true });
};
for (const signal of ["SIGINT", "SIGTERM"]) {
	process.on(signal, () => {
		cleanUp();
		process.exit(130);
	});
}

const log = (line) => process.stdout.write(`${line}\n`);

const loadAtStart = loadavg();
const startedAt = new Date();
try {
	if (typeof globalThis.gc !== "function") log("note: run with node --expose-gc (npm run bench does) so that every timed run starts after a collection");
	log(`Informational Interviews benchmark — node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? "?"})`);

	const counts = quick
		? { contacts: DEFAULT_COUNTS.contacts / 10, interviews: DEFAULT_COUNTS.interviews / 10, unrelated: DEFAULT_COUNTS.unrelated / 10 }
		: DEFAULT_COUNTS;
	const root = join(tmp, "vault");
	let t = performance.now();
	const vault = generateVault(root, counts);
	const s = vault.stats;
	const vaultLine =
		`${vault.notes.length} notes (${s.contacts} contacts, ${s.interviews} interviews, ${s.unrelated} unrelated), ` +
		`${(vault.bytes / 1e6).toFixed(1)} MB in ${vault.folders} folders`;
	log(
		`vault: ${vault.notes.length} notes (${s.contacts} contacts, ${s.interviews} interviews, ${s.unrelated} unrelated), ` +
			`${(vault.bytes / 1e6).toFixed(1)} MB in ${vault.folders} folders; ${s.noFrontmatter} without frontmatter, ` +
			`${s.brokenYaml} with YAML that does not parse, ${s.otherLanguage} in ---js/json/coffee, ${s.crlf} CRLF, ${s.bom} BOM ` +
			`— generated in ${((performance.now() - t) / 1000).toFixed(1)} s${keep ? ` at ${root}` : ""}`,
	);

	const ctx = {
		repo,
		tmp,
		vault,
		runs: quick ? { build: 3, changes: 50, cli: 2 } : { build: 11, changes: 200, cli: 7 },
		log,
	};

	const figures = [];
	for (const file of GROUPS) {
		if (only && !only.some((w) => file.includes(w))) continue;
		const group = await loadGroup(file);
		log(`\n== ${group.name} (${file})`);
		t = performance.now();
		const out = await group.run(ctx);
		for (const f of out) log(`  (${f.id}) ${f.label.trim()}: median ${formatValue(summarize(f.samples).median, f.unit)} ${verdict(f).text}`);
		log(`  … ${((performance.now() - t) / 1000).toFixed(1)} s`);
		figures.push(...out);
	}

	log(`\n${table(figures)}`);
	const misses = figures.filter((f) => verdict(f).pass === false);
	if (quick) log("\n(--quick: a tenth of the vault; the goals are meant for the full one)");
	log(misses.length === 0 ? "\nAll goals met." : `\n${misses.length} goal(s) missed: ${misses.map((f) => `(${f.id})`).join(", ")}.`);
	if (record) {
		appendFileSync(join(here, "RESULTS.md"), resultsEntry(figures, vaultLine));
		log(`\nRecorded in bench/RESULTS.md${label ? ` as "${label}"` : ""}.`);
	}
} finally {
	cleanUp();
}

/** The run as a section of bench/RESULTS.md: when, what code, which machine and how busy, the vault, the table. */
function resultsEntry(figures, vaultLine) {
	const git = (...a) => {
		try {
			return execFileSync("git", a, { cwd: repo, encoding: "utf8" }).trim();
		} catch {
			return "?";
		}
	};
	const dirty = git("status", "--porcelain", "--untracked-files=no") !== "";
	const commit = `${git("rev-parse", "--short", "HEAD")}${dirty ? " with uncommitted changes" : ""} (${git("log", "-1", "--format=%s")})`;
	const load = (l) => l.map((x) => x.toFixed(2)).join(", ");
	const when = startedAt.toISOString().slice(0, 16).replace("T", " ");
	return [
		"",
		`## ${when} UTC${label ? ` — ${label}` : ""}${quick ? " (--quick)" : ""}`,
		"",
		`- commit: ${commit}`,
		`- machine: ${cpus().length} × ${cpus()[0]?.model ?? "?"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Linux ${release()}, node ${process.version}`,
		`- load average (1, 5, 15 min): ${load(loadAtStart)} at the start, ${load(loadavg())} at the end`,
		`- vault: ${vaultLine}${only ? `; groups: ${only.join(", ")}` : ""}`,
		"",
		"```",
		table(figures),
		"```",
		"",
	].join("\n");
}

/** Bundles a group (and what it imports from src/) to an ES module in the scratch folder, then loads it. */
async function loadGroup(file) {
	const outfile = join(tmp, "bundles", basename(file).replace(/\.(ts|mjs|js)$/, ".mjs"));
	await build({
		entryPoints: [join(here, file)],
		bundle: true,
		platform: "node",
		format: "esm",
		target: "node18",
		outfile,
		logLevel: "warning",
		// CommonJS dependencies bundled into ESM still call require() for Node's own modules.
		banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
		// For a group that imports the plugin: point `obsidian` at the test fake.
		alias: existsSync(join(repo, "test/fake-obsidian/index.ts")) ? { obsidian: join(repo, "test/fake-obsidian/index.ts") } : {},
	});
	const mod = await import(pathToFileURL(outfile).href);
	return mod.default;
}

