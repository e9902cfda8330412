// Set up for `npm run mutation` only (vitest.mutation.config.mts): Stryker runs the tests that
// reach a mutant once per mutant, so property tests run fewer cases, from a fixed seed so that a
// mutant's fate does not change from one run to the next. `npm test` keeps its full counts and
// random seeds.
import fc from "fast-check";

fc.configureGlobal({ numRuns: 25, seed: 20261122 });

// The built command line's tests are skipped (test/cli/bundled-cli.ts): no mutant runs in its process.
process.env.II_MUTATION_RUN = "1";
