// Browser tests of the Follow-ups view (`npm run test:e2e`): builds a preview page that runs the
// REAL plugin (src/main.ts) over the fake `obsidian` module and the example vault, serves it on
// 127.0.0.1, and drives Debian's Chromium with playwright-core (never downloads a browser).
// Prints each test with PASS/FAIL, the 500-item render time, and ends with `N passed, N failed`.
// Screenshots go to test-results/e2e/ (ignored by git), so a run leaves the working tree clean.
//
// `--screenshots` (`npm run screenshots`): refresh the README's screenshots, docs/follow-ups-*.png,
// docs/conversations.png and docs/brief-phone.png (test/e2e/brief.mjs), and stop after the tests
// that take them.
//
// Environment: CHROMIUM_PATH (default /usr/bin/chromium, else `chromium` on PATH);
// E2E_SCREENSHOTS=0 to take no screenshot at all; E2E_HEADED=1 to watch.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { BRIEF_FILES, briefTests } from "./brief.mjs";

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(HERE, "../..");
const TODAY = "2026-11-22";
const TOMORROW = "2026-11-23";
const DEADLINE_MS = 4 * 60_000;
const TEST_TIMEOUT_MS = 30_000;
const README_SCREENSHOTS = process.argv.includes("--screenshots");
/** Where the light and dark screenshots of the view go: docs/ only when asked to refresh them. */
const THEME_SHOTS = README_SCREENSHOTS ? join(REPO, "docs") : join(REPO, "test-results/e2e");

let passed = 0;
let failed = 0;
const startedAt = Date.now();

const watchdog = setTimeout(() => {
	console.log(`FAIL the run finished within ${DEADLINE_MS / 1000} s (deadline reached)`);
	console.log(`${passed} passed, ${failed + 1} failed`);
	process.exit(1);
}, DEADLINE_MS);
watchdog.unref();

// ----- the vault -------------------------------------------------------------------------------

/** Every Markdown file of a folder, as `{ vault path: content }`. */
function readVault(root) {
	const out = {};
	const walk = (dir) => {
		for (const name of readdirSync(dir).sort()) {
			if (name.startsWith(".")) continue;
			const full = join(dir, name);
			if (statSync(full).isDirectory()) walk(full);
			else if (name.endsWith(".md")) out[relative(root, full).split("\\").join("/")] = readFileSync(full, "utf8");
		}
	};
	walk(root);
	// The core Daily notes plugin's settings: hidden from the vault's files, read through the adapter.
	const daily = join(root, ".obsidian", "daily-notes.json");
	if (existsSync(daily)) out[".obsidian/daily-notes.json"] = readFileSync(daily, "utf8");
	return out;
}

const HOSTILE = "<img src=x onerror=alert(1)>";
const H = {
	contact: `Networking/Contacts/${HOSTILE}.md`,
	interview: `Networking/Interviews/2026-11-21 ${HOSTILE}.md`,
	request: `Networking/Interviews/2026-09-01 ${HOSTILE}.md`,
	problem: "Networking/Interviews/<iframe src=javascript:alert('note')>.md",
	alias: "<img src=x onerror=alert('alias')>",
	field: "<img src=x onerror=alert('field')>",
	referral: "<svg onload=alert('referral')>",
	badDate: "<img src=x onerror=alert('date')>",
	link: "<img src=x onerror=alert('link')>",
};

/**
 * User text everywhere it reaches the DOM: a contact's file name (item titles, note links, the
 * digest, dialogs), a referrer's link alias (thank-referrer titles), a field (Fields), a referral
 * (reach-out titles and the reach-out dialog), a note name and a bad value (Needs attention).
 */
const HOSTILE_NOTES = {
	[H.contact]: `---
type: contact
organization: "<img src=x onerror=alert('organization')>"
role: "<script>alert('role')</script>"
field: "${H.field}"
relationship: referral
referred-by: "[[Networking/Contacts/Sam Whitaker|${H.alias}]]"
keep-in-touch: 30 days
---
# <img src=x onerror=alert('heading')>
`,
	[H.interview]: `---
type: interview
contact: "[[${HOSTILE}]]"
status: done
date: 2026-11-21
topics:
  - "<img src=x onerror=alert('topic')>"
referrals:
  - "[[${H.referral}]]"
---
`,
	[H.request]: `---
type: interview
contact: "[[${HOSTILE}]]"
status: requested
requested: 2026-09-01
---
`,
	[H.problem]: `---
type: interview
contact: "[[${HOSTILE}]]"
status: scheduled
date: "${H.badDate}"
---
`,
};

// ----- the preview page ------------------------------------------------------------------------

const fixture = JSON.parse(readFileSync(join(REPO, "test/fixtures/example-vault-due.json"), "utf8"));
const manifest = JSON.parse(readFileSync(join(REPO, "manifest.json"), "utf8"));
const vault = readVault(join(REPO, "example-vault"));

/** JSON that is safe inside a <script> element (the vault holds `<`). */
const scriptJson = (value) => JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");

/** Runs before the bundle: "today" is 22 November 2026, 09:30 local time (the clock still runs); dialogs are recorded. */
const PRELUDE = `(() => {
	const RealDate = Date;
	const offset = new RealDate(2026, 10, 22, 9, 30, 0).getTime() - RealDate.now();
	function FakeDate(...args) {
		if (!new.target) return new RealDate(RealDate.now() + offset).toString();
		return args.length === 0 ? new RealDate(RealDate.now() + offset) : new RealDate(...args);
	}
	FakeDate.prototype = RealDate.prototype;
	FakeDate.now = () => RealDate.now() + offset;
	FakeDate.parse = RealDate.parse;
	FakeDate.UTC = RealDate.UTC;
	window.Date = FakeDate;
	window.__dialogs = [];
	for (const name of ["alert", "confirm", "prompt"]) {
		window[name] = (...args) => {
			window.__dialogs.push(name + "(" + args.map(String).join(", ") + ")");
			return name === "confirm" ? false : null;
		};
	}
})();`;

function page(title, preview, theme = "theme-light") {
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/obsidian.css">
<link rel="stylesheet" href="/styles.css">
<script>${PRELUDE}</script>
<script>window.__PREVIEW__ = ${scriptJson(preview)};</script>
<script src="/preview.js" defer></script>
</head>
<body class="${theme}"></body>
</html>
`;
}

async function buildBundle() {
	const { build } = await import("esbuild");
	const result = await build({
		entryPoints: [join(HERE, "preview.ts")],
		bundle: true,
		write: false,
		format: "iife",
		platform: "browser",
		target: "es2021",
		sourcemap: "inline",
		logLevel: "silent",
		alias: { obsidian: join(REPO, "test/fake-obsidian/index.ts") },
	});
	return result.outputFiles[0].text;
}

function startServer(files) {
	const unexpected = [];
	const server = createServer((req, res) => {
		const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
		const file = files[path];
		if (!file) {
			unexpected.push(decodeURIComponent(path));
			res.writeHead(404, { "content-type": "text/plain" }).end("not found");
			return;
		}
		res.writeHead(200, { "content-type": file.type, "cache-control": "no-store" }).end(file.body);
	});
	return new Promise((resolvePromise, reject) => {
		server.once("error", reject);
		server.listen(0, "127.0.0.1", () => {
			const { port } = server.address();
			resolvePromise({ server, origin: `http://127.0.0.1:${port}`, unexpected });
		});
	});
}

function findChromium() {
	const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean);
	for (const c of candidates) if (existsSync(c)) return c;
	try {
		return execFileSync("sh", ["-c", "command -v chromium || command -v chromium-browser"], { encoding: "utf8" }).trim() || null;
	} catch {
		return null;
	}
}

// ----- tiny test harness -------------------------------------------------------------------------

class AssertionError extends Error {}
function assert(condition, message) {
	if (!condition) throw new AssertionError(message);
}
function assertEqual(actual, expected, what) {
	const a = JSON.stringify(actual);
	const e = JSON.stringify(expected);
	if (a !== e) throw new AssertionError(`${what}:\n    expected ${e}\n    actual   ${a}`);
}

/** Runs one test; any console error, page error or failed request during it fails it too. */
async function test(name, tab, fn) {
	const before = tab ? tab.errors.length : 0;
	let timer;
	try {
		await Promise.race([
			fn(),
			new Promise((_, reject) => {
				timer = setTimeout(() => reject(new Error(`timed out after ${TEST_TIMEOUT_MS / 1000} s`)), TEST_TIMEOUT_MS);
			}),
		]);
		const errors = tab ? tab.errors.slice(before) : [];
		if (errors.length > 0) throw new AssertionError(`errors in the page:\n    ${errors.join("\n    ")}`);
		passed++;
		console.log(`PASS ${name}`);
		return true;
	} catch (e) {
		failed++;
		const more = tab ? tab.errors.slice(before) : [];
		console.log(`FAIL ${name}\n    ${(e instanceof Error ? e.message : String(e)).split("\n").join("\n    ")}`);
		if (more.length > 0 && !(e instanceof AssertionError && String(e.message).startsWith("errors in the page"))) {
			console.log(`    errors in the page:\n      ${more.join("\n      ")}`);
		}
		return false;
	} finally {
		clearTimeout(timer);
	}
}

