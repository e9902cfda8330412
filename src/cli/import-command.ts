import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, statSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { localToday } from "../domain/dates";
import { checkVaultFolder } from "../domain/filenames";
import { planContactNotes } from "../domain/contact-import";
import type { ContactSource } from "../domain/import-sources";
import { renderNote } from "../domain/yaml";
import { existingContacts, skippedByPlan } from "../index/import-preview";
import { parseArgs, UsageError, type Io } from "./args";
import { vaultSettings } from "./plugin-settings";
import { forTerminal } from "./terminal";
import { indexVault } from "./vault-reader";
import { VaultError } from "./vault-walk";

/**
 * `import-linkedin <Connections.csv> <vault> [--folder DIR] [--dry-run]` and
 * `import-vcard <contacts.vcf> <vault> [--folder DIR] [--dry-run]`: a contact
 * note per person in the export who has none yet. Existing notes are never
 * touched (files are created with the `wx` flag), so importing the same export
 * again creates nothing. `fileArg` names the export in the usage message.
 */
export function importCommand(command: string, fileArg: string, source: ContactSource): (argv: string[], io: Io) => number {
	return (argv, io) => runImport(argv, io, command, fileArg, source);
}

function runImport(argv: string[], io: Io, command: string, fileArg: string, source: ContactSource): number {
	const args = parseArgs(argv, new Set(["dry-run"]), new Set(["folder"]));
	const [file, vault, extra] = args.positional;
	if (file === undefined || vault === undefined) {
		throw new UsageError(`${command} needs the export and the vault folder: ${command} ${fileArg} <vault>`);
	}
	if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}"`);
	const folderOption = args.options.get("folder");
	if (folderOption === true) throw new UsageError("--folder needs a folder inside the vault");
	const { rules, ignore, contactsFolder } = vaultSettings(vault);
	const folder = vaultFolder(folderOption ?? contactsFolder);
	const dryRun = args.options.has("dry-run");

	const text = readExport(file);
	const index = indexVault(vault, rules, ignore, io.readerScript);
	checkFolderOnDisk(vault, folder);

	const today = localToday(io.now());
	const parsed = source.read(text, today);
	if (parsed === null) throw new VaultError(`"${file}" is not ${source.notThisKind}`);

	const taken = existingNames(vault, folder);
	const exists = (path: string) => taken.has(path.toLowerCase()) || existsSync(join(vault, path));
	const plan = planContactNotes(parsed.people, existingContacts(index), folder, exists);

	const created: string[] = [];
	const failed: string[] = [];
	const raced: string[] = [];
	if (!dryRun) {
		for (const note of plan.create) {
			const file = join(vault, note.path);
			try {
				mkdirSync(dirname(file), { recursive: true });
				writeFileSync(file, renderNote(note.frontmatter, note.body), { flag: "wx" });
				created.push(note.path);
			} catch (e) {
				if ((e as { code?: unknown }).code === "EEXIST") raced.push(note.path);
				else failed.push(`${note.path}: ${(e as Error).message}`);
			}
		}
	}

	const lines: string[] = [];
	const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
	const toCreate = dryRun ? plan.create.map((c) => c.path) : created;
	const where = folder === "" ? "the vault's top folder" : folder;
	if (toCreate.length > 0) {
		lines.push(`${dryRun ? "Would create" : "Created"} ${n(toCreate.length, "contact note", "contact notes")} in ${where}:`);
		for (const path of toCreate) lines.push(`  + ${path}`);
	}
	const skipped = [
		...skippedByPlan(plan),
		...raced.map((p) => `${p}: a file with that name appeared while importing; it was left as it is`),
		...parsed.skipped.map((s) => `line ${s.row}: ${s.reason}`),
	];
	if (skipped.length > 0) {
		lines.push(`Skipped ${skipped.length}:`);
		for (const s of skipped) lines.push(`  - ${s}`);
	}
	if (parsed.problems.length > 0) {
		lines.push(`Problems in the export (${parsed.problems.length}):`);
		for (const p of parsed.problems) lines.push(`  ! ${p}`);
	}
	if (failed.length > 0) {
		lines.push(`Could not write ${failed.length}:`);
		for (const f of failed) lines.push(`  ! ${f}`);
	}
	const summary = dryRun
		? `Dry run: ${toCreate.length} would be created, ${skipped.length} skipped; nothing was written.`
		: `${toCreate.length} created, ${skipped.length} skipped${failed.length > 0 ? `, ${failed.length} not written` : ""}.`;
	lines.push(summary);
	// Names and cells come from the export and the vault: a control character in one is printed as `?`.
	io.out(lines.map(forTerminal).join("\n") + "\n");
	if (failed.length > 0) {
		io.err(`error: ${n(failed.length, "note", "notes")} could not be written (see above)\n`);
		return 2;
	}
	return 0;
}

function readExport(file: string): string {
	let st;
	try {
		st = statSync(file);
	} catch {
		throw new VaultError(`cannot read the export "${file}": it does not exist`);
	}
	if (!st.isFile()) throw new VaultError(`cannot read the export "${file}": it is not a file`);
	try {
		return readFileSync(file, "utf8");
	} catch (e) {
		throw new VaultError(`cannot read the export "${file}": ${(e as Error).message}`);
	}
}

/**
 * The folder as a vault path. Refused: an absolute path, a drive letter, any
 * `..` segment, hidden folders (Obsidian and the index skip them, so a second
 * import would not see the notes), and names Obsidian cannot hold.
 */
function vaultFolder(folder: string): string {
	const text = folder.trim();
	if (isAbsolute(text) || /^[\\/]/.test(text) || /^[a-z]:/i.test(text)) {
		throw new UsageError(`--folder must be a folder inside the vault, not the absolute path "${folder}"`);
	}
	const checked = checkVaultFolder(text);
	if (checked.ok) return checked.path;
	switch (checked.reason) {
		case "parent":
			throw new UsageError(`--folder "${folder}" leaves the vault: ".." is not allowed`);
		case "hidden":
			throw new UsageError(`--folder "${folder}" is hidden (starts with "."): Obsidian would not show its notes`);
		case "name":
			throw new UsageError(`--folder "${folder}": "${checked.segment}" is not a folder name Obsidian can use`);
	}
	throw new UsageError(`--folder "${folder}" cannot be used`);
}

/** The folder, where it exists on disk, must be a folder and must not lead out of the vault through a link. */
function checkFolderOnDisk(vault: string, folder: string): void {
	const root = realpathSync(vault);
	let at = resolve(vault);
	for (const seg of folder === "" ? [] : folder.split("/")) {
		at = join(at, seg);
		let st;
		try {
			st = statSync(at);
		} catch {
			return;
		}
		if (!st.isDirectory()) throw new UsageError(`--folder "${folder}": ${relative(resolve(vault), at)} is a file, not a folder`);
		const real = realpathSync(at);
		if (real !== root && !real.startsWith(root + sep)) {
			throw new UsageError(`--folder "${folder}" leads out of the vault (to ${real})`);
		}
	}
}

/** Lower-cased vault paths of the entries in the target folder, so that `jane doe.md` blocks `Jane Doe.md`. */
function existingNames(vault: string, folder: string): Set<string> {
	const out = new Set<string>();
	try {
		for (const name of readdirSync(join(vault, folder))) out.add((folder === "" ? name : `${folder}/${name}`).toLowerCase());
	} catch {
		// the folder does not exist yet
	}
	return out;
}
