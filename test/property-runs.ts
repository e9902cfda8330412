import fc from "fast-check";

/**
 * How many cases a property test with its own count runs: `n`, or fewer when a global count is
 * set lower (test/mutation-setup.ts does, for `npm run mutation`, where every mutant runs the
 * property again). A count given to `fc.assert` would override the global one.
 */
export const runs = (n: number): number => Math.min(n, fc.readConfigureGlobal().numRuns ?? n);
