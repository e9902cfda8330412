import { defineConfig, globalIgnores } from "eslint/config";
import js from "@eslint/js";
import obsidianmd from "eslint-plugin-obsidianmd";
import globals from "globals";
import tseslint from "typescript-eslint";

/** Tests, the browser tests and the benchmarks: plain Node and DOM code, not plugin code. */
const TOOLING = ["test/**/*.{ts,mts,mjs}", "bench/**/*.{ts,mts,mjs}"];

export default defineConfig([
	globalIgnores(["node_modules/", "main.js", "dist/", "example-vault/", "test-results/", "reports/", ".stryker-tmp/", "*.mjs", "*.mts"]),
	{
		// The Obsidian plugin review rules are for plugin code only.
		files: ["src/**/*.ts"],
		extends: [obsidianmd.configs.recommended],
		// LinkedIn is a name, spelled as its owner spells it (the rule's own brand list lacks it).
		rules: { "obsidianmd/ui/sentence-case": ["warn", { enforceCamelCaseLower: true, ignoreWords: ["LinkedIn"] }] },
	},
	{
		files: ["src/**/*.ts"],
		languageOptions: {
			parserOptions: {
				projectService: { allowDefaultProject: ["eslint.config.*"] },
				tsconfigRootDir: import.meta.dirname,
			},
		},
	},
	{
		// The command line runs under Node, never inside Obsidian: Node modules and output are its job.
		files: ["src/cli/**/*.ts"],
		languageOptions: { globals: globals.node },
		rules: {
			"import/no-nodejs-modules": "off",
			"no-console": "off",
			"obsidianmd/no-nodejs-modules": "off",
		},
	},
	{
		// Tests and benchmarks run under Node (vitest, node); the fake Obsidian and the browser tests
		// also touch the DOM (happy-dom, Chromium). Vitest's functions are imported, never global.
		files: TOOLING,
		extends: [js.configs.recommended, tseslint.configs.recommended],
		languageOptions: { globals: { ...globals.node, ...globals.browser } },
		rules: {
			// A leading underscore marks a parameter kept for its position in a signature.
			"@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
		},
	},
	{
		files: ["test/fake-obsidian/**/*.ts"],
		rules: {
			// The fake copies obsidian.d.ts's signatures, `any` included (conformance.ts checks them).
			"@typescript-eslint/no-explicit-any": "off",
			// Walking up a chain of parents (DOM, workspace, scopes) starts from `this`.
			"@typescript-eslint/no-this-alias": "off",
		},
	},
]);
