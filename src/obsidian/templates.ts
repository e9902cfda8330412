import { normalizePath, TFile, type App } from "obsidian";
import { BUILTIN_TEMPLATES, resolveTemplate, templateFileText, templateForFileName, type TemplateId, type TemplateText } from "../domain/builtin-templates";
import { cleanFolder } from "../domain/filenames";
import { questionLevelOf } from "../domain/levels";
import { parseUserQuestions, pickQuestions, renderQuestionChecklist, type ParsedQuestions } from "../domain/questions";
import type { ContactLevel } from "../domain/types";
import { ensureFolder } from "./create-notes";

/**
 * The user's templates folder: their own files override the built-in
 * templates of the same name (ignoring case and `.md`), and an optional
 * `Questions.md` adds to the question bank.
 */

export const QUESTIONS_FILE = "Questions.md";

/** Where the plugin writes new templates when no folder is set yet. */
export const DEFAULT_TEMPLATES_FOLDER = "Networking/Templates";

/** The file of the templates folder whose name matches `fileName` (ignoring case), if any. */
function findInFolder(app: App, folder: string, matches: (name: string) => boolean): TFile | null {
	const dir = cleanFolder(folder);
	if (dir === "") return null;
	const found = app.vault.getFolderByPath(normalizePath(dir));
	if (!found) return null;
	for (const child of found.children) {
		if (child instanceof TFile && child.extension.toLowerCase() === "md" && matches(child.name)) return child;
	}
	return null;
}

/** The user's file that overrides template `id`, if there is one. */
export function userTemplateFile(app: App, folder: string, id: TemplateId): TFile | null {
	return findInFolder(app, folder, (name) => templateForFileName(name)?.id === id);
}

/** The text of template `id`: the user's file when there is one (and it can be read), else the built-in. */
export async function loadTemplate(app: App, folder: string, id: TemplateId): Promise<TemplateText> {
	const file = userTemplateFile(app, folder, id);
	let text: string | null = null;
	if (file) {
		try {
			text = await app.vault.cachedRead(file);
		} catch {
			text = null;
		}
	}
	return resolveTemplate(id, text);
}

/** The user's own questions (`Questions.md` in the templates folder); none when there is no such file. */
export async function loadUserQuestions(app: App, folder: string): Promise<ParsedQuestions & { file: string | null }> {
	const key = QUESTIONS_FILE.toLowerCase();
	const file = findInFolder(app, folder, (name) => name.toLowerCase() === key);
	if (!file) return { questions: [], problems: [], file: null };
	try {
		return { ...parseUserQuestions(await app.vault.cachedRead(file)), file: file.path };
	} catch {
		return { questions: [], problems: ["the file could not be read"], file: file.path };
	}
}

const QUESTIONS_SAMPLE = `Your own interview questions. "Insert interview questions" and new interview notes add them to the built-in ones.

Put each question in a list under a heading that names its topic: Getting started and career path, A typical day, Skills and qualities, Training and education, What they like and find hard, Advancement, Trends and the next few years, The organization and its culture, Staying informed, Advice for me, Referrals.

Tag a question (senior) or (early career) when it suits only that level; untagged questions suit anyone. For example:

\`\`\`
## A typical day
- What does a busy week look like for you?
- (senior) How do you decide what your team stops doing?
\`\`\`
`;

export interface WriteReport {
	folder: string;
	written: string[];
	skipped: string[];
}

/**
 * Writes every built-in template (and a sample `Questions.md`) to `folder` for
 * editing. A file that already exists there, under any case, is left alone.
 */
export async function writeBuiltinTemplates(app: App, folder: string): Promise<WriteReport> {
	const dir = cleanFolder(folder);
	await ensureFolder(app, dir);
	const report: WriteReport = { folder: dir, written: [], skipped: [] };
	const files = [
		...BUILTIN_TEMPLATES.map((t) => ({ name: t.fileName, text: templateFileText(t) })),
		{ name: QUESTIONS_FILE, text: QUESTIONS_SAMPLE },
	];
	for (const { name, text } of files) {
		const key = name.toLowerCase();
		const path = normalizePath(dir === "" ? name : `${dir}/${name}`);
		const existing = findInFolder(app, dir, (n) => n.toLowerCase() === key) ?? app.vault.getAbstractFileByPath(path);
		if (existing) {
			report.skipped.push(existing.path);
			continue;
		}
		await app.vault.create(path, text);
		report.written.push(path);
	}
	return report;
}

/**
 * The questions a new interview note starts with: one per topic fitted to the
 * contact's `level` (the bank's, then the user's; those for anyone when the
 * level is not known), ending with "who else should I talk to?". "Insert
 * interview questions" adds more.
 */
export async function starterQuestions(app: App, folder: string, level: ContactLevel | null = null): Promise<string> {
	const own = await loadUserQuestions(app, folder);
	return renderQuestionChecklist(pickQuestions({ level: questionLevelOf(level), perTopic: 1, extra: own.questions }));
}
