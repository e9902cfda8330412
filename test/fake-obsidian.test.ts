// @vitest-environment happy-dom
import {
	BasesView,
	debounce,
	FuzzySuggestModal,
	ItemView,
	Keymap,
	MarkdownView,
	Menu,
	Modal,
	normalizePath,
	Notice,
	Platform,
	Plugin,
	PluginSettingTab,
	QueryController,
	Setting,
	TFile,
	TFolder,
	type App,
	type CachedMetadata,
	type SettingDefinitionItem,
	type TAbstractFile,
	type WorkspaceLeaf,
} from "obsidian";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
	addDeferredLeaf,
	basesViewIds,
	openBasesView,
	setBasesEnabled,
	useObsidianWithoutNewerPluginApis,
	chooseSuggestion,
	clickMenuItem,
	createFakeApp,
	displaySettingTab,
	fileContent,
	getFile,
	getPluginData,
	isCommandAvailable,
	lastMenu,
	loadPlugin,
	menuItems,
	noticeMessages,
	openModals,
	resetFakeObsidian,
	runCommand,
	useObsidianBefore113,
	setPlatform,
	setSideLeafAvailable,
	settle,
	triggerLayoutReady,
} from "./fake-obsidian";

afterEach(() => {
	vi.useRealTimers();
	resetFakeObsidian();
});

const CONTACT = `---
type: contact
organization: "[[Acme]]"
field: UX research
last-contact: 2026-01-05
tags: [a, b]
---
# Jane Doe

Body text with a [[Acme|link]].
   trailing spaces and a tab\t
no final newline`;

describe("normalizePath", () => {
	it("follows Obsidian's rules", () => {
		expect(normalizePath("\\Folder//Sub\\\\note.md/")).toBe("Folder/Sub/note.md");
		expect(normalizePath("a\u00A0b/c\u202Fd")).toBe("a b/c d");
		expect(normalizePath("Cafe\u0301.md")).toBe("Caf\u00e9.md");
		expect(normalizePath("")).toBe("/");
		expect(normalizePath("///")).toBe("/");
	});
});

describe("vault", () => {
	it("seeds files and folders and looks them up strictly", () => {
		const app = createFakeApp({ "People/Jane.md": "x", "top.md": "y", "img/pic.png": "z" });
		const file = app.vault.getAbstractFileByPath("People/Jane.md");
		expect(file).toBeInstanceOf(TFile);
		const f = file as TFile;
		expect([f.path, f.name, f.basename, f.extension]).toEqual(["People/Jane.md", "Jane.md", "Jane", "md"]);
		expect(f.parent).toBeInstanceOf(TFolder);
		expect(f.parent?.path).toBe("People");
		expect(f.vault).toBe(app.vault);
		expect(app.vault.getFolderByPath("People")?.children).toContain(f);
		expect(app.vault.getFileByPath("People")).toBeNull();
		expect(app.vault.getAbstractFileByPath("people/jane.md")).toBeNull();
		expect(app.vault.getMarkdownFiles().map((x) => x.path).sort()).toEqual(["People/Jane.md", "top.md"]);
		expect(app.vault.getFiles()).toHaveLength(3);
		expect(app.vault.getRoot().isRoot()).toBe(true);
	});

	it("fires create, modify, rename(file, oldPath) and delete in order, before the promise resolves", async () => {
		const app = createFakeApp({ "A/x.md": "one" });
		const log: string[] = [];
		app.vault.on("create", (f: TAbstractFile) => log.push(`create ${f.path}`));
		app.vault.on("modify", (f: TAbstractFile) => log.push(`modify ${f.path}`));
		app.vault.on("rename", (f: TAbstractFile, old: string) => log.push(`rename ${old} -> ${f.path}`));
		app.vault.on("delete", (f: TAbstractFile) => log.push(`delete ${f.path}`));

		const created = await app.vault.create("A/y.md", "hello");
		log.push("created");
		await app.vault.modify(created, "hello again");
		log.push("modified");
		await app.vault.rename(created, "A/z.md");
		log.push("renamed");
		await app.vault.delete(created);
		log.push("deleted");
		expect(log).toEqual(["create A/y.md", "created", "modify A/y.md", "modified", "rename A/y.md -> A/z.md", "renamed", "delete A/z.md", "deleted"]);
		expect(created.path).toBe("A/z.md");
	});

	it("offref detaches a handler", async () => {
		const app = createFakeApp();
		const seen: string[] = [];
		const ref = app.vault.on("create", (f: TAbstractFile) => seen.push(f.path));
		await app.vault.create("a.md", "");
		app.vault.offref(ref);
		await app.vault.create("b.md", "");
		expect(seen).toEqual(["a.md"]);
	});

	it("refuses what Obsidian refuses", async () => {
		const app = createFakeApp({ "A/x.md": "one" });
		await expect(app.vault.create("A/x.md", "")).rejects.toThrow("File already exists.");
		await expect(app.vault.create("a/X.md", "")).rejects.toThrow("File already exists.");
		await expect(app.vault.create("Missing/y.md", "")).rejects.toThrow(/ENOENT/);
		await expect(app.vault.createFolder("A")).rejects.toThrow("Folder already exists.");
		await expect(app.vault.rename(getFile(app, "A/x.md"), "Nope/x.md")).rejects.toThrow(/ENOENT/);
		await expect(app.vault.create("A//bad.md", "")).rejects.toThrow(/normalizePath/);
		const folder = await app.vault.createFolder("New/Deep");
		expect(folder.path).toBe("New/Deep");
		expect(app.vault.getFolderByPath("New")).not.toBeNull();
		await expect(app.vault.delete(app.vault.getFolderByPath("A") as TFolder)).rejects.toThrow(/ENOTEMPTY/);
		expect(await app.vault.adapter.exists("a/x.md")).toBe(true);
		expect(await app.vault.adapter.exists("a/x.md", true)).toBe(false);
		expect(app.vault.configDir).toBe(".obsidian");
		expect(app.vault.getName()).toBe("Fake Vault");
	});

	it("renames a folder with its children, one rename event each", async () => {
		const app = createFakeApp({ "A/x.md": "1", "A/B/y.md": "2" });
		const renames: [string, string][] = [];
		app.vault.on("rename", (f: TAbstractFile, old: string) => renames.push([old, f.path]));
		await app.vault.rename(app.vault.getFolderByPath("A") as TFolder, "C");
		expect(renames).toEqual([
			["A", "C"],
			["A/x.md", "C/x.md"],
			["A/B", "C/B"],
			["A/B/y.md", "C/B/y.md"],
		]);
		expect(await app.vault.read(getFile(app, "C/B/y.md"))).toBe("2");
		expect(app.vault.getAbstractFileByPath("A/x.md")).toBeNull();
	});

	it("process reads, changes and writes atomically", async () => {
		const app = createFakeApp({ "n.md": "Hello" });
		const out = await app.vault.process(getFile(app, "n.md"), (s) => s.replace("Hello", "World"));
		expect(out).toBe("World");
		expect(fileContent(app, "n.md")).toBe("World");
	});
});

