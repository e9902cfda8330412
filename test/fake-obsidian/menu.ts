import type { IconName, Menu as RealMenu, MenuPositionDef } from "obsidian";
import { Component } from "./component";
import { hasDocument } from "./dom";
import { setIcon } from "./icons";

/** Every menu shown (most recent last) since `resetFakeObsidian()`. */
export const shownMenus: Menu[] = [];

export class MenuSeparator {}

export class MenuItem {
	/** @internal */ _title = "";
	/** @internal */ _icon: IconName | null = null;
	/** @internal */ _checked: boolean | null = null;
	/** @internal */ _disabled = false;
	/** @internal */ _warning = false;
	/** @internal */ _isLabel = false;
	/** @internal */ _section = "";
	/** @internal */ _callback: ((evt: MouseEvent | KeyboardEvent) => any) | null = null;
	/** @internal */ _menu: Menu;
	/** @internal */ dom: HTMLElement | null = null;

	/** @internal Obsidian's constructor is private: items come from `Menu.addItem`. */
	constructor(menu: Menu) {
		this._menu = menu;
	}

	setTitle(title: string | DocumentFragment): this {
		this._title = typeof title === "string" ? title : (title.textContent ?? "");
		return this;
	}

	setIcon(icon: IconName | null): this {
		this._icon = icon;
		return this;
	}

	setChecked(checked: boolean | null): this {
		this._checked = checked;
		return this;
	}

	setDisabled(disabled: boolean): this {
		this._disabled = disabled;
		return this;
	}

	setWarning(isWarning: boolean): this {
		this._warning = isWarning;
		return this;
	}

	setIsLabel(isLabel: boolean): this {
		this._isLabel = isLabel;
		return this;
	}

	onClick(callback: (evt: MouseEvent | KeyboardEvent) => any): this {
		this._callback = callback;
		return this;
	}

	setSection(section: string): this {
		this._section = section;
		return this;
	}

	/** @internal Runs the item as a click would; returns the callback's result. */
	_activate(evt: MouseEvent | KeyboardEvent): unknown {
		if (this._disabled || this._isLabel) return undefined;
		const result: unknown = this._callback?.(evt);
		this._menu.hide();
		return result;
	}
}

/**
 * Obsidian's context menu. `showAtMouseEvent`/`showAtPosition` render it into the document (when
 * there is one) and record it: tests use `lastMenu()`, `menuItems()` and `clickMenuItem()`.
 */
export class Menu extends Component {
	/** @internal */ items: (MenuItem | MenuSeparator)[] = [];
	/** @internal */ dom: HTMLElement | null = null;
	/** @internal */ _shown = false;
	/** @internal */ _onHide: (() => any)[] = [];
	/** @internal */ _position: MenuPositionDef | null = null;

	setNoIcon(): this {
		return this;
	}

	setUseNativeMenu(useNativeMenu: boolean): this {
		void useNativeMenu;
		return this;
	}

	addItem(cb: (item: MenuItem) => any): this {
		if (this._shown) return this;
		const item = new MenuItem(this);
		cb(item);
		this.items.push(item);
		return this;
	}

	addSeparator(): this {
		if (this._shown) return this;
		this.items.push(new MenuSeparator());
		return this;
	}

	setParentElement(el: HTMLElement): this {
		void el;
		return this;
	}

	showAtMouseEvent(evt: MouseEvent): this {
		return this.showAtPosition({ x: evt.clientX, y: evt.clientY });
	}

	showAtPosition(position: MenuPositionDef, doc?: Document): this {
		if (this._shown) this.hide();
		this._position = position;
		this._shown = true;
		shownMenus.push(this);
		this.load();
		if (hasDocument()) {
			const d = doc ?? document;
			const dom = d.body.createDiv("menu");
			dom.setCssStyles({ left: `${position.x}px`, top: `${position.y}px` });
			const scroll = dom.createDiv("menu-scroll");
			for (const item of this._ordered()) {
				if (item instanceof MenuSeparator) {
					scroll.createDiv("menu-separator");
					continue;
				}
				const el = scroll.createDiv({ cls: "menu-item", attr: { "data-section": item._section || null, tabindex: -1 } });
				if (item._disabled) el.addClass("is-disabled");
				if (item._warning) el.addClass("is-warning");
				if (item._isLabel) el.addClass("is-label");
				const iconEl = el.createDiv("menu-item-icon");
				if (item._icon) setIcon(iconEl, item._icon);
				el.createDiv({ cls: "menu-item-title", text: item._title });
				if (item._checked) el.createDiv("menu-item-icon mod-checked");
				el.addEventListener("click", (evt) => {
					evt.stopPropagation();
					item._activate(evt);
				});
				item.dom = el;
			}
			this.dom = dom;
		}
		return this;
	}

	/** @internal Items grouped by section, sections in order of first appearance. */
	_ordered(): (MenuItem | MenuSeparator)[] {
		const groups = new Map<string, (MenuItem | MenuSeparator)[]>();
		for (const item of this.items) {
			const key = item instanceof MenuItem ? item._section : "";
			const list = groups.get(key);
			if (list) list.push(item);
			else groups.set(key, [item]);
		}
		return [...groups.values()].flat();
	}

	hide(): this {
		if (!this._shown) return this;
		this._shown = false;
		this.dom?.detach();
		this.dom = null;
		for (const cb of this._onHide) cb();
		this.unload();
		return this;
	}

	close(): void {
		this.hide();
	}

	onHide(callback: () => any): void {
		this._onHide.push(callback);
	}

	static forEvent(evt: PointerEvent | MouseEvent): Menu {
		void evt;
		return new Menu();
	}
}

/** Test helper: the most recently shown menu, or null. */
export function lastMenu(): Menu | null {
	return shownMenus[shownMenus.length - 1] ?? null;
}

/** Test helper: what a menu offers, in display order (separators left out). */
export function menuItems(menu: Menu | RealMenu | null = lastMenu()): { title: string; icon: string | null; section: string; disabled: boolean; checked: boolean | null }[] {
	if (!menu) return [];
	return (menu as Menu)
		._ordered()
		.filter((i): i is MenuItem => i instanceof MenuItem)
		.map((i) => ({ title: i._title, icon: i._icon, section: i._section, disabled: i._disabled, checked: i._checked }));
}

/**
 * Test helper: clicks the item with this title (or the first matching the predicate) in the menu
 * (default: the last one shown); returns what its callback returned (await it if async).
 * Throws if there is no such item, or if it is disabled.
 */
export function clickMenuItem(title: string | ((title: string) => boolean), realMenu: Menu | RealMenu | null = lastMenu()): unknown {
	const menu = realMenu as Menu | null;
	if (!menu) throw new Error("fake obsidian: no menu has been shown");
	const match = typeof title === "string" ? (t: string) => t === title : title;
	const item = menu.items.find((i): i is MenuItem => i instanceof MenuItem && match(i._title));
	if (!item) throw new Error(`fake obsidian: no menu item ${String(title)}; items: ${menuItems(menu).map((i) => i.title).join(", ")}`);
	if (item._disabled) throw new Error(`fake obsidian: menu item "${item._title}" is disabled`);
	const evt = typeof MouseEvent !== "undefined" ? new MouseEvent("click") : ({} as MouseEvent);
	return item._activate(evt);
}
