import type { Debouncer, KeymapContext, KeymapEventHandler, KeymapEventListener, Modifier, PaneType, UserEvent } from "obsidian";

/**
 * Obsidian's `Platform`. Defaults describe the desktop app on Linux; tests switch to a phone
 * with the exported `setPlatform({ isMobile: true, isPhone: true, … })` helper (or by assigning).
 */
export const Platform = {
	isDesktop: true,
	isMobile: false,
	isDesktopApp: true,
	isMobileApp: false,
	isIosApp: false,
	isAndroidApp: false,
	isPhone: false,
	isTablet: false,
	isMacOS: false,
	isWin: false,
	isLinux: true,
	isSafari: false,
	resourcePathPrefix: "app://fake-obsidian/",
};

const DEFAULT_PLATFORM = { ...Platform };

/** Test helper: change the platform (e.g. `{ isMobile: true, isPhone: true }`); `null` resets. */
export function setPlatform(values: Partial<typeof Platform> | null): void {
	Object.assign(Platform, values === null ? DEFAULT_PLATFORM : values);
	if (values && (values.isMobile || values.isPhone || values.isTablet)) {
		Object.assign(Platform, { isDesktop: false, isDesktopApp: false, isMobile: true, isMobileApp: true, ...values });
	}
}

/**
 * Obsidian's `debounce`: calls `cb` once, `timeout` ms after the FIRST call of a burst (with the
 * LAST arguments); with `resetTimer`, `timeout` ms after the LAST call. `cancel()` drops the
 * pending call; `run()` runs a pending call now and returns its result.
 */
export function debounce<T extends unknown[], V>(cb: (...args: [...T]) => V, timeout = 0, resetTimer = false): Debouncer<T, V> {
	let timer: ReturnType<typeof setTimeout> | null = null;
	let pendingArgs: [...T] | null = null;
	const fire = (): V | void => {
		timer = null;
		const args = pendingArgs;
		pendingArgs = null;
		if (args) return cb(...args);
	};
	const debounced = function (...args: [...T]) {
		pendingArgs = args;
		if (timer !== null) {
			if (!resetTimer) return debounced;
			clearTimeout(timer);
		}
		timer = setTimeout(fire, timeout);
		return debounced;
	} as Debouncer<T, V>;
	debounced.cancel = () => {
		if (timer !== null) clearTimeout(timer);
		timer = null;
		pendingArgs = null;
		return debounced;
	};
	debounced.run = () => {
		if (timer === null) return;
		clearTimeout(timer);
		return fire();
	};
	return debounced;
}

/** A set of hotkey handlers; `Keymap` dispatches key events to the innermost pushed scope. */
export class Scope {
	/** @internal */
	_parent: Scope | undefined;
	/** @internal */
	_handlers: (KeymapEventHandler & { func: KeymapEventListener; mods: Set<string> })[] = [];

	constructor(parent?: Scope) {
		this._parent = parent;
	}

	register(modifiers: Modifier[] | null, key: string | null, func: KeymapEventListener): KeymapEventHandler {
		const handler = {
			scope: this,
			modifiers: modifiers ? modifiers.join(",") : null,
			key,
			func,
			mods: new Set<string>(modifiers ?? []),
		};
		this._handlers.push(handler);
		return handler;
	}

	unregister(handler: KeymapEventHandler): void {
		const i = this._handlers.indexOf(handler as (typeof this._handlers)[number]);
		if (i >= 0) this._handlers.splice(i, 1);
	}

	/** @internal Runs the first matching handler here or in a parent scope; true if handled. */
	_handle(evt: KeyboardEvent): boolean {
		for (let scope: Scope | undefined = this; scope; scope = scope._parent) {
			for (const h of scope._handlers) {
				if (h.key !== null && h.key.toLowerCase() !== evt.key.toLowerCase()) continue;
				if (h.modifiers !== null && !modifiersMatch(h.mods, evt)) continue;
				const ctx: KeymapContext = { vkey: evt.key, modifiers: modifierString(evt), key: evt.key };
				const result: unknown = h.func(evt, ctx);
				if (result === false) evt.preventDefault();
				return true;
			}
		}
		return false;
	}
}

function modifierString(evt: KeyboardEvent | MouseEvent): string {
	const out: string[] = [];
	if (Keymap.isModifier(evt, "Mod")) out.push("Mod");
	if (evt.ctrlKey && Platform.isMacOS) out.push("Ctrl");
	if (evt.metaKey && !Platform.isMacOS) out.push("Meta");
	if (evt.altKey) out.push("Alt");
	if (evt.shiftKey) out.push("Shift");
	return out.join(",");
}

function modifiersMatch(mods: Set<string>, evt: KeyboardEvent): boolean {
	const wanted = (m: Modifier) => mods.has(m);
	const mod = Platform.isMacOS ? evt.metaKey : evt.ctrlKey;
	const wantMod = wanted("Mod") || (Platform.isMacOS ? wanted("Meta") : wanted("Ctrl"));
	const other = Platform.isMacOS ? evt.ctrlKey : evt.metaKey;
	const wantOther = Platform.isMacOS ? wanted("Ctrl") : wanted("Meta");
	return mod === wantMod && other === wantOther && evt.altKey === wanted("Alt") && evt.shiftKey === wanted("Shift");
}

/** Obsidian's `Keymap`: a stack of scopes, plus the static modifier helpers. */
export class Keymap {
	/** @internal */
	_scopes: Scope[] = [];
	/** @internal the app scope, at the bottom of the stack */
	_root: Scope | null = null;

	pushScope(scope: Scope): void {
		this.popScope(scope);
		this._scopes.push(scope);
	}

	popScope(scope: Scope): void {
		const i = this._scopes.indexOf(scope);
		if (i >= 0) this._scopes.splice(i, 1);
	}

	/** @internal Dispatches a keydown to the active scope; returns true when a handler ran. */
	_dispatch(evt: KeyboardEvent): boolean {
		const scope = this._scopes[this._scopes.length - 1] ?? this._root;
		return scope ? scope._handle(evt) : false;
	}

	static isModifier(evt: MouseEvent | TouchEvent | KeyboardEvent, modifier: Modifier): boolean {
		switch (modifier) {
			case "Mod":
				return Platform.isMacOS ? evt.metaKey : evt.ctrlKey;
			case "Ctrl":
				return evt.ctrlKey;
			case "Meta":
				return evt.metaKey;
			case "Shift":
				return evt.shiftKey;
			case "Alt":
				return evt.altKey;
		}
		return false;
	}

	/**
	 * 'tab' for Mod-click (Ctrl on Windows/Linux, Cmd on macOS) or a middle click, 'split' for
	 * Mod+Alt, 'window' for Mod+Alt+Shift, else false.
	 */
	static isModEvent(evt?: UserEvent | null): PaneType | boolean {
		if (!evt) return false;
		const mod = Keymap.isModifier(evt, "Mod");
		if (mod && evt.altKey && evt.shiftKey) return "window";
		if (mod && evt.altKey) return "split";
		if (mod) return "tab";
		if ("button" in evt && evt.button === 1 && (evt.type === "auxclick" || evt.type === "click" || evt.type === "mousedown" || evt.type === "mouseup")) return "tab";
		return false;
	}
}
