import type { Workspace, WorkspaceLeaf } from "obsidian";
import { VIEW_TYPE_FOLLOW_UPS } from "./constants";
import { FollowUpsView } from "./follow-ups-view";

/**
 * Shows the follow-ups view: the existing one, else a new one in the right
 * sidebar (or in a new tab when there is no right sidebar to use). Obsidian
 * 1.7+ leaf API: `revealLeaf` is async and also loads a deferred view.
 */
export async function openFollowUps(workspace: Workspace, options: { active?: boolean } = {}): Promise<WorkspaceLeaf> {
	const active = options.active ?? true;
	let leaf = workspace.getLeavesOfType(VIEW_TYPE_FOLLOW_UPS)[0] ?? null;
	if (!leaf) {
		leaf = workspace.getRightLeaf(false) ?? workspace.getLeaf("tab");
		await leaf.setViewState({ type: VIEW_TYPE_FOLLOW_UPS, active });
	}
	await workspace.revealLeaf(leaf);
	return leaf;
}

/** Re-renders every open follow-ups view (deferred ones render when first shown). */
export function refreshFollowUpViews(workspace: Workspace): void {
	for (const leaf of workspace.getLeavesOfType(VIEW_TYPE_FOLLOW_UPS)) {
		if (leaf.view instanceof FollowUpsView) leaf.view.refresh();
	}
}