async function waitFor(what, check, timeout = 5000) {
	const end = Date.now() + timeout;
	let last;
	for (;;) {
		last = await check();
		if (last) return last;
		if (Date.now() > end) throw new AssertionError(`timed out waiting for ${what}`);
		await new Promise((r) => setTimeout(r, 25));
	}
}

/**
 * `after` is `before` with exactly one property line set to `key: value`: either an existing
 * `key:` line of the properties block replaced, or a new line added inside the block.
 */
function assertOnePropertySet(before, after, key, value) {
	const want = `${key}: ${value}`;
	const b = before.split("\n");
	const a = after.split("\n");
	const close = a.indexOf("---", 1);
	if (a.length === b.length) {
		const diff = a.map((line, i) => (line === b[i] ? -1 : i)).filter((i) => i >= 0);
		assert(diff.length === 1, `expected exactly one changed line, got ${diff.length}: ${JSON.stringify(diff.map((i) => [b[i], a[i]]))}`);
		const i = diff[0];
		assert(a[i] === want && b[i].startsWith(`${key}:`) && i < close, `line ${i + 1} became ${JSON.stringify(a[i])} (was ${JSON.stringify(b[i])}), expected ${JSON.stringify(want)}`);
		return;
	}
	assert(a.length === b.length + 1, `expected one line added, the note went from ${b.length} to ${a.length} lines`);
	const i = a.indexOf(want);
	assert(i > 0 && i < close, `no line ${JSON.stringify(want)} in the properties block:\n${after.slice(0, 400)}`);
	const rest = [...a.slice(0, i), ...a.slice(i + 1)];
	assert(rest.join("\n") === before, `besides ${JSON.stringify(want)}, the note changed:\n${after.slice(0, 600)}`);
}

// ----- reading the view ---------------------------------------------------------------------------

const SECTION_OF = { overdue: "Overdue", due: "Today", upcoming: "Upcoming" };

async function shownItems(tab) {
	return tab.page.$$eval(".informational-interviews-view .informational-interviews-section", (sections) =>
		sections.flatMap((s) =>
			[...s.querySelectorAll("li.informational-interviews-item")].map((li) => ({
				section: s.querySelector(".informational-interviews-section-title")?.textContent ?? "",
				kind: li.getAttribute("data-kind"),
				note: li.getAttribute("data-note"),
				title: li.querySelector(".informational-interviews-item-title")?.textContent ?? "",
				when: li.querySelector(".informational-interviews-item-when")?.textContent ?? "",
			})),
		),
	);
}

/**
 * Schedule… on the note's nudge row: the dialog filled in (tomorrow 15:30, video, a meeting link;
 * the note's duration of 45 kept) and saved as a screenshot (docs/ with --screenshots, else
 * test-results/e2e/). Resolves to the dialog, still open.
 */
async function openFilledScheduleModal(page, note) {
	const item = page.locator(`.informational-interviews-view ${itemSelector("nudge", note)}`);
	await item.hover();
	await item.locator("button.informational-interviews-action-schedule").click();
	const modal = page.locator(".modal.informational-interviews-schedule-modal");
	await modal.waitFor({ state: "visible", timeout: 2000 });
	const inputs = modal.locator("input");
	assertEqual(await inputs.count(), 5, "fields of the Schedule dialog");
	assertEqual(await inputs.nth(3).inputValue(), "45", "the duration offered (the note's)");
	await inputs.nth(0).fill(TOMORROW);
	await inputs.nth(1).fill("15:30");
	await inputs.nth(2).fill("video");
	await inputs.nth(4).fill("https://meet.example.com/sam-w");
	if (README_SCREENSHOTS || process.env.E2E_SCREENSHOTS !== "0") {
		mkdirSync(THEME_SHOTS, { recursive: true });
		await modal.screenshot({ path: join(THEME_SHOTS, "schedule-modal.png"), animations: "disabled" });
	}
	return modal;
}

async function sectionCounts(tab) {
	return tab.page.$$eval(".informational-interviews-view .informational-interviews-section", (sections) =>
		Object.fromEntries(sections.map((s) => [s.querySelector(".informational-interviews-section-title")?.textContent ?? "", s.querySelector(".informational-interviews-count")?.textContent ?? null])),
	);
}

const itemSelector = (kind, note) => `li.informational-interviews-item[data-kind="${kind}"][data-note="${note}"]`;
const readNote = (tab, path) => tab.page.evaluate((p) => window.__ii.read(p), path);
const syncIndex = (tab) => tab.page.evaluate(() => window.__ii.sync());

/** WCAG contrast of every text in the view against its (opaque) background: the lowest ones. */
async function contrasts(tab, selector = ".informational-interviews-view") {
	return tab.page.evaluate((selector) => {
		const parse = (c) => {
			const m = c.match(/rgba?\(([^)]+)\)/);
			if (!m) return null;
			const [r, g, b, a = 1] = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
			return { r, g, b, a };
		};
		const lum = ({ r, g, b }) => {
			const f = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
			return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
		};
		const over = (top, bottom) => ({ r: top.r * top.a + bottom.r * (1 - top.a), g: top.g * top.a + bottom.g * (1 - top.a), b: top.b * top.a + bottom.b * (1 - top.a), a: 1 });
		const background = (el) => {
			const layers = [];
			for (let e = el; e; e = e.parentElement) {
				const c = parse(getComputedStyle(e).backgroundColor);
				if (c && c.a > 0) layers.push(c);
				if (c && c.a === 1) break;
			}
			let bg = { r: 255, g: 255, b: 255, a: 1 };
			for (const layer of layers.reverse()) bg = over(layer, bg);
			return bg;
		};
		const out = [];
		const root = document.querySelector(selector);
		for (const el of root.querySelectorAll("*")) {
			const text = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent.trim()).join(" ");
			if (!text || el.getClientRects().length === 0) continue;
			const style = getComputedStyle(el);
			const bg = background(el);
			const fg = over(parse(style.color), bg);
			const [hi, lo] = [lum(fg), lum(bg)].sort((x, y) => y - x);
			out.push({ cls: el.className || el.tagName.toLowerCase(), text: text.slice(0, 40), ratio: Math.round(((hi + 0.05) / (lo + 0.05)) * 100) / 100 });
		}
		return out.sort((x, y) => x.ratio - y.ratio);
	}, selector);
}

// ----- the run ------------------------------------------------------------------------------------

async function openTab(browser, origin, path, viewport) {
	const context = await browser.newContext({ viewport, deviceScaleFactor: 1, reducedMotion: "reduce" });
	const page = await context.newPage();
	const tab = { context, page, errors: [], dialogs: [] };
	page.on("console", (msg) => {
		if (msg.type() === "error") tab.errors.push(`console.error: ${msg.text()}`);
	});
	page.on("pageerror", (err) => tab.errors.push(`page error: ${err.message}`));
	page.on("requestfailed", (req) => tab.errors.push(`request failed: ${req.url()} (${req.failure()?.errorText ?? "?"})`));
	page.on("response", (res) => {
		if (res.status() >= 400) tab.errors.push(`HTTP ${res.status()}: ${res.url()}`);
	});
	page.on("dialog", (dialog) => {
		tab.dialogs.push(`${dialog.type()}(${dialog.message()})`);
		void dialog.dismiss().catch(() => {});
	});
	await page.goto(`${origin}${path}`, { waitUntil: "load" });
	await page.waitForFunction(() => window.__ii !== undefined, null, { timeout: 10_000 });
	await page.evaluate(() => window.__ii.ready);
	await page.locator(".informational-interviews-view li.informational-interviews-item").first().waitFor({ timeout: 10_000 });
	return tab;
}

