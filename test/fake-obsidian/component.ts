import type { EventRef } from "obsidian";
import type { FakeEventRef } from "./events";

/** Obsidian's `Component`: load/unload lifecycle, children, and cleanups run on unload. */
export class Component {
	/** @internal */
	_loaded = false;
	/** @internal */
	_children: Component[] = [];
	/** @internal */
	_events: (() => unknown)[] = [];

	load(): void {
		if (this._loaded) return;
		this._loaded = true;
		this.onload();
		for (const child of this._children.slice()) child.load();
	}

	onload(): void {}

	unload(): void {
		if (!this._loaded) return;
		this._loaded = false;
		while (this._children.length > 0) this._children.pop()?.unload();
		this.onunload();
		while (this._events.length > 0) {
			const cb = this._events.pop();
			try {
				cb?.();
			} catch (e) {
				queueMicrotask(() => {
					throw e;
				});
			}
		}
	}

	onunload(): void {}

	addChild<T extends Component>(component: T): T {
		this._children.push(component);
		if (this._loaded) component.load();
		return component;
	}

	removeChild<T extends Component>(component: T): T {
		const i = this._children.indexOf(component);
		if (i >= 0) {
			this._children.splice(i, 1);
			component.unload();
		}
		return component;
	}

	register(cb: () => any): void {
		this._events.push(cb);
	}

	registerEvent(eventRef: EventRef): void {
		this.register(() => (eventRef as FakeEventRef).e.offref(eventRef));
	}

	registerDomEvent<K extends keyof WindowEventMap>(el: Window, type: K, callback: (this: HTMLElement, ev: WindowEventMap[K]) => any, options?: boolean | AddEventListenerOptions): void;
	registerDomEvent<K extends keyof DocumentEventMap>(el: Document, type: K, callback: (this: HTMLElement, ev: DocumentEventMap[K]) => any, options?: boolean | AddEventListenerOptions): void;
	registerDomEvent<K extends keyof HTMLElementEventMap>(el: HTMLElement, type: K, callback: (this: HTMLElement, ev: HTMLElementEventMap[K]) => any, options?: boolean | AddEventListenerOptions): void;
	registerDomEvent(el: EventTarget, type: string, callback: (ev: any) => any, options?: boolean | AddEventListenerOptions): void {
		el.addEventListener(type, callback as EventListener, options);
		this.register(() => el.removeEventListener(type, callback as EventListener, options));
	}

	registerInterval(id: number): number {
		this.register(() => clearInterval(id));
		return id;
	}
}