describe("metadata cache", () => {
	it("parses frontmatter like Obsidian: dates stay strings, unquoted [[X]] is a nested list", () => {
		const app = createFakeApp({
			"c.md": "---\ndate: 2026-11-22\nwhen: 2026-11-22T10:30\ncontact: [[Jane Doe]]\nquoted: \"[[Jane Doe|Jane]]\"\nn: 3\nyes: yes\n---\nbody",
		});
		const cache = app.metadataCache.getFileCache(getFile(app, "c.md")) as CachedMetadata;
		expect(cache.frontmatter).toEqual({ date: "2026-11-22", when: "2026-11-22T10:30", contact: [["Jane Doe"]], quoted: "[[Jane Doe|Jane]]", n: 3, yes: "yes" });
		expect(cache.frontmatterPosition).toEqual({ start: { line: 0, col: 0, offset: 0 }, end: { line: 7, col: 3, offset: 111 } });
		expect(cache.frontmatterLinks).toEqual([{ key: "quoted", link: "Jane Doe", original: "[[Jane Doe|Jane]]", displayText: "Jane" }]);
		expect(cache.sections?.[0]?.type).toBe("yaml");
	});

	it("broken YAML: no frontmatter, but a frontmatterPosition; ---js: no frontmatter at all", () => {
		const app = createFakeApp({
			"bad.md": "---\ntype: contact\nname: a: b\n---\nbody",
			"dup.md": "---\na: 1\na: 2\n---\n",
			"js.md": "---js\n{ type: 'contact' }\n---\nbody",
			"unclosed.md": "---\ntype: contact\n",
			"plain.md": "# Title\n\nSee [[Other]] and #tag.",
		});
		const get = (p: string) => app.metadataCache.getFileCache(getFile(app, p)) as CachedMetadata;
		expect(get("bad.md").frontmatter).toBeUndefined();
		expect(get("bad.md").frontmatterPosition?.end.line).toBe(3);
		expect(get("dup.md").frontmatter).toBeUndefined();
		expect(get("dup.md").frontmatterPosition).toBeDefined();
		expect(get("js.md").frontmatter).toBeUndefined();
		expect(get("js.md").frontmatterPosition).toBeUndefined();
		expect(get("unclosed.md").frontmatterPosition).toBeUndefined();
		const plain = get("plain.md");
		expect(plain.headings?.[0]).toMatchObject({ heading: "Title", level: 1 });
		expect(plain.links?.[0]).toMatchObject({ link: "Other", original: "[[Other]]", displayText: "Other" });
		expect(plain.tags?.[0]?.tag).toBe("#tag");
		expect(app.metadataCache.resolvedLinks["plain.md"]).toEqual({});
		expect(app.metadataCache.unresolvedLinks["plain.md"]).toEqual({ Other: 1 });
	});

	it("fires changed asynchronously after create/modify, returns the stale cache until then, never on rename", async () => {
		const app = createFakeApp({ "n.md": "---\nstatus: requested\n---\n" });
		const file = getFile(app, "n.md");
		const events: string[] = [];
		app.metadataCache.on("changed", (f: TFile, data: string, cache: CachedMetadata) => events.push(`changed ${f.path} ${String(cache.frontmatter?.status)} ${data.length}`));
		app.metadataCache.on("resolved", () => events.push("resolved"));
		app.vault.on("modify", () => events.push("vault modify"));

		await app.vault.modify(file, "---\nstatus: done\n---\n");
		expect(events).toEqual(["vault modify"]);
		expect(app.metadataCache.getFileCache(file)?.frontmatter?.status).toBe("requested"); // stale, like Obsidian
		await settle(app);
		expect(events).toEqual(["vault modify", "changed n.md done 21", "resolved"]);
		expect(app.metadataCache.getFileCache(file)?.frontmatter?.status).toBe("done");

		const created = await app.vault.create("new.md", "---\ntype: contact\n---\n");
		expect(app.metadataCache.getFileCache(created)).toBeNull();
		await settle(app);
		expect(app.metadataCache.getFileCache(created)?.frontmatter).toEqual({ type: "contact" });

		events.length = 0;
		await app.vault.rename(file, "m.md");
		await settle(app);
		expect(events.filter((e) => e.startsWith("changed"))).toEqual([]);
		expect(events).toContain("resolved");
		expect(app.metadataCache.getFileCache(file)?.frontmatter?.status).toBe("done");
		expect(app.metadataCache.getCache("n.md")).toBeNull();

		events.length = 0;
		await app.vault.modify(created, "---\ntype: contact\n---\n"); // same content: no changed
		await settle(app);
		expect(events).toEqual(["vault modify"]);
	});

	it("also fires changed on a real timer (setTimeout 0)", async () => {
		const app = createFakeApp({ "n.md": "a" });
		const changed = new Promise<string>((resolve) => app.metadataCache.on("changed", (_f: TFile, data: string) => resolve(data)));
		await app.vault.modify(getFile(app, "n.md"), "b");
		await expect(changed).resolves.toBe("b");
	});

	it("fires deleted(file, prevCache) before plugins' vault delete handlers", async () => {
		const app = createFakeApp({ "n.md": "---\ntype: interview\n---\n" });
		const log: string[] = [];
		app.vault.on("delete", (f: TAbstractFile) => log.push(`vault delete ${f.path} cache=${String(app.metadataCache.getCache(f.path))}`));
		app.metadataCache.on("deleted", (f: TFile, prev: CachedMetadata | null) => log.push(`deleted ${f.path} ${String(prev?.frontmatter?.type)}`));
		await app.vault.delete(getFile(app, "n.md"));
		expect(log).toEqual(["deleted n.md interview", "vault delete n.md cache=null"]);
	});

	it("a byte-order mark before the opening fence is skipped; the text keeps it", async () => {
		const app = createFakeApp({ "bom.md": "\uFEFF---\r\ntype: contact\r\n---\r\nbody" });
		const file = getFile(app, "bom.md");
		const cache = app.metadataCache.getFileCache(file) as CachedMetadata;
		expect(cache.frontmatter).toEqual({ type: "contact" });
		expect(cache.frontmatterPosition).toEqual({ start: { line: 0, col: 0, offset: 0 }, end: { line: 2, col: 3, offset: 24 } });
		expect(await app.vault.read(file)).toMatch(/^\uFEFF---/);
	});

	it("can model broken YAML that keeps no frontmatterPosition: the first section is still yaml", () => {
		const app = createFakeApp({ "bad.md": "---\ntype: contact\nname: a: b\n---\nbody" }, { positionOnBrokenYaml: false });
		const cache = app.metadataCache.getFileCache(getFile(app, "bad.md")) as CachedMetadata;
		expect(cache.frontmatter).toBeUndefined();
		expect(cache.frontmatterPosition).toBeUndefined();
		expect(cache.sections?.[0]).toMatchObject({ type: "yaml", position: { end: { line: 3 } } });
	});

	it("a cold start: layout ready with part of the cache empty, then changed for each, then one resolved", async () => {
		const app = createFakeApp({ "a.md": "---\nn: 1\n---\n", "b.md": "---\nn: 2\n---\n", "c.md": "---\nn: 3\n---\n" });
		const log: string[] = [];
		class Watcher extends Plugin {
			override onload(): void {
				this.registerEvent(this.app.metadataCache.on("changed", (f: TFile) => log.push(`changed ${f.path}`)));
				this.registerEvent(this.app.metadataCache.on("resolved", () => log.push("resolved")));
				this.app.workspace.onLayoutReady(() => {
					const cached = this.app.vault.getMarkdownFiles().filter((f) => this.app.metadataCache.getFileCache(f) !== null);
					log.push(`layout ready: ${cached.map((f) => f.path).sort().join(" ")}`);
				});
			}
		}
		await loadPlugin(Watcher, app, { coldStart: true });
		expect(log).toEqual(["layout ready: a.md c.md", "changed b.md", "resolved"]);
		expect(app.metadataCache.getFileCache(getFile(app, "b.md"))?.frontmatter).toEqual({ n: 2 });

		// Cold, as the Tasks plugin's source describes it: no changed for the notes read late.
		log.length = 0;
		const quiet = createFakeApp({ "a.md": "", "b.md": "---\nn: 2\n---\n" });
		await loadPlugin(Watcher, quiet, { coldStart: true, coldStartEvents: false });
		expect(log).toEqual(["layout ready: a.md", "resolved"]);
		expect(quiet.metadataCache.getFileCache(getFile(quiet, "b.md"))?.frontmatter).toEqual({ n: 2 });

		// A warm start: resolved before layout ready, every note cached, no changed.
		log.length = 0;
		await loadPlugin(Watcher, createFakeApp({ "a.md": "", "b.md": "" }));
		expect(log).toEqual(["resolved", "layout ready: a.md b.md"]);
	});

	it("resolves link paths like Obsidian", () => {
		const app = createFakeApp({
			"People/Jane Doe.md": "",
			"Archive/Old/Jane Doe.md": "",
			"Notes/Src.md": "",
			"Notes/Local.md": "",
			"Other/Local.md": "",
			"pic.png": "",
		});
		const dest = (l: string, src = "Notes/Src.md") => app.metadataCache.getFirstLinkpathDest(l, src)?.path ?? null;
		expect(dest("jane doe")).toBe("People/Jane Doe.md"); // case-insensitive, shortest path wins
		expect(dest("Old/Jane Doe")).toBe("Archive/Old/Jane Doe.md"); // a path suffix
		expect(dest("Archive/Old/Jane Doe.md")).toBe("Archive/Old/Jane Doe.md");
		expect(dest("Local")).toBe("Notes/Local.md"); // same folder as the source first
		expect(dest("./Local")).toBe("Notes/Local.md");
		expect(dest("../Other/Local")).toBe("Other/Local.md");
		expect(dest("pic.png")).toBe("pic.png");
		expect(dest("Nobody")).toBeNull();
		expect(dest("")).toBe("Notes/Src.md");
		expect(app.metadataCache.fileToLinktext(getFile(app, "Notes/Src.md"), "")).toBe("Src");
		expect(app.metadataCache.fileToLinktext(getFile(app, "People/Jane Doe.md"), "")).toBe("People/Jane Doe");
	});
});

