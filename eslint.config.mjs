import { defineConfig, globalIgnores } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import globals from "globals";

export default defineConfig([
	globalIgnores(["node_modules/", "main.js", "dist/", "test/", "bench/", "example-vault/", "*.mjs", "*.mts"]),
	...obsidianmd.configs.recommended,
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
]);
