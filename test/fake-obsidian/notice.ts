import { hasDocument } from "./dom";

/** What a test sees of a Notice. */
export interface NoticeRecord {
	/** The message as text (a DocumentFragment message is recorded by its text content). */
	message: string;
	/** The duration given to the constructor (undefined = Obsidian's default). */
	duration: number | undefined;
	hidden: boolean;
	notice: Notice;
}

/** Every Notice shown since the last `resetFakeObsidian()` / `clearNotices()`, oldest first. */
export const notices: NoticeRecord[] = [];

/** Test helper: the messages of every Notice shown so far. */
export function noticeMessages(): string[] {
	return notices.map((n) => n.message);
}

export function clearNotices(): void {
	notices.length = 0;
}

const DEFAULT_DURATION = 5000;

function textOf(message: string | DocumentFragment): string {
	return typeof message === "string" ? message : (message.textContent ?? "");
}

/** Obsidian's Notice: shown at once, hidden after `duration` ms (0 = until dismissed). */
export class Notice {
	noticeEl!: HTMLElement;
	containerEl!: HTMLElement;
	messageEl!: HTMLElement;
	/** @internal */
	_record: NoticeRecord;

	constructor(message: string | DocumentFragment, duration?: number) {
		this._record = { message: textOf(message), duration, hidden: false, notice: this };
		notices.push(this._record);
		if (hasDocument()) {
			let container = document.body.querySelector<HTMLElement>(":scope > .notice-container");
			if (!container) container = document.body.createDiv("notice-container");
			this.containerEl = container;
			this.noticeEl = container.createDiv("notice");
			this.messageEl = this.noticeEl.createDiv("notice-message");
			this.messageEl.setText(message);
			this.noticeEl.addEventListener("click", () => this.hide());
		}
		const ms = duration ?? DEFAULT_DURATION;
		if (ms > 0) setTimeout(() => this.hide(), ms);
	}

	setMessage(message: string | DocumentFragment): this {
		this._record.message = textOf(message);
		this.messageEl?.setText(message);
		return this;
	}

	hide(): void {
		if (this._record.hidden) return;
		this._record.hidden = true;
		this.noticeEl?.detach();
	}
}