describe("fileManager.processFrontMatter", () => {
	it("throws on broken YAML and leaves the note untouched", async () => {
		const bad = "---\ntype: interview\ndate: [2026-01-01\n---\nBody\n";
		const app = createFakeApp({ "bad.md": bad });
		const modified = vi.fn();
		app.vault.on("modify", modified);
		const fn = vi.fn();
		await expect(app.fileManager.processFrontMatter(getFile(app, "bad.md"), fn)).rejects.toMatchObject({ name: "YAMLParseError" });
		expect(fn).not.toHaveBeenCalled();
		expect(modified).not.toHaveBeenCalled();
		expect(fileContent(app, "bad.md")).toBe(bad);
	});

	it("rewrites the frontmatter block in Obsidian's style and keeps the body byte for byte", async () => {
		const app = createFakeApp({ "Jane.md": CONTACT });
		const file = getFile(app, "Jane.md");
		const seen: unknown[] = [];
		const events: string[] = [];
		app.vault.on("modify", () => events.push("modify"));
		app.metadataCache.on("changed", () => events.push("changed"));
		await app.fileManager.processFrontMatter(file, (fm) => {
			seen.push(fm["last-contact"]);
			fm["last-contact"] = "2026-11-22";
			fm.referrals = ["[[Bob]]", "[[Carol]]"];
		});
		expect(seen).toEqual(["2026-01-05"]);
		const text = fileContent(app, "Jane.md") as string;
		expect(text).toBe(`---
type: contact
organization: "[[Acme]]"
field: UX research
last-contact: 2026-11-22
tags:
  - a
  - b
referrals:
  - "[[Bob]]"
  - "[[Carol]]"
---
# Jane Doe

Body text with a [[Acme|link]].
   trailing spaces and a tab\t
no final newline`);
		const bodyOf = (s: string) => s.slice(s.indexOf("\n---\n") + 1);
		expect(bodyOf(text)).toBe(bodyOf(CONTACT));
		expect(events).toEqual(["modify"]);
		await settle(app);
		expect(events).toEqual(["modify", "changed"]);
		expect(app.metadataCache.getFileCache(file)?.frontmatter?.["last-contact"]).toBe("2026-11-22");
	});

	it("adds a frontmatter block to a note without one, and keeps CRLF line endings", async () => {
		const app = createFakeApp({ "plain.md": "Just text\n", "crlf.md": "---\r\na: 1\r\n---\r\nbody\r\n" });
		await app.fileManager.processFrontMatter(getFile(app, "plain.md"), (fm) => {
			fm.type = "contact";
		});
		expect(fileContent(app, "plain.md")).toBe("---\ntype: contact\n---\nJust text\n");
		await app.fileManager.processFrontMatter(getFile(app, "crlf.md"), (fm) => {
			fm.b = 2;
		});
		expect(fileContent(app, "crlf.md")).toBe("---\r\na: 1\r\nb: 2\r\n---\r\nbody\r\n");
	});

	it("renameFile updates links in other notes", async () => {
		const app = createFakeApp({
			"People/Jane.md": "",
			"Int.md": '---\ncontact: "[[Jane]]"\n---\nMet [[Jane|her]] and [[Jane#Notes]].',
		});
		await app.fileManager.renameFile(getFile(app, "People/Jane.md"), "People/Jane Doe.md");
		expect(fileContent(app, "Int.md")).toBe('---\ncontact: "[[Jane Doe]]"\n---\nMet [[Jane Doe|her]] and [[Jane Doe#Notes]].');
		expect(app.fileManager.generateMarkdownLink(getFile(app, "People/Jane Doe.md"), "Int.md", undefined, "J")).toBe("[[Jane Doe|J]]");
	});
});