async function main() {
	const chromiumPath = findChromium();
	let bundle;
	await test("build the preview page (esbuild: the real plugin over the fake obsidian module)", null, async () => {
		bundle = await buildBundle();
	});
	if (!bundle) return;
	let ok = true;
	await test("find Debian's Chromium", null, async () => {
		ok = !!chromiumPath;
		assert(ok, "no Chromium at /usr/bin/chromium or on PATH: install it with `apt-get install chromium` (or set CHROMIUM_PATH); nothing is downloaded");
	});
	if (!ok) return;

	const common = { manifest, today: TODAY };
	const files = {
		"/example.html": { type: "text/html; charset=utf-8", body: page("Follow-ups preview", { ...common, data: { digest: false }, files: vault }) },
		"/hostile.html": { type: "text/html; charset=utf-8", body: page("Follow-ups preview (hostile names)", { ...common, data: {}, files: { ...vault, ...HOSTILE_NOTES } }) },
		"/empty.html": { type: "text/html; charset=utf-8", body: page("Follow-ups preview (empty vault)", { ...common, data: { digest: false }, files: {} }) },
		"/brief.html": { type: "text/html; charset=utf-8", body: page("Brief preview", { ...common, data: { digest: false }, files: { ...vault, ...BRIEF_FILES } }) },
		"/preview.js": { type: "text/javascript; charset=utf-8", body: bundle },
		"/styles.css": { type: "text/css; charset=utf-8", body: readFileSync(join(REPO, "styles.css"), "utf8") },
		"/obsidian.css": { type: "text/css; charset=utf-8", body: readFileSync(join(HERE, "obsidian.css"), "utf8") },
	};
	const { server, origin, unexpected } = await startServer(files);
	const { chromium } = await import("playwright-core");
	const browser = await chromium.launch({
		executablePath: chromiumPath,
		headless: process.env.E2E_HEADED !== "1",
		args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
	});
	try {
		await exampleVaultTests(browser, origin, unexpected);
		await briefTests(browser, origin, { test, assert, assertEqual, openTab, contrasts, REPO, shotsDir: README_SCREENSHOTS ? join(REPO, "docs") : null });
		await boardTests(browser, origin);
		if (!README_SCREENSHOTS) {
			await hostileNameTests(browser, origin, unexpected);
			await emptyViewTests(browser, origin);
			await questionsDialogTests(browser, origin);
			await draftDialogTests(browser, origin);
			await renderBenchmark(browser, origin);
		}
	} finally {
		await browser.close().catch(() => {});
		server.close();
	}
}

