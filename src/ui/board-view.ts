import * as obsidian from "obsidian";
import type { Plugin } from "obsidian";
import type { PluginHost } from "../plugin-host";
import { PipelineBoard } from "./pipeline-board";

/**
 * The pipeline board as a Bases view (Obsidian 1.10 and later). The plugin's
 * minAppVersion is older, so everything here is feature-detected: without
 * `Plugin.registerBasesView` (or the `BasesView` class) there is no board and
 * nothing else changes. The class extending `BasesView` is built inside
 * `registerPipelineBoard`, never at module load, because `extends` of a class
 * an older Obsidian lacks would stop the plugin from loading at all. The part
 * of the Bases API used is declared here (copied from obsidian.d.ts 1.10),
 * since the typings of the minAppVersion have none of it.
 */

/** The view's id in base files (`type:` of a view). */
export const BOARD_VIEW_ID = "informational-interviews-board";

interface BasesViewApi {
	/** The query's rows; replaced before each `onDataUpdated`. */
	data: { data: readonly { file: { path: string } }[] };
	register(cb: () => unknown): void;
}

type BasesViewClass = abstract new (controller: unknown) => BasesViewApi;

interface BasesViewRegistration {
	name: string;
	icon: string;
	factory: (controller: unknown, containerEl: HTMLElement) => BasesViewApi;
}

interface BasesHost {
	/** False when the vault has Bases turned off. */
	registerBasesView(viewId: string, registration: BasesViewRegistration): boolean;
}

/** Registers the board where the running Obsidian has Bases views; true when it did. */
export function registerPipelineBoard(plugin: Plugin & PluginHost): boolean {
	// Only the local declaration: the newest typings' own (with their classes) would not match it.
	const host = plugin as unknown as Partial<BasesHost>;
	const Base = (obsidian as unknown as { BasesView?: BasesViewClass }).BasesView;
	if (typeof host.registerBasesView !== "function" || typeof Base !== "function") return false;
	const Board = boardViewClass(Base, plugin);
	return host.registerBasesView(BOARD_VIEW_ID, {
		name: "Pipeline board",
		icon: "square-kanban",
		factory: (controller, containerEl) => new Board(controller, containerEl),
	});
}

function boardViewClass(Base: BasesViewClass, host: PluginHost) {
	return class PipelineBoardView extends Base {
		readonly type = BOARD_VIEW_ID;
		private readonly board: PipelineBoard;

		constructor(controller: unknown, containerEl: HTMLElement) {
			super(controller);
			this.board = new PipelineBoard(host, containerEl);
		}

		onload(): void {
			// The cards come from the plugin's index: show its changes too (a move, an edit elsewhere).
			this.register(host.live.onChange(() => this.board.render()));
		}

		/** Bases has new rows (a note of the base changed, the filters changed). */
		onDataUpdated(): void {
			this.board.render(this.data.data.map((entry) => entry.file.path));
		}
	};
}
