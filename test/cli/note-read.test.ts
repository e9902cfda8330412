import { describe, expect, it } from "vitest";
import { readNote } from "../../src/cli/note-read";
import { NO_RECOGNITION, type Recognition } from "../../src/domain/recognition";
import { tempVaults } from "./temp-vault";

const vault = tempVaults("ii-note-read-");

/** Recognition that adopts a note tagged `person` as a contact: it reads the tags of notes' bodies. */
const BY_TAG: Recognition = { ...NO_RECOGNITION, contact: { folders: [], tags: ["person"], properties: [] } };

describe("what one note gives the index", () => {
	it("a file that cannot be read is a problem naming the error", () => {
		expect(readNote("/vault", "Ann.md", { error: "EACCES: permission denied, open '/vault/Ann.md'" }, NO_RECOGNITION)).toEqual({
			unreadable: "the file cannot be read: EACCES: permission denied, open '/vault/Ann.md'",
		});
	});

	it("a block nested deeper than the stack allows is a problem marked as an overflow", () => {
		const depth = 9000;
		const head = `---\ntype: contact\nnotes: ${"[".repeat(depth)}${"]".repeat(depth)}\n---`;
		expect(readNote("/vault", "Deep.md", head, NO_RECOGNITION)).toEqual({
			unreadable: "the frontmatter is not valid YAML: Maximum call stack size exceeded",
			overflow: true,
		});
	});

	it("reads the tags of the body only, after the properties block", () => {
		const text = '---\nnotes: "see #other"\n---\nMet at a fair. #person\n';
		const dir = vault({ "Ann.md": text });
		expect(readNote(dir, "Ann.md", '---\nnotes: "see #other"\n---', BY_TAG)).toEqual({ data: { notes: "see #other" }, tags: ["person"] });
	});

	it("does not read the body of a note whose type settles it", () => {
		const dir = vault({ "Ann.md": "---\ntype: interview\n---\n#person\n" });
		expect(readNote(dir, "Ann.md", "---\ntype: interview\n---", BY_TAG)).toEqual({ data: { type: "interview" }, tags: [] });
	});

	it("a note gone before its body is read has no body tags, and keeps its properties", () => {
		const dir = vault({});
		expect(readNote(dir, "Gone.md", "---\nrole: Engineer\n---", BY_TAG)).toEqual({ data: { role: "Engineer" }, tags: [] });
	});
});
