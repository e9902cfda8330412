import { openInsights } from "../ui/insights-view";
import { anyNote, run, type CommandEntry } from "./command-entry";

/** "Open the search at a glance": the funnel, fields, organizations and referral chain. */
export const openInsightsCommand: CommandEntry = {
	id: "open-insights",
	name: "Open the search at a glance",
	context: anyNote,
	handler: run((host) => openInsights(host.app.workspace)),
};
