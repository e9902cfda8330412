import { Menu, type App } from "obsidian";
import { openNoteLikeLink } from "./link-clicks";
import { BOARD_COLUMNS, boardCard, moveChange, type BoardCard, type BoardColumn, type ColumnId } from "../domain/board";
import { baseName } from "../domain/links";
import type { Properties } from "../domain/property-change";
import type { FollowUp } from "../domain/types";
import { noticeOnFailure } from "../obsidian/failures";
import type { PluginHost } from "../plugin-host";
import { ScheduleModal, scheduledNotice } from "./schedule-modal";
import { writeWithUndo } from "./undo-notice";

const CLS = "informational-interviews-board";

/** What a rendered card knows: the card, and the note's properties as shown (what a move expects). */
interface Shown {
	card: BoardCard;
	seen: Properties | null;
	/** The card's element, once rendered (a folded column renders none). */
	el?: HTMLElement;
}

/**
 * The pipeline board's content (README: "The pipeline board in Bases"): the
 * rows of a base that are interview notes, as cards in one column per stage,
 * read from the plugin's index. A card moves by drag and drop, or from the
 * keyboard (Shift+Left/Right to the previous or next column, the context menu
 * key or Shift+F10 for any column); each move writes through the conditional
 * write with Undo, as the Follow-ups view does (moveChange in
 * src/domain/board.ts), and to Scheduled opens the Schedule dialog.
 */
export class PipelineBoard {
	private readonly app: App;
	private shown = new Map<string, Shown>();
	/** Folded columns the user opened (kept across renders, not saved). */
	private readonly opened = new Set<ColumnId>();
	/** The card to focus after the next render (the one just moved from the keyboard). */
	private focusPath: string | null = null;
	private rows: readonly string[] = [];

	constructor(
		private readonly host: PluginHost,
		readonly containerEl: HTMLElement,
	) {
		this.app = host.app;
	}

	/** Renders the base's rows (vault paths, in the base's order). */
	render(rows: readonly string[] = this.rows): void {
		this.rows = rows;
		const { live } = this.host;
		const focus = this.focusPath ?? this.focusedPath();
		this.focusPath = null;
		this.containerEl.empty();
		const root = this.containerEl.createDiv({ cls: CLS, attr: { role: "region", "aria-label": "Pipeline board" } });
		if (!live.isStarted) {
			root.createDiv({ cls: `${CLS}-note`, text: "Reading your notes…" });
			return;
		}
		const byColumn = new Map<ColumnId, Shown[]>(BOARD_COLUMNS.map((c) => [c.id, []]));
		const followUps = new Map<string, FollowUp[]>();
		for (const f of live.index.followUps(live.today)) followUps.set(f.note, [...(followUps.get(f.note) ?? []), f]);
		let others = 0;
		this.shown = new Map();
		for (const path of rows) {
			const iv = live.index.get(path);
			const card = iv?.kind === "interview" ? boardCard(iv, this.personOf(path), followUps.get(path) ?? [], live.today) : null;
			if (!card) {
				others++;
				continue;
			}
			const shown: Shown = { card, seen: live.index.propertiesOf(path) };
			byColumn.get(card.column)?.push(shown);
			this.shown.set(path, shown);
		}
		if (others > 0) {
			root.createDiv({ cls: `${CLS}-note`, text: `${others} ${others === 1 ? "note" : "notes"} of this base ${others === 1 ? "is not an interview" : "are not interviews"} (or ${others === 1 ? "has" : "have"} a status the plugin does not know): the board shows interview notes.` });
		}
		const columns = root.createDiv({ cls: `${CLS}-columns` });
		for (const column of BOARD_COLUMNS) this.renderColumn(columns, column, byColumn.get(column.id) ?? []);
		if (focus) this.shown.get(focus)?.el?.focus();
	}

	private personOf(path: string): string {
		const iv = this.host.live.index.get(path);
		if (iv?.kind !== "interview") return baseName(path);
		return this.host.live.index.contactOf(iv)?.name ?? (iv.contact ? baseName(iv.contact.target) : baseName(path));
	}

	private renderColumn(parent: HTMLElement, column: BoardColumn, cards: Shown[]): void {
		const folded = column.folded && !this.opened.has(column.id);
		const section = parent.createEl("section", { cls: `${CLS}-column`, attr: { "data-column": column.id } });
		section.toggleClass("is-folded", folded);
		const header = section.createDiv({ cls: `${CLS}-column-header` });
		if (column.folded) {
			const toggle = header.createEl("button", { cls: `${CLS}-fold`, text: column.name, attr: { "aria-expanded": String(!folded) } });
			toggle.addEventListener("click", () => {
				if (folded) this.opened.add(column.id);
				else this.opened.delete(column.id);
				this.render();
			});
		} else {
			header.createSpan({ cls: `${CLS}-column-name`, text: column.name });
		}
		header.createSpan({ cls: `${CLS}-count`, text: String(cards.length) });
		const list = section.createEl("ul", { cls: `${CLS}-cards`, attr: { "aria-label": column.name } });
		if (column.target) this.acceptDrops(section, column);
		if (folded) return;
		for (const shown of cards) shown.el = this.renderCard(list, shown.card, column);
	}

