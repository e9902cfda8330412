import { PluginSettingTab, Setting, type App, type Plugin } from "obsidian";
import { RULE_WINDOWS, type CadenceWindowKey, type NumberWindowKey } from "../domain/rule-windows";
import { noticeOnFailure } from "../obsidian/failures";
import type { PluginHost } from "../plugin-host";
import { DURATION_RANGE } from "../domain/schedule";
import { DEFAULT_SETTINGS, LINKEDIN_NOTE_RANGE, readCadenceSetting, readWholeNumber, type PluginSettings } from "./plugin-settings";
import { recognitionRows } from "./recognition-settings";
import { row, type Row } from "./setting-row";

type TextKey = "contactsFolder" | "interviewsFolder" | "templatesFolder" | "userName" | "calendarFile" | "baseFolder";

interface Section {
	heading: string;
	rows: Row[];
}

/**
 * The part of Obsidian 1.13's declarative settings this tab uses: groups of
 * rows that render themselves (`SettingDefinitionGroup` of
 * `SettingDefinitionRender`). Declared here because the typings of the
 * manifest's minAppVersion (1.7.2) have none of it.
 */
interface GroupDefinition {
	type: "group";
	heading: string;
	items: Row[];
}

/**
 * Settings: folders for new notes, every window of the follow-up rules, the
 * view's horizon and field target, the daily digest, and the user's name and
 * pitch for message templates. A value that cannot be used is explained under
 * the setting and not saved; a rule change recomputes the follow-ups at once.
 *
 * The rows are listed once (`sections`). Obsidian 1.13 and later read them
 * through `getSettingDefinitions`, which puts them in the settings search and
 * renders them (then `display` is not called); older versions, which have no
 * such method, call `display`, which renders the same rows.
 */
export class InformationalInterviewsSettingTab extends PluginSettingTab {
	private readonly host: PluginHost;
	/** Obsidian 1.13's settings search and declarative rendering (absent before 1.13: see the constructor). */
	declare getSettingDefinitions: () => GroupDefinition[];

	constructor(app: App, plugin: Plugin & PluginHost) {
		super(app, plugin);
		this.host = plugin;
		this.containerEl.addClass("informational-interviews-settings");
		// `declare` emits no field, so until assigned the name reads the base class's method, which
		// Obsidian has from 1.13 on; older versions have none and call display() instead.
		if (typeof (this as Partial<Pick<this, "getSettingDefinitions">>).getSettingDefinitions === "function") {
			this.getSettingDefinitions = () => this.definitions();
		}
	}

	/** The rows as Obsidian 1.13's setting definitions: one group per section. */
	definitions(): GroupDefinition[] {
		return this.sections().map(({ heading, rows }) => ({ type: "group", heading, items: rows }));
	}

	override display(): void {
		const { containerEl } = this;
		containerEl.empty();
		for (const { heading, rows } of this.sections()) {
			new Setting(containerEl).setName(heading).setHeading();
			for (const row of rows) row.render(new Setting(containerEl));
		}
	}

	private sections(): Section[] {
		return [
			{
				heading: "New notes",
				rows: [
					this.text("contactsFolder", "Contacts folder", "Where new contact notes are created. Contacts can live in any folder."),
					this.text("interviewsFolder", "Interviews folder", "Where new interview notes are created. Interviews can live in any folder."),
					this.text("templatesFolder", "Templates folder", "Your own templates for notes and messages. Leave empty to use the built-in ones."),
				],
			},
			{
				heading: "Follow-up rules",
				rows: [
					...this.windows("rules"),
					this.toggle("dailyNotes", "Daily notes count as contact", "A daily note that links to a contact counts as an interaction with them on that day."),
				],
			},
			{
				heading: "Notes you already have",
				rows: recognitionRows(this.app, this.host, (change) => this.save(change)),
			},
			{
				heading: "Follow-ups view",
				rows: [
					...this.windows("view"),
					this.duration(),
					this.toggle("digest", "Daily digest", "At start-up, once a day, one notice sums up what came due while Obsidian was closed."),
					this.text(
						"calendarFile",
						"Calendar file",
						"Where the command that exports follow-ups to a calendar file writes it, as a path in the vault ending in .ics.",
					),
					this.toggle(
						"calendarOverdueToday",
						"Overdue follow-ups on the export day",
						"In the calendar file, show follow-ups that are overdue on the day of the export instead of on their past due day.",
					),
					this.text("baseFolder", "Networking base folder", "Where the command that creates the networking base writes Networking.base, for Obsidian's Bases tables."),
				],
			},
			{
				heading: "About you",
				rows: [
					this.text("userName", "Your name", "Signs the messages drafted from templates."),
					row("Your pitch", "A few sentences on who you are and what you want to learn, for outreach messages.", (setting) => {
						setting.addTextArea((t) => {
							t.inputEl.rows = 4;
							t.inputEl.addClass("informational-interviews-pitch");
							t.setPlaceholder("I teach high school science and want to move into user research…")
								.setValue(this.host.settings.pitch)
								.onChange((value) => {
									this.save((s) => {
										s.pitch = value;
									});
								});
						});
					}),
					this.linkedInNoteLimit(),
				],
			},
		];
	}