async function exampleVaultTests(browser, origin, unexpected) {
	let tab = null;
	await test("the plugin loads over the example vault and opens the Follow-ups view in the right sidebar", null, async () => {
		tab = await openTab(browser, origin, "/example.html", { width: 1280, height: 900 });
		const where = await tab.page.evaluate(() => {
			const view = document.querySelector(".informational-interviews-view");
			return {
				rightSidebar: !!view?.closest(".mod-right-split"),
				type: view?.closest(".workspace-leaf-content")?.getAttribute("data-type"),
				statusBar: document.querySelector(".status-bar")?.textContent,
			};
		});
		assertEqual(where, { rightSidebar: true, type: "informational-interviews-follow-ups", statusBar: "13 follow-ups due · Conversation at 16:00" }, "view and status bar");
		assert(tab.errors.length === 0, `errors while loading:\n    ${tab.errors.join("\n    ")}`);
	});
	if (!tab) return;
	const { page } = tab;

	await test("conversations first: Aisha Rahman today at 16:00 by video (the link opens the meeting), Mateo Ortega tomorrow; screenshot saved", tab, async () => {
		const first = await page.evaluate(() => document.querySelector(".informational-interviews-view .informational-interviews-section")?.className);
		assert(first?.includes("informational-interviews-section-conversations"), `first section: ${first}`);
		const rows = await page.$$eval(".informational-interviews-conversation", (els) =>
			els.map((el) => [el.getAttribute("data-note"), el.querySelector(".informational-interviews-item-title")?.textContent, el.querySelector(".informational-interviews-item-when")?.textContent, el.querySelector("a.external-link")?.getAttribute("href") ?? null]),
		);
		assertEqual(
			rows,
			[
				["Networking/Interviews/2026-11-22 Aisha Rahman.md", "Conversation with Aisha Rahman", "Today at 16:00", "https://meet.example.org/tidewater-aisha"],
				["Networking/Interviews/2026-11-23 Mateo Ortega.md", "Conversation with Mateo Ortega", "Tomorrow at 15:30", null],
			],
			"conversation rows",
		);
		// The link goes to window.open (the page records it), never into the page or the note.
		const opened = await page.evaluate(() => {
			const calls = [];
			const real = window.open;
			window.open = (...args) => (calls.push(args.slice(0, 2)), null);
			document.querySelector(".informational-interviews-conversation a.external-link").click();
			window.open = real;
			return calls;
		});
		assertEqual(opened, [["https://meet.example.org/tidewater-aisha", "_blank"]], "window.open calls");
		if (README_SCREENSHOTS || process.env.E2E_SCREENSHOTS !== "0") {
			await page.mouse.move(0, 0);
			mkdirSync(THEME_SHOTS, { recursive: true });
			const section = page.locator(".mod-right-split .informational-interviews-section-conversations");
			await section.screenshot({ path: join(THEME_SHOTS, "conversations.png"), animations: "disabled" });
		}
	});

	await test("sections as of 2026-11-22: Overdue 7, Today 6, Upcoming 4, with the example vault's items, fields and problems", tab, async () => {
		assertEqual(await sectionCounts(tab), { Conversations: "2", Overdue: "7", Today: "6", Upcoming: "4", Fields: String(fixture.fields.length), "Needs attention": "2" }, "section counts");
		const expected = fixture.followUps.map((f) => ({ section: SECTION_OF[f.status], kind: f.kind, note: f.note, title: f.title }));
		const shown = (await shownItems(tab)).map(({ section, kind, note, title }) => ({ section, kind, note, title }));
		assertEqual(shown, expected, "items (in order)");
		const fields = await page.$$eval(".informational-interviews-field", (els) => els.map((el) => [el.querySelector(".informational-interviews-field-name")?.textContent, el.querySelector(".informational-interviews-field-count")?.textContent]));
		assertEqual(fields, fixture.fields.map((f) => [f.field, `${f.met} met · target ${f.target}`]), "fields");
		const problems = await page.$$eval(".informational-interviews-problem[data-note]", (els) => els.map((el) => el.getAttribute("data-note")));
		assertEqual(problems, fixture.problems.map((p) => p.note), "problems");
		const whens = (await shownItems(tab)).map((i) => i.when);
		assert(whens.filter((w) => w === "today").length === 6, `"today" on the 6 items due today: ${JSON.stringify(whens)}`);
	});

	await test("readable in light and dark themes (text contrast at least 3:1 everywhere; screenshots saved)", tab, async () => {
		await page.mouse.move(0, 0);
		await page.evaluate(() => document.activeElement instanceof HTMLElement && document.activeElement.blur());
		const report = [];
		const low = [];
		for (const theme of ["light", "dark"]) {
			await page.evaluate((t) => {
				document.body.classList.remove("theme-light", "theme-dark");
				document.body.classList.add(`theme-${t}`);
			}, theme);
			await page.evaluate(() => document.fonts.ready);
			if (README_SCREENSHOTS || process.env.E2E_SCREENSHOTS !== "0") {
				// Light: the top of the view; dark: scrolled to the end (Upcoming, Fields, Needs attention).
				await page.evaluate((bottom) => {
					const content = document.querySelector(".mod-right-split .view-content");
					content.scrollTop = bottom ? content.scrollHeight : 0;
				}, theme === "dark");
				mkdirSync(THEME_SHOTS, { recursive: true });
				// Light: the pointer on one item, which shows its buttons (Log contact today, Snooze, Draft).
				if (theme === "light") await page.locator(".informational-interviews-view li.informational-interviews-item").nth(1).hover();
				await page.locator(".workspace-split.mod-right-split").screenshot({ path: join(THEME_SHOTS, `follow-ups-${theme}.png`), animations: "disabled" });
				await page.mouse.move(0, 0);
				await page.evaluate(() => {
					document.querySelector(".mod-right-split .view-content").scrollTop = 0;
				});
			}
			const list = await contrasts(tab);
			for (const c of list) if (c.ratio < 3) low.push(`${theme}: .${c.cls} "${c.text}" ${c.ratio}:1`);
			report.push(`${theme} ${list.slice(0, 3).map((c) => `.${c.cls} ${c.ratio}`).join(", ")}`);
		}
		await page.evaluate(() => {
			document.body.classList.remove("theme-dark");
			document.body.classList.add("theme-light");
		});
		console.log(`    lowest contrast: ${report.join("; ")}`);
		assert(low.length === 0, `text below 3:1:\n${[...new Set(low)].join("\n")}`);
	});
	const SAM_W = "Networking/Interviews/2026-11-08 Sam Whitaker.md";
	if (README_SCREENSHOTS) {
		await test("the Schedule dialog, filled in on a nudge (screenshot saved)", tab, async () => {
			const modal = await openFilledScheduleModal(page, SAM_W);
			await page.keyboard.press("Escape");
			await modal.waitFor({ state: "detached", timeout: 2000 });
		});
		console.log(`    README screenshots written: ${["follow-ups-light", "follow-ups-dark", "conversations", "schedule-modal"].map((t) => relative(REPO, join(THEME_SHOTS, `${t}.png`))).join(", ")}`);
		await tab.context.close();
		return;
	}

	const DEV = "Networking/Interviews/2026-11-20 Dev Patel.md";
	await test('Done on "Send a thank-you to Dev Patel" writes thank-you-sent: 2026-11-22 (nothing else) and the item leaves', tab, async () => {
		const before = await readNote(tab, DEV);
		const item = page.locator(itemSelector("thank-you", DEV));
		assertEqual(await item.locator(".informational-interviews-item-title").textContent(), "Send a thank-you to Dev Patel", "item title");
		await item.locator("button.informational-interviews-action-done").click();
		await item.waitFor({ state: "detached", timeout: 2000 });
		// The row that took its place is under the pointer: its buttons show, with their icons, at once.
		const under = await waitFor("the row under the pointer to show its icons", () =>
			page.evaluate(() => {
				const li = document.querySelector(".informational-interviews-view li.informational-interviews-item:hover");
				const icons = li ? [...li.querySelectorAll("button")].map((b) => b.querySelector("svg") !== null) : [];
				return icons.length > 0 && icons.every(Boolean) ? li.getAttribute("data-kind") : null;
			}),
		1000);
		assert(under, "a row under the pointer");
		const after = await waitFor("the note to change", async () => {
			const text = await readNote(tab, DEV);
			return text !== before ? text : null;
		});
		assertOnePropertySet(before, after, "thank-you-sent", TODAY);
		await syncIndex(tab);
		await page.waitForTimeout(300);
		assertEqual(await item.count(), 0, "the thank-you item after the index update");
		assert((await page.locator(itemSelector("thank-referrer", DEV)).count()) === 1, "the note's other follow-up (thank Sam) stays");
		const counts = await sectionCounts(tab);
		assertEqual([counts.Overdue, counts.Today, counts.Upcoming], ["7", "5", "4"], "counts after Done");
		assertEqual(await page.locator(".status-bar").textContent(), "12 follow-ups due · Conversation at 16:00", "status bar");
	});

	const ROSA = "Networking/Interviews/2026-11-10 Rosa Jimenez.md";
	await test("Draft on a thank-you opens the message naming the topics; Mark as sent writes thank-you-sent and the item leaves", tab, async () => {
		const before = await readNote(tab, ROSA);
		const item = page.locator(itemSelector("thank-you", ROSA));
		await item.hover();
		await item.locator("button.informational-interviews-action-draft").click();
		const body = page.locator("textarea.informational-interviews-draft-body");
		await body.waitFor({ state: "visible", timeout: 2000 });
		const text = await body.inputValue();
		assert(text.includes("feedback on my first research case study"), `the thank-you names the first topic: ${JSON.stringify(text.slice(0, 300))}`);
		assert(text.includes("how she would present it in an interview"), "the thank-you names the second topic");
		await page.locator("button.informational-interviews-draft-sent").click();
		await body.waitFor({ state: "detached", timeout: 2000 });
		const after = await waitFor("the note to change", async () => {
			const t = await readNote(tab, ROSA);
			return t !== before ? t : null;
		});
		assertOnePropertySet(before, after, "thank-you-sent", TODAY);
		await syncIndex(tab);
		await page.waitForTimeout(300);
		assertEqual(await item.count(), 0, "the thank-you item after Mark as sent");
	});

	const FELIX = "Networking/Interviews/2026-11-18 Felix Strand.md";
	await test("Snooze → Tomorrow writes snooze-until: 2026-11-23 (nothing else); the item moves to Upcoming", tab, async () => {
		const before = await readNote(tab, FELIX);
		const item = page.locator(itemSelector("thank-you", FELIX));
		await item.locator("button.informational-interviews-action-snooze").click();
		const titles = await page.locator(".menu .menu-item-title").allTextContents();
		assert(titles.length === 4 && titles[0].startsWith("Tomorrow") && titles[3] === "Pick a date…", `menu: ${JSON.stringify(titles)}`);
		const box = await page.locator(".menu").boundingBox();
		assert(box && box.x >= 0 && box.y >= 0 && box.x + box.width <= 1280 && box.y + box.height <= 900, `menu inside the window: ${JSON.stringify(box)}`);
		await page.locator(".menu .menu-item", { hasText: /^Tomorrow/ }).click();
		assertEqual(await page.locator(".menu").count(), 0, "menus open after the choice");
		const after = await waitFor("the note to change", async () => {
			const text = await readNote(tab, FELIX);
			return text !== before ? text : null;
		});
		assertOnePropertySet(before, after, "snooze-until", TOMORROW);
		await syncIndex(tab);
		const moved = await waitFor("the item in Upcoming", async () => (await shownItems(tab)).find((i) => i.kind === "thank-you" && i.note === FELIX && i.section === "Upcoming"));
		assertEqual(moved.when, "tomorrow", "when");
		const counts = await sectionCounts(tab);
		// Upcoming: 4, less Rosa's thank-you (sent from its draft above), plus this one.
		assertEqual([counts.Overdue, counts.Today, counts.Upcoming], ["6", "5", "4"], "counts after Snooze");
	});

	const GRACE = "Networking/Contacts/Grace Liu.md";
	await test("Log contact today on a keep-in-touch item writes last-contact: 2026-11-22 in the contact note (nothing else)", tab, async () => {
		const before = await readNote(tab, GRACE);
		const item = page.locator(itemSelector("keep-in-touch", GRACE));
		const done = item.locator("button.informational-interviews-action-done");
		assertEqual(await done.getAttribute("aria-label"), "Log contact today", "button label");
		await done.click();
		await item.waitFor({ state: "detached", timeout: 2000 });
		const after = await waitFor("the note to change", async () => {
			const text = await readNote(tab, GRACE);
			return text !== before ? text : null;
		});
		assertOnePropertySet(before, after, "last-contact", TODAY);
	});

	const LENA = "Networking/Interviews/2026-10-20 Lena Kowalski.md";
	await test("Close request on a nudge past the last one writes status: no-response (nothing else)", tab, async () => {
		const before = await readNote(tab, LENA);
		const item = page.locator(itemSelector("nudge", LENA));
		const done = item.locator("button.informational-interviews-action-done");
		assertEqual(await done.getAttribute("aria-label"), "Close request", "button label");
		await done.click();
		await item.waitFor({ state: "detached", timeout: 2000 });
		const after = await waitFor(`the note to change (notices: ${JSON.stringify(await page.evaluate(() => window.__ii.notices()))})`, async () => {
			const text = await readNote(tab, LENA);
			return text !== before ? text : null;
		});
		assertOnePropertySet(before, after, "status", "no-response");
		await syncIndex(tab);
	});

	await test("Declined on a nudge writes status: declined (nothing else); Undo in the notice restores the request and the item", tab, async () => {
		const before = await readNote(tab, SAM_W);
		const item = page.locator(itemSelector("nudge", SAM_W));
		await item.hover();
		await item.locator("button.informational-interviews-action-declined").click();
		await item.waitFor({ state: "detached", timeout: 2000 });
		const after = await waitFor("the note to change", async () => {
			const text = await readNote(tab, SAM_W);
			return text !== before ? text : null;
		});
		assertOnePropertySet(before, after, "status", "declined");
		await syncIndex(tab);
		await page.locator(".notice button.informational-interviews-undo").last().click();
		await waitFor("the request restored", async () => (await readNote(tab, SAM_W)) === before);
		await syncIndex(tab);
		await page.locator(itemSelector("nudge", SAM_W)).waitFor({ state: "attached", timeout: 2000 });
	});

	await test("Schedule… on a nudge: one write of status, date and time, format, duration and location; the confirmation draft names the day and time; Done writes confirmed", tab, async () => {
		const before = await readNote(tab, SAM_W);
		const modal = await openFilledScheduleModal(page, SAM_W);
		await modal.locator("button", { hasText: /^Schedule$/ }).click();
		await modal.waitFor({ state: "detached", timeout: 2000 });
		const after = await waitFor("the note to change", async () => {
			const text = await readNote(tab, SAM_W);
			return text !== before ? text : null;
		});
		for (const line of ["status: scheduled", `date: ${TOMORROW}T15:30`, "format: video", "duration: 45", "location: https://meet.example.com/sam-w"]) {
			assert(after.split("\n").includes(line), `the note has ${JSON.stringify(line)}:\n${after.slice(0, 500)}`);
		}
		await syncIndex(tab);
		const confirm = page.locator(itemSelector("confirm", SAM_W));
		await confirm.waitFor({ state: "attached", timeout: 2000 });
		await confirm.hover();
		await confirm.locator("button.informational-interviews-action-draft").click();
		const body = page.locator("textarea.informational-interviews-draft-body");
		await body.waitFor({ state: "visible", timeout: 2000 });
		const draft = await body.inputValue();
		assert(draft.includes("Monday 23 November") && draft.includes("15:30"), `the confirmation names the day and time: ${JSON.stringify(draft.slice(0, 400))}`);
		await page.keyboard.press("Escape");
		await body.waitFor({ state: "detached", timeout: 2000 });
		const scheduled = await readNote(tab, SAM_W);
		await confirm.hover();
		await confirm.locator("button.informational-interviews-action-done").click();
		await confirm.waitFor({ state: "detached", timeout: 2000 });
		const confirmed = await waitFor("the note to change", async () => {
			const text = await readNote(tab, SAM_W);
			return text !== scheduled ? text : null;
		});
		assertOnePropertySet(scheduled, confirmed, "confirmed", TODAY);
		await syncIndex(tab);
	});

	const MARCUS = "Networking/Interviews/2026-11-13 Marcus Bell.md";
	await test("Not pursuing on a reach-out adds the person to the interview's not-pursued list; Undo removes it again", tab, async () => {
		const before = await readNote(tab, MARCUS);
		const item = page.locator(itemSelector("reach-out", MARCUS));
		await item.hover();
		await item.locator("button.informational-interviews-action-not-pursuing").click();
		await item.waitFor({ state: "detached", timeout: 2000 });
		const after = await waitFor("the note to change", async () => {
			const text = await readNote(tab, MARCUS);
			return text !== before ? text : null;
		});
		assert(/\nnot-pursued:\n {2}- "\[\[Wen Zhao\]\]"\n/.test(after), `the list in the note:\n${after.slice(0, 600)}`);
		await syncIndex(tab);
		await page.locator(".notice button.informational-interviews-undo").last().click();
		await waitFor("the list removed", async () => !(await readNote(tab, MARCUS)).includes("not-pursued"));
		await syncIndex(tab);
		await page.locator(itemSelector("reach-out", MARCUS)).waitFor({ state: "attached", timeout: 2000 });
	});

	await test("keyboard: Tab reaches the first item, then its note link (when shown), Done and Snooze, with a visible focus ring; Enter on the item opens its note", tab, async () => {
		// Click the sidebar's tab strip (not focusable): Tab continues from there, as in Obsidian.
		await page.locator(".mod-right-split .workspace-tab-header-container").click({ position: { x: 300, y: 20 } });
		const first = await page.$eval(".informational-interviews-view li.informational-interviews-item", (li) => ({
			kind: li.getAttribute("data-kind"),
			note: li.getAttribute("data-note"),
			link: li.querySelector("a.informational-interviews-item-note") !== null,
		}));
		const firstItem = { kind: first.kind, note: first.note };
		const focused = () =>
			page.evaluate(() => {
				const el = document.activeElement;
				const li = el?.closest("li.informational-interviews-item");
				const actions = li?.querySelector(".informational-interviews-item-actions");
				return {
					tag: el?.tagName ?? null,
					cls: el?.className ?? "",
					item: li ? { kind: li.getAttribute("data-kind"), note: li.getAttribute("data-note") } : null,
					ring: el ? getComputedStyle(el).boxShadow : "none",
					outline: el ? getComputedStyle(el).outlineStyle : "none",
					outlineColor: el ? getComputedStyle(el).outlineColor : "",
					accent: getComputedStyle(document.body).getPropertyValue("--interactive-accent"),
					actionsOpacity: actions ? getComputedStyle(actions).opacity : null,
				};
			});
		let now = null;
		for (let i = 0; i < 40; i++) {
			await page.keyboard.press("Tab");
			now = await focused();
			if (now.item) break;
		}
		assert(now?.item && now.tag === "LI", `Tab never reached an item: ${JSON.stringify(now)}`);
		assertEqual(now.item, firstItem, "first focused item");
		assert(now.ring !== "none" || now.outline !== "none", "no visible focus on the item");
		assertEqual(now.actionsOpacity, "1", "the item's buttons show while it has the focus");
		if (first.link) {
			await page.keyboard.press("Tab");
			now = await focused();
			assert(now.tag === "A" && now.cls.includes("informational-interviews-item-note") && JSON.stringify(now.item) === JSON.stringify(firstItem), `after Tab: ${JSON.stringify(now)}`);
		}
		await page.keyboard.press("Tab");
		now = await focused();
		assert(now.tag === "BUTTON" && now.cls.includes("informational-interviews-action-done") && JSON.stringify(now.item) === JSON.stringify(firstItem), `after Tab: ${JSON.stringify(now)}`);
		assert(now.outline === "solid" && now.outlineColor !== "", `no visible focus ring on Done: ${JSON.stringify(now)}`);
		await page.keyboard.press("Tab");
		now = await focused();
		assert(now.tag === "BUTTON" && now.cls.includes("informational-interviews-action-snooze") && JSON.stringify(now.item) === JSON.stringify(firstItem), `after Tab: ${JSON.stringify(now)}`);
		// Enter on Snooze opens its menu under the button (a keyboard press has no pointer position).
		await page.keyboard.press("Enter");
		const button = await page.evaluate(() => document.activeElement.getBoundingClientRect().toJSON());
		const menu = await page.locator(".menu").boundingBox();
		assert(menu && Math.abs(menu.y - button.bottom) <= 2, `menu under the Snooze button: menu ${JSON.stringify(menu)}, button ${JSON.stringify(button)}`);
		await page.evaluate(() => window.__ii.hideMenu());
		for (let i = 0; i < (first.link ? 3 : 2); i++) await page.keyboard.press("Shift+Tab");
		now = await focused();
		assert(now.tag === "LI", `Shift+Tab back to the item: ${JSON.stringify(now)}`);
		await page.keyboard.press("Enter");
		await waitFor("the note to open", async () => (await page.evaluate(() => window.__ii.activeFile())) === first.note);
	});

	await test("compact rows: a section heading collapses and expands its list (button, aria-expanded); item buttons are icons that show on hover", tab, async () => {
		await page.mouse.move(0, 0);
		const heading = page.locator(".informational-interviews-section-upcoming .informational-interviews-section-toggle");
		const list = page.locator(".informational-interviews-section-upcoming .informational-interviews-list");
		assertEqual(await heading.getAttribute("aria-expanded"), "true", "expanded at first");
		await heading.click();
		assertEqual(await heading.getAttribute("aria-expanded"), "false", "after a click");
		assert(!(await list.isVisible()), "the list is hidden when collapsed");
		await heading.press("Enter");
		assertEqual(await heading.getAttribute("aria-expanded"), "true", "after Enter");
		assert(await list.isVisible(), "the list shows again");
		const rows = await page.$$eval(".informational-interviews-view li.informational-interviews-item", (lis) =>
			lis.map((li) => ({
				height: li.getBoundingClientRect().height,
				icons: [...li.querySelectorAll("button")].every((b) => b.classList.contains("clickable-icon") && !!b.getAttribute("aria-label") && b.textContent === ""),
				opacity: getComputedStyle(li.querySelector(".informational-interviews-item-actions")).opacity,
			})),
		);
		const tallest = Math.max(...rows.map((r) => r.height));
		const median = [...rows.map((r) => r.height)].sort((a, b) => a - b)[rows.length >> 1];
		console.log(`    item rows at 420 px: median ${median.toFixed(0)} px, tallest ${tallest.toFixed(0)} px (${rows.length} items)`);
		assert(median <= 52, `rows are compact (median ${median} px)`);
		assert(rows.every((r) => r.icons), "every item button is an icon button with an accessible name");
		assert(rows.every((r) => r.opacity === "0"), `buttons hidden until hover on a desktop: ${JSON.stringify(rows.map((r) => r.opacity))}`);
		const item = page.locator(".informational-interviews-view li.informational-interviews-item").first();
		await item.hover();
		assertEqual(await item.locator(".informational-interviews-item-actions").evaluate((el) => getComputedStyle(el).opacity), "1", "buttons on hover");
		const drawn = await item.locator("button").evaluateAll((bs) => bs.map((b) => b.querySelector("svg.svg-icon")?.getAttribute("class") ?? null));
		assertEqual(drawn, ["svg-icon check", "svg-icon clock", "svg-icon user-x", "svg-icon pencil"], "icons of the hovered item (Done, Snooze, Not pursuing, Draft)");
		await page.evaluate(() => document.body.classList.add("is-mobile"));
		await page.mouse.move(0, 0);
		assertEqual(await item.locator(".informational-interviews-item-actions").evaluate((el) => getComputedStyle(el).opacity), "1", "buttons always shown on mobile");
		await page.evaluate(() => document.body.classList.remove("is-mobile"));
	});

	await test("a click on an item's note link opens it; Ctrl-click opens it in a new tab", tab, async () => {
		const active = () => page.evaluate(() => window.__ii.activeFile());
		const leaves = () => page.evaluate(() => window.__ii.markdownLeaves());
		const link = (kind, note) => page.locator(itemSelector(kind, note)).locator("a.informational-interviews-item-note");
		const MARCUS = "Networking/Interviews/2026-11-13 Marcus Bell.md";
		const AISHA = "Networking/Interviews/2026-11-22 Aisha Rahman.md";
		const MATEO = "Networking/Interviews/2026-11-23 Mateo Ortega.md";
		await link("thank-referrer", MARCUS).click();
		await waitFor("the note to open", async () => (await active()) === MARCUS);
		const open = await leaves();
		await link("confirm", AISHA).click();
		await waitFor("the note to open", async () => (await active()) === AISHA);
		assertEqual(await leaves(), open, "tabs after a plain click (the note opens in the same tab)");
		assert(page.url().endsWith("/example.html"), `the link navigated the page to ${page.url()}`);
		await link("confirm", MATEO).click({ modifiers: ["Control"] });
		await waitFor("the note to open in a new tab", async () => (await active()) === MATEO);
		assertEqual(await leaves(), open + 1, "tabs after a Ctrl-click");
	});

	await test("a phone's width (375 px, and a 320 px drawer): no horizontal scroll, every item inside the view", tab, async () => {
		for (const width of [375, 320]) {
			await page.setViewportSize({ width, height: 812 });
			await page.waitForTimeout(50);
			const m = await page.evaluate(() => {
				const view = document.querySelector(".informational-interviews-view");
				const v = view.getBoundingClientRect();
				const outside = [...view.querySelectorAll("li.informational-interviews-item, .informational-interviews-field, .informational-interviews-problem, button, a")]
					.map((el) => ({ el, r: el.getBoundingClientRect() }))
					.filter(({ r }) => r.left < v.left - 0.5 || r.right > v.right + 0.5)
					.map(({ el, r }) => `${el.className} ${Math.round(r.left)}–${Math.round(r.right)}`);
				return {
					viewWidth: Math.round(v.width),
					docScroll: document.scrollingElement.scrollWidth - document.scrollingElement.clientWidth,
					viewScroll: view.scrollWidth - view.clientWidth,
					outside,
				};
			});
			assert(m.viewWidth >= width - 1, `${width} px: the view is ${m.viewWidth} px wide`);
			assert(m.docScroll <= 0 && m.viewScroll <= 0, `${width} px: horizontal scroll: document ${m.docScroll} px, view ${m.viewScroll} px`);
			assertEqual(m.outside, [], `${width} px: elements sticking out of the view`);
			if (process.env.E2E_SCREENSHOTS !== "0") {
				mkdirSync(join(REPO, "test-results/e2e"), { recursive: true });
				await page.screenshot({ path: join(REPO, `test-results/e2e/follow-ups-${width}.png`) });
			}
		}
		await page.setViewportSize({ width: 1280, height: 900 });
	});

	await test("the header's gauge button opens the search at a glance in a tab, in the same compact style (contrast at least 3:1)", tab, async () => {
		await page.locator(".mod-right-split .informational-interviews-open-insights").click();
		const view = page.locator(".informational-interviews-insights-view");
		await view.waitFor();
		assert((await view.locator(".informational-interviews-section-title").allTextContents()).includes("Funnel"), "the funnel section");
		await page.mouse.move(0, 0);
		const low = [];
		for (const theme of ["light", "dark"]) {
			await page.evaluate((t) => {
				document.body.classList.remove("theme-light", "theme-dark");
				document.body.classList.add(`theme-${t}`);
			}, theme);
			if (process.env.E2E_SCREENSHOTS !== "0") {
				mkdirSync(join(REPO, "test-results/e2e"), { recursive: true });
				await page.locator(".workspace-split.mod-root").screenshot({ path: join(REPO, `test-results/e2e/insights-${theme}.png`) });
			}
			for (const c of await contrasts(tab, ".informational-interviews-insights-view")) if (c.ratio < 3) low.push(`${theme}: .${c.cls} "${c.text}" ${c.ratio}:1`);
		}
		await page.evaluate(() => {
			document.body.classList.remove("theme-dark");
			document.body.classList.add("theme-light");
		});
		assert(low.length === 0, `text below 3:1:\n${[...new Set(low)].join("\n")}`);
	});

	await test("the whole session: no console error, no page error, no request outside the preview's own files", tab, async () => {
		assertEqual(tab.errors, [], "errors in the page");
		assertEqual(unexpected, [], "unexpected requests");
	});
	await tab.context.close();
}

