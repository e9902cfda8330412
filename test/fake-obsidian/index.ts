/**
 * A fake `obsidian` module for tests and the browser preview: the real API's names, signatures
 * and behaviour (as far as the fake goes) over an in-memory vault. vitest aliases `obsidian` to
 * this file; TypeScript still type-checks plugin code against the real obsidian.d.ts.
 *
 * Test-only helpers are exported too (see testing.ts, notice.ts, menu.ts, modal.ts); import them
 * from this file's path, not from "obsidian".
 */
import { installDomHelpers, installLanguageHelpers } from "./dom";

installLanguageHelpers();
if (typeof window !== "undefined" && typeof document !== "undefined") installDomHelpers(window as Window & typeof globalThis);

export { App, RenderContext, SecretStorage } from "./app";
export { Component } from "./component";
export { Events } from "./events";
export type { FakeEventRef as EventRef } from "./events";
export { FileManager } from "./file-manager";
export { TAbstractFile, TFile, TFolder } from "./files";
export { MetadataCache } from "./metadata-cache";
export { FakeDataAdapter, Vault } from "./vault";
export { Workspace, WorkspaceContainer, WorkspaceFloating, WorkspaceItem, WorkspaceLeaf, WorkspaceMobileDrawer, WorkspaceParent, WorkspaceRibbon, WorkspaceRoot, WorkspaceSidedock, WorkspaceSplit, WorkspaceTabs, WorkspaceWindow } from "./workspace";
export { DeferredView, EditableFileView, EmptyView, FileView, HoverPopover, ItemView, MarkdownRenderChild, MarkdownRenderer, MarkdownView, TextFileView, View } from "./view";
export { FakeEditor, FakeEditor as Editor } from "./editor";
export { Plugin } from "./plugin";
export { BasesEntry, BasesEntryGroup, BasesQueryResult, BasesView, BasesViewConfig, QueryController } from "./bases";
export { AbstractInputSuggest, FuzzySuggestModal, Modal, PopoverSuggest, SuggestModal } from "./modal";
export { Notice } from "./notice";
export { Menu, MenuItem, MenuSeparator } from "./menu";
export {
	AbstractTextComponent,
	BaseComponent,
	ButtonComponent,
	ColorComponent,
	DisplayValueComponent,
	DropdownComponent,
	ExtraButtonComponent,
	MomentFormatComponent,
	PluginSettingTab,
	ProgressBarComponent,
	SearchComponent,
	Setting,
	SettingGroup,
	SettingTab,
	SliderComponent,
	TextAreaComponent,
	TextComponent,
	ToggleComponent,
	ValueComponent,
	displayTooltip,
	setTooltip,
} from "./setting";
export { Keymap, Platform, Scope, debounce } from "./platform";
export { addIcon, getIcon, getIconIds, removeIcon, setIcon } from "./icons";
export { getLinkpath, normalizePath, parseLinktext, stripHeading, stripHeadingForLink } from "./paths";
export {
	getFrontMatterInfo,
	parseFrontMatterAliases,
	parseFrontMatterEntry,
	parseFrontMatterStringArray,
	parseFrontMatterTags,
	parseYaml,
	stringifyYaml,
} from "./yaml";
export { prepareFuzzySearch, prepareSimpleSearch, renderMatches, renderResults, sortSearchResults } from "./search";
export {
	Tasks,
	apiVersion,
	arrayBufferToBase64,
	arrayBufferToHex,
	base64ToArrayBuffer,
	finishRenderMath,
	getAllTags,
	getBlobArrayBuffer,
	getLanguage,
	hexToArrayBuffer,
	htmlToMarkdown,
	iterateCacheRefs,
	iterateRefs,
	loadMathJax,
	loadMermaid,
	loadPdfJs,
	loadPrism,
	moment,
	renderMath,
	request,
	requestUrl,
	requireApiVersion,
	resolveSubpath,
	sanitizeHTMLToDom,
} from "./misc";

// ----- test-only helpers (not part of Obsidian's API) ------------------------------------------
export { installDomHelpers, installLanguageHelpers } from "./dom";
export { computeCache } from "./markdown";
export { YAMLParseError } from "./yaml";
export { setPlatform } from "./platform";
export { clearNotices, noticeMessages, notices, type NoticeRecord } from "./notice";
export { clickMenuItem, lastMenu, menuItems, shownMenus } from "./menu";
export { chooseSuggestion, shownSuggestions } from "./modal";
export * from "./testing";