class TestView extends ItemView {
	opened = 0;
	closed = 0;
	getViewType(): string {
		return "test-view";
	}
	getDisplayText(): string {
		return "Test view";
	}
	protected override async onOpen(): Promise<void> {
		this.opened++;
		this.containerEl.children[1]?.createEl("p", { text: "hello" });
	}
	protected override async onClose(): Promise<void> {
		this.closed++;
	}
}

describe("workspace", () => {
	function appWithView(): App {
		const app = createFakeApp();
		(app as unknown as { _viewRegistry: Map<string, (leaf: WorkspaceLeaf) => TestView> })._viewRegistry.set("test-view", (leaf) => new TestView(leaf));
		return app;
	}

	it("getRightLeaf may return null when a test says so", () => {
		const app = createFakeApp({}, { rightLeafAvailable: false });
		expect(app.workspace.getRightLeaf(false)).toBeNull();
		setSideLeafAvailable(app, "right", true);
		expect(app.workspace.getRightLeaf(false)).not.toBeNull();
		setSideLeafAvailable(app, "left", false);
		expect(app.workspace.getLeftLeaf(false)).toBeNull();
	});

	it("opens a registered view in a sidebar leaf with Obsidian's containerEl layout", async () => {
		const app = appWithView();
		const leaf = app.workspace.getRightLeaf(false) as WorkspaceLeaf;
		expect(leaf.view.getViewType()).toBe("empty");
		await leaf.setViewState({ type: "test-view", active: true });
		const view = leaf.view;
		expect(view).toBeInstanceOf(TestView);
		expect((view as TestView).opened).toBe(1);
		expect(view.containerEl.children[0]?.classList.contains("view-header")).toBe(true);
		expect(view.containerEl.children[1]).toBe((view as TestView).contentEl);
		expect(view.containerEl.children[1]?.textContent).toBe("hello");
		expect(app.workspace.getLeavesOfType("test-view")).toEqual([leaf]);
		expect(app.workspace.activeLeaf).toBe(leaf);
		expect(app.workspace.getActiveViewOfType(TestView)).toBe(view);
		expect(leaf.getViewState()).toMatchObject({ type: "test-view", active: true });
		await expect(app.workspace.revealLeaf(leaf)).resolves.toBeUndefined();
		leaf.detach();
		expect((view as TestView).closed).toBe(1);
		expect(app.workspace.getLeavesOfType("test-view")).toEqual([]);
	});

	it("restored leaves are deferred until revealed", async () => {
		const app = appWithView();
		const leaf = addDeferredLeaf(app, "test-view");
		expect(app.workspace.getLeavesOfType("test-view")).toEqual([leaf]);
		expect(leaf.isDeferred).toBe(true);
		expect(leaf.view).not.toBeInstanceOf(TestView);
		await app.workspace.revealLeaf(leaf);
		expect(leaf.isDeferred).toBe(false);
		expect(leaf.view).toBeInstanceOf(TestView);
	});

	it("ensureSideLeaf reuses the existing leaf", async () => {
		const app = appWithView();
		const a = await app.workspace.ensureSideLeaf("test-view", "right", { active: false });
		const b = await app.workspace.ensureSideLeaf("test-view", "right");
		expect(a).toBe(b);
		expect(app.workspace.rightSplit.collapsed).toBe(false);
	});

	it("opens files and links, fires file-open, tracks the active file", async () => {
		const app = createFakeApp({ "People/Jane.md": "hi", "Src.md": "" });
		const opened: (string | null)[] = [];
		app.workspace.on("file-open", (f: TFile | null) => opened.push(f?.path ?? null));
		await app.workspace.openLinkText("jane", "Src.md", false);
		expect(opened).toEqual(["People/Jane.md"]);
		expect(app.workspace.getActiveFile()?.path).toBe("People/Jane.md");
		const view = app.workspace.getActiveViewOfType(MarkdownView);
		expect(view?.editor.getValue()).toBe("hi");
		const before = app.workspace.getLeavesOfType("markdown").length;
		await app.workspace.openLinkText("Src", "", "tab");
		expect(app.workspace.getLeavesOfType("markdown").length).toBe(before + 1);
		await app.workspace.openLinkText("Brand new", "Src.md");
		expect(app.vault.getFileByPath("Brand new.md")).not.toBeNull();
		expect(app.workspace.getLastOpenFiles()[0]).toBe("Brand new.md");
	});

	it("onLayoutReady queues until the layout is ready, then runs at once", () => {
		const app = createFakeApp();
		const calls: string[] = [];
		app.workspace.onLayoutReady(() => calls.push("queued"));
		expect(calls).toEqual([]);
		expect(app.workspace.layoutReady).toBe(false);
		triggerLayoutReady(app);
		expect(calls).toEqual(["queued"]);
		app.workspace.onLayoutReady(() => calls.push("immediate"));
		expect(calls).toEqual(["queued", "immediate"]);
	});
});

