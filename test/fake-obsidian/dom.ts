/**
 * The helpers Obsidian adds to DOM prototypes (`createEl`, `createDiv`, `empty`, `setText`,
 * `addClass`, …) and to the global scope (`createEl`, `createFragment`, `activeDocument`, …).
 *
 * `installDomHelpers(window)` patches a window's prototypes. `index.ts` calls it when a
 * `document` exists (happy-dom in vitest, or a real browser page), so importing the fake under
 * vitest's node environment works; there, anything that needs the DOM throws a clear error.
 */

type Win = Window & typeof globalThis;
type Attrs = { [key: string]: string | number | boolean | null };

interface ElInfo {
	cls?: string | string[];
	text?: string | DocumentFragment;
	attr?: Attrs;
	title?: string;
	parent?: Node;
	value?: string;
	type?: string;
	prepend?: boolean;
	placeholder?: string;
	href?: string;
}

/** Throws a helpful error when a DOM-only part of the fake is used without a DOM. */
export function requireDocument(what: string): Document {
	if (typeof document === "undefined") {
		throw new Error(
			`fake obsidian: ${what} needs a DOM. Put "// @vitest-environment happy-dom" at the top of the test file.`,
		);
	}
	return document;
}

export function hasDocument(): boolean {
	return typeof document !== "undefined";
}

function define(target: object, name: string, value: unknown): void {
	Object.defineProperty(target, name, { value, configurable: true, writable: true, enumerable: false });
}

function defineGetter(target: object, name: string, get: () => unknown): void {
	Object.defineProperty(target, name, { get, configurable: true, enumerable: false });
}

function docOf(node: Node): Document {
	if (node.nodeType === 9) return node as Document;
	return node.ownerDocument ?? document;
}

function applyInfo(el: HTMLElement, o: ElInfo): void {
	if (o.cls) el.className = Array.isArray(o.cls) ? o.cls.join(" ") : o.cls;
	if (o.text) el.setText(o.text);
	if (o.attr) for (const [k, v] of Object.entries(o.attr)) el.setAttr(k, v);
	if (o.title !== undefined) el.title = o.title;
	const anyEl = el as unknown as Record<string, unknown>;
	if (o.type && "type" in el) anyEl.type = o.type;
	if (o.value !== undefined && "value" in el) anyEl.value = o.value;
	if (o.placeholder && "placeholder" in el) anyEl.placeholder = o.placeholder;
	if (o.href && "href" in el) anyEl.href = o.href;
}

function place(el: Node, o: ElInfo): void {
	const parent = o.parent;
	if (!parent) return;
	if (o.prepend) parent.insertBefore(el, parent.firstChild);
	else parent.appendChild(el);
}

function toInfo(o: ElInfo | string | undefined): ElInfo {
	if (typeof o === "string") return { cls: o };
	return { ...(o ?? {}) };
}

/** Internal implementation of the global `createEl` for a given document. */
function createElIn<K extends keyof HTMLElementTagNameMap>(
	doc: Document,
	tag: K,
	o?: ElInfo | string,
	callback?: (el: HTMLElementTagNameMap[K]) => void,
): HTMLElementTagNameMap[K] {
	const info = toInfo(o);
	const el = doc.createElement(tag);
	applyInfo(el, info);
	place(el, info);
	callback?.(el);
	return el;
}

function createSvgIn<K extends keyof SVGElementTagNameMap>(
	doc: Document,
	tag: K,
	o?: { cls?: string | string[]; attr?: Attrs; parent?: Node; prepend?: boolean } | string,
	callback?: (el: SVGElementTagNameMap[K]) => void,
): SVGElementTagNameMap[K] {
	const info = typeof o === "string" ? { cls: o } : { ...(o ?? {}) };
	const el = doc.createElementNS("http://www.w3.org/2000/svg", tag);
	if (info.cls) el.setAttribute("class", Array.isArray(info.cls) ? info.cls.join(" ") : info.cls);
	if (info.attr) {
		for (const [k, v] of Object.entries(info.attr)) {
			if (v === null) el.removeAttribute(k);
			else el.setAttribute(k, String(v));
		}
	}
	place(el, info);
	callback?.(el);
	return el;
}

