import matter from "gray-matter";
import yaml from "js-yaml";

export type FrontmatterResult =
	| { kind: "none" }
	| { kind: "ok"; data: Record<string, unknown> }
	| { kind: "error"; message: string };

function refuse(language: string) {
	return () => {
		throw new RefusedLanguage(language);
	};
}

class RefusedLanguage extends Error {
	constructor(readonly language: string) {
		super(`frontmatter in ${language} is not read: only YAML frontmatter is (a note never runs code)`);
	}
}

/**
 * YAML as Obsidian reads it: dates stay text (no timestamp type, so no Date
 * objects and no time-zone shifts), and no type that could construct objects.
 */
function parseYaml(text: string): unknown {
	return yaml.load(text, { schema: yaml.CORE_SCHEMA });
}

const OPTIONS = {
	language: "yaml",
	engines: {
		yaml: { parse: parseYaml },
		// gray-matter would otherwise eval `---js` frontmatter and read `---json`/`---coffee`.
		javascript: { parse: refuse("JavaScript") },
		json: { parse: refuse("JSON") },
		coffee: { parse: refuse("CoffeeScript") },
	},
} as unknown as Parameters<typeof matter>[1];

/** Reads a note's frontmatter. UTF-8 BOM and CRLF line ends are accepted. */
export function readFrontmatter(text: string): FrontmatterResult {
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	if (!body.startsWith("---")) return { kind: "none" };
	const firstLineEnd = body.search(/\r?\n/);
	const opener = (firstLineEnd < 0 ? body : body.slice(0, firstLineEnd)).slice(3).trim();
	// `----` or a horizontal rule is not frontmatter; `---js` and the like are other languages.
	if (opener.startsWith("-")) return { kind: "none" };
	if (opener !== "" && opener.toLowerCase() !== "yaml" && opener.toLowerCase() !== "yml") {
		return { kind: "error", message: `frontmatter in "${opener}" is not read: only YAML frontmatter is (a note never runs code)` };
	}
	try {
		const file = matter(body, OPTIONS);
		const data: unknown = file.data;
		if (data === null || data === undefined) return { kind: "ok", data: {} };
		if (typeof data !== "object" || Array.isArray(data)) {
			return { kind: "error", message: "the frontmatter is not a list of properties (key: value)" };
		}
		return { kind: "ok", data: data as Record<string, unknown> };
	} catch (e) {
		if (e instanceof RefusedLanguage) return { kind: "error", message: e.message };
		return { kind: "error", message: `the frontmatter is not valid YAML: ${yamlMessage(e)}` };
	}
}

function yamlMessage(e: unknown): string {
	const text = e instanceof Error ? e.message : String(e);
	// js-yaml appends a multi-line excerpt; keep the first line, which names the place.
	return (text.split("\n")[0] ?? text).trim().replace(/:$/, "");
}