describe("DOM helpers", () => {
	it("createEl honours DomElementInfo", () => {
		const parent = createDiv({ cls: ["a", "b"] });
		expect(parent.className).toBe("a b");
		const first = parent.createSpan("first");
		const input = parent.createEl("input", { cls: "x y", type: "checkbox", value: "v", placeholder: "p", title: "t", attr: { "data-n": 3, hidden: null, "aria-disabled": true } });
		expect(input.className).toBe("x y");
		expect(input.type).toBe("checkbox");
		expect(input.value).toBe("v");
		expect(input.placeholder).toBe("p");
		expect(input.title).toBe("t");
		expect(input.getAttribute("data-n")).toBe("3");
		expect(input.hasAttribute("hidden")).toBe(false);
		expect(input.getAttribute("aria-disabled")).toBe("true");
		const link = createEl("a", { href: "https://example.com/", text: "<b>not html</b>", parent, prepend: true });
		expect(parent.firstChild).toBe(link);
		expect(link.href).toBe("https://example.com/");
		expect(link.textContent).toBe("<b>not html</b>");
		expect(link.children).toHaveLength(0);
		expect(parent.children[1]).toBe(first);
		let seen: HTMLElement | null = null;
		const div = parent.createDiv({ text: createFragment((f) => f.createEl("strong", { text: "bold" })) }, (el) => (seen = el));
		expect(seen).toBe(div);
		expect(div.innerHTML).toBe("<strong>bold</strong>");
		expect(parent.find("strong")?.textContent).toBe("bold");
		expect(parent.findAll("span, strong")).toHaveLength(2);
	});

	it("class, text and attribute helpers", () => {
		const el = createDiv();
		el.addClass("a", "b");
		el.toggleClass("a", false);
		el.toggleClass(["c", "d"], true);
		expect(el.hasClass("a")).toBe(false);
		expect([el.hasClass("b"), el.hasClass("c"), el.hasClass("d")]).toEqual([true, true, true]);
		el.removeClass("c", "d");
		expect(el.className).toBe("b");
		el.setText("x");
		el.appendText("y");
		expect(el.getText()).toBe("xy");
		el.createSpan();
		el.empty();
		expect(el.childNodes).toHaveLength(0);
		el.setAttrs({ role: "button", tabindex: 0 });
		expect(el.getAttr("tabindex")).toBe("0");
		el.setAttr("role", null);
		expect(el.hasAttribute("role")).toBe(false);
		const child = el.createDiv();
		child.detach();
		expect(child.parentNode).toBeNull();
		el.hide();
		expect(el.style.display).toBe("none");
		el.show();
		expect(el.style.display).toBe("");
	});

	it("onClickEvent takes clicks and middle clicks", () => {
		const el = createDiv();
		const clicks: number[] = [];
		el.onClickEvent((evt) => clicks.push(evt.button));
		el.dispatchEvent(new MouseEvent("click", { button: 0 }));
		el.dispatchEvent(new MouseEvent("auxclick", { button: 1 }));
		el.dispatchEvent(new MouseEvent("auxclick", { button: 2 }));
		expect(clicks).toEqual([0, 1]);
	});
});

