import type { IconName } from "obsidian";

const custom = new Map<string, string>();
const removed = new Set<string>();
const SVG_NS = "http://www.w3.org/2000/svg";

/**
 * The fake has no Lucide icon set: every icon name is treated as known (a simple placeholder
 * glyph with class `svg-icon lucide-<name>` and `data-icon="<name>"`), except names removed with
 * `removeIcon`; icons added with `addIcon` use the given SVG content.
 */
export function getIcon(iconId: string): SVGSVGElement | null {
	if (!iconId || removed.has(iconId) || typeof document === "undefined") return null;
	const svg = document.createElementNS(SVG_NS, "svg") as SVGSVGElement;
	svg.setAttribute("xmlns", SVG_NS);
	svg.setAttribute("width", "24");
	svg.setAttribute("height", "24");
	svg.setAttribute("data-icon", iconId);
	const content = custom.get(iconId);
	if (content !== undefined) {
		svg.setAttribute("viewBox", "0 0 100 100");
		svg.setAttribute("class", `svg-icon ${iconId}`);
		svg.innerHTML = content;
		return svg;
	}
	svg.setAttribute("viewBox", "0 0 24 24");
	svg.setAttribute("fill", "none");
	svg.setAttribute("stroke", "currentColor");
	svg.setAttribute("stroke-width", "2");
	svg.setAttribute("stroke-linecap", "round");
	svg.setAttribute("stroke-linejoin", "round");
	svg.setAttribute("class", `svg-icon lucide-${iconId}`);
	const circle = document.createElementNS(SVG_NS, "circle");
	circle.setAttribute("cx", "12");
	circle.setAttribute("cy", "12");
	circle.setAttribute("r", "8");
	svg.appendChild(circle);
	return svg;
}

/** Replaces the element's content with the icon (nothing when the icon is unknown). */
export function setIcon(parent: HTMLElement, iconId: IconName): void {
	const svg = getIcon(iconId);
	if (!svg) return;
	while (parent.lastChild) parent.removeChild(parent.lastChild);
	parent.appendChild(svg);
}

export function addIcon(iconId: string, svgContent: string): void {
	removed.delete(iconId);
	custom.set(iconId, svgContent);
}

export function removeIcon(iconId: string): void {
	custom.delete(iconId);
	removed.add(iconId);
}

export function getIconIds(): IconName[] {
	return [...custom.keys()];
}
