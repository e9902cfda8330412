/**
 * Which `location` values the plugin opens: web addresses (`http:`, `https:`)
 * and `mailto:`, nothing else (README: "What the plugin never does"). Anything
 * else (a room, a street address, `file:`, `obsidian:`, `javascript:`) is
 * shown as text.
 */
export function openableLocation(location: string | null): string | null {
	if (location === null) return null;
	const text = location.trim();
	if (!/^(https?:\/\/|mailto:)\S+$/i.test(text)) return null;
	return text;
}
