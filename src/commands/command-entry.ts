import type { Command, Editor } from "obsidian";
import { awaitingReply, stillAhead } from "../domain/conversations";
import { tookPlace } from "../domain/rules";
import type { CalendarDate, NoteRecord } from "../domain/types";
import type { PluginHost } from "../plugin-host";
import { noticeOnFailure } from "../obsidian/failures";
import { activeRecord } from "./active-note";

/**
 * One command of the registry (src/commands/index.ts): its id, its name, the
 * note it needs open (`context`, a predicate over the active contact or
 * interview note, null when none is), and its handler. docs/ARCHITECTURE.md
 * says how to add one.
 */

/**
 * Which active note a command needs, on `today`; the palette lists the command
 * only where this holds (README.md: "When each command is offered").
 */
export type NoteContext = (note: NoteRecord | null, today: CalendarDate) => boolean;

/** Any note, or none: the command is always offered. */
export const anyNote: NoteContext = () => true;
export const contactNote: NoteContext = (note) => note?.kind === "contact";
export const interviewNote: NoteContext = (note) => note?.kind === "interview";
/** A contact or an interview note. */
export const personNote: NoteContext = (note) => note !== null;
/** An interview note whose conversation is still ahead (scheduled or no status, dated today or later). */
export const conversationAhead: NoteContext = (note, today) => note?.kind === "interview" && stillAhead(note, today);
/** An interview note whose conversation took place. */
export const conversationTookPlace: NoteContext = (note, today) => note?.kind === "interview" && tookPlace(note, today);
/** An interview note whose request was sent and not answered with a date (`awaitingReply` in conversations.ts). */
export const requestAwaitingReply: NoteContext = (note) => note?.kind === "interview" && awaitingReply(note);
/** An interview note being prepared, requested, or scheduled, whose conversation has not taken place. */
export const requestOrConversationAhead: NoteContext = (note, today) =>
	note?.kind === "interview" && !note.statusUnknown && (note.status === null || note.status === "requested" || note.status === "scheduled") && !tookPlace(note, today);

type Handler =
	/** Runs whatever note is open (and, with `available`, only while that holds). */
	| { kind: "run"; run(host: PluginHost): unknown; available?(host: PluginHost): boolean }
	/** Runs in the active Markdown editor. */
	| { kind: "editor"; run(host: PluginHost, editor: Editor): unknown }
	/** Finds what it acts on in the active note (null hides the command), then runs on it. */
	| { kind: "note"; find(host: PluginHost, note: NoteRecord): unknown; run(host: PluginHost, found: unknown): unknown };

export interface CommandEntry {
	id: string;
	/** In sentence case; the README's table of commands lists it. */
	name: string;
	context: NoteContext;
	handler: Handler;
}

export function run(run: (host: PluginHost) => unknown, available?: (host: PluginHost) => boolean): Handler {
	return available ? { kind: "run", run, available } : { kind: "run", run };
}

export function inEditor(run: (host: PluginHost, editor: Editor) => unknown): Handler {
	return { kind: "editor", run };
}

/** A handler that acts on something found in the active note; `find` returning null hides the command. */
export function onNote<T>(find: (host: PluginHost, note: NoteRecord) => T | null, run: (host: PluginHost, found: T) => unknown): Handler {
	return { kind: "note", find, run: (host, found) => run(host, found as T) };
}

/** The Obsidian command of an entry, bound to the plugin. A command of any context is always listed. */
export function toCommand(host: PluginHost, entry: CommandEntry): Command {
	const { id, name, context, handler } = entry;
	// Obsidian does not await a command: a failure of any handler is said here, once, as a notice.
	const failed = (work: () => unknown) => noticeOnFailure(work, `Could not run "${name}"`);
	const applies = () => {
		if (context === anyNote) return true;
		return context(activeRecord(host), host.live.today);
	};
	switch (handler.kind) {
		case "run":
			if (context === anyNote && !handler.available) return { id, name, callback: () => failed(() => handler.run(host)) };
			return {
				id,
				name,
				checkCallback: (checking) => {
					if (!applies() || (handler.available && !handler.available(host))) return false;
					if (!checking) void failed(() => handler.run(host));
					return true;
				},
			};
		case "editor":
			if (context === anyNote) return { id, name, editorCallback: (editor) => failed(() => handler.run(host, editor)) };
			return {
				id,
				name,
				editorCheckCallback: (checking, editor) => {
					if (!applies()) return false;
					if (!checking) void failed(() => handler.run(host, editor));
					return true;
				},
			};
		case "note":
			return {
				id,
				name,
				checkCallback: (checking) => {
					const note = activeRecord(host);
					if (note === null || !context(note, host.live.today)) return false;
					const found = handler.find(host, note);
					if (found === null) return false;
					if (!checking) void failed(() => handler.run(host, found));
					return true;
				},
			};
	}
}
