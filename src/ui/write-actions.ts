import type { App } from "obsidian";
import { noticeOnFailure } from "../obsidian/failures";
import { notPursuingChange, offersNotPursuing, offersSchedule } from "../domain/follow-up-writes";
import type { Properties, PropertyChange } from "../domain/property-change";
import { declinedChange, DEFAULT_DURATION } from "../domain/schedule";
import type { ItemAction } from "./render";
import { ScheduleModal } from "./schedule-modal";
import type { FollowUpItem } from "./view-model";

/** What the buttons below need from the Follow-ups view. */
export interface WritingView {
	readonly app: App;
	seenFor(item: FollowUpItem): Properties | null;
	write(item: FollowUpItem, change: PropertyChange, done: string): Promise<void>;
}

/**
 * The buttons of a row that write to its note, beside Done and Snooze:
 * Schedule… and Declined on an open request (a nudge), Not pursuing on a
 * reach-out or a keep-in-touch. Each write is guarded and offers Undo.
 */
export function writeActions(view: WritingView, item: FollowUpItem): ItemAction[] {
	const f = item.followUp;
	const actions: ItemAction[] = [];
	if (offersSchedule(f)) {
		actions.push({
			id: "schedule",
			label: "Schedule…",
			tooltip: "They replied: record the date, time, format and place",
			icon: "calendar-plus",
			run: () => openScheduleModal(view, item),
		});
		actions.push({
			id: "declined",
			label: "Declined",
			tooltip: "They said no: close the request",
			icon: "circle-slash",
			run: () => void noticeOnFailure(() => view.write(item, declinedChange(f.note, view.seenFor(item)), `Recorded that ${f.person} declined.`), "Could not record it"),
		});
	}
	if (offersNotPursuing(f)) {
		const tooltip = f.kind === "reach-out" ? "You will not contact this person: the suggestion goes away" : "Stop keeping in touch: the contact is paused";
		actions.push({
			id: "not-pursuing",
			label: "Not pursuing",
			tooltip,
			icon: "user-x",
			run: () => void noticeOnFailure(() => view.write(item, notPursuingChange(f, view.seenFor(item)), `Not pursuing ${f.person}.`), "Could not record it"),
		});
	}
	return actions;
}

function openScheduleModal(view: WritingView, item: FollowUpItem): void {
	const f = item.followUp;
	new ScheduleModal(view.app, f.note, view.seenFor(item), DEFAULT_DURATION, (change, what) => {
		void noticeOnFailure(() => view.write(item, change, what === "scheduled" ? `Scheduled the conversation with ${f.person}.` : `Recorded that ${f.person} declined.`), "Could not record it");
	}).open();
}
