/**
 * Figures (a) and (b): the in-memory index fed with frontmatter objects as the
 * plugin gets them from Obsidian's metadataCache (no disk, no YAML).
 */
import { VaultIndex } from "../../src/index/vault-index";
import { collectGarbage, now } from "../lib/stats.mjs";
import type { BenchContext, Figure } from "../lib/types";

type Fm = Record<string, unknown>;

export default {
	name: "index (in memory)",
	run(ctx: BenchContext): Figure[] {
		const { notes, today } = ctx.vault;
		const horizon = 14;

		// ---- (a) full build ----------------------------------------------------
		const build = (): VaultIndex => {
			const index = new VaultIndex();
			for (const n of notes) index.upsert(n.path, n.frontmatter);
			index.dashboard(today, horizon);
			index.fields(today);
			index.problems();
			return index;
		};
		const buildRuns = ctx.runs.build;
		const samples: number[] = [];
		let first = NaN;
		let index: VaultIndex | null = null;
		for (let i = 0; i <= buildRuns; i++) {
			index = null;
			collectGarbage();
			const t = now();
			index = build();
			const ms = now() - t;
			if (i === 0) first = ms; // the first run also warms the JIT up: reported apart
			else samples.push(ms);
		}
		if (!index) throw new Error("no index");
		const d = index.dashboard(today, horizon);
		ctx.log(
			`  index: ${index.size} contacts and interviews, ${index.followUps(today).length} follow-ups ` +
				`(${d.overdue.length} overdue, ${d.due.length} due, ${d.upcoming.length} upcoming within ${horizon} days), ` +
				`${index.fields(today).length} fields, ${index.problems().length} problems`,
		);

		// ---- (b) one note changed -----------------------------------------------
		const changes = planChanges(notes, today, ctx.runs.changes);
		const changeSamples: number[] = [];
		const byKind = new Map<string, number[]>();
		collectGarbage();
		for (const change of changes) {
			const t = now();
			if (change.rename) index.rename(change.path, change.rename);
			else index.upsert(change.path, change.frontmatter);
			index.dashboard(today, horizon);
			index.fields(today);
			const ms = now() - t;
			changeSamples.push(ms);
			let list = byKind.get(change.kind);
			if (!list) byKind.set(change.kind, (list = []));
			list.push(ms);
		}
		const kinds = [...byKind].map(([k, v]) => `${k} ${v.length}× median ${(median(v) * 1000).toFixed(0)} µs`).join(", ");
		ctx.log(`  (b) changes: ${kinds}`);

		return [
			{ id: "a", label: `index build, ${notes.length} frontmatter objects + queries`, unit: "ms", samples, target: 100, runs: `${buildRuns} (+1 warm-up)` },
			{ id: "a0", label: "  the same, first run (cold JIT)", unit: "ms", samples: [first], runs: "1" },
			{ id: "b", label: "one note changed → follow-ups + fields", unit: "ms", samples: changeSamples, target: 1, goalOn: "p99", runs: `${changeSamples.length} notes` },
		];
	},
};

function median(v: number[]): number {
	const s = [...v].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)] ?? NaN;
}

interface Change {
	kind: string;
	path: string;
	frontmatter?: Fm;
	rename?: string;
}

/**
 * A deterministic mix of edits people make: thank-you sent, a conversation moved
 * or marked done, a contact's last contact logged, paused, or moved to another
 * field, and renames of contacts and interviews. Each note is changed once.
 */
function planChanges(notes: BenchContext["vault"]["notes"], today: string, count: number): Change[] {
	const interviews = notes.filter((n) => n.kind === "interview" && n.frontmatter);
	const contacts = notes.filter((n) => n.kind === "contact" && n.frontmatter);
	const pickEvery = <T>(list: T[], k: number, offset: number): T[] => {
		const step = Math.max(1, Math.floor(list.length / Math.max(1, k)));
		return Array.from({ length: k }, (_, i) => list[(offset + i * step) % list.length] as T);
	};
	const nIv = Math.round(count * 0.55);
	const nC = Math.round(count * 0.35);
	const nRename = count - nIv - nC;
	const out: Change[] = [];
	pickEvery(interviews, nIv, 7).forEach((n, i) => {
		const fm = { ...(n.frontmatter as Fm) };
		const variant = i % 3;
		if (variant === 0) fm["thank-you-sent"] = today;
		else if (variant === 1) fm.date = shiftDate(fm.date, 3);
		else fm.status = "done";
		out.push({ kind: ["interview thank-you-sent", "interview date moved", "interview marked done"][variant] as string, path: n.path, frontmatter: fm });
	});
	pickEvery(contacts, nC, 3).forEach((n, i) => {
		const fm = { ...(n.frontmatter as Fm) };
		const variant = i % 3;
		if (variant === 0) fm["last-contact"] = today;
		else if (variant === 1) fm.status = fm.status === "paused" ? "active" : "paused";
		else fm.field = "Cartography";
		out.push({ kind: ["contact last-contact", "contact paused", "contact field"][variant] as string, path: n.path, frontmatter: fm });
	});
	const renamed = [...pickEvery(contacts, Math.ceil(nRename / 2), 11), ...pickEvery(interviews, Math.floor(nRename / 2), 13)];
	for (const n of renamed) {
		if (out.some((c) => c.path === n.path)) continue;
		const slash = n.path.lastIndexOf("/");
		out.push({ kind: `${n.kind} renamed`, path: n.path, rename: `Moved/${n.path.slice(slash + 1, -3)} (renamed).md` });
	}
	// Interleave kinds, deterministically, as edits would come.
	return out.map((c, i) => ({ c, k: (i * 7919) % out.length })).sort((x, y) => x.k - y.k).map((x) => x.c);
}

function shiftDate(value: unknown, days: number): unknown {
	const m = typeof value === "string" ? /(\d{4}-\d{2}-\d{2})/.exec(value) : null;
	if (!m?.[1]) return value;
	const t = Date.parse(m[1]) + days * 86_400_000;
	if (Number.isNaN(t)) return value;
	return value === m[1] ? new Date(t).toISOString().slice(0, 10) : (value as string).replace(m[1], new Date(t).toISOString().slice(0, 10));
}