	private renderCard(list: HTMLElement, card: BoardCard, column: BoardColumn): HTMLElement {
		const label = [card.person, column.name, card.when, card.next, card.problem].filter((x) => x !== null).join(", ");
		const li = list.createEl("li", { cls: `${CLS}-card`, attr: { tabindex: "0", draggable: "true", "data-path": card.path, "aria-label": label } });
		li.createDiv({ cls: `${CLS}-person`, text: card.person });
		if (card.when) li.createDiv({ cls: `${CLS}-when`, text: card.when });
		if (card.next) li.createDiv({ cls: `${CLS}-next`, text: card.next });
		if (card.problem) li.createDiv({ cls: `${CLS}-problem`, text: card.problem });
		li.addEventListener("dragstart", (evt) => {
			evt.dataTransfer?.setData("text/plain", card.path);
			if (evt.dataTransfer) evt.dataTransfer.effectAllowed = "move";
			li.addClass("is-dragging");
		});
		li.addEventListener("dragend", () => li.removeClass("is-dragging"));
		li.addEventListener("click", (evt) => void noticeOnFailure(() => this.openNote(card.path, evt), "Could not open the note"));
		li.addEventListener("keydown", (evt) => this.onKey(evt, card));
		li.addEventListener("contextmenu", (evt) => {
			evt.preventDefault();
			this.moveMenu(card).showAtMouseEvent(evt);
		});
		return li;
	}

	private acceptDrops(section: HTMLElement, column: BoardColumn): void {
		section.addEventListener("dragover", (evt) => {
			evt.preventDefault();
			if (evt.dataTransfer) evt.dataTransfer.dropEffect = "move";
			section.addClass("is-drop-target");
		});
		section.addEventListener("dragleave", () => section.removeClass("is-drop-target"));
		section.addEventListener("drop", (evt) => {
			evt.preventDefault();
			section.removeClass("is-drop-target");
			const path = evt.dataTransfer?.getData("text/plain") ?? "";
			if (this.shown.has(path)) this.move(path, column.id);
		});
	}

	private onKey(evt: KeyboardEvent, card: BoardCard): void {
		const step = evt.key === "ArrowRight" ? 1 : evt.key === "ArrowLeft" ? -1 : null;
		if (evt.key === "Enter") {
			evt.preventDefault();
			void noticeOnFailure(() => this.openNote(card.path, evt), "Could not open the note");
		} else if (step !== null && evt.shiftKey) {
			evt.preventDefault();
			const to = nextTarget(card.column, step);
			if (to) {
				this.focusPath = card.path;
				this.move(card.path, to);
			}
		} else if (evt.key === "ContextMenu" || (evt.key === "F10" && evt.shiftKey)) {
			evt.preventDefault();
			const rect = (evt.target as HTMLElement).getBoundingClientRect();
			this.moveMenu(card).showAtPosition({ x: rect.left, y: rect.bottom });
		} else if (step !== null || evt.key === "ArrowUp" || evt.key === "ArrowDown") {
			evt.preventDefault();
			this.focusNeighbour(card, evt.key);
		}
	}

	/** Arrow keys: the card above or below, or the nearest card of the column to the left or right. */
	private focusNeighbour(card: BoardCard, key: string): void {
		const cards = (id: ColumnId) => [...this.shown.values()].flatMap((s) => (s.card.column === id && s.el ? [s.el] : []));
		const here = cards(card.column);
		const i = here.findIndex((el) => el.dataset.path === card.path);
		if (key === "ArrowUp" || key === "ArrowDown") {
			here[i + (key === "ArrowUp" ? -1 : 1)]?.focus();
			return;
		}
		const order = BOARD_COLUMNS.map((c) => c.id);
		const step = key === "ArrowLeft" ? -1 : 1;
		for (let c = order.indexOf(card.column) + step; c >= 0 && c < order.length; c += step) {
			const there = cards(order[c] as ColumnId);
			if (there.length > 0) {
				there[Math.min(i, there.length - 1)]?.focus();
				return;
			}
		}
	}

	private moveMenu(card: BoardCard): Menu {
		const menu = new Menu();
		for (const column of BOARD_COLUMNS) {
			if (!column.target || column.id === card.column) continue;
			menu.addItem((item) =>
				item.setTitle(`Move to ${column.name}`).onClick(() => {
					this.focusPath = card.path;
					this.move(card.path, column.id);
				}),
			);
		}
		return menu;
	}

	/** Moves a card: to Scheduled through the Schedule dialog, elsewhere by writing the move's change (with Undo). */
	move(path: string, to: ColumnId): void {
		const shown = this.shown.get(path);
		if (!shown) return;
		const { card, seen } = shown;
		const { settings, live } = this.host;
		if (to === "scheduled") {
			new ScheduleModal(this.app, path, seen, settings.defaultDuration, (change, what) => {
				void noticeOnFailure(() => writeWithUndo(this.app, change, scheduledNotice(what, card.person)), "Could not move the card");
			}).open();
			return;
		}
		const change = moveChange(path, seen, card.column, to, live.today);
		if (!change) return;
		const name = BOARD_COLUMNS.find((c) => c.id === to)?.name ?? to;
		void noticeOnFailure(() => writeWithUndo(this.app, change, `Moved ${card.person} to ${name}.`), "Could not move the card");
	}

	private openNote(path: string, evt: MouseEvent | KeyboardEvent): Promise<void> {
		return openNoteLikeLink(this.app, path, evt);
	}

	private focusedPath(): string | null {
		const active = this.containerEl.doc.activeElement;
		for (const [path, shown] of this.shown) if (shown.el === active) return path;
		return null;
	}
}

/** The column a card moves to with Shift+Left/Right: the next one it can be moved to, or null. */
function nextTarget(from: ColumnId, step: 1 | -1): ColumnId | null {
	const order = BOARD_COLUMNS;
	for (let i = order.findIndex((c) => c.id === from) + step; i >= 0 && i < order.length; i += step) {
		const column = order[i];
		if (column?.target) return column.id;
	}
	return null;
}
