/** Percentiles, timers and the final table of the benchmark. */

/** The value at or below which `p` % of the sorted samples lie (nearest rank). */
function percentile(sorted, p) {
	if (sorted.length === 0) return NaN;
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function summarize(samples) {
	const s = [...samples].sort((a, b) => a - b);
	const n = s.length;
	const median = n === 0 ? NaN : n % 2 === 1 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
	return { n, median, p95: percentile(s, 95), p99: percentile(s, 99), min: s[0] ?? NaN, max: s[n - 1] ?? NaN };
}

export function now() {
	return performance.now();
}

export function collectGarbage() {
	if (typeof globalThis.gc === "function") globalThis.gc();
}

export function formatValue(value, unit) {
	if (!Number.isFinite(value)) return "–";
	if (unit === "count") return String(Math.round(value));
	if (unit === "×") return `${value.toFixed(2)}×`;
	if (unit === "MB") return `${value.toFixed(0)} MB`;
	if (value >= 1000) return `${(value / 1000).toFixed(2)} s`;
	if (value >= 100) return `${value.toFixed(0)} ms`;
	if (value >= 10) return `${value.toFixed(1)} ms`;
	if (value >= 1) return `${value.toFixed(2)} ms`;
	return `${(value * 1000).toFixed(0)} µs`;
}

const STAT_NAMES = { median: "p50", p95: "p95", p99: "p99", max: "max" };

/** The goal as the table shows it, e.g. "p99 ≤ 1.00 ms" (empty without a target). */
function goalText(figure) {
	if (figure.target === undefined) return "";
	return `${STAT_NAMES[figure.goalOn ?? "median"]} ≤ ${formatValue(figure.target, figure.unit)}`;
}

/**
 * A figure as groups report it:
 * { id, label, unit: "ms" | "×" | "MB" | "count", samples: number[], target?: number,
 *   goalOn?: "median" | "p95" | "p99" | "max", runs?: string }
 * The goal applies to the statistic `goalOn` names (the median unless told). A
 * figure without a target is shown for information (no verdict).
 */
export function verdict(figure) {
	if (figure.target === undefined) return { pass: null, text: "" };
	const value = summarize(figure.samples)[figure.goalOn ?? "median"];
	if (value <= figure.target) return { pass: true, text: "MET" };
	const over = (value / figure.target - 1) * 100;
	return { pass: false, text: `MISSED by ${over.toFixed(0)}% (${formatValue(value, figure.unit)})` };
}

/** One row per figure: p50, p95, p99, max, runs, goal and verdict. */
function tableRows(figures) {
	const rows = [["figure", "p50", "p95", "p99", "max", "runs", "goal", "verdict"]];
	for (const f of figures) {
		const s = summarize(f.samples);
		const single = s.n === 1;
		rows.push([
			`(${f.id}) ${f.label}`,
			formatValue(s.median, f.unit),
			single ? "" : formatValue(s.p95, f.unit),
			single ? "" : formatValue(s.p99, f.unit),
			single ? "" : formatValue(s.max, f.unit),
			f.runs ?? String(s.n),
			goalText(f),
			verdict(f).text,
		]);
	}
	return rows;
}

/** The rows as aligned plain text (the terminal, and a fenced block in RESULTS.md). */
export function table(figures) {
	const rows = tableRows(figures);
	const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => [...r[c]].length)));
	const line = (r) => r.map((cell, c) => (c === 0 || c === 7 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  ").trimEnd();
	return [line(rows[0]), widths.map((w) => "-".repeat(w)).join("  "), ...rows.slice(1).map(line)].join("\n");
}