	/** Saves a change; Obsidian does not await onChange, so a failure is said here, in a notice. */
	private save(change: (settings: PluginSettings) => void): void {
		void noticeOnFailure(() => this.host.updateSettings(change), "Could not save the settings");
	}

	private toggle(key: "digest" | "dailyNotes" | "calendarOverdueToday", name: string, desc: string): Row {
		return row(name, desc, (setting) => {
			setting.addToggle((t) =>
				t.setValue(this.host.settings[key]).onChange((value) => {
					this.save((s) => {
						s[key] = value;
					});
				}),
			);
		});
	}

	private text(key: TextKey, name: string, desc: string): Row {
		return row(name, desc, (setting) => {
			setting.addText((t) =>
				t
					.setPlaceholder(DEFAULT_SETTINGS[key])
					.setValue(this.host.settings[key])
					.onChange((value) => {
						this.save((s) => {
							s[key] = value.trim();
						});
					}),
			);
		});
	}

	/** One row per window of the group, in the order of RULE_WINDOWS (src/domain/rule-windows.ts). */
	private windows(group: "rules" | "view"): Row[] {
		return RULE_WINDOWS.filter((w) => w.group === group).map((w) => (w.type === "number" ? this.number(w.key, w.name, w.description, w.range) : this.cadence(w.key, w.name, w.description)));
	}

	private number(key: NumberWindowKey, name: string, desc: string, range: readonly [number, number]): Row {
		return this.wholeNumber(name, desc, range, () => this.host.settings[key], DEFAULT_SETTINGS[key], (s, n) => {
			s[key] = n;
		});
	}

	private linkedInNoteLimit(): Row {
		const desc = "The most characters of the short outreach request for a LinkedIn connection note. LinkedIn allows 200 on a free account.";
		return this.wholeNumber("LinkedIn note length", desc, LINKEDIN_NOTE_RANGE, () => this.host.settings.linkedInNoteLimit, DEFAULT_SETTINGS.linkedInNoteLimit, (s, n) => {
			s.linkedInNoteLimit = n;
		});
	}

	private duration(): Row {
		const desc = "The length the Schedule dialog offers when the interview note has no duration.";
		return this.wholeNumber("Conversation length (minutes)", desc, DURATION_RANGE, () => this.host.settings.defaultDuration, DEFAULT_SETTINGS.defaultDuration, (s, n) => {
			s.defaultDuration = n;
		});
	}

	private wholeNumber(name: string, desc: string, [min, max]: readonly [number, number], current: () => number, placeholder: number, set: (s: PluginSettings, n: number) => void): Row {
		return row(name, desc, (setting) => {
			const error = setting.descEl.createDiv({ cls: "informational-interviews-setting-error", attr: { role: "alert" } });
			setting.addText((t) => {
				t.inputEl.type = "number";
				t.inputEl.min = String(min);
				t.inputEl.max = String(max);
				t.inputEl.addClass("informational-interviews-number");
				t.setPlaceholder(String(placeholder))
					.setValue(String(current()))
					.onChange((value) => {
						const n = readWholeNumber(value, [min, max]);
						t.inputEl.toggleClass("informational-interviews-invalid", n === null);
						error.setText(n === null ? `Enter a whole number from ${min} to ${max}.` : "");
						if (n === null) return;
						this.save((s) => set(s, n));
					});
			});
		});
	}

	private cadence(key: CadenceWindowKey, name: string, desc: string): Row {
		return row(name, desc, (setting) => {
			const error = setting.descEl.createDiv({ cls: "informational-interviews-setting-error", attr: { role: "alert" } });
			setting.addText((t) =>
				t
					.setPlaceholder(DEFAULT_SETTINGS[key])
					.setValue(this.host.settings[key])
					.onChange((value) => {
						const cadence = readCadenceSetting(value);
						t.inputEl.toggleClass("informational-interviews-invalid", cadence === null);
						error.setText(cadence === null ? "Write a period such as 90 days, 6 weeks, 3 months or 1 year." : "");
						if (cadence === null) return;
						this.save((s: PluginSettings) => {
							s[key] = cadence;
						});
					}),
			);
		});
	}
}
