/**
 * Path and link-text helpers, as Obsidian exports them (`normalizePath`, `parseLinktext`,
 * `getLinkpath`) plus small internal helpers the fake vault uses.
 */

/**
 * Same rules as Obsidian: runs of `/` or `\` become one `/`, leading and trailing slashes are
 * stripped, the empty path becomes `/` (the vault root), non-breaking spaces (U+00A0, U+202F)
 * become plain spaces, and the result is Unicode NFC.
 */
export function normalizePath(path: string): string {
	let p = path.replace(/([\\/])+/g, "/").replace(/(^\/+|\/+$)/g, "");
	if (p === "") p = "/";
	p = p.replace(/\u00A0|\u202F/g, " ");
	return p.normalize("NFC");
}

/** Splits `Note#Heading` into `{ path: "Note", subpath: "#Heading" }` (subpath keeps its `#`). */
export function parseLinktext(linktext: string): { path: string; subpath: string } {
	const hash = linktext.indexOf("#");
	if (hash < 0) return { path: linktext, subpath: "" };
	return { path: linktext.slice(0, hash), subpath: linktext.slice(hash) };
}

/** The path part of a link text. */
export function getLinkpath(linktext: string): string {
	return parseLinktext(linktext).path;
}

/** Internal: the file name of a vault path (`a/b.md` → `b.md`). */
export function pathName(path: string): string {
	const i = path.lastIndexOf("/");
	return i < 0 ? path : path.slice(i + 1);
}

/** Internal: the parent folder path of a vault path (`a/b.md` → `a`, `b.md` → `/`). */
export function parentPath(path: string): string {
	const i = path.lastIndexOf("/");
	return i <= 0 ? "/" : path.slice(0, i);
}

/** Internal: `{ basename, extension }` the way TFile computes them (`a.b.md` → `a.b`, `md`). */
export function splitName(name: string): { basename: string; extension: string } {
	const dot = name.lastIndexOf(".");
	if (dot <= 0) return { basename: name, extension: "" };
	return { basename: name.slice(0, dot), extension: name.slice(dot + 1) };
}

/** Internal: join a folder path and a name, treating `/` as the root. */
export function joinPath(folder: string, name: string): string {
	return folder === "/" || folder === "" ? name : `${folder}/${name}`;
}

/** `stripHeading`: the text of a heading as Obsidian compares it (links and markup removed). */
export function stripHeading(heading: string): string {
	return heading
		.replace(/\[\[([^\]|]*\|)?([^\]]*)\]\]/g, "$2")
		.replace(/[!"#$%&()*+,.:;<=>?@^`{|}~/[\]\\]/g, " ")
		.replace(/\s+/g, " ")
		.trim();
}

/** `stripHeadingForLink`: like stripHeading, but keeps characters allowed in a link subpath. */
export function stripHeadingForLink(heading: string): string {
	return heading.replace(/[#^|[\]:\\]/g, " ").replace(/\s+/g, " ").trim();
}
