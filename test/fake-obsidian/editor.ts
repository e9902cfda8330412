import type { EditorChange, EditorCommandName, EditorPosition, EditorRange, EditorSelection, EditorSelectionOrCaret, EditorTransaction } from "obsidian";

/**
 * A string-backed stand-in for Obsidian's `Editor` (CodeMirror is not available): text, one main
 * selection, undo/redo, transactions. Scrolling and focus are no-ops.
 */
export class FakeEditor {
	/** @internal */ _text = "";
	/** @internal */ _anchor: EditorPosition = { line: 0, ch: 0 };
	/** @internal */ _head: EditorPosition = { line: 0, ch: 0 };
	/** @internal */ _undo: string[] = [];
	/** @internal */ _redo: string[] = [];
	/** @internal called after every change made through the editor */
	_onChange: (() => void) | null = null;

	getDoc(): this {
		return this;
	}

	refresh(): void {}

	getValue(): string {
		return this._text;
	}

	setValue(content: string): void {
		this._change(content);
	}

	/** @internal Sets the text without history or change notification (loading a file). */
	_load(content: string): void {
		this._text = content;
		this._undo = [];
		this._redo = [];
		this._anchor = this._clamp(this._anchor);
		this._head = this._clamp(this._head);
	}

	/** @internal */
	_change(next: string): void {
		if (next === this._text) return;
		this._undo.push(this._text);
		this._redo = [];
		this._text = next;
		this._anchor = this._clamp(this._anchor);
		this._head = this._clamp(this._head);
		this._onChange?.();
	}

	/** @internal */
	_lines(): string[] {
		return this._text.split("\n");
	}

	/** @internal */
	_clamp(pos: EditorPosition): EditorPosition {
		const lines = this._lines();
		const line = Math.max(0, Math.min(pos.line, lines.length - 1));
		const ch = Math.max(0, Math.min(pos.ch, (lines[line] ?? "").length));
		return { line, ch };
	}

	getLine(line: number): string {
		return this._lines()[line] ?? "";
	}

	setLine(n: number, text: string): void {
		this.replaceRange(text, { line: n, ch: 0 }, { line: n, ch: this.getLine(n).length });
	}

	lineCount(): number {
		return this._lines().length;
	}

	lastLine(): number {
		return this.lineCount() - 1;
	}

	getSelection(): string {
		return this.getRange(this.getCursor("from"), this.getCursor("to"));
	}

	somethingSelected(): boolean {
		return this.posToOffset(this._anchor) !== this.posToOffset(this._head);
	}

	getRange(from: EditorPosition, to: EditorPosition): string {
		const a = this.posToOffset(from);
		const b = this.posToOffset(to);
		return this._text.slice(Math.min(a, b), Math.max(a, b));
	}

	replaceSelection(replacement: string, origin?: string): void {
		void origin;
		const from = this.getCursor("from");
		const start = this.posToOffset(from);
		this.replaceRange(replacement, from, this.getCursor("to"));
		const end = this.offsetToPos(start + replacement.length);
		this._anchor = end;
		this._head = end;
	}

	replaceRange(replacement: string, from: EditorPosition, to?: EditorPosition, origin?: string): void {
		void origin;
		const a = this.posToOffset(from);
		const b = to ? this.posToOffset(to) : a;
		const [s, e] = a <= b ? [a, b] : [b, a];
		this._change(this._text.slice(0, s) + replacement + this._text.slice(e));
	}

	getCursor(side: "from" | "to" | "head" | "anchor" = "head"): EditorPosition {
		const a = this.posToOffset(this._anchor);
		const h = this.posToOffset(this._head);
		switch (side) {
			case "from":
				return a <= h ? { ...this._anchor } : { ...this._head };
			case "to":
				return a <= h ? { ...this._head } : { ...this._anchor };
			case "anchor":
				return { ...this._anchor };
			default:
				return { ...this._head };
		}
	}

	listSelections(): EditorSelection[] {
		return [{ anchor: { ...this._anchor }, head: { ...this._head } }];
	}

	setCursor(pos: EditorPosition | number, ch?: number): void {
		const p = typeof pos === "number" ? { line: pos, ch: ch ?? 0 } : pos;
		this._anchor = this._clamp(p);
		this._head = this._clamp(p);
	}

	setSelection(anchor: EditorPosition, head?: EditorPosition): void {
		this._anchor = this._clamp(anchor);
		this._head = this._clamp(head ?? anchor);
	}

