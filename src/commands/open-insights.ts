import type { Command } from "obsidian";
import type { PluginHost } from "../ui/host";
import { openInsights } from "../ui/insights-view";

/** "Open the search at a glance": the funnel, fields, organizations and referral chain. */
export function openInsightsCommand(host: PluginHost): Command {
	return {
		id: "open-insights",
		name: "Open the search at a glance",
		callback: () => openInsights(host.app.workspace),
	};
}
