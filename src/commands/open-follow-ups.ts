import { openFollowUps } from "../ui/open-view";
import { anyNote, run, type CommandEntry } from "./command-entry";

/** "Open follow-ups": shows the follow-ups view in the right sidebar. */
export const openFollowUpsCommand: CommandEntry = {
	id: "open-follow-ups",
	name: "Open follow-ups",
	context: anyNote,
	handler: run((host) => openFollowUps(host.app.workspace)),
};
