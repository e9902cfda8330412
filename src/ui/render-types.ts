import type { ItemAction } from "../plugin-host";
import type { DateTextCache, FollowUpItem, SectionId } from "../index/view-model";

/** The lists that page: the three follow-up sections and the problems. */
export type ListId = SectionId | "problems";

/** The collapsible sections: today's and tomorrow's conversations, the lists, and Fields. */
export type SectionKey = "conversations" | ListId | "fields";

export interface RenderHandlers {
	/** Opens a note; `evt` tells whether a modifier asked for a new tab. */
	openNote(path: string, evt: MouseEvent | KeyboardEvent): void;
	/** The item's main button: Done, Close request, Log contact today. */
	primary(item: FollowUpItem, evt: MouseEvent): void;
	/** The Snooze button; `anchor` is the button, for placing a menu. */
	snooze(item: FollowUpItem, anchor: HTMLElement, evt: MouseEvent): void;
	/** Further buttons on an item (e.g. drafting a message), after the built-in ones. */
	extraActions?(item: FollowUpItem): readonly ItemAction[];
	/** The "Show N more" button of a list. */
	showMore(list: ListId): void;
	/** A section was collapsed or expanded (already done in the DOM: remember it for the next render). */
	toggleSection?(section: SectionKey, collapsed: boolean): void;
	/** The "Search at a glance" button at the top (shown when given). */
	openInsights?(evt: MouseEvent): void;
	/** Opens a web or mailto: address outside Obsidian (a conversation's location). */
	openExternal?(url: string): void;
	/** The "New contact" button of the empty view (shown when given). */
	newContact?(evt: MouseEvent): void;
	/** The Brief button of a conversation row, with its interview note (shown when given). */
	brief?(note: string, evt: MouseEvent): void;
}

export interface RenderState {
	/** How many items each list shows (default PAGE_SIZE). */
	limits?: ReadonlyMap<ListId, number>;
	/** Sections shown collapsed (heading only). */
	collapsed?: ReadonlySet<SectionKey>;
}

/**
 * What the delegated listeners of a root need: the handlers and what each
 * rendered element stands for. Events are handled once at the root (not on
 * every item), which keeps a render of many items cheap. One per root, kept
 * across renders (a row kept from the last render keeps its entries).
 */
export interface Bound {
	handlers: RenderHandlers;
	items: WeakMap<Element, FollowUpItem>;
	extras: WeakMap<Element, ItemAction>;
	notes: WeakMap<Element, string>;
	more: WeakMap<Element, ListId>;
	toggles: WeakMap<Element, SectionKey>;
	/** Item buttons whose icon is added when their row is first hovered or focused (see `RenderContext.lazyIcons`). */
	pendingIcons: WeakMap<Element, string>;
	/** One SVG per icon, cloned for each button (null: the icon is unknown). */
	icons: Map<string, SVGSVGElement | null>;
}

/** What one render passes down to the functions that draw its parts. */
export interface RenderContext {
	bound: Bound;
	handlers: RenderHandlers;
	today: string;
	dates: DateTextCache;
	collapsed: ReadonlySet<SectionKey> | undefined;
	/**
	 * True where item buttons show only on hover or focus (a desktop with a
	 * mouse): their icons are added when the row is first hovered or focused,
	 * which keeps a render to a few elements per item. The buttons themselves
	 * (with their names) are always there, so Tab reaches them.
	 */
	lazyIcons: boolean;
}