describe("debounce", () => {
	beforeEach(() => {
		vi.useFakeTimers();
	});

	it("without resetTimer: runs once, timeout after the FIRST call, with the last arguments", () => {
		const cb = vi.fn();
		const d = debounce(cb, 100);
		d(1);
		vi.advanceTimersByTime(60);
		d(2);
		vi.advanceTimersByTime(40);
		expect(cb).toHaveBeenCalledTimes(1);
		expect(cb).toHaveBeenLastCalledWith(2);
	});

	it("with resetTimer: runs timeout after the LAST call", () => {
		const cb = vi.fn();
		const d = debounce(cb, 100, true);
		d(1);
		vi.advanceTimersByTime(60);
		d(2);
		vi.advanceTimersByTime(60);
		expect(cb).not.toHaveBeenCalled();
		vi.advanceTimersByTime(40);
		expect(cb).toHaveBeenCalledExactlyOnceWith(2);
	});

	it("cancel drops the pending call; run() runs it now and returns its value", () => {
		const cb = vi.fn((x: number) => x * 2);
		const d = debounce(cb, 100, true);
		expect(d(1)).toBe(d);
		d.cancel();
		vi.advanceTimersByTime(200);
		expect(cb).not.toHaveBeenCalled();
		d(21);
		expect(d.run()).toBe(42);
		vi.advanceTimersByTime(200);
		expect(cb).toHaveBeenCalledTimes(1);
		expect(d.run()).toBeUndefined();
	});
});

describe("Keymap", () => {
	it("isModEvent: Mod-click is 'tab' (Ctrl on Linux/Windows, Cmd on macOS), middle click too", () => {
		expect(Keymap.isModEvent(new MouseEvent("click", { ctrlKey: true }))).toBe("tab");
		expect(Keymap.isModEvent(new MouseEvent("click", { metaKey: true }))).toBe(false);
		expect(Keymap.isModEvent(new MouseEvent("click", { ctrlKey: true, altKey: true }))).toBe("split");
		expect(Keymap.isModEvent(new MouseEvent("click", { ctrlKey: true, altKey: true, shiftKey: true }))).toBe("window");
		expect(Keymap.isModEvent(new MouseEvent("auxclick", { button: 1 }))).toBe("tab");
		expect(Keymap.isModEvent(new MouseEvent("click"))).toBe(false);
		expect(Keymap.isModEvent(null)).toBe(false);
		setPlatform({ isMacOS: true });
		expect(Platform.isMacOS).toBe(true);
		expect(Keymap.isModEvent(new MouseEvent("click", { metaKey: true }))).toBe("tab");
		expect(Keymap.isModEvent(new MouseEvent("click", { ctrlKey: true }))).toBe(false);
	});
});

interface Settings {
	horizon: number;
	pitch: string;
}

class TestPlugin extends Plugin {
	override settings: Settings = { horizon: 14, pitch: "" };
	ready = false;
	creates = 0;
	enabledByUser = false;
	available = false;
	ran: string[] = [];

	override async onload(): Promise<void> {
		this.settings = { horizon: 14, pitch: "", ...((await this.loadData()) as Partial<Settings> | null) };
		this.registerView("test-view", (leaf) => new TestView(leaf));
		this.registerEvent(this.app.vault.on("create", () => this.creates++));
		this.addCommand({
			id: "guarded",
			name: "Guarded",
			checkCallback: (checking) => {
				if (!this.available) return false;
				if (!checking) this.ran.push("guarded");
				return true;
			},
		});
		this.addCommand({ id: "plain", name: "Plain", callback: async () => void this.ran.push("plain") });
		this.addCommand({ id: "edit", name: "Edit", editorCallback: (editor) => editor.replaceSelection("!") });
		this.addRibbonIcon("calendar-clock", "Open follow-ups", () => this.ran.push("ribbon"));
		this.addStatusBarItem().setText("3 follow-ups due");
		this.addSettingTab(new TestSettingTab(this.app, this));
		this.app.workspace.onLayoutReady(() => {
			this.ready = true;
		});
	}

	override onUserEnable(): void {
		this.enabledByUser = true;
	}
}

class TestSettingTab extends PluginSettingTab {
	constructor(
		app: App,
		private readonly owner: TestPlugin,
	) {
		super(app, owner);
	}

	override display(): void {
		this.containerEl.empty();
		new Setting(this.containerEl)
			.setName("Horizon")
			.setDesc("Days ahead")
			.addText((t) =>
				t
					.setPlaceholder("14")
					.setValue(String(this.owner.settings.horizon))
					.onChange(async (v) => {
						this.owner.settings.horizon = Number(v);
						await this.owner.saveData(this.owner.settings);
					}),
			)
			.addToggle((t) => t.setValue(true))
			.addDropdown((d) => d.addOptions({ a: "A", b: "B" }).setValue("b"))
			.addButton((b) => b.setButtonText("Reset").setCta());
	}
}

