/**
 * Preloaded into a process (`node --import <this file> …`) by figure (c-rss):
 * when the process exits, writes its peak resident set size in bytes (worker
 * threads included: they share the process) to the file MAX_RSS_FILE names.
 */
import { writeFileSync } from "node:fs";

const out = process.env.MAX_RSS_FILE;
if (out) process.on("exit", () => writeFileSync(out, String(process.resourceUsage().maxRSS * 1024)));
