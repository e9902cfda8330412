// Runs in vitest's default node environment: the fake must import and work without a DOM for
// everything that does not need one (vault, metadata cache, file manager, debounce, helpers).
import { debounce, normalizePath, Notice, TFile, type CachedMetadata } from "obsidian";
import { describe, expect, it } from "vitest";
import { createFakeApp, fileContent, getFile, noticeMessages, resetFakeObsidian, settle } from "../fake-obsidian";

describe("fake obsidian without a DOM", () => {
	it("imports without crashing and offers the language helpers", () => {
		expect(typeof document).toBe("undefined");
		expect([1, 2, 3].last()).toBe(3);
		expect("abc".contains("b")).toBe(true);
		expect(normalizePath("a//b/")).toBe("a/b");
		expect(typeof debounce(() => 1)).toBe("function");
	});

	it("vault, metadata cache and processFrontMatter work", async () => {
		const app = createFakeApp({ "People/Jane.md": "---\ntype: contact\n---\nBody\n" });
		const file = getFile(app, "People/Jane.md");
		expect(file).toBeInstanceOf(TFile);
		const changed: CachedMetadata[] = [];
		app.metadataCache.on("changed", (_f: TFile, _d: string, cache: CachedMetadata) => changed.push(cache));
		await app.fileManager.processFrontMatter(file, (fm) => {
			fm["last-contact"] = "2026-11-22";
		});
		expect(fileContent(app, "People/Jane.md")).toBe("---\ntype: contact\nlast-contact: 2026-11-22\n---\nBody\n");
		await settle(app);
		expect(changed[0]?.frontmatter).toEqual({ type: "contact", "last-contact": "2026-11-22" });
	});

	it("records notices without a DOM; DOM-only classes explain what is missing", () => {
		new Notice("hello", 0);
		expect(noticeMessages()).toEqual(["hello"]);
		resetFakeObsidian();
		const app = createFakeApp();
		expect(() => app.workspace.getRightLeaf(false)).toThrow(/happy-dom/);
	});
});
