import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
	resolve: {
		alias: {
			// There is no Obsidian runtime outside the app: tests import a faithful fake.
			obsidian: fileURLToPath(new URL("./test/fake-obsidian/index.ts", import.meta.url)),
		},
	},
	test: {
		include: ["test/**/*.test.ts"],
		exclude: ["test/e2e/**", "node_modules/**"],
		environment: "node",
	},
});
