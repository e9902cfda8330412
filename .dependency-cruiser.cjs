/**
 * The layers of docs/ARCHITECTURE.md as rules, checked by `npm run lint`:
 * domain and index are pure, the command line is a sibling of the plugin,
 * obsidian/ never reaches up to ui/, and no module depends on itself.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
	forbidden: [
		{
			name: "pure-core-obsidian",
			comment: "src/domain and src/index run anywhere (plugin, command line, tests): no Obsidian, not even its types.",
			severity: "error",
			from: { path: "^src/(domain|index)/" },
			to: { path: "^(obsidian$|node_modules/obsidian/)" },
		},
		{
			name: "pure-core-node",
			comment: "src/domain and src/index never import node:* (or a Node built-in by its bare name).",
			severity: "error",
			from: { path: "^src/(domain|index)/" },
			to: { dependencyTypes: ["core"] },
		},
		{
			name: "core-below-plugin",
			comment: "src/domain and src/index never import the plugin's layers or the command line.",
			severity: "error",
			from: { path: "^src/(domain|index)/" },
			to: { path: "^src/(obsidian|ui|commands|settings|cli)/|^src/(main|plugin-host)\\.ts$" },
		},
		{
			name: "domain-below-index",
			comment: "The domain knows single notes; the index builds on it, never the other way.",
			severity: "error",
			from: { path: "^src/domain/" },
			to: { path: "^src/index/" },
		},
		{
			name: "cli-not-plugin",
			comment: "The command line is a sibling of the plugin: never Obsidian, its views, commands or settings tab.",
			severity: "error",
			from: { path: "^src/cli/" },
			to: { path: "^(obsidian$|node_modules/obsidian/)|^src/(obsidian|ui|commands)/|^src/settings/settings-tab\\.ts$|^src/(main|plugin-host)\\.ts$" },
		},
		{
			name: "plugin-shares-pure-cli-only",
			comment: "Obsidian's command line prints what node dist/cli.js prints through the same code: the plugin may import the command line's pure report and option modules, nothing else of it.",
			severity: "error",
			from: { path: "^src/(obsidian|ui|commands|settings)/|^src/(main|plugin-host)\\.ts$" },
			to: { path: "^src/cli/", pathNot: "^src/cli/(due-text|args|terminal)\\.ts$" },
		},
		{
			name: "shared-cli-pure",
			comment: "The command line's modules the plugin shares run in Obsidian mobile too: no node:* there.",
			severity: "error",
			from: { path: "^src/cli/(due-text|args|terminal)\\.ts$" },
			to: { dependencyTypes: ["core"] },
		},
		{
			name: "obsidian-not-ui",
			comment: "src/obsidian (vault reads and writes) never reaches up to views or commands.",
			severity: "error",
			from: { path: "^src/obsidian/" },
			to: { path: "^src/(ui|commands)/" },
		},
		{
			name: "gray-matter-cli-only",
			comment: "gray-matter reads notes for the command line; the plugin uses Obsidian's own reader.",
			severity: "error",
			from: { pathNot: "^src/cli/" },
			to: { path: "node_modules/gray-matter/" },
		},
		{
			name: "no-circular",
			comment: "No module depends on itself, not even through type-only imports.",
			severity: "error",
			from: {},
			to: { circular: true },
		},
	],
	options: {
		doNotFollow: { path: "node_modules" },
		tsPreCompilationDeps: true,
		tsConfig: { fileName: "tsconfig.json" },
		enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default", "types"], mainFields: ["module", "main", "types", "typings"] },
		exclude: { path: "^test/" },
	},
};
