export function summarize(samples: readonly number[]): { n: number; median: number; p95: number; p99: number; min: number; max: number };
export function now(): number;
export function collectGarbage(): void;
export function formatValue(value: number, unit: string): string;
