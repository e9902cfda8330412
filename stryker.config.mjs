// Mutation testing (`npm run mutation`): how many small deliberate breaks of src/domain, src/index
// and src/cli the test suite notices. Slow, so not part of `npm test` or .ci/run. Results and
// the mutants judged equivalent: docs/mutation.md.
//
// One fixed time zone, so a mutant's fate never depends on where it runs (`npm test` covers two).
process.env.TZ = "America/Los_Angeles";

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
	testRunner: "vitest",
	vitest: { configFile: "vitest.mutation.config.mts" },
	mutate: ["src/domain/**/*.ts", "src/index/**/*.ts", "src/cli/**/*.ts"],
	coverageAnalysis: "perTest",
	// A mutant in code that runs when a module loads (tables, regular expressions, constants) can
	// only be tested by running every test again: on two cores that would take hours. Stryker
	// reports them as ignored; docs/mutation.md says how many.
	ignoreStatic: true,
	// The machine is shared: one test process (run it under `nice`, as the script does).
	concurrency: 1,
	// With --incremental (as `npm run mutation` runs it), the results of mutants whose code and
	// tests did not change are reused from this file; `--force` tests them all again.
	incrementalFile: "reports/stryker-incremental.json",
	reporters: ["clear-text", "progress", "html"],
	htmlReporter: { fileName: "reports/mutation/mutation.html" },
	clearTextReporter: { allowColor: false, logTests: false, reportMutants: false, reportScoreTable: true },
	thresholds: { high: 85, low: 70, break: null },
	tempDirName: ".stryker-tmp",
	cleanTempDir: true,
	timeoutMS: 10000,
};
