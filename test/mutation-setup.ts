// Set up for `npm run mutation` only (vitest.mutation.config.mts): Stryker runs the tests that
// reach a mutant once per mutant, so property tests run fewer cases, from a fixed seed so that a
// mutant's fate does not change from one run to the next. `npm test` keeps its full counts and
// random seeds.
import fc from "fast-check";

fc.configureGlobal({ numRuns: 25, seed: 20261122 });