describe("plugin lifecycle", () => {
	it("loadPlugin: onload, vault-load create events, then layout ready", async () => {
		const app = createFakeApp({ "a.md": "", "F/b.md": "" });
		const plugin = await loadPlugin(TestPlugin, app, { manifest: { id: "ii", name: "II" } });
		expect(plugin.ready).toBe(true);
		expect(plugin.creates).toBe(3); // a.md, F, F/b.md: Obsidian's vault-load events
		expect(plugin.enabledByUser).toBe(false);
		expect(app.workspace.layoutReady).toBe(true);
		expect(document.querySelector(".side-dock-ribbon-action")?.getAttribute("aria-label")).toBe("Open follow-ups");
		expect(document.querySelector(".status-bar-item.plugin-ii")?.textContent).toBe("3 follow-ups due");
		plugin.unload();
		expect(document.querySelector(".side-dock-ribbon-action")).toBeNull();
		await app.vault.create("c.md", "");
		expect(plugin.creates).toBe(3);
	});

	it("userEnable: layout already ready, no vault-load events, then onUserEnable", async () => {
		const app = createFakeApp({ "a.md": "" });
		const plugin = await loadPlugin(TestPlugin, app, { userEnable: true });
		expect([plugin.ready, plugin.creates, plugin.enabledByUser]).toEqual([true, 0, true]);
	});

	it("commands honour checkCallback(checking) and editorCallback", async () => {
		const app = createFakeApp({ "n.md": "text" });
		const plugin = await loadPlugin(TestPlugin, app, { manifest: { id: "ii", name: "II" } });
		const guarded = (app as unknown as { _commands: Map<string, { name: string }> })._commands.get("ii:guarded");
		expect(guarded?.name).toBe("II: Guarded");
		expect(isCommandAvailable(app, "ii:guarded")).toBe(false);
		expect(await runCommand(app, "ii:guarded")).toBe(false);
		expect(plugin.ran).toEqual([]);
		plugin.available = true;
		expect(isCommandAvailable(app, "guarded")).toBe(true);
		expect(await runCommand(app, "guarded")).toBe(true);
		expect(await runCommand(app, "plain")).toBe(true);
		expect(plugin.ran).toEqual(["guarded", "plain"]);
		expect(await runCommand(app, "edit")).toBe(false);
		await app.workspace.getLeaf(false).openFile(getFile(app, "n.md"));
		expect(await runCommand(app, "edit")).toBe(true);
		expect(app.workspace.getActiveViewOfType(MarkdownView)?.editor.getValue()).toBe("!text");
		await expect(runCommand(app, "missing")).rejects.toThrow(/no command/);
	});

	it("loadData survives missing, broken and older data.json; saveData writes JSON", async () => {
		const broken = await loadPlugin(TestPlugin, createFakeApp(), { data: "{ not json", manifest: { id: "ii" } });
		expect(broken.settings).toEqual({ horizon: 14, pitch: "" });
		const older = await loadPlugin(TestPlugin, createFakeApp(), { data: { horizon: 30, removed: true }, manifest: { id: "ii" } });
		expect(older.settings).toMatchObject({ horizon: 30, pitch: "" });
		const app = createFakeApp();
		const plugin = await loadPlugin(TestPlugin, app, { manifest: { id: "ii" } });
		expect(getPluginData(app, "ii")).toBeNull();
		await plugin.saveData({ horizon: 7 });
		expect(JSON.parse(getPluginData(app, "ii") as string)).toEqual({ horizon: 7 });
		expect(await plugin.loadData()).toEqual({ horizon: 7 });
		expect(app.vault.getFiles()).toHaveLength(0);
	});

	it("registering a view type twice throws, as in Obsidian", async () => {
		const plugin = await loadPlugin(TestPlugin);
		expect(() => plugin.registerView("test-view", (leaf) => new TestView(leaf))).toThrow(/existing view type/);
	});

	it("registerBasesView: the view opens in a base with its rows, updates, and is gone after unload; false with Bases off", async () => {
		const app = createFakeApp({ "a.md": "", "b.md": "" });
		const plugin = await loadPlugin(TestPlugin, app, { manifest: { id: "ii" } });
		const seen: string[][] = [];
		class Rows extends BasesView {
			type = "rows";
			constructor(controller: QueryController, readonly el: HTMLElement) {
				super(controller);
			}
			onDataUpdated(): void {
				seen.push(this.data.data.map((e) => e.file.path));
				this.el.setText(`${this.config.name}: ${this.data.groupedData[0]?.entries.length ?? 0}`);
			}
		}
		expect(plugin.registerBasesView("rows", { name: "Rows", icon: "list", factory: (c, el) => new Rows(c, el) })).toBe(true);
		expect(basesViewIds(app)).toEqual(["rows"]);
		const shown = openBasesView(app, "rows", ["b.md", "a.md"], "My view");
		expect(shown.containerEl.textContent).toBe("My view: 2");
		expect(shown.view.app).toBe(app);
		shown.setRows(["a.md"]);
		expect(seen).toEqual([["b.md", "a.md"], ["a.md"]]);
		expect(() => shown.view.data.data[0]?.getValue("note.status")).toThrow(/not modelled/);
		shown.close();
		plugin.unload();
		expect(basesViewIds(app)).toEqual([]);
		const off = createFakeApp();
		setBasesEnabled(off, false);
		const other = await loadPlugin(TestPlugin, off, { manifest: { id: "ii" } });
		expect(other.registerBasesView("rows", { name: "Rows", icon: "list", factory: (c, el) => new Rows(c, el) })).toBe(false);
		useObsidianWithoutNewerPluginApis();
		expect("registerBasesView" in other).toBe(false);
	});

	it("settings tab renders Setting rows with working components", async () => {
		const app = createFakeApp();
		const plugin = await loadPlugin(TestPlugin, app, { manifest: { id: "ii" } });
		const el = displaySettingTab(plugin);
		expect(el.querySelector(".setting-item-name")?.textContent).toBe("Horizon");
		expect(el.querySelector(".setting-item-description")?.textContent).toBe("Days ahead");
		const input = el.querySelector("input[type=text]") as HTMLInputElement;
		expect(input.value).toBe("14");
		expect(input.placeholder).toBe("14");
		input.value = "21";
		input.dispatchEvent(new Event("input"));
		await settle(app);
		expect(plugin.settings.horizon).toBe(21);
		expect(JSON.parse(getPluginData(app, "ii") as string).horizon).toBe(21);
		expect(el.querySelector(".checkbox-container")?.classList.contains("is-enabled")).toBe(true);
		expect((el.querySelector("select") as HTMLSelectElement).value).toBe("b");
		expect(el.querySelector("button.mod-cta")?.textContent).toBe("Reset");
	});
});

