/** A small seeded PRNG (mulberry32) with the helpers the generator needs: same seed, same vault. */
export function createRng(seed) {
	let a = seed >>> 0;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const rng = {
		next,
		/** Integer in [lo, hi]. */
		int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
		chance: (p) => next() < p,
		pick: (list) => list[Math.floor(next() * list.length)],
		/** Picks by weight: `[[value, weight], …]`. */
		weighted: (pairs) => {
			let total = 0;
			for (const [, w] of pairs) total += w;
			let r = next() * total;
			for (const [v, w] of pairs) {
				r -= w;
				if (r < 0) return v;
			}
			return pairs[pairs.length - 1][0];
		},
		shuffle: (list) => {
			for (let i = list.length - 1; i > 0; i--) {
				const j = Math.floor(next() * (i + 1));
				[list[i], list[j]] = [list[j], list[i]];
			}
			return list;
		},
	};
	return rng;
}
