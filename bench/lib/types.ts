/** What the runner hands every figure group, and what a group hands back. */

export interface BenchNote {
	/** Vault-relative path with `/` separators. */
	path: string;
	kind: "contact" | "interview" | "other";
	/** As Obsidian's metadataCache gives it: dates as text; undefined when none or unreadable. */
	frontmatter: Record<string, unknown> | undefined;
}

export interface BenchContext {
	/** Root of the repository (dist/cli.js lives below it). */
	repo: string;
	/** A scratch folder, removed at the end. */
	tmp: string;
	vault: {
		root: string;
		today: string;
		notes: BenchNote[];
		bytes: number;
		stats: Record<string, number>;
	};
	runs: {
		/** Full builds timed for (a) and the plugin's full index. */
		build: number;
		/** Different notes changed for (b). */
		changes: number;
		/** CLI/floor pairs for (c). */
		cli: number;
	};
	log(line: string): void;
}

export interface Figure {
	id: string;
	label: string;
	unit: "ms" | "×" | "MB" | "count";
	/** Every sample; the table shows their p50, p95, p99 and max. */
	samples: number[];
	/** The goal: met when the statistic `goalOn` names is at most this; no target: shown for information. */
	target?: number;
	/** Which statistic the goal applies to (default the median). */
	goalOn?: "median" | "p95" | "p99" | "max";
	/** How the run count reads in the table, e.g. "11 (+1 warm-up)". */
	runs?: string;
}
