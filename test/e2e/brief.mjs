// Browser tests of "Brief me on this person" (run by run.mjs, which owns the harness): the example
// vault plus a third conversation with Rosa Jimenez a week ahead, so that her brief has two earlier
// conversations, a referrer (Aisha Rahman), open follow-ups, prepared questions and a pitch. The
// brief opens from the Brief button of that conversation's confirm item, then is checked at the
// sidebar's width and at a phone's (375 px).
import { mkdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";

const BRIEF_NEXT = "Networking/Interviews/2026-11-30 Rosa Jimenez.md";

/** The third conversation with Rosa, added to the example vault for these tests only (test/ui/brief-view.test.ts reads it too). */
export const BRIEF_FILES = { [BRIEF_NEXT]: readFileSync(join(import.meta.dirname, "../fixtures/brief-next-conversation.md"), "utf8") };

const ROOT = ".mod-right-split .informational-interviews-brief-view";

/**
 * @param {object} h the harness of run.mjs: test, assert, assertEqual, openTab, contrasts,
 *   REPO, shotsDir (where the README's screenshot goes, or null for test-results only)
 */
export async function briefTests(browser, origin, h) {
	const { test, assert, assertEqual, openTab, contrasts } = h;
	let tab = null;
	await test("Brief on a confirm item opens the brief on Rosa Jimenez in the right sidebar: who she is, two earlier conversations, the referrer, what is owed, questions, pitch", null, async () => {
		tab = await openTab(browser, origin, "/brief.html", { width: 1280, height: 900 });
		const item = tab.page.locator(`li.informational-interviews-item[data-kind="confirm"][data-note="${BRIEF_NEXT}"]`);
		await item.hover();
		await item.locator("button.informational-interviews-action-brief").click();
		await tab.page.locator(`${ROOT} .informational-interviews-brief-name`).waitFor({ timeout: 5000 });
		const shown = await tab.page.evaluate((root) => {
			const el = document.querySelector(root);
			const texts = (sel) => [...el.querySelectorAll(sel)].map((e) => e.textContent);
			return {
				type: el.closest(".workspace-leaf-content")?.getAttribute("data-type"),
				name: el.querySelector(".informational-interviews-brief-name")?.textContent,
				facts: texts("dt").map((dt, i) => `${dt}: ${texts("dd")[i]}`),
				next: texts(".informational-interviews-brief-next a"),
				earlier: texts(".informational-interviews-brief-conversation > .informational-interviews-brief-line a"),
				suggested: texts(".informational-interviews-brief-suggested a"),
				owed: texts(".informational-interviews-brief-owed-list a"),
				questions: texts(".informational-interviews-brief-questions ol li").length,
				pitch: el.querySelector(".informational-interviews-brief-pitch-text")?.textContent?.slice(0, 30),
				links: [...el.querySelectorAll("a[data-href]")].length,
			};
		}, ROOT);
		assertEqual(
			shown,
			{
				type: "informational-interviews-brief",
				name: "Rosa Jimenez",
				facts: ["Role: UX Research Lead", "Organization: Fernway Mutual", "Level: Mid-career", "How you know them: referral", "Introduced by: Aisha Rahman"],
				next: ["Monday 30 November at 10:00"],
				earlier: ["Thursday 3 September", "Tuesday 10 November"],
				suggested: ["Keisha Morgan"],
				owed: ["Send a thank-you to Rosa Jimenez", "Confirm the conversation with Rosa Jimenez (Mon 30 Nov at 10:00)"],
				questions: 3,
				pitch: "You have seen my case study tw",
				links: 10,
			},
			"the brief",
		);
	});
	if (!tab) return;
	const { page } = tab;

	await test("the brief at the sidebar's width and at 375 px: no horizontal scroll, nothing outside the view, text contrast at least 3:1 (light and dark)", tab, async () => {
		const low = [];
		for (const viewport of [{ width: 1280, height: 900 }, { width: 375, height: 1500 }]) {
			await page.setViewportSize(viewport);
			await page.waitForTimeout(50);
			const m = await page.evaluate((root) => {
				const view = document.querySelector(root);
				const v = view.getBoundingClientRect();
				const outside = [...view.querySelectorAll("h3, h4, dt, dd, li, p, a, span, div")]
					.map((el) => ({ el, r: el.getBoundingClientRect() }))
					.filter(({ r }) => r.width > 0 && (r.left < v.left - 0.5 || r.right > v.right + 0.5))
					.map(({ el, r }) => `${el.className || el.tagName} ${Math.round(r.left)}–${Math.round(r.right)}`);
				return { width: Math.round(v.width), docScroll: document.scrollingElement.scrollWidth - document.scrollingElement.clientWidth, viewScroll: view.scrollWidth - view.clientWidth, outside };
			}, ROOT);
			console.log(`    ${viewport.width} px window: the brief is ${m.width} px wide`);
			assert(m.docScroll <= 0 && m.viewScroll <= 0, `${viewport.width} px: horizontal scroll: document ${m.docScroll} px, view ${m.viewScroll} px`);
			assertEqual(m.outside, [], `${viewport.width} px: elements sticking out of the brief`);
			if (viewport.width === 375) assert(m.width >= 374, `375 px: the brief is ${m.width} px wide, not the whole width`);
			for (const theme of ["light", "dark"]) {
				await page.evaluate((t) => {
					document.body.classList.remove("theme-light", "theme-dark");
					document.body.classList.add(`theme-${t}`);
				}, theme);
				for (const c of await contrasts(tab, ROOT)) if (c.ratio < 3) low.push(`${viewport.width} ${theme}: .${c.cls} "${c.text}" ${c.ratio}:1`);
				// The README's: the whole brief on a phone, light theme.
				const readme = h.shotsDir !== null && viewport.width === 375 && theme === "light";
				if (readme || process.env.E2E_SCREENSHOTS !== "0") {
					const file = readme ? join(h.shotsDir, "brief-phone.png") : join(h.REPO, "test-results/e2e", `brief-${viewport.width}-${theme}.png`);
					mkdirSync(dirname(file), { recursive: true });
					await page.locator(".workspace-split.mod-right-split").screenshot({ path: file, animations: "disabled" });
					if (readme) console.log(`    README screenshot written: ${relative(h.REPO, file)}`);
				}
			}
			await page.evaluate(() => {
				document.body.classList.remove("theme-dark");
				document.body.classList.add("theme-light");
			});
		}
		await page.setViewportSize({ width: 1280, height: 900 });
		assert(low.length === 0, `text below 3:1:\n${[...new Set(low)].join("\n")}`);
	});

	await test("a click on an earlier conversation in the brief opens its note", tab, async () => {
		await page.locator(`${ROOT} .informational-interviews-brief-conversation a`, { hasText: "Thursday 3 September" }).click();
		const path = "Networking/Interviews/2026-09-03 Rosa Jimenez.md";
		let active = null;
		for (let i = 0; i < 100 && active !== path; i++) {
			active = await page.evaluate(() => window.__ii.activeFile());
			if (active !== path) await page.waitForTimeout(20);
		}
		assertEqual(active, path, "the note opened");
		assertEqual(tab.errors, [], "errors in the page");
	});
	await tab.context.close();
}