function delegate(
	host: EventTarget & { _EVENTS?: Record<string, EventListenerInfo[]> },
	type: string,
	selector: string,
	listener: (ev: Event, delegateTarget: HTMLElement) => unknown,
	options?: boolean | AddEventListenerOptions,
): void {
	const callback = function (this: unknown, ev: Event) {
		let t = ev.target as Node | null;
		if (t && t.nodeType !== 1) t = t.parentElement;
		const el = (t as Element | null)?.closest?.(selector) as HTMLElement | null | undefined;
		if (!el) return;
		const hostNode = host as unknown as Node;
		if (hostNode.nodeType === 9 || hostNode.contains(el)) listener.call(host, ev, el);
	};
	const events = (host._EVENTS ??= {});
	(events[type] ??= []).push({ selector, listener, options, callback });
	host.addEventListener(type, callback, options);
}

function undelegate(
	host: EventTarget & { _EVENTS?: Record<string, EventListenerInfo[]> },
	type: string,
	selector: string,
	listener: unknown,
	options?: boolean | AddEventListenerOptions,
): void {
	const list = host._EVENTS?.[type];
	if (!list) return;
	for (let i = list.length - 1; i >= 0; i--) {
		const info = list[i];
		if (info && info.selector === selector && info.listener === listener) {
			host.removeEventListener(type, info.callback as EventListener, options);
			list.splice(i, 1);
		}
	}
}

