/** Smaller top-level functions of the `obsidian` module. */
import type { BlockSubpathResult, CachedMetadata, HeadingSubpathResult, Reference, ReferenceCache } from "obsidian";
import { requireDocument } from "./dom";
import { stripHeading } from "./paths";
import { parseFrontMatterTags } from "./yaml";

export const apiVersion = "1.13.1";

/** True when the fake's API version (that of the installed obsidian.d.ts) is at least `version`. */
export function requireApiVersion(version: string): boolean {
	const a = apiVersion.split(".").map(Number);
	const b = version.split(".").map(Number);
	for (let i = 0; i < Math.max(a.length, b.length); i++) {
		const x = a[i] ?? 0;
		const y = b[i] ?? 0;
		if (x !== y) return x > y;
	}
	return true;
}

export function getLanguage(): string {
	return "en";
}

export function getAllTags(cache: CachedMetadata): string[] | null {
	const tags = [...(parseFrontMatterTags(cache.frontmatter) ?? []), ...(cache.tags ?? []).map((t) => t.tag)];
	return tags.length > 0 ? tags : null;
}

export function iterateRefs(refs: Reference[], cb: (ref: Reference) => boolean | void): boolean {
	for (const ref of refs) if (cb(ref)) return true;
	return false;
}

export function iterateCacheRefs(cache: CachedMetadata, cb: (ref: ReferenceCache) => boolean | void): boolean {
	for (const ref of [...(cache.links ?? []), ...(cache.embeds ?? [])]) if (cb(ref)) return true;
	return false;
}

export function resolveSubpath(cache: CachedMetadata, subpath: string): HeadingSubpathResult | BlockSubpathResult | null {
	const parts = subpath.replace(/^#/, "").split("#").filter((p) => p.length > 0);
	if (parts.length === 0) return null;
	const last = parts[parts.length - 1] ?? "";
	if (last.startsWith("^")) {
		const block = cache.blocks?.[last.slice(1).toLowerCase()];
		return block ? { type: "block", block, start: block.position.start, end: block.position.end } : null;
	}
	const headings = cache.headings ?? [];
	const i = headings.findIndex((h) => stripHeading(h.heading).toLowerCase() === stripHeading(last).toLowerCase());
	const current = headings[i];
	if (i < 0 || !current) return null;
	const next = headings.slice(i + 1).find((h) => h.level <= current.level);
	return { type: "heading", current, next: next ?? (undefined as never), start: current.position.start, end: next ? next.position.start : null };
}

/** Parses HTML into a fragment with scripts, event-handler attributes and javascript: URLs removed. */
export function sanitizeHTMLToDom(html: string): DocumentFragment {
	const doc = requireDocument("sanitizeHTMLToDom");
	const template = doc.createElement("template");
	template.innerHTML = html;
	const frag = template.content;
	frag.querySelectorAll("script, iframe, object, embed, style, link, meta").forEach((el) => el.remove());
	frag.querySelectorAll("*").forEach((el) => {
		for (const attr of Array.from(el.attributes)) {
			const name = attr.name.toLowerCase();
			if (name.startsWith("on") || ((name === "href" || name === "src" || name === "xlink:href") && /^\s*javascript:/i.test(attr.value))) {
				el.removeAttribute(attr.name);
			}
		}
	});
	return frag;
}

export function htmlToMarkdown(html: string | HTMLElement | Document | DocumentFragment): string {
	if (typeof html === "string") return sanitizeHTMLToDom(html).textContent ?? "";
	return html.textContent ?? "";
}

export function arrayBufferToBase64(buffer: ArrayBuffer): string {
	let s = "";
	for (const b of new Uint8Array(buffer)) s += String.fromCharCode(b);
	return btoa(s);
}

export function base64ToArrayBuffer(base64: string): ArrayBuffer {
	const s = atob(base64);
	const out = new Uint8Array(s.length);
	for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
	return out.buffer;
}

export function arrayBufferToHex(data: ArrayBuffer): string {
	return [...new Uint8Array(data)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

export function hexToArrayBuffer(hex: string): ArrayBuffer {
	const out = new Uint8Array(Math.floor(hex.length / 2));
	for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
	return out.buffer;
}

export async function getBlobArrayBuffer(blob: Blob): Promise<ArrayBuffer> {
	return blob.arrayBuffer();
}

function unavailable(name: string): never {
	throw new Error(`fake obsidian: ${name} is not available in the fake (no network, no moment.js, no renderers).`);
}

/** Not provided: the plugin is moment-free. Calling it throws. */
export const moment = ((..._args: unknown[]) => unavailable("moment")) as unknown as typeof import("obsidian").moment;

export function request(): Promise<string> {
	return Promise.reject(new Error("fake obsidian: request() is not available in the fake (no network)."));
}

export function requestUrl(): never {
	return unavailable("requestUrl");
}

export function renderMath(): never {
	return unavailable("renderMath");
}

export async function finishRenderMath(): Promise<void> {}

export async function loadMathJax(): Promise<void> {}

export async function loadMermaid(): Promise<any> {
	return unavailable("loadMermaid");
}

export async function loadPdfJs(): Promise<any> {
	return unavailable("loadPdfJs");
}

export async function loadPrism(): Promise<any> {
	return unavailable("loadPrism");
}

export class Tasks {
	/** @internal */ _tasks: Promise<unknown>[] = [];

	add(callback: () => Promise<any>): void {
		this._tasks.push(callback());
	}

	addPromise(promise: Promise<any>): void {
		this._tasks.push(promise);
	}

	isEmpty(): boolean {
		return this._tasks.length === 0;
	}

	promise(): Promise<any> {
		return Promise.all(this._tasks);
	}
}
