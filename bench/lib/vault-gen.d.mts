export const DEFAULT_COUNTS: { contacts: number; interviews: number; unrelated: number };
export function generateVault(
	root: string,
	options?: { contacts?: number; interviews?: number; unrelated?: number; seed?: number },
): {
	root: string;
	today: string;
	notes: { path: string; kind: "contact" | "interview" | "other"; frontmatter: Record<string, unknown> | undefined }[];
	bytes: number;
	folders: number;
	stats: Record<string, number>;
};
