import type { Command } from "obsidian";
import type { PluginHost } from "../ui/host";
import { openFollowUps } from "../ui/open-view";
import { noticeOnFailure } from "../obsidian/failures";

/** "Open follow-ups": shows the follow-ups view in the right sidebar. */
export function openFollowUpsCommand(host: PluginHost): Command {
	return {
		id: "open-follow-ups",
		name: "Open follow-ups",
		callback: () => noticeOnFailure(() => openFollowUps(host.app.workspace), "Could not open the follow-ups"),
	};
}
