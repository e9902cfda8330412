import { setFlagsFromString } from "node:v8";

/**
 * Keeps the command line's young generation (where V8 puts new objects) at the
 * size it starts with, 1 to 2 MB, instead of letting it grow to 32 MB. V8 grows
 * it while many new objects outlive a collection, as every note read into the
 * index does; the index moves to the old generation all the same, so the larger
 * space buys nothing here but 25 MB of peak memory (`due` on 70,000 notes: about
 * 175 MB without this, 150 MB with it; bench/RESULTS.md).
 *
 * The flag is read each time V8 would grow the space, so it takes effect when
 * set at run time, but only before the space has grown: this module is the
 * first that src/cli/cli.ts imports, so it runs before the others load. Node
 * sets V8's flags again when it starts a worker thread, which undoes this one;
 * the reader thread runs this file too (reader-thread.ts), and sets it back.
 * test/cli/due-bench-vault.test.ts checks that the space stays small, and that
 * nothing is said on standard error (an engine without the flag would say so).
 */
setFlagsFromString("--semi-space-growth-factor=1");
