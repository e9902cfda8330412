/** What went wrong, for a message: an error's own message, or the value as text. */
export function errorText(e: unknown): string {
	return e instanceof Error ? e.message : String(e);
}