/** The pipeline board: a base of every interview note of the example vault, as of 2026-11-22. */
async function boardTests(browser, origin) {
	let tab = null;
	await test("the pipeline board shows the example vault's interviews in their columns (screenshot saved)", null, async () => {
		tab = await openTab(browser, origin, "/example.html", { width: 1280, height: 900 });
		const rows = await tab.page.evaluate(() => window.__ii.openBoard());
		assertEqual(rows.length, 18, "interview notes in the base");
		// Worked out by hand from the notes: no status with a date before today is Done (Hannah), a
		// date that cannot be read keeps the status's column (Oliver, 3 December).
		assertEqual(await boardColumns(tab), {
			preparing: ["Ines Carvalho", "Daniel Reyes"],
			requested: ["Lena Kowalski", "Sam Whitaker"],
			scheduled: ["Aisha Rahman", "Mateo Ortega", "Oliver Grant"],
			done: ["Ben Adeyemi", "Grace Liu", "Oliver Grant", "Rosa Jimenez", "Hannah Schultz", "Claire Donovan", "Rosa Jimenez", "Marcus Bell", "Keisha Morgan", "Felix Strand", "Dev Patel"],
			declined: "folded (0)",
			cancelled: "folded (0)",
			"no-response": "folded (0)",
		}, "columns");
		if (README_SCREENSHOTS || process.env.E2E_SCREENSHOTS !== "0") {
			mkdirSync(THEME_SHOTS, { recursive: true });
			await tab.page.locator(".informational-interviews-board").screenshot({ path: join(THEME_SHOTS, "board.png"), animations: "disabled" });
			if (README_SCREENSHOTS) console.log(`    README screenshot written: ${relative(REPO, join(THEME_SHOTS, "board.png"))}`);
		}
	});
	if (!tab || README_SCREENSHOTS) {
		await tab?.context.close();
		return;
	}
	const { page } = tab;
	const card = (path) => page.locator(`.informational-interviews-board-card[data-path="${path}"]`);

	const MATEO = "Networking/Interviews/2026-11-23 Mateo Ortega.md";
	await test("a card moved by keyboard (Shift+Right: Scheduled to Done) changes status in its note and nothing else; Undo puts it back", tab, async () => {
		const before = await readNote(tab, MATEO);
		await card(MATEO).focus();
		await page.keyboard.press("Shift+ArrowRight");
		const after = await waitFor("the note to change", async () => {
			const text = await readNote(tab, MATEO);
			return text !== before ? text : null;
		});
		assertOnePropertySet(before, after, "status", "done");
		await syncIndex(tab);
		assertEqual((await boardColumns(tab)).done.at(-1), "Mateo Ortega", "the card in Done");
		assertEqual(await page.evaluate(() => document.activeElement?.getAttribute("data-path")), MATEO, "the focus stays on the moved card");
		await page.locator(".notice button.informational-interviews-undo").last().click();
		await waitFor("the note restored", async () => (await readNote(tab, MATEO)) === before);
		await syncIndex(tab);
		assertEqual((await boardColumns(tab)).scheduled, ["Aisha Rahman", "Mateo Ortega", "Oliver Grant"], "back in Scheduled");
	});

	const LENA = "Networking/Interviews/2026-10-20 Lena Kowalski.md";
	await test("a card dropped on the folded No response column (drag events with the browser's DataTransfer) writes status: no-response and nothing else", tab, async () => {
		const before = await readNote(tab, LENA);
		// The drag events Chromium fires for a pointer drag, with a real DataTransfer between them.
		const target = page.locator('.informational-interviews-board-column[data-column="no-response"]');
		const dataTransfer = await page.evaluateHandle(() => new DataTransfer());
		await card(LENA).dispatchEvent("dragstart", { dataTransfer });
		await target.dispatchEvent("dragenter", { dataTransfer });
		await target.dispatchEvent("dragover", { dataTransfer });
		await target.dispatchEvent("drop", { dataTransfer });
		await card(LENA).dispatchEvent("dragend", { dataTransfer });
		const after = await waitFor(`the note to change (notices: ${JSON.stringify(await page.evaluate(() => window.__ii.notices()))})`, async () => {
			const text = await readNote(tab, LENA);
			return text !== before ? text : null;
		});
		assertOnePropertySet(before, after, "status", "no-response");
		await syncIndex(tab);
		assertEqual((await boardColumns(tab))["no-response"], "folded (1)", "the folded column counts it");
	});
	await tab.context.close();
}

