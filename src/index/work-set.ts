/**
 * A set of work left (paths, group keys), taken a few at a time in insertion
 * order. One iterator is kept across calls: a fresh loop over the set would walk
 * past every entry deleted so far, each time (quadratic over a large set).
 */
export class WorkSet {
	private readonly items = new Set<string>();
	private cursor: Iterator<string> | null = null;

	get size(): number {
		return this.items.size;
	}

	add(item: string): void {
		this.items.add(item);
	}

	delete(item: string): void {
		this.items.delete(item);
	}

	clear(): void {
		this.items.clear();
		this.cursor = null;
	}

	/** Takes (removes and returns) up to `limit` entries, oldest first. */
	take(limit: number): string[] {
		const out: string[] = [];
		while (out.length < limit && this.items.size > 0) {
			const cursor = (this.cursor ??= this.items.values());
			const next = cursor.next();
			if (next.done === true) {
				this.cursor = null;
				continue;
			}
			this.items.delete(next.value);
			out.push(next.value);
		}
		return out;
	}
}
