import { describe, expect, it } from "vitest";
import { clockTime, describeConversation, nextConversationText } from "../../src/index/conversation-item";
import type { Conversation } from "../../src/domain/types";

const conversation = (extra: Partial<Conversation> = {}): Conversation => ({
	date: "2026-11-22",
	time: "16:00",
	note: "Interviews/Bo.md",
	contact: "People/Bo.md",
	format: "video",
	location: "https://meet.example.com/bo",
	duration: 30,
	person: "Bo",
	...extra,
});

describe("describeConversation", () => {
	it("words a conversation of today with its time, format, location and the address to open", () => {
		const c = conversation();
		expect(describeConversation(c, "2026-11-22")).toEqual({
			conversation: c,
			when: "Today at 16:00",
			format: "video",
			location: "https://meet.example.com/bo",
			href: "https://meet.example.com/bo",
		});
	});

	it("words tomorrow's, and one without a time, a format or an address to open", () => {
		const c = conversation({ date: "2026-11-23", time: null, format: null, location: "Blue Bottle" });
		expect(describeConversation(c, "2026-11-22")).toMatchObject({ when: "Tomorrow", format: null, location: "Blue Bottle", href: null });
		expect(describeConversation(conversation({ time: null }), "2026-11-22").when).toBe("Today");
	});
});

describe("nextConversationText and clockTime", () => {
	it("says when the next conversation is", () => {
		expect(nextConversationText(conversation())).toBe("Conversation at 16:00");
		expect(nextConversationText(conversation({ time: null }))).toBe("Conversation today");
	});

	it("writes the local time as HH:mm", () => {
		expect(clockTime(new Date(2026, 10, 22, 9, 5))).toBe("09:05");
		expect(clockTime(new Date(2026, 10, 22, 16, 30))).toBe("16:30");
		expect(clockTime(new Date(2026, 10, 22, 0, 0))).toBe("00:00");
	});
});
