import type { Setting } from "obsidian";

/** One row of the settings tab: its name and description (shown, and searched in Obsidian 1.13), and how its control is built. */
export interface Row {
	name: string;
	desc: string;
	render: (setting: Setting) => void;
}

/** A row whose render sets its own name and description first (the control's error line goes under it). */
export function row(name: string, desc: string, build: (setting: Setting) => void): Row {
	return { name, desc, render: (setting) => build(setting.setName(name).setDesc(desc)) };
}
