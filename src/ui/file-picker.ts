/**
 * The system's file picker, on desktop and mobile alike: an
 * `<input type="file">` created and clicked from the command (a user gesture,
 * as mobile browsers require), read later with `File.text()`. No Node `fs`, no
 * Electron dialog. Resolves to the chosen file, or null when the picker was
 * dismissed (where the platform says so with a `cancel` event; elsewhere the
 * promise stays pending, which costs nothing).
 */

const FILE_INPUT_CLASS = "informational-interviews-file-input";

export function pickFile(doc: Document, accept: string): Promise<File | null> {
	// An input left by a picker that never reported its end.
	doc.body.querySelectorAll(`:scope > input.${FILE_INPUT_CLASS}`).forEach((el) => el.remove());
	return new Promise((resolve) => {
		const input = doc.body.createEl("input", {
			cls: FILE_INPUT_CLASS,
			attr: { type: "file", accept, tabindex: "-1", "aria-hidden": "true" },
		});
		let done = false;
		const finish = (file: File | null) => {
			if (done) return;
			done = true;
			input.remove();
			resolve(file);
		};
		input.addEventListener("change", () => finish(input.files?.[0] ?? null));
		input.addEventListener("cancel", () => finish(null));
		input.click();
	});
}
