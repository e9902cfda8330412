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
});
