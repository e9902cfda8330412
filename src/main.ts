import { Plugin } from "obsidian";

export default class InformationalInterviewsPlugin extends Plugin {
	override async onload(): Promise<void> {}
}
