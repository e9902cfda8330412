// The tests that `npm run mutation` runs (see stryker.config.mjs): those of the pure code and the
// command line. The plugin's tests over the fake Obsidian are left out: they would make each
// mutant several times slower and add little on src/domain, src/index and src/cli.
import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config.mts";

export default mergeConfig(
	base,
	defineConfig({
		test: {
			exclude: ["test/obsidian/**", "test/ui/**", "test/commands/**", "test/settings/**", "test/fake-obsidian/**", "test/fake-obsidian.test.ts"],
			// Fewer property cases, from a fixed seed (see the file).
			setupFiles: ["test/mutation-setup.ts"],
			// Property tests slow down under the instrumented code on a busy machine.
			testTimeout: 60_000,
		},
	}),
);
