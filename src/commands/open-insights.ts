import type { Command } from "obsidian";
import type { PluginHost } from "../ui/host";
import { openInsights } from "../ui/insights-view";
import { noticeOnFailure } from "../obsidian/failures";

/** "Open the search at a glance": the funnel, fields, organizations and referral chain. */
export function openInsightsCommand(host: PluginHost): Command {
	return {
		id: "open-insights",
		name: "Open the search at a glance",
		callback: () => noticeOnFailure(() => openInsights(host.app.workspace), "Could not open the search at a glance"),
	};
}