/** Column id → the people on its cards; a folded column as `folded (count)`. */
async function boardColumns(tab) {
	return tab.page.$$eval(".informational-interviews-board-column", (cols) =>
		Object.fromEntries(
			cols.map((col) => [
				col.getAttribute("data-column"),
				col.classList.contains("is-folded")
					? `folded (${col.querySelector(".informational-interviews-board-count")?.textContent})`
					: [...col.querySelectorAll(".informational-interviews-board-person")].map((p) => p.textContent),
			]),
		),
	);
}

async function hostileNameTests(browser, origin, unexpected) {
	let tab = null;
	await test(`a contact named ${HOSTILE}: the start-up digest shows it as text`, null, async () => {
		tab = await openTab(browser, origin, "/hostile.html", { width: 1280, height: 900 });
		const notices = await tab.page.evaluate(() => window.__ii.notices());
		assert(notices.some((n) => n.includes(`• Nudge ${HOSTILE} about your request`)), `digest: ${JSON.stringify(notices)}`);
		const shown = await tab.page.locator(".notice").allTextContents();
		assert(shown.some((t) => t.includes(`Nudge ${HOSTILE} about your request`)), `digest on screen: ${JSON.stringify(shown)}`);
		assert(tab.errors.length === 0, `errors while loading:\n    ${tab.errors.join("\n    ")}`);
	});
	if (!tab) return;
	const { page } = tab;

	/** Elements that only injected markup would create, and inline handlers anywhere. */
	const injected = () =>
		page.evaluate(() => {
			const tags = [...document.body.querySelectorAll("img, iframe, script, object, embed, svg:not(.svg-icon)")].map((el) => el.outerHTML.slice(0, 80));
			const handlers = [...document.querySelectorAll("*")].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith("on")).map((a) => `${el.tagName}[${a.name}]`));
			return [...tags, ...handlers];
		});

	await test("hostile names, link aliases, fields, note names and values render as text in the view", tab, async () => {
		const titles = (await shownItems(tab)).map((i) => i.title);
		for (const t of [
			`Nudge ${HOSTILE} about your request`,
			`Send a thank-you to ${HOSTILE}`,
			// The referrer by their note's name (a link's alias is not used in titles); the alias must not leak as markup either.
			`Thank Sam Whitaker for the introduction to ${HOSTILE}`,
			`Reach out to ${H.referral} (suggested by ${HOSTILE})`,
		]) {
			assert(titles.includes(t), `no item titled ${JSON.stringify(t)}; titles: ${JSON.stringify(titles)}`);
		}
		// A note named "<date> <person>" beside a title naming the person shows the date; its tooltip, the whole name.
		const links = await page.$$eval("a.informational-interviews-item-note", (els) => els.map((el) => [el.textContent, el.getAttribute("title")]));
		assert(links.some(([text, title]) => text === "2026-11-21" && title === `2026-11-21 ${HOSTILE}`), `note links: ${JSON.stringify(links)}`);
		const fields = await page.locator(".informational-interviews-field-name").allTextContents();
		assert(fields.includes(H.field), `fields: ${JSON.stringify(fields)}`);
		const problems = await page.$$eval(".informational-interviews-problem", (els) => els.map((el) => el.textContent));
		assert(problems.some((p) => p.includes("<iframe src=javascript:alert('note')>") && p.includes(H.badDate)), `problems: ${JSON.stringify(problems)}`);
		const noteAttr = await page.locator(`li.informational-interviews-item[data-note="${H.interview}"]`).count();
		assert(noteAttr >= 2, `data-note holds the raw path (${noteAttr} items)`);
		assertEqual(await injected(), [], "elements or handlers created from note text");
		if (process.env.E2E_SCREENSHOTS !== "0") {
			mkdirSync(join(REPO, "test-results/e2e"), { recursive: true });
			await page.locator(".workspace-split.mod-right-split").screenshot({ path: join(REPO, "test-results/e2e/follow-ups-hostile.png") });
		}
	});

	await test("hostile names render as text in the Snooze date dialog and the reach-out dialog", tab, async () => {
		const item = page.locator(itemSelector("thank-you", H.interview));
		await item.locator("button.informational-interviews-action-snooze").click();
		await page.locator(".menu .menu-item", { hasText: "Pick a date…" }).click();
		const snoozeModal = page.locator(".modal .informational-interviews-snooze-modal");
		await snoozeModal.waitFor();
		assert((await snoozeModal.textContent()).includes(`Send a thank-you to ${HOSTILE}`), `snooze dialog: ${await snoozeModal.textContent()}`);
		await snoozeModal.locator("button", { hasText: "Cancel" }).click();
		await page.locator(".modal-container").waitFor({ state: "detached" });
		const reachOut = page.locator(`li.informational-interviews-item[data-kind="reach-out"][data-note="${H.interview}"]`);
		await reachOut.locator("button.informational-interviews-action-done").click();
		const modal = page.locator(".modal");
		await modal.waitFor();
		const text = await modal.textContent();
		assert(text.includes(`Reach out to ${H.referral}`) && text.includes(`asked ${H.referral} for a conversation`), `reach-out dialog: ${text}`);
		assertEqual(await injected(), [], "elements or handlers created from note text (dialogs open)");
		await modal.locator("button", { hasText: "Cancel" }).click();
		await page.locator(".modal-container").waitFor({ state: "detached" });
		assertEqual(await page.evaluate(() => window.__ii.modals()), 0, "open dialogs");
	});

	await test("the New contact link with hostile values (HTML, ../, newlines) shows them as text and writes a safe file name", tab, async () => {
		const before = await page.evaluate(() => window.__ii.files());
		const values = { name: `${H.link}\n../../.obsidian/plugins/x`, organization: "<script>alert('org')</script>", role: "Lead\r\n---\nevil: true", email: "a@b.example" };
		const url = `obsidian://informational-interviews-new-contact?${Object.entries(values).map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join("&")}`;
		assert(await page.evaluate((u) => window.__ii.openLink(u), url), "no handler for the link");
		const modal = page.locator(".modal .informational-interviews-new-contact-modal");
		await modal.waitFor();
		const shown = await modal.locator("input").evaluateAll((inputs) => inputs.map((i) => i.value));
		assertEqual(shown.slice(0, 3), [`${H.link} ../../.obsidian/plugins/x`, "<script>alert('org')</script>", "Lead --- evil: true"], "values shown");
		assertEqual(await injected(), [], "elements or handlers created from the link");
		assertEqual(await page.evaluate(() => window.__ii.files()), before, "files before Create");
		await modal.locator("button", { hasText: "Create" }).click();
		await page.locator(".modal-container").waitFor({ state: "detached" });
		const path = "Networking/Contacts/img src=x onerror=alert('link') .. .. .obsidian plugins x.md";
		await waitFor("the new note", async () => (await readNote(tab, path)) !== null);
		const added = (await page.evaluate(() => window.__ii.files())).filter((f) => !before.includes(f));
		assertEqual(added, [path], "files created");
		const text = await readNote(tab, path);
		assert(text.includes(`organization: "<script>alert('org')</script>"`) && text.includes('role: "Lead --- evil: true"\n') && !text.includes("\nevil:"), `note: ${text}`);
		assertEqual(await injected(), [], "elements or handlers created from the link (note open)");
	});

	await test("alert() is never called, nothing is fetched from note text, no console or page error in the whole session", tab, async () => {
		await page.waitForTimeout(300);
		const dialogs = await page.evaluate(() => window.__dialogs);
		assertEqual([...dialogs, ...tab.dialogs], [], "dialogs");
		assertEqual(unexpected, [], "unexpected requests");
		assertEqual(tab.errors, [], "errors in the page");
	});
	await tab.context.close();
}