/** Patches `win`'s DOM prototypes and globals with Obsidian's helpers. Safe to call twice. */
export function installDomHelpers(win: Win): void {
	const w = win as unknown as Record<string, any>;
	if (w.__fakeObsidianDom) return;
	define(w, "__fakeObsidianDom", true);

	const NodeP = w.Node.prototype;
	const ElementP = w.Element.prototype;
	const HTMLElementP = w.HTMLElement.prototype;
	const FragmentP = w.DocumentFragment.prototype;
	const DocumentP = w.Document.prototype;
	const SVGElementP = w.SVGElement?.prototype;
	const UIEventP = w.UIEvent?.prototype;

	// Node
	define(NodeP, "detach", function (this: Node) {
		this.parentNode?.removeChild(this);
	});
	define(NodeP, "empty", function (this: Node) {
		while (this.lastChild) this.removeChild(this.lastChild);
	});
	define(NodeP, "insertAfter", function <T extends Node>(this: Node, node: T, child: Node | null): T {
		if (child) this.insertBefore(node, child.nextSibling);
		else this.insertBefore(node, this.firstChild);
		return node;
	});
	define(NodeP, "indexOf", function (this: Node, other: Node): number {
		return Array.prototype.indexOf.call(this.childNodes, other);
	});
	define(NodeP, "setChildrenInPlace", function (this: Node, children: Node[]) {
		let cur = this.firstChild;
		for (const child of children) {
			if (cur === child) cur = cur.nextSibling;
			else this.insertBefore(child, cur);
		}
		while (cur) {
			const next = cur.nextSibling;
			this.removeChild(cur);
			cur = next;
		}
	});
	define(NodeP, "appendText", function (this: Node, val: string) {
		this.appendChild(docOf(this).createTextNode(val));
	});
	define(NodeP, "instanceOf", function (this: Node, type: { new (): unknown; name?: string }) {
		if (this instanceof type) return true;
		// Cross-window: compare against the same-named constructor of this node's window.
		const own = (docOf(this).defaultView as unknown as Record<string, unknown> | null)?.[type.name ?? ""];
		return typeof own === "function" && this instanceof (own as new () => unknown);
	});
	defineGetter(NodeP, "doc", function (this: Node) {
		return docOf(this);
	});
	defineGetter(NodeP, "win", function (this: Node) {
		return docOf(this).defaultView ?? win;
	});
	defineGetter(NodeP, "constructorWin", function (this: Node) {
		return docOf(this).defaultView ?? win;
	});
	define(NodeP, "createEl", function (this: Node, tag: keyof HTMLElementTagNameMap, o?: ElInfo | string, cb?: (el: HTMLElement) => void) {
		const info = toInfo(o);
		info.parent = this;
		return createElIn(docOf(this), tag, info, cb);
	});
	define(NodeP, "createDiv", function (this: Node, o?: ElInfo | string, cb?: (el: HTMLDivElement) => void) {
		return (this as Node).createEl("div", o, cb);
	});
	define(NodeP, "createSpan", function (this: Node, o?: ElInfo | string, cb?: (el: HTMLSpanElement) => void) {
		return (this as Node).createEl("span", o, cb);
	});
	define(NodeP, "createSvg", function (this: Node, tag: keyof SVGElementTagNameMap, o?: any, cb?: (el: SVGElement) => void) {
		const info = typeof o === "string" ? { cls: o } : { ...(o ?? {}) };
		info.parent = this;
		return createSvgIn(docOf(this), tag, info, cb);
	});

	// Element
	define(ElementP, "getText", function (this: Element) {
		return this.textContent ?? "";
	});
	define(ElementP, "setText", function (this: Element, val: string | DocumentFragment) {
		if (typeof val === "string") {
			this.textContent = val;
		} else {
			this.empty();
			this.appendChild(val);
		}
	});
	define(ElementP, "addClass", function (this: Element, ...classes: string[]) {
		this.classList.add(...classes);
	});
	define(ElementP, "addClasses", function (this: Element, classes: string[]) {
		this.classList.add(...classes);
	});
	define(ElementP, "removeClass", function (this: Element, ...classes: string[]) {
		this.classList.remove(...classes);
	});
	define(ElementP, "removeClasses", function (this: Element, classes: string[]) {
		this.classList.remove(...classes);
	});
	define(ElementP, "toggleClass", function (this: Element, classes: string | string[], value: boolean) {
		for (const c of Array.isArray(classes) ? classes : [classes]) this.classList.toggle(c, value);
	});
	define(ElementP, "hasClass", function (this: Element, cls: string) {
		return this.classList.contains(cls);
	});
	define(ElementP, "setAttr", function (this: Element, name: string, value: string | number | boolean | null) {
		if (value === null) this.removeAttribute(name);
		else this.setAttribute(name, String(value));
	});
	define(ElementP, "setAttrs", function (this: Element, obj: Attrs) {
		for (const [k, v] of Object.entries(obj)) this.setAttr(k, v);
	});
	define(ElementP, "getAttr", function (this: Element, name: string) {
		return this.getAttribute(name);
	});
	define(ElementP, "matchParent", function (this: Element, selector: string, lastParent?: Element) {
		let el: Element | null = this;
		while (el) {
			if (el.matches(selector)) return el;
			if (el === lastParent) break;
			el = el.parentElement;
		}
		return null;
	});
	define(ElementP, "getCssPropertyValue", function (this: Element, property: string, pseudoElement?: string) {
		const view = docOf(this).defaultView ?? win;
		return view.getComputedStyle(this, pseudoElement).getPropertyValue(property);
	});
	define(ElementP, "isActiveElement", function (this: Element) {
		return docOf(this).activeElement === this;
	});
	define(ElementP, "find", function (this: Element, selector: string) {
		return this.querySelector(selector);
	});
	define(ElementP, "findAll", function (this: Element, selector: string) {
		return Array.from(this.querySelectorAll(selector));
	});
	define(ElementP, "findAllSelf", function (this: Element, selector: string) {
		const all = Array.from(this.querySelectorAll(selector));
		return this.matches(selector) ? [this, ...all] : all;
	});

	// HTMLElement
	define(HTMLElementP, "show", function (this: HTMLElement) {
		this.style.display = "";
	});
	define(HTMLElementP, "hide", function (this: HTMLElement) {
		this.style.display = "none";
	});
	define(HTMLElementP, "toggle", function (this: HTMLElement, show: boolean) {
		this.style.display = show ? "" : "none";
	});
	define(HTMLElementP, "toggleVisibility", function (this: HTMLElement, visible: boolean) {
		this.style.visibility = visible ? "" : "hidden";
	});
	define(HTMLElementP, "isShown", function (this: HTMLElement) {
		if (!this.isConnected) return false;
		for (let el: HTMLElement | null = this; el; el = el.parentElement) {
			if (el.style.display === "none") return false;
		}
		return true;
	});
	define(HTMLElementP, "setCssStyles", function (this: HTMLElement, styles: Partial<CSSStyleDeclaration>) {
		Object.assign(this.style, styles);
	});
	define(HTMLElementP, "setCssProps", function (this: HTMLElement, props: Record<string, string>) {
		for (const [k, v] of Object.entries(props)) this.style.setProperty(k, v);
	});
	defineGetter(HTMLElementP, "innerWidth", function (this: HTMLElement) {
		return this.clientWidth;
	});
	defineGetter(HTMLElementP, "innerHeight", function (this: HTMLElement) {
		return this.clientHeight;
	});
	define(HTMLElementP, "on", function (this: HTMLElement, type: string, selector: string, listener: any, options?: boolean | AddEventListenerOptions) {
		delegate(this as any, type, selector, listener, options);
	});
	define(HTMLElementP, "off", function (this: HTMLElement, type: string, selector: string, listener: any, options?: boolean | AddEventListenerOptions) {
		undelegate(this as any, type, selector, listener, options);
	});
	define(HTMLElementP, "onClickEvent", function (this: HTMLElement, listener: (ev: MouseEvent) => unknown, options?: boolean | AddEventListenerOptions) {
		this.addEventListener("click", listener as EventListener, options);
		// Middle click arrives as `auxclick`; Obsidian routes it to the same listener.
		this.addEventListener(
			"auxclick",
			((ev: MouseEvent) => {
				if (ev.button === 1) listener.call(this, ev);
			}) as EventListener,
			options,
		);
	});
	define(HTMLElementP, "onNodeInserted", function (this: HTMLElement, listener: () => unknown, once?: boolean) {
		const MO = (docOf(this).defaultView as (Window & typeof globalThis) | null)?.MutationObserver ?? w.MutationObserver;
		if (!MO) return () => {};
		let wasConnected = this.isConnected;
		const observer = new MO(() => {
			const now = this.isConnected;
			if (now && !wasConnected) {
				listener.call(this);
				if (once) observer.disconnect();
			}
			wasConnected = now;
		});
		observer.observe(docOf(this), { childList: true, subtree: true });
		return () => observer.disconnect();
	});
	define(HTMLElementP, "onWindowMigrated", function () {
		return () => {};
	});
	define(HTMLElementP, "trigger", function (this: HTMLElement, eventType: string) {
		const E = ((docOf(this).defaultView as (Window & typeof globalThis) | null) ?? win).Event;
		this.dispatchEvent(new E(eventType, { bubbles: true, cancelable: true }));
	});

	// DocumentFragment
	define(FragmentP, "find", function (this: DocumentFragment, selector: string) {
		return this.querySelector(selector);
	});
	define(FragmentP, "findAll", function (this: DocumentFragment, selector: string) {
		return Array.from(this.querySelectorAll(selector));
	});

	// Document
	define(DocumentP, "on", function (this: Document, type: string, selector: string, listener: any, options?: boolean | AddEventListenerOptions) {
		delegate(this as any, type, selector, listener, options);
	});
	define(DocumentP, "off", function (this: Document, type: string, selector: string, listener: any, options?: boolean | AddEventListenerOptions) {
		undelegate(this as any, type, selector, listener, options);
	});

	// SVGElement
	if (SVGElementP) {
		define(SVGElementP, "setCssStyles", function (this: SVGElement, styles: Partial<CSSStyleDeclaration>) {
			Object.assign(this.style, styles);
		});
		define(SVGElementP, "setCssProps", function (this: SVGElement, props: Record<string, string>) {
			for (const [k, v] of Object.entries(props)) this.style.setProperty(k, v);
		});
	}

	// UIEvent
	if (UIEventP) {
		defineGetter(UIEventP, "targetNode", function (this: UIEvent) {
			return (this.target as Node | null) ?? null;
		});
		defineGetter(UIEventP, "win", function (this: UIEvent) {
			return this.view ?? win;
		});
		defineGetter(UIEventP, "doc", function (this: UIEvent) {
			return (this.view ?? win).document;
		});
		define(UIEventP, "instanceOf", function (this: UIEvent, type: new (...data: any[]) => unknown) {
			return this instanceof type;
		});
	}

	// Globals (on the window, and on globalThis when it is a different object, as in vitest).
	const doc = win.document;
	const globals: Record<string, unknown> = {
		createEl: (tag: keyof HTMLElementTagNameMap, o?: ElInfo | string, cb?: (el: HTMLElement) => void) => createElIn(doc, tag, o, cb),
		createDiv: (o?: ElInfo | string, cb?: (el: HTMLDivElement) => void) => createElIn(doc, "div", o, cb),
		createSpan: (o?: ElInfo | string, cb?: (el: HTMLSpanElement) => void) => createElIn(doc, "span", o, cb),
		createSvg: (tag: keyof SVGElementTagNameMap, o?: any, cb?: (el: SVGElement) => void) => createSvgIn(doc, tag, o, cb),
		createFragment: (cb?: (el: DocumentFragment) => void) => {
			const frag = doc.createDocumentFragment();
			cb?.(frag);
			return frag;
		},
		fish: (selector: string) => doc.querySelector(selector),
		fishAll: (selector: string) => Array.from(doc.querySelectorAll(selector)),
		isBoolean: (obj: unknown) => typeof obj === "boolean",
		ready: (fn: () => unknown) => {
			if (doc.readyState === "loading") doc.addEventListener("DOMContentLoaded", () => fn(), { once: true });
			else fn();
		},
		sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
		nextFrame: () =>
			new Promise<void>((resolve) => {
				if (typeof w.requestAnimationFrame === "function") w.requestAnimationFrame(() => resolve());
				else setTimeout(resolve, 16);
			}),
		activeWindow: win,
		activeDocument: doc,
	};
	const targets = new Set<Record<string, unknown>>([w, globalThis as unknown as Record<string, unknown>]);
	for (const target of targets) {
		for (const [name, value] of Object.entries(globals)) {
			if (name === "activeWindow" || name === "activeDocument") {
				Object.defineProperty(target, name, { value, configurable: true, writable: true });
			} else {
				define(target, name, value);
			}
		}
	}
}

