/** Medians, timers and the final table of the benchmark. */

export function summarize(samples) {
	const s = [...samples].sort((a, b) => a - b);
	const n = s.length;
	const median = n === 0 ? NaN : n % 2 === 1 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
	return { n, median, min: s[0] ?? NaN, max: s[n - 1] ?? NaN };
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
	if (value >= 1000) return `${(value / 1000).toFixed(2)} s`;
	if (value >= 100) return `${value.toFixed(0)} ms`;
	if (value >= 10) return `${value.toFixed(1)} ms`;
	if (value >= 1) return `${value.toFixed(2)} ms`;
	return `${(value * 1000).toFixed(0)} µs`;
}

/**
 * A figure as groups report it:
 * { id, label, unit: "ms" | "×", samples: number[], target?: number, runs?: string, note?: string }
 * A figure without a target is shown for information (no PASS/MISS).
 */
export function verdict(figure) {
	const { median } = summarize(figure.samples);
	if (figure.target === undefined) return { pass: null, text: "" };
	if (median <= figure.target) return { pass: true, text: "PASS" };
	const over = (median / figure.target - 1) * 100;
	return { pass: false, text: `MISS by ${over.toFixed(0)}% (${formatValue(median, figure.unit)} for ${formatValue(figure.target, figure.unit)})` };
}

export function table(figures) {
	const rows = [["figure", "median", "min", "max", "runs", "target", "result"]];
	for (const f of figures) {
		const s = summarize(f.samples);
		rows.push([
			`(${f.id}) ${f.label}`,
			formatValue(s.median, f.unit),
			formatValue(s.min, f.unit),
			formatValue(s.max, f.unit),
			f.runs ?? String(s.n),
			f.target === undefined ? "" : `≤ ${formatValue(f.target, f.unit)}`,
			verdict(f).text,
		]);
	}
	const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => [...r[c]].length)));
	const line = (r) => r.map((cell, c) => (c === 0 || c === 6 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  ").trimEnd();
	return [line(rows[0]), widths.map((w) => "-".repeat(w)).join("  "), ...rows.slice(1).map(line)].join("\n");
}
