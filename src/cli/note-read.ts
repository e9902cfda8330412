import { readFileSync } from "node:fs";
import { join } from "node:path";
import { recordKind } from "../domain/parse";
import { bodyTags, mayMakeRecord, NO_RECOGNITION, readsTags, recognitionActive, type Recognition } from "../domain/recognition";
import { readFrontmatter, UNCLOSED_MESSAGE, unclosedBlock } from "./frontmatter";
import type { Head } from "./head-reader";

/**
 * What one note gives the index: nothing (no properties block, or one that could
 * not make a contact or an interview, and no recognition rule to adopt the note),
 * a problem (the file or its properties cannot be read), or its properties with
 * the tags of its body (read only when recognition looks at tags and `type` does
 * not settle the note). Plain data: a reader thread works it out and posts it.
 */
export type NoteRead = null | { unreadable: string; overflow?: true } | { data: Record<string, unknown>; tags: string[] };

/** What the note at `path` (below `root`), whose head is `head`, gives the index. */
export function readNote(root: string, path: string, head: Head, recognition: Recognition): NoteRead {
	const adopted = (data: Record<string, unknown>, bodyStart: number): NoteRead => ({
		data,
		tags: readsTags(recognition) && recordKind(path, data, NO_RECOGNITION) === null ? bodyTags(readBody(join(root, path), bodyStart)) : [],
	});
	if (typeof head !== "string") {
		if ("error" in head) return { unreadable: `the file cannot be read: ${head.error}` };
		if (unclosedBlock(head.unclosed) !== null) return { unreadable: UNCLOSED_MESSAGE };
		// A block that never closes is body text: the note has no properties.
		return recognitionActive(recognition) ? adopted({}, 0) : null;
	}
	// A block that could not make a contact or an interview is not parsed (nor reported).
	if (head !== "" && !mayMakeRecord(path, head, recognition)) return null;
	const fm = head === "" ? ({ kind: "none" } as const) : readFrontmatter(head);
	if (fm.kind === "error") return fm.overflow ? { unreadable: fm.message, overflow: true } : { unreadable: fm.message };
	if (fm.kind === "ok") return adopted(fm.data, head.length);
	return recognitionActive(recognition) ? adopted({}, 0) : null;
}

/** A note's text after its first `bodyStart` characters (its properties block), or "" when it cannot be read. */
function readBody(file: string, bodyStart: number): string {
	try {
		const text = readFileSync(file, "utf8");
		return text.slice(bodyStart);
	} catch {
		return "";
	}
}
