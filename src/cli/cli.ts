// First, so that it runs before the rest of the command line loads (see the file).
import "./young-generation";
import { startCli } from "./entry";
import { isReaderThread, runReaderThread } from "./reader-thread";

// Entry point of dist/cli.js (its work is in ./entry, tested there); in a reader thread it
// started (src/cli/reader-thread.ts), that thread's work.
if (isReaderThread()) runReaderThread();
else void startCli(process, __filename);