/**
 * The plain-JavaScript extensions Obsidian declares on built-ins (`Array.prototype.first`,
 * `String.prototype.contains`, `Math.clamp`, …). They need no DOM, so they are installed in the
 * node environment too. Existing native methods are never replaced.
 */
export function installLanguageHelpers(): void {
	const g = globalThis as unknown as Record<string, any>;
	if (g.__fakeObsidianLang) return;
	define(g, "__fakeObsidianLang", true);
	const maybe = (target: object, name: string, value: unknown) => {
		if (!(name in target)) define(target, name, value);
	};
	const AP = Array.prototype as unknown as Record<string, unknown>;
	maybe(AP, "first", function <T>(this: T[]) {
		return this[0];
	});
	maybe(AP, "last", function <T>(this: T[]) {
		return this[this.length - 1];
	});
	maybe(AP, "contains", function <T>(this: T[], target: T) {
		return this.indexOf(target) !== -1;
	});
	maybe(AP, "remove", function <T>(this: T[], target: T) {
		for (let i = this.length - 1; i >= 0; i--) if (this[i] === target) this.splice(i, 1);
	});
	maybe(AP, "shuffle", function <T>(this: T[]) {
		for (let i = this.length - 1; i > 0; i--) {
			const j = Math.floor(Math.random() * (i + 1));
			const t = this[i] as T;
			this[i] = this[j] as T;
			this[j] = t;
		}
		return this;
	});
	maybe(AP, "unique", function <T>(this: T[]) {
		return Array.from(new Set(this));
	});
	maybe(AP, "findLastIndex", function <T>(this: T[], predicate: (value: T) => boolean) {
		for (let i = this.length - 1; i >= 0; i--) if (predicate(this[i] as T)) return i;
		return -1;
	});
	maybe(Array, "combine", function <T>(arrays: T[][]) {
		return ([] as T[]).concat(...arrays);
	});
	maybe(Object, "isEmpty", function (object: Record<string, unknown>) {
		for (const _ in object) return false;
		return true;
	});
	maybe(Object, "each", function <T>(object: Record<string, T>, callback: (value: T, key?: string) => boolean | void, context?: unknown) {
		for (const key of Object.keys(object)) {
			if (callback.call(context, object[key] as T, key) === false) return false;
		}
		return true;
	});
	maybe(Math, "clamp", function (value: number, min: number, max: number) {
		return Math.min(Math.max(value, min), max);
	});
	maybe(Math, "square", function (value: number) {
		return value * value;
	});
	maybe(String, "isString", function (obj: unknown) {
		return typeof obj === "string";
	});
	maybe(Number, "isNumber", function (obj: unknown) {
		return typeof obj === "number";
	});
	const SP = String.prototype as unknown as Record<string, unknown>;
	maybe(SP, "contains", function (this: string, target: string) {
		return this.indexOf(target) !== -1;
	});
	maybe(SP, "format", function (this: string, ...args: string[]) {
		return this.replace(/\{(\d+)\}/g, (m, i: string) => {
			const v = args[Number(i)];
			return v === undefined ? m : v;
		});
	});
	if (!("isBoolean" in g)) define(g, "isBoolean", (obj: unknown) => typeof obj === "boolean");
	if (!("sleep" in g)) define(g, "sleep", (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
}