/** A fresh preview page at `url` in a window of `viewport`, the plugin started; `errors` collects page errors. */
async function previewPage(browser, url, viewport) {
	const context = await browser.newContext({ viewport, deviceScaleFactor: 1, reducedMotion: "reduce" });
	const page = await context.newPage();
	const errors = [];
	page.on("pageerror", (err) => errors.push(err.message));
	await page.goto(url, { waitUntil: "load" });
	await page.waitForFunction(() => window.__ii !== undefined, null, { timeout: 10_000 });
	await page.evaluate(() => window.__ii.ready);
	return { context, page, errors };
}

async function emptyViewTests(browser, origin) {
	await test("the empty view at 375 px: no horizontal scroll, a New contact button that opens the dialog", null, async () => {
		const { context, page, errors } = await previewPage(browser, `${origin}/empty.html`, { width: 375, height: 812 });
		try {
			const button = page.locator(".informational-interviews-empty button.informational-interviews-new-contact");
			await button.waitFor({ timeout: 10_000 });
			const m = await page.evaluate(() => {
				const view = document.querySelector(".informational-interviews-view");
				const v = view.getBoundingClientRect();
				const b = document.querySelector(".informational-interviews-new-contact").getBoundingClientRect();
				return { docScroll: document.scrollingElement.scrollWidth - document.scrollingElement.clientWidth, viewScroll: view.scrollWidth - view.clientWidth, inside: b.left >= v.left - 0.5 && b.right <= v.right + 0.5 && b.width > 0 };
			});
			assertEqual(m, { docScroll: 0, viewScroll: 0, inside: true }, "scroll and the button's place");
			await button.click();
			await page.locator(".modal-container .modal").waitFor({ timeout: 5_000 });
			const title = await page.locator(".modal-container .modal-title").first().textContent();
			assertEqual(title, "New contact", "the dialog's title");
			if (process.env.E2E_SCREENSHOTS !== "0") {
				mkdirSync(join(REPO, "test-results/e2e"), { recursive: true });
				await page.screenshot({ path: join(REPO, "test-results/e2e/empty-375.png") });
			}
			assert(errors.length === 0, `page errors: ${errors.join("; ")}`);
		} finally {
			await context.close();
		}
	});
}

