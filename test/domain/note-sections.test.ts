import { describe, expect, it } from "vitest";
import { sectionItems, sectionText } from "../../src/domain/note-sections";

const NOTE = `---
type: interview
# Questions: not a heading, a YAML comment
---
# Rosa Jimenez

## Preparation
### Questions I will ask
- [x] What does your team study?
- [ ] Who else should I talk to?
1. A numbered one
Plain line too

\`\`\`
# Advice inside code is not a heading
\`\`\`
#### A sub-heading stays inside
- Deeper item

### My short pitch
I teach science.

I want to learn research.

## Advice
* Write up a small study.
## Referrals
- Keisha
`;

describe("note sections", () => {
	it("reads a section's items from its heading to the next of the same or a higher level, checkboxes dropped", () => {
		expect(sectionItems(NOTE, /^questions\b/i)).toEqual([
			"What does your team study?",
			"Who else should I talk to?",
			"A numbered one",
			"Plain line too",
			"Deeper item",
		]);
		expect(sectionItems(NOTE, /^advice\b/i)).toEqual(["Write up a small study."]);
	});

	it("keeps a section's paragraphs apart, and says null when there is no such section", () => {
		expect(sectionText(NOTE, /^(?:my\s+)?(?:short\s+)?pitch\b/i)).toBe("I teach science.\n\nI want to learn research.");
		expect(sectionItems(NOTE, /^topics\b/i)).toBeNull();
		expect(sectionText("## Advice\n\n", /^advice\b/i)).toBeNull();
		expect(sectionItems("## Advice\n\n", /^advice\b/i)).toEqual([]);
	});

	it("never takes a line of the properties block or of code for a heading", () => {
		expect(sectionItems("---\ntitle: x\n---\n```\n## Advice\n```\n", /^advice\b/i)).toBeNull();
		// A block that never closes is body text, as in Obsidian.
		expect(sectionItems("---\n## Advice\n- Keep going\n", /^advice\b/i)).toEqual(["Keep going"]);
	});

	it("takes the first heading that matches, a deeper one of the same name staying inside its section", () => {
		expect(sectionItems("## Questions\n- First\n### Questions for later\n- Second\n## Advice\n- Third", /^questions\b/i)).toEqual(["First", "Second"]);
	});

	it("reads a heading's text without the spaces around it, a non-breaking one included", () => {
		expect(sectionItems("## \u00a0Advice\u00a0\n- Keep going", /^advice$/i)).toEqual(["Keep going"]);
	});

	it("trims the spaces around each item, list item or plain line", () => {
		expect(sectionItems("## Advice\n-   Keep going   \n   Write it down\t\n", /^advice\b/i)).toEqual(["Keep going", "Write it down"]);
	});

	it("drops the blank lines around a section's text and makes any blank run between paragraphs one blank line", () => {
		expect(sectionText("## Pitch\n\n\n  I teach science.\n   \t\nI want to learn research.\n\n\n", /^pitch\b/i)).toBe(
			"I teach science.\n\nI want to learn research.",
		);
		expect(sectionText("## Pitch\nI teach\nscience in a school.\n", /^pitch\b/i)).toBe("I teach\nscience in a school.");
	});

	it("skips a byte-order mark before the properties block, and keeps one inside the text", () => {
		expect(sectionItems("\ufeff---\n# Advice: a comment\n---\n## Advice\n- Keep going", /^advice\b/i)).toEqual(["Keep going"]);
		expect(sectionItems("## Advice\n- Keep\ufeffgoing", /^advice\b/i)).toEqual(["Keep\ufeffgoing"]);
	});

	it("takes fences with spaces after them for the properties block, and no other line", () => {
		expect(sectionItems("--- \n# Advice: a comment\n---  \n## Advice\n- Keep going", /^advice\b/i)).toEqual(["Keep going"]);
		expect(sectionItems("---\nsummary: Wait...\n# Advice: a comment\n---\n## Advice\n- Keep going", /^advice\b/i)).toEqual(["Keep going"]);
		// Unclosed, so body text: a line opening with an ellipsis closes nothing.
		expect(sectionItems("---\n## Advice\n...and keep going\n", /^advice\b/i)).toEqual(["...and keep going"]);
	});

	it("reads a note that does not open with a properties block from its first line, a later rule closing nothing", () => {
		expect(sectionItems("## Advice\n- Keep going\n## Referrals\n- Keisha\n\n---\n\nThanks", /^advice\b/i)).toEqual(["Keep going"]);
	});
});
