import type { BasesPropertyId, BasesSortConfig, Value } from "obsidian";
import type { App } from "./app";
import { Component } from "./component";
import type { TFile } from "./files";

/**
 * Obsidian 1.10's Bases API for plugin views, as obsidian.d.ts declares it: `Plugin.registerBasesView`
 * stores a registration (see plugin.ts), and a base that shows the view calls its factory with a
 * `QueryController` and the container below the Bases toolbar; the view reads `data` (the query's
 * rows, `BasesEntry`, each with its `file`), `config` and `app`, and is told of new rows by
 * `onDataUpdated`. The fake runs no query: a test gives the rows (see `openBasesView` in
 * testing.ts). Formulas and property values (`Value`) are not modelled: those members throw,
 * saying so, rather than answer wrongly.
 */

function notModelled(what: string): never {
	throw new Error(`fake obsidian: ${what} is not modelled (Bases values and formulas)`);
}

/** Runs the query and tells the views of new results. The real class has no public member. */
export class QueryController extends Component {
	/** @internal */ _app: App;
	/** @internal */ _config: BasesViewConfig;
	/** @internal */ _result: BasesQueryResult;

	constructor(app: App, config: BasesViewConfig, result: BasesQueryResult) {
		super();
		this._app = app;
		this._config = config;
		this._result = result;
	}
}

/** One row of a base: a file. */
export class BasesEntry {
	file: TFile;

	constructor(file: TFile) {
		this.file = file;
	}

	getValue(propertyId: BasesPropertyId): Value | null {
		return notModelled(`BasesEntry.getValue("${propertyId}")`);
	}
}

/** The rows for one value of the groupBy key (the fake never groups: one group, no key). */
export class BasesEntryGroup {
	key?: Value;
	entries: BasesEntry[];

	constructor(entries: BasesEntry[]) {
		this.entries = entries;
	}

	hasKey(): boolean {
		return this.key !== undefined;
	}
}

export class BasesQueryResult {
	data: BasesEntry[];

	constructor(data: BasesEntry[]) {
		this.data = data;
	}

	get groupedData(): BasesEntryGroup[] {
		return [new BasesEntryGroup(this.data)];
	}

	get properties(): BasesPropertyId[] {
		return [];
	}

	getSummaryValue(queryController: QueryController, entries: BasesEntry[], prop: BasesPropertyId, summaryKey: string): Value {
		void queryController;
		void entries;
		return notModelled(`BasesQueryResult.getSummaryValue("${prop}", "${summaryKey}")`);
	}
}

/** One entry of the `views` section of a base file: its name, and options a view stores. */
export class BasesViewConfig {
	name: string;
	/** @internal */ _values = new Map<string, unknown>();

	constructor(name: string) {
		this.name = name;
	}

	get(key: string): unknown {
		return this._values.get(key);
	}

	getAsPropertyId(key: string): BasesPropertyId | null {
		const value = this._values.get(key);
		return typeof value === "string" && /^(note|formula|file)\.\S/.test(value) ? (value as BasesPropertyId) : null;
	}

	getEvaluatedFormula(view: BasesView, key: string): Value {
		void view;
		return notModelled(`BasesViewConfig.getEvaluatedFormula("${key}")`);
	}

	set(key: string, value: any | null): void {
		if (value === null) this._values.delete(key);
		else this._values.set(key, value);
	}

	getOrder(): BasesPropertyId[] {
		return [];
	}

	getSort(): BasesSortConfig[] {
		return [];
	}

	getDisplayName(propertyId: BasesPropertyId): string {
		return propertyId.slice(propertyId.indexOf(".") + 1);
	}
}

/** What a plugin's Bases view extends. */
export abstract class BasesView extends Component {
	abstract type: string;
	app: App;
	config: BasesViewConfig;
	allProperties: BasesPropertyId[] = [];
	data: BasesQueryResult;

	protected constructor(controller: QueryController) {
		super();
		this.app = controller._app;
		this.config = controller._config;
		this.data = controller._result;
	}

	abstract onDataUpdated(): void;

	createFileForView(baseFileName?: string, frontmatterProcessor?: (frontmatter: any) => void): Promise<void> {
		void baseFileName;
		void frontmatterProcessor;
		return Promise.reject(new Error("fake obsidian: createFileForView is not modelled"));
	}
}

