/**
 * Compile-time only (never imported at run time): keeps the fake faithful to obsidian.d.ts.
 * - every public member of the real classes below exists on the fake class (names);
 * - free functions and `Platform` have exactly the real signatures.
 * Whole-class assignability cannot be checked: the fake's classes reference each other (fake
 * TFile, fake App…) and carry internal `_` members, which TypeScript compares structurally.
 * `npx tsc --noEmit -p .` reports any drift here.
 */
import type * as Real from "obsidian";
import type * as Fake from "./index";

/** Fails to compile, naming the members, when `Missing` is not `never`. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the type parameter is the check: it must be `never`
declare function noneMissing<Missing extends never>(): void;
type MissingMembers<R, F> = Exclude<keyof R, keyof F>;

noneMissing<MissingMembers<Real.TAbstractFile, Fake.TAbstractFile>>();
noneMissing<MissingMembers<Real.TFile, Fake.TFile>>();
noneMissing<MissingMembers<Real.TFolder, Fake.TFolder>>();
noneMissing<MissingMembers<Real.Vault, Fake.Vault>>();
noneMissing<MissingMembers<Real.DataAdapter, Fake.FakeDataAdapter>>();
noneMissing<MissingMembers<Real.MetadataCache, Fake.MetadataCache>>();
noneMissing<MissingMembers<Real.FileManager, Fake.FileManager>>();
noneMissing<MissingMembers<Real.App, Fake.App>>();
noneMissing<MissingMembers<Real.Workspace, Fake.Workspace>>();
noneMissing<MissingMembers<Real.WorkspaceLeaf, Fake.WorkspaceLeaf>>();
noneMissing<MissingMembers<Real.WorkspaceSidedock, Fake.WorkspaceSidedock>>();
noneMissing<MissingMembers<Real.WorkspaceMobileDrawer, Fake.WorkspaceMobileDrawer>>();
noneMissing<MissingMembers<Real.View, Fake.View>>();
noneMissing<MissingMembers<Real.ItemView, Fake.ItemView>>();
noneMissing<MissingMembers<Real.FileView, Fake.FileView>>();
noneMissing<MissingMembers<Real.TextFileView, Fake.TextFileView>>();
noneMissing<MissingMembers<Real.MarkdownView, Fake.MarkdownView>>();
noneMissing<MissingMembers<Real.Editor, Fake.FakeEditor>>();
noneMissing<MissingMembers<Real.Component, Fake.Component>>();
noneMissing<MissingMembers<Real.Events, Fake.Events>>();
noneMissing<MissingMembers<Real.Plugin, Fake.Plugin>>();
noneMissing<MissingMembers<Real.Modal, Fake.Modal>>();
noneMissing<MissingMembers<Real.SuggestModal<string>, Fake.SuggestModal<string>>>();
noneMissing<MissingMembers<Real.FuzzySuggestModal<string>, Fake.FuzzySuggestModal<string>>>();
noneMissing<MissingMembers<Real.AbstractInputSuggest<string>, Fake.AbstractInputSuggest<string>>>();
noneMissing<MissingMembers<Real.Notice, Fake.Notice>>();
noneMissing<MissingMembers<Real.Menu, Fake.Menu>>();
noneMissing<MissingMembers<Real.MenuItem, Fake.MenuItem>>();
noneMissing<MissingMembers<Real.Setting, Fake.Setting>>();
noneMissing<MissingMembers<Real.SettingGroup, Fake.SettingGroup>>();
noneMissing<MissingMembers<Real.SettingTab, Fake.SettingTab>>();
noneMissing<MissingMembers<Real.PluginSettingTab, Fake.PluginSettingTab>>();
noneMissing<MissingMembers<Real.TextComponent, Fake.TextComponent>>();
noneMissing<MissingMembers<Real.TextAreaComponent, Fake.TextAreaComponent>>();
noneMissing<MissingMembers<Real.SearchComponent, Fake.SearchComponent>>();
noneMissing<MissingMembers<Real.ToggleComponent, Fake.ToggleComponent>>();
noneMissing<MissingMembers<Real.DropdownComponent, Fake.DropdownComponent>>();
noneMissing<MissingMembers<Real.SliderComponent, Fake.SliderComponent>>();
noneMissing<MissingMembers<Real.ButtonComponent, Fake.ButtonComponent>>();
noneMissing<MissingMembers<Real.ExtraButtonComponent, Fake.ExtraButtonComponent>>();
noneMissing<MissingMembers<Real.ColorComponent, Fake.ColorComponent>>();
noneMissing<MissingMembers<Real.ProgressBarComponent, Fake.ProgressBarComponent>>();
noneMissing<MissingMembers<Real.MomentFormatComponent, Fake.MomentFormatComponent>>();
noneMissing<MissingMembers<Real.Keymap, Fake.Keymap>>();
noneMissing<MissingMembers<typeof Real.Keymap, typeof Fake.Keymap>>();
noneMissing<MissingMembers<Real.Scope, Fake.Scope>>();
noneMissing<MissingMembers<typeof Real.Platform, typeof Fake.Platform>>();
noneMissing<MissingMembers<Real.Tasks, Fake.Tasks>>();
noneMissing<MissingMembers<Real.BasesView, Fake.BasesView>>();
noneMissing<MissingMembers<Real.BasesEntry, Fake.BasesEntry>>();
noneMissing<MissingMembers<Real.BasesEntryGroup, Fake.BasesEntryGroup>>();
noneMissing<MissingMembers<Real.BasesQueryResult, Fake.BasesQueryResult>>();
noneMissing<MissingMembers<Real.BasesViewConfig, Fake.BasesViewConfig>>();
noneMissing<MissingMembers<Real.QueryController, Fake.QueryController>>();

declare function same<R>(fake: R): void;
same<typeof Real.normalizePath>(null as unknown as typeof Fake.normalizePath);
same<typeof Real.debounce>(null as unknown as typeof Fake.debounce);
same<typeof Real.setIcon>(null as unknown as typeof Fake.setIcon);
same<typeof Real.getIcon>(null as unknown as typeof Fake.getIcon);
same<typeof Real.Platform>(null as unknown as typeof Fake.Platform);
same<typeof Real.getFrontMatterInfo>(null as unknown as typeof Fake.getFrontMatterInfo);
same<typeof Real.parseLinktext>(null as unknown as typeof Fake.parseLinktext);
same<typeof Real.getLinkpath>(null as unknown as typeof Fake.getLinkpath);
same<typeof Real.parseYaml>(null as unknown as typeof Fake.parseYaml);
same<typeof Real.stringifyYaml>(null as unknown as typeof Fake.stringifyYaml);
same<typeof Real.Keymap.isModEvent>(null as unknown as typeof Fake.Keymap.isModEvent);
same<typeof Real.Keymap.isModifier>(null as unknown as typeof Fake.Keymap.isModifier);
same<typeof Real.prepareFuzzySearch>(null as unknown as typeof Fake.prepareFuzzySearch);
same<typeof Real.prepareSimpleSearch>(null as unknown as typeof Fake.prepareSimpleSearch);
same<typeof Real.sanitizeHTMLToDom>(null as unknown as typeof Fake.sanitizeHTMLToDom);
same<typeof Real.requireApiVersion>(null as unknown as typeof Fake.requireApiVersion);
same<typeof Real.parseFrontMatterStringArray>(null as unknown as typeof Fake.parseFrontMatterStringArray);
same<typeof Real.getAllTags>(null as unknown as typeof Fake.getAllTags);
