import { normalizePath, TFolder, type App } from "obsidian";
import { localToday } from "../domain/dates";
import { readRecognitionText, type RecognitionTextKey } from "../domain/recognition";
import type { PluginHost } from "../plugin-host";
import type { PluginSettings } from "./plugin-settings";
import { row, type Row } from "./setting-row";

const TEXTS: Record<RecognitionTextKey, [name: string, desc: string, placeholder: string]> = {
	contactFolders: ["Contact folders", "Notes in these folders, sub-folders included, are contacts. Separate several with commas.", "People"],
	contactTags: ["Contact tags", "Notes with one of these tags, nested tags included, in the properties or the text, are contacts.", "person"],
	contactProperty: ["Contact property", "A property and the value that marks a contact; a link matches as links do.", "categories: [[People]]"],
	interviewFolders: ["Interview folders", "Notes in these folders, sub-folders included, are interviews.", "Meetings"],
	interviewTags: ["Interview tags", "Notes with one of these tags are interviews.", "meeting"],
	interviewProperty: ["Interview property", "A property and the value that marks an interview.", "categories: [[Meetings]]"],
	personProperty: ["Person of a recognised interview", "The property of a recognised interview that links to the person you met.", "contact"],
};

/**
 * The "Notes you already have" rows: a switch, then what marks a contact and an
 * interview besides `type`. A value that cannot be used (a folder the vault
 * does not have, a tag with a space) is explained under its row and not saved.
 */
export function recognitionRows(app: App, host: PluginHost, save: (change: (s: PluginSettings) => void) => void): Row[] {
	const toggle = row(
		"Recognise notes you already have",
		"Count notes as contacts and interviews by the folders, tags or property below, without writing a type into them. Interviews dated before the day you turn this on ask for no thank-you or reach-out.",
		(setting) => {
			setting.addToggle((t) =>
				t.setValue(host.settings.recognise).onChange((value) => {
					save((s) => {
						s.recognise = value;
						if (value) s.recogniseSince = localToday(new Date());
					});
				}),
			);
		},
	);
	const texts = (Object.keys(TEXTS) as RecognitionTextKey[]).map((key) => {
		const [name, desc, placeholder] = TEXTS[key];
		return row(name, desc, (setting) => {
			const error = setting.descEl.createDiv({ cls: "informational-interviews-setting-error", attr: { role: "alert" } });
			setting.addText((t) =>
				t
					.setPlaceholder(placeholder)
					.setValue(host.settings[key])
					.onChange((value) => {
						const message = recognitionTextProblem(app, key, value);
						t.inputEl.toggleClass("informational-interviews-invalid", message !== null);
						error.setText(message ?? "");
						if (message !== null) return;
						save((s) => {
							s[key] = value.trim();
						});
					}),
			);
		});
	});
	return [toggle, ...texts];
}

/** What is wrong with a recognition row's text, or null when it can be saved. */
function recognitionTextProblem(app: App, key: RecognitionTextKey, value: string): string | null {
	const read = readRecognitionText(key, value);
	if (!read.ok) return read.message;
	if (key !== "contactFolders" && key !== "interviewFolders") return null;
	for (const folder of value.split(",").map((f) => f.trim()).filter((f) => f !== "")) {
		if (!(app.vault.getAbstractFileByPath(normalizePath(folder)) instanceof TFolder)) return `There is no folder "${folder}" in this vault.`;
	}
	return null;
}
