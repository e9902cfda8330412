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
		// Property tests run hundreds of cases; on a busy 2-core machine 5 s is too tight to mean "hung".
		testTimeout: 30_000,
	},
});