async function questionsDialogTests(browser, origin) {
	const GRACE = "Networking/Interviews/2026-07-28 Grace Liu.md";
	for (const height of [900, 600]) {
		await test(`Insert interview questions in a ${height}-pixel-high window: the contact's level, every question previewed, Insert in view; an unticked question is left out`, null, async () => {
			const { context, page, errors } = await previewPage(browser, `${origin}/example.html`, { width: 1280, height });
			try {
				assert(await page.evaluate(([p, id]) => window.__ii.runCommandOn(p, id), [GRACE, "insert-interview-questions"]), "the command ran");
				const modal = page.locator(".modal .informational-interviews-questions-modal");
				await modal.waitFor({ timeout: 5_000 });
				assertEqual(await page.locator("select.informational-interviews-questions-level").inputValue(), "mid-career", "the level of Grace Liu");
				// The longest preview: every topic, all questions of each.
				await page.locator("select.informational-interviews-questions-per-topic").selectOption("0");
				const m = await page.evaluate(() => {
					const box = (el) => el.getBoundingClientRect();
					const insert = document.querySelector("button.informational-interviews-questions-insert");
					const preview = document.querySelector(".informational-interviews-questions-preview");
					const b = box(insert);
					const hit = document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2);
					return {
						insertInView: b.top >= 0 && b.bottom <= window.innerHeight && b.width > 0,
						insertOnTop: hit === insert || insert.contains(hit),
						modalInView: box(document.querySelector(".modal")).bottom <= window.innerHeight,
						questions: preview.querySelectorAll("input[type=checkbox]").length,
						previewScrolls: preview.scrollHeight > preview.clientHeight,
					};
				});
				assert(m.questions > 40, `questions previewed: ${m.questions}`);
				assertEqual({ insertInView: m.insertInView, insertOnTop: m.insertOnTop, modalInView: m.modalInView, previewScrolls: m.previewScrolls }, { insertInView: true, insertOnTop: true, modalInView: true, previewScrolls: true }, "the dialog's fit");
				console.log(`    ${height} px: ${m.questions} questions previewed, Insert in view`);
				if (process.env.E2E_SCREENSHOTS !== "0") {
					mkdirSync(join(REPO, "test-results/e2e"), { recursive: true });
					await page.screenshot({ path: join(REPO, `test-results/e2e/questions-${height}.png`) });
				}
				const first = page.locator(".informational-interviews-questions-question").first();
				const dropped = (await first.textContent()) ?? "";
				await first.locator("input").uncheck();
				await page.locator("button.informational-interviews-questions-insert").click();
				await page.locator(".modal-container").waitFor({ state: "detached", timeout: 5_000 });
				const note = await page.evaluate(() => window.__ii.app.workspace.activeEditor?.editor?.getValue() ?? "");
				assert(note.includes("- [ ] Who else would you suggest I talk to"), "the checklist went into the note");
				assert(!note.includes(dropped), `the unticked question is not in the note: ${dropped}`);
				assert(errors.length === 0, `page errors: ${errors.join("; ")}`);
			} finally {
				await context.close();
			}
		});
	}
}

async function draftDialogTests(browser, origin) {
	const CONTACT = "Networking/Contacts/Ines Carvalho.md";
	for (const viewport of [{ width: 1280, height: 900 }, { width: 1280, height: 600 }, { width: 375, height: 667 }]) {
		await test(`the outreach draft in a ${viewport.width}×${viewport.height} window: Copy and Mark as sent in view, nothing wider than the window`, null, async () => {
			const { context, page, errors } = await previewPage(browser, `${origin}/example.html`, viewport);
			try {
				assert(await page.evaluate(([p, id]) => window.__ii.runCommandOn(p, id), [CONTACT, "draft-outreach"]), "the command ran");
				await page.locator(".modal .informational-interviews-draft-modal").waitFor({ timeout: 5_000 });
				const m = await page.evaluate(() => {
					const inView = (selector) => {
						const el = document.querySelector(selector);
						const b = el.getBoundingClientRect();
						const hit = document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2);
						return b.width > 0 && b.top >= 0 && b.bottom <= window.innerHeight && (hit === el || el.contains(hit));
					};
					const modal = document.querySelector(".modal");
					return {
						copy: inView("button.informational-interviews-draft-copy"),
						sent: inView("button.informational-interviews-draft-sent"),
						linkedInNote: document.querySelector(".informational-interviews-draft-linkedin-note") !== null,
						wide: modal.scrollWidth - modal.clientWidth,
					};
				});
				assertEqual(m, { copy: true, sent: true, linkedInNote: true, wide: 0 }, "the dialog's fit");
				if (process.env.E2E_SCREENSHOTS !== "0") {
					mkdirSync(join(REPO, "test-results/e2e"), { recursive: true });
					await page.screenshot({ path: join(REPO, `test-results/e2e/outreach-${viewport.width}x${viewport.height}.png`) });
				}
				assert(errors.length === 0, `page errors: ${errors.join("; ")}`);
			} finally {
				await context.close();
			}
		});
	}
}

async function renderBenchmark(browser, origin) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	try {
		const page = await context.newPage();
		await page.goto(`${origin}/example.html`, { waitUntil: "load" });
		await page.waitForFunction(() => window.__ii !== undefined);
		await page.evaluate(() => window.__ii.ready);
		const pageErrors = [];
		page.on("pageerror", (err) => pageErrors.push(err.message));
		const r = await page.evaluate(() => window.__ii.benchRender(500, 15));
		const onePage = await page.evaluate(() => window.__ii.benchRender(50, 15));
		if (pageErrors.length > 0) console.log(`    (page errors during the measurement: ${pageErrors.join("; ")})`);
		const status = r.median <= 16 ? "within" : "OVER";
		console.log(`render 500 items in Chromium: ${r.median.toFixed(2)} ms (median of ${r.runs}; min ${r.min.toFixed(2)}, max ${r.max.toFixed(2)}; re-render ${r.rerenderMedian.toFixed(2)} ms; ${r.items} items; ${status} the 16 ms target)`);
		console.log(`    the same ${r.elements} elements built with bare DOM calls, no plugin code: ${r.bareDomMedian.toFixed(2)} ms (this browser on this machine)`);
		console.log(`    one page of the view (50 items, what a section shows before "Show more"): ${onePage.median.toFixed(2)} ms (median of ${onePage.runs})`);
		mkdirSync(join(REPO, "test-results/e2e"), { recursive: true });
		writeFileSync(join(REPO, "test-results/e2e/render-500.json"), `${JSON.stringify({ browser: "chromium", ...r, target: 16, page50Median: onePage.median }, null, 2)}\n`);
	} catch (e) {
		console.log(`render 500 items in Chromium: not measured (${e instanceof Error ? e.message : String(e)})`);
	} finally {
		await context.close();
	}
}

try {
	await main();
} catch (e) {
	failed++;
	console.log(`FAIL the browser tests could not run\n    ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
}
console.log(`(${((Date.now() - startedAt) / 1000).toFixed(1)} s)`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