describe("declarative settings (Obsidian 1.13)", () => {
	class DeclarativeTab extends PluginSettingTab {
		shown = 0;
		override getSettingDefinitions(): SettingDefinitionItem[] {
			return [{ type: "group", heading: "General", items: [{ name: "Horizon", desc: "Days ahead", render: (s) => void s.addText((t) => t.setValue("14")) }] }];
		}
		override display(): void {
			this.shown++;
		}
	}

	it("renders groups of render rows instead of calling display()", async () => {
		const plugin = await loadPlugin(TestPlugin);
		const tab = new DeclarativeTab(plugin.app, plugin);
		const el = displaySettingTab(tab);
		expect(tab.shown).toBe(0);
		expect(tab.settingItems).toHaveLength(1);
		expect(el.querySelector(".setting-group .setting-item-heading .setting-item-name")?.textContent).toBe("General");
		const row = el.querySelector(".setting-items .setting-item");
		expect(row?.querySelector(".setting-item-name")?.textContent).toBe("Horizon");
		expect(row?.querySelector(".setting-item-description")?.textContent).toBe("Days ahead");
		expect(row?.querySelector("input")?.value).toBe("14");
	});

	it("before 1.13 a tab has no getSettingDefinitions nor update, and display() is called", async () => {
		useObsidianBefore113();
		const plugin = await loadPlugin(TestPlugin);
		const tab = new DeclarativeTab(plugin.app, plugin);
		expect(typeof (PluginSettingTab.prototype as Partial<PluginSettingTab>).update).toBe("undefined");
		displaySettingTab(tab);
		expect(tab.shown).toBe(1);
		resetFakeObsidian();
		expect(typeof PluginSettingTab.prototype.update).toBe("function");
	});
});

describe("UI", () => {
	it("records notices", () => {
		new Notice("Could not update Jane.md");
		new Notice(createFragment((f) => f.appendText("2 follow-ups due")), 0);
		expect(noticeMessages()).toEqual(["Could not update Jane.md", "2 follow-ups due"]);
		expect(document.querySelectorAll(".notice")).toHaveLength(2);
	});

	it("menus are recorded and their items clickable", () => {
		const picked: string[] = [];
		const menu = new Menu();
		menu.addItem((i) => i.setTitle("Tomorrow").setIcon("sun").setSection("snooze").onClick(() => picked.push("tomorrow")));
		menu.addSeparator();
		menu.addItem((i) => i.setTitle("Disabled").setDisabled(true));
		menu.showAtMouseEvent(new MouseEvent("contextmenu", { clientX: 5, clientY: 6 }));
		expect(lastMenu()).toBe(menu);
		expect(menuItems().map((i) => i.title)).toEqual(["Tomorrow", "Disabled"]);
		expect(document.querySelectorAll(".menu .menu-item")).toHaveLength(2);
		clickMenuItem("Tomorrow");
		expect(picked).toEqual(["tomorrow"]);
		expect(document.querySelector(".menu")).toBeNull();
		expect(() => clickMenuItem("Disabled", menu)).toThrow(/disabled/);
	});

	it("modals open into the document and close", () => {
		const app = createFakeApp();
		const events: string[] = [];
		class M extends Modal {
			override onOpen(): void {
				this.setTitle("Pick a date");
				this.contentEl.createEl("input", { type: "date" });
				events.push("open");
			}
			override onClose(): void {
				this.contentEl.empty();
				events.push("close");
			}
		}
		const m = new M(app);
		m.open();
		expect(openModals()).toEqual([m]);
		expect(document.querySelector(".modal-title")?.textContent).toBe("Pick a date");
		document.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape" }));
		expect(events).toEqual(["open", "close"]);
		expect(openModals()).toEqual([]);
		expect(document.querySelector(".modal-container")).toBeNull();
	});

	it("FuzzySuggestModal: a test chooses an item; onClose runs before onChooseItem", async () => {
		const app = createFakeApp();
		const events: string[] = [];
		class Pick extends FuzzySuggestModal<string> {
			getItems(): string[] {
				return ["Jane Doe", "John Smith", "Ada Lovelace"];
			}
			getItemText(item: string): string {
				return item;
			}
			onChooseItem(item: string): void {
				events.push(`chose ${item}`);
			}
			override onClose(): void {
				events.push("close");
			}
		}
		const modal = new Pick(app);
		modal.open();
		const chosen = await chooseSuggestion(modal, 0, "lov");
		expect(chosen.item).toBe("Ada Lovelace");
		expect(events).toEqual(["close", "chose Ada Lovelace"]);
	});
});
