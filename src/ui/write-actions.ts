import type { App } from "obsidian";
import { followUpKind, type RowWrite } from "../domain/follow-up-kinds";
import { declinedChange, notPursuingChange } from "../domain/follow-up-writes";
import type { Properties, PropertyChange } from "../domain/property-change";
import type { FollowUpItem } from "../index/view-model";
import { noticeOnFailure } from "../obsidian/failures";
import type { ItemAction } from "../plugin-host";
import { ScheduleModal, scheduledNotice } from "./schedule-modal";

/** What the buttons below need from the Follow-ups view. */
export interface WritingView {
	readonly app: App;
	/** The Schedule dialog's duration when the note has none (a setting). */
	defaultDuration(): number;
	seenFor(item: FollowUpItem): Properties | null;
	write(item: FollowUpItem, change: PropertyChange, done: string): Promise<void>;
}

/**
 * The buttons of a row that write to its note, beside the main button and
 * Snooze, as the kinds table's `writes` lists them: Schedule… and Declined on
 * an open request (a nudge), Not pursuing on a reach-out or a keep-in-touch.
 * Each write is guarded and offers Undo.
 */
export function writeActions(view: WritingView, item: FollowUpItem): ItemAction[] {
	return followUpKind(item.followUp.kind).writes.map((w: RowWrite) => ACTIONS[w](view, item));
}

const ACTIONS: Record<RowWrite, (view: WritingView, item: FollowUpItem) => ItemAction> = {
	schedule: (view, item) => ({
		id: "schedule",
		label: "Schedule…",
		tooltip: "They replied: record the date, time, format and place",
		icon: "calendar-plus",
		run: () => {
			const f = item.followUp;
			new ScheduleModal(view.app, f.note, view.seenFor(item), view.defaultDuration(), (change, what) =>
				write(view, item, change, scheduledNotice(what, f.person)),
			).open();
		},
	}),
	declined: (view, item) => ({
		id: "declined",
		label: "Declined",
		tooltip: "They said no: close the request",
		icon: "circle-slash",
		run: () => write(view, item, declinedChange(item.followUp.note, view.seenFor(item)), scheduledNotice("declined", item.followUp.person)),
	}),
	"not-pursuing": (view, item) => ({
		id: "not-pursuing",
		label: "Not pursuing",
		tooltip: item.followUp.kind === "reach-out" ? "You will not contact this person: the suggestion goes away" : "Stop keeping in touch: the contact is paused",
		icon: "user-x",
		run: () => write(view, item, notPursuingChange(item.followUp, view.seenFor(item)), `Not pursuing ${item.followUp.person}.`),
	}),
};

function write(view: WritingView, item: FollowUpItem, change: PropertyChange, done: string): void {
	void noticeOnFailure(() => view.write(item, change, done), "Could not record it");
}