	setSelections(ranges: EditorSelectionOrCaret[], main?: number): void {
		const r = ranges[main ?? 0] ?? ranges[0];
		if (r) this.setSelection(r.anchor, r.head);
	}

	focus(): void {}

	blur(): void {}

	hasFocus(): boolean {
		return false;
	}

	getScrollInfo(): { top: number; left: number } {
		return { top: 0, left: 0 };
	}

	scrollTo(x?: number | null, y?: number | null): void {
		void x;
		void y;
	}

	scrollIntoView(range: EditorRange, center?: boolean): void {
		void range;
		void center;
	}

	undo(): void {
		const prev = this._undo.pop();
		if (prev === undefined) return;
		this._redo.push(this._text);
		this._text = prev;
		this._onChange?.();
	}

	redo(): void {
		const next = this._redo.pop();
		if (next === undefined) return;
		this._undo.push(this._text);
		this._text = next;
		this._onChange?.();
	}

	exec(command: EditorCommandName): void {
		const cur = this.getCursor();
		switch (command) {
			case "goStart":
				this.setCursor({ line: 0, ch: 0 });
				break;
			case "goEnd":
				this.setCursor({ line: this.lastLine(), ch: this.getLine(this.lastLine()).length });
				break;
			case "goUp":
				this.setCursor({ line: cur.line - 1, ch: cur.ch });
				break;
			case "goDown":
				this.setCursor({ line: cur.line + 1, ch: cur.ch });
				break;
			case "goLeft":
				this.setCursor(this.offsetToPos(this.posToOffset(cur) - 1));
				break;
			case "goRight":
				this.setCursor(this.offsetToPos(this.posToOffset(cur) + 1));
				break;
			case "deleteLine": {
				const lines = this._lines();
				lines.splice(cur.line, 1);
				this._change(lines.join("\n"));
				break;
			}
			case "newlineAndIndent":
				this.replaceSelection("\n");
				break;
			default:
				break;
		}
	}

	transaction(tx: EditorTransaction, origin?: string): void {
		void origin;
		if (tx.replaceSelection !== undefined) this.replaceSelection(tx.replaceSelection);
		if (tx.changes && tx.changes.length > 0) {
			const sorted = [...tx.changes].sort((a: EditorChange, b: EditorChange) => this.posToOffset(b.from) - this.posToOffset(a.from));
			let text = this._text;
			for (const c of sorted) {
				const a = this.posToOffset(c.from);
				const b = c.to ? this.posToOffset(c.to) : a;
				text = text.slice(0, a) + c.text + text.slice(b);
			}
			this._change(text);
		}
		const sel = tx.selection ?? tx.selections?.[0];
		if (sel) this.setSelection(sel.from, sel.to ?? sel.from);
	}

	wordAt(pos: EditorPosition): EditorRange | null {
		const line = this.getLine(pos.line);
		let s = pos.ch;
		let e = pos.ch;
		while (s > 0 && /\w/.test(line[s - 1] ?? "")) s--;
		while (e < line.length && /\w/.test(line[e] ?? "")) e++;
		if (s === e) return null;
		return { from: { line: pos.line, ch: s }, to: { line: pos.line, ch: e } };
	}

	posToOffset(pos: EditorPosition): number {
		const lines = this._lines();
		const line = Math.max(0, Math.min(pos.line, lines.length - 1));
		let offset = 0;
		for (let i = 0; i < line; i++) offset += (lines[i] ?? "").length + 1;
		return offset + Math.max(0, Math.min(pos.ch, (lines[line] ?? "").length));
	}

	offsetToPos(offset: number): EditorPosition {
		const o = Math.max(0, Math.min(offset, this._text.length));
		const before = this._text.slice(0, o);
		const line = before.split("\n").length - 1;
		const ch = o - (before.lastIndexOf("\n") + 1);
		return { line, ch };
	}

	processLines<T>(read: (line: number, lineText: string) => T | null, write: (line: number, lineText: string, value: T | null) => EditorChange | void, ignoreEmpty = false): void {
		const changes: EditorChange[] = [];
		const lines = this._lines();
		lines.forEach((text, i) => {
			if (ignoreEmpty && text.trim() === "") return;
			const value = read(i, text);
			const change = write(i, text, value);
			if (change) changes.push(change);
		});
		if (changes.length > 0) this.transaction({ changes });
	}
}
