/**
 * Figure (c): `node dist/cli.js due <vault> --json --today …` end to end, as a
 * separate process, against the physical floor (a node process that only reads
 * every note's bytes, bench/lib/floor.mjs). Runs alternate between the two, after
 * a warm-up of each, so both see the same warm page cache and the same noise.
 * (c-rss): the peak resident memory of the same `due` process, in runs of its own
 * (bench/lib/max-rss.mjs preloaded to report it).
 */
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, openSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

export default {
	name: "command line on the vault on disk",
	run(ctx) {
		const cli = join(ctx.repo, "dist/cli.js");
		if (!existsSync(cli)) throw new Error("dist/cli.js is missing: npm run bench builds it (npm run build)");
		const floor = join(ctx.repo, "bench/lib/floor.mjs");
		const out = join(ctx.tmp, "due.json");
		const { root, today } = ctx.vault;

		const runCli = () => {
			const fd = openSync(out, "w");
			const t = performance.now();
			const r = spawnSync(process.execPath, [cli, "due", root, "--json", "--today", today], { stdio: ["ignore", fd, "pipe"] });
			const ms = performance.now() - t;
			closeSync(fd);
			if (r.status !== 0) throw new Error(`the CLI exited with ${r.status}: ${r.stderr}`);
			return ms;
		};
		const runFloor = () => {
			const t = performance.now();
			const r = spawnSync(process.execPath, [floor, root], { stdio: ["ignore", "pipe", "pipe"] });
			const ms = performance.now() - t;
			if (r.status !== 0) throw new Error(`the floor exited with ${r.status}: ${r.stderr}`);
			return ms;
		};

		// Warm-up (page cache, code cache), and a look at what the CLI printed.
		const floorOut = spawnSync(process.execPath, [floor, root], { encoding: "utf8" }).stdout.trim();
		runCli();
		const report = JSON.parse(readFileSync(out, "utf8"));
		const bad = report.problems.filter((p) => p.property === null).length;
		ctx.log(
			`  due --json: ${report.followUps.length} follow-ups, ${report.fields.length} fields, ${report.problems.length} problems ` +
				`(${bad} notes whose frontmatter cannot be read); floor read ${floorOut}`,
		);

		const cliMs = [];
		const floorMs = [];
		const ratios = [];
		for (let i = 0; i < ctx.runs.cli; i++) {
			let c;
			let f;
			if (i % 2 === 0) {
				c = runCli();
				f = runFloor();
			} else {
				f = runFloor();
				c = runCli();
			}
			cliMs.push(c);
			floorMs.push(f);
			ratios.push(c / f);
		}
		const rssFile = join(ctx.tmp, "max-rss");
		const preload = pathToFileURL(join(ctx.repo, "bench/lib/max-rss.mjs")).href;
		const rss = [];
		for (let i = 0; i < Math.min(3, ctx.runs.cli); i++) {
			const r = spawnSync(process.execPath, ["--import", preload, cli, "due", root, "--json", "--today", today], {
				stdio: ["ignore", "ignore", "pipe"],
				env: { ...process.env, MAX_RSS_FILE: rssFile },
			});
			if (r.status !== 0) throw new Error(`the CLI exited with ${r.status}: ${r.stderr}`);
			rss.push(Number(readFileSync(rssFile, "utf8")) / 1e6);
		}

		const runs = `${ctx.runs.cli} (+1 warm-up)`;
		return [
			{ id: "c1", label: "`due --json` process, end to end", unit: "ms", samples: cliMs, runs },
			{ id: "c0", label: "floor: node reading every .md file", unit: "ms", samples: floorMs, runs },
			{ id: "c", label: "due ÷ floor (per alternating pair)", unit: "×", samples: ratios, target: 1.5, runs },
			{ id: "c-rss", label: "`due --json`: peak resident memory", unit: "MB", samples: rss, target: 172, goalOn: "max", runs: `${rss.length}` },
		];
	},
};
