// Types of the two modules of gray-matter the command line uses besides its main export (see
// frontmatter.ts): the package ships types for `matter()` only.

declare module "gray-matter/lib/defaults.js" {
	/** gray-matter's options with its defaults filled in (delimiters, language, engines). */
	export default function defaults(options: object): object;
}

declare module "gray-matter/lib/engine.js" {
	/** The engine gray-matter uses for a language (aliases such as `yml` included); throws for an unknown one. */
	export default function getEngine(language: string, options: object): { parse(text: string, options?: object): unknown };
}
