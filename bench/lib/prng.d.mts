export interface Rng {
	next(): number;
	int(lo: number, hi: number): number;
	chance(p: number): boolean;
	pick<T>(list: readonly T[]): T;
	weighted<T>(pairs: readonly (readonly [T, number])[]): T;
	shuffle<T>(list: T[]): T[];
}
export function createRng(seed: number): Rng;
