import { PluginSettingTab, Setting, type App, type Plugin } from "obsidian";
import { DEFAULT_SETTINGS, NUMBER_RANGES, readCadenceSetting, readNumberSetting, type NumberSettingKey, type PluginSettings } from "../settings";
import type { PluginHost } from "./host";

type TextKey = "contactsFolder" | "interviewsFolder" | "templatesFolder" | "userName" | "calendarFile";

/**
 * Settings: folders for new notes, every window of the follow-up rules, the
 * view's horizon and field target, the daily digest, and the user's name and
 * pitch for message templates. A value that cannot be used is explained under
 * the setting and not saved; a rule change recomputes the follow-ups at once.
 */
export class InformationalInterviewsSettingTab extends PluginSettingTab {
	private readonly host: PluginHost;

	constructor(app: App, plugin: Plugin & PluginHost) {
		super(app, plugin);
		this.host = plugin;
	}

	override display(): void {
		const { containerEl } = this;
		containerEl.empty();
		containerEl.addClass("informational-interviews-settings");

		new Setting(containerEl).setName("New notes").setHeading();
		this.text("contactsFolder", "Contacts folder", "Where new contact notes are created. Contacts can live in any folder.");
		this.text("interviewsFolder", "Interviews folder", "Where new interview notes are created. Interviews can live in any folder.");
		this.text("templatesFolder", "Templates folder", "Your own templates for notes and messages. Leave empty to use the built-in ones.");

		new Setting(containerEl).setName("Follow-up rules").setHeading();
		this.number("nudgeDays", "Nudge after (days)", "Days without a reply to a request, or since the last nudge, before a nudge is due.");
		this.number("maxNudges", "Nudges at most", "How many nudges to send before the follow-up suggests closing the request as no-response.");
		this.number("confirmDaysBefore", "Confirm (days before)", "Days before a conversation to confirm its time and purpose.");
		this.number("thankYouDays", "Thank-you within (days)", "Days after a conversation to send a thank-you.");
		this.number("thankReferrerDays", "Thank the referrer within (days)", "Days after a first conversation to thank the person who introduced you.");
		this.number("reachOutDays", "Reach out within (days)", "Days after a conversation to contact the people it suggested.");
		this.cadence();

		new Setting(containerEl).setName("Follow-ups view").setHeading();
		this.number("horizonDays", "Upcoming horizon (days)", "Upcoming follow-ups are listed when due within this many days.");
		this.number("fieldTarget", "Conversations per field", "How many people to meet in each field you explore: three to five is a good aim.");
		new Setting(containerEl)
			.setName("Daily digest")
			.setDesc("At start-up, once a day, one notice sums up what came due while Obsidian was closed.")
			.addToggle((t) =>
				t.setValue(this.host.settings.digest).onChange(async (value) => {
					await this.host.updateSettings((s) => {
						s.digest = value;
					});
				}),
			);
		this.text(
			"calendarFile",
			"Calendar file",
			"Where the command that exports follow-ups to a calendar file writes it, as a path in the vault ending in .ics.",
		);

		new Setting(containerEl).setName("About you").setHeading();
		this.text("userName", "Your name", "Signs the messages drafted from templates.");
		new Setting(containerEl)
			.setName("Your pitch")
			.setDesc("A few sentences on who you are and what you want to learn, for outreach messages.")
			.addTextArea((t) => {
				t.inputEl.rows = 4;
				t.inputEl.addClass("informational-interviews-pitch");
				t.setPlaceholder("I teach high school science and want to move into user research…")
					.setValue(this.host.settings.pitch)
					.onChange(async (value) => {
						await this.host.updateSettings((s) => {
							s.pitch = value;
						});
					});
			});
	}

	private text(key: TextKey, name: string, desc: string): void {
		new Setting(this.containerEl)
			.setName(name)
			.setDesc(desc)
			.addText((t) =>
				t
					.setPlaceholder(DEFAULT_SETTINGS[key])
					.setValue(this.host.settings[key])
					.onChange(async (value) => {
						await this.host.updateSettings((s) => {
							s[key] = value.trim();
						});
					}),
			);
	}

	private number(key: NumberSettingKey, name: string, desc: string): void {
		const [min, max] = NUMBER_RANGES[key];
		const setting = new Setting(this.containerEl).setName(name).setDesc(desc);
		const error = setting.descEl.createDiv({ cls: "informational-interviews-setting-error", attr: { role: "alert" } });
		setting.addText((t) => {
			t.inputEl.type = "number";
			t.inputEl.min = String(min);
			t.inputEl.max = String(max);
			t.inputEl.addClass("informational-interviews-number");
			t.setPlaceholder(String(DEFAULT_SETTINGS[key]))
				.setValue(String(this.host.settings[key]))
				.onChange(async (value) => {
					const n = readNumberSetting(key, value);
					t.inputEl.toggleClass("informational-interviews-invalid", n === null);
					error.setText(n === null ? `Enter a whole number from ${min} to ${max}.` : "");
					if (n === null) return;
					await this.host.updateSettings((s) => {
						s[key] = n;
					});
				});
		});
	}

	private cadence(): void {
		const setting = new Setting(this.containerEl)
			.setName("Keep in touch every")
			.setDesc("For contacts without their own keep-in-touch property: a number of days, or a period such as 6 weeks or 3 months.");
		const error = setting.descEl.createDiv({ cls: "informational-interviews-setting-error", attr: { role: "alert" } });
		setting.addText((t) =>
			t
				.setPlaceholder(DEFAULT_SETTINGS.keepInTouch)
				.setValue(this.host.settings.keepInTouch)
				.onChange(async (value) => {
					const cadence = readCadenceSetting(value);
					t.inputEl.toggleClass("informational-interviews-invalid", cadence === null);
					error.setText(cadence === null ? "Write a period such as 90 days, 6 weeks, 3 months or 1 year." : "");
					if (cadence === null) return;
					await this.host.updateSettings((s: PluginSettings) => {
						s.keepInTouch = cadence;
					});
				}),
		);
	}
}
