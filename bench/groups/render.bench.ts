/**
 * The view's render figures, in Chromium (Debian's, at /usr/bin/chromium or
 * CHROMIUM_PATH, driven by playwright-core as the e2e tests drive it; never a
 * downloaded browser): the real plugin over the fake `obsidian` module on a
 * page with Obsidian's and the plugin's styles, every timing until the
 * browser has laid the view out (what it must do before it can paint).
 *
 * (g) opening the Follow-ups view on 500 overdue follow-ups: its first render.
 * (g5) the same on 5,000 (the goal holds at any size).
 * (g-more) "Show more" in that section of 500, (g-change) one of the 500 done
 * elsewhere (the index tells the open view): for information.
 */
import { createRequire } from "node:module";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { RenderBenchApi } from "../browser/render-page";
import type { BenchContext, Figure } from "../lib/types";

/** What the page's `window.__bench` looks like from here. */
type PageWindow = { __bench: RenderBenchApi };

export default {
	name: "the view's render in Chromium",
	async run(ctx: BenchContext): Promise<Figure[]> {
		const chromiumPath = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p): p is string => !!p && existsSync(p));
		if (!chromiumPath) {
			ctx.log("  no Chromium (set CHROMIUM_PATH): the render figures are not measured");
			return [];
		}
		// Loaded from the repository (not bundled into this group): playwright-core and esbuild
		// find their own files next to their code.
		const load = createRequire(join(ctx.repo, "package.json"));
		const { chromium } = load("playwright-core") as typeof import("playwright-core");
		const esbuild = load("esbuild") as typeof import("esbuild");

		const bundle = await esbuild.build({
			entryPoints: [join(ctx.repo, "bench/browser/render-page.ts")],
			bundle: true,
			write: false,
			format: "iife",
			platform: "browser",
			target: "es2021",
			logLevel: "warning",
			alias: { obsidian: join(ctx.repo, "test/fake-obsidian/index.ts") },
		});
		const script = bundle.outputFiles[0]?.text ?? "";
		const css = ["test/e2e/obsidian.css", "styles.css"].map((f) => readFileSync(join(ctx.repo, f), "utf8")).join("\n");
		const manifest = JSON.parse(readFileSync(join(ctx.repo, "manifest.json"), "utf8")) as { id: string };

		const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ["--no-sandbox"] });
		try {
			const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
			const page = await context.newPage();
			const errors: string[] = [];
			page.on("pageerror", (e) => errors.push(e.message));
			page.on("console", (m) => {
				if (m.type() === "error") errors.push(m.text());
			});
			await page.setContent(`<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${css}</style></head><body class="theme-light"></body></html>`);
			await page.addScriptTag({ content: script });
			const version = browser.version();
			/** What the page handed back, once it is known that nothing went wrong in it meanwhile. */
			const checked = async <R>(result: Promise<R>): Promise<R> => {
				const out = await result;
				if (errors.length > 0) throw new Error(`errors in the page: ${errors.join("; ")}`);
				return out;
			};
			// Each function runs in the page (playwright sends its source): only its argument goes along.
			const setUp = (count: number) => checked(page.evaluate(([c, m]) => (window as unknown as PageWindow).__bench.setUp(c, m), [count, manifest] as const));
			const open = (n: number) => checked(page.evaluate((k) => (window as unknown as PageWindow).__bench.open(k), n));
			const runs = ctx.runs.build + 4;
			const warmUps = 2;
			const figures: Figure[] = [];

			await setUp(500);
			const open500 = await open(runs + warmUps);
			const more = await checked(page.evaluate((k) => (window as unknown as PageWindow).__bench.showMore(k), 9));
			const change = await checked(page.evaluate((k) => (window as unknown as PageWindow).__bench.change(k), runs));
			await setUp(5000);
			const open5k = await open(runs + warmUps);

			ctx.log(
				`  ${version}: 500 overdue: the view opens with ${open500.rows} rows (${open500.elements} elements); ` +
					`after "Show more" ×${more.samples.length}: ${more.rows} rows; 5,000 overdue: it opens with ${open5k.rows} rows (${open5k.elements} elements)`,
			);
			const r = `${runs} (+${warmUps} warm-up)`;
			figures.push(
				{ id: "g", label: "open the view on 500 due items: first render, laid out (Chromium)", unit: "ms", samples: open500.samples.slice(warmUps), target: 16, runs: r },
				{ id: "g5", label: "  the same on 5,000 due items", unit: "ms", samples: open5k.samples.slice(warmUps), target: 16, runs: r },
				{ id: "g-more", label: '  "Show more" in that section of 500', unit: "ms", samples: more.samples, runs: `${more.samples.length} clicks` },
				{ id: "g-change", label: "  one of the 500 done in its note → index, view model, view", unit: "ms", samples: change.samples, runs: `${change.samples.length} notes` },
			);
			await context.close();
			return figures;
		} finally {
			await browser.close();
		}
	},
};
