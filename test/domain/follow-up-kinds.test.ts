import { describe, it, expect } from "vitest";
import { draftTemplate, followUpKind, kindMessage, kindMessages, type FollowUpKind } from "../../src/domain/follow-up-kinds";

const facts = { person: "Jane Doe", title: "" };

describe("followUpKind", () => {
	it("gives each kind with its place in the table", () => {
		const names: FollowUpKind[] = ["nudge", "confirm", "thank-you", "thank-referrer", "reach-out", "keep-in-touch", "send-request"];
		expect(names.map((n) => followUpKind(n).order)).toEqual([0, 1, 2, 3, 4, 5, 6]);
		expect(names.map((n) => followUpKind(n).name)).toEqual(names);
	});

	it("refuses a name that is no kind, naming it", () => {
		expect(() => followUpKind("follow-up" as FollowUpKind)).toThrow(new Error('No follow-up kind "follow-up"'));
	});

	it("gives the main buttons that mark a follow-up done a Done label and a check icon", () => {
		for (const name of ["confirm", "thank-you", "thank-referrer"] as const) {
			const button = followUpKind(name).primary(facts);
			expect(button.action).toBe("done");
			expect(button.label).toBe("Done");
			expect(button.icon).toBe("check");
		}
		expect(followUpKind("nudge").primary(facts)).toEqual({ action: "done", label: "Done", tooltip: "You sent a nudge today: records it in the note", icon: "check" });
		expect(followUpKind("thank-referrer").primary({ ...facts, target: "Sam Lee" }).tooltip).toBe("You thanked Sam Lee: records today as referrer thanked");
	});
});

describe("kindMessages", () => {
	it("lists the kinds with a message of their own, in table order, and only those", () => {
		const messages = kindMessages();
		expect(messages.map((m) => m.id)).toEqual(["nudge", "confirm", "thank-you", "thank-referrer", "keep-in-touch"]);
		expect(messages.map((m) => m.on)).toEqual(["interview", "interview", "interview", "interview", "contact"]);
		expect(messages.map((m) => m.message.fileName)).toEqual(["Nudge.md", "Confirmation.md", "Thank-you.md", "Thanks to the referrer.md", "Keep-in-touch update.md"]);
		expect(messages.map((m) => m.ends)).toEqual([
			{ write: "nudged" },
			{ write: "today", property: "confirmed" },
			{ write: "today", property: "thank-you-sent" },
			{ write: "today", property: "referrer-thanked" },
			{ write: "today", property: "last-contact" },
		]);
	});

	it("finds a kind's message by its template id, and nothing for the shared templates", () => {
		expect(kindMessage("thank-you")?.message.label).toBe("Thank-you");
		expect(kindMessage("outreach")).toBeNull();
		expect(kindMessage("reach-out")).toBeNull();
		expect(kindMessage("send-request")).toBeNull();
	});

	it("drafts each kind with its own message or the shared outreach", () => {
		expect(draftTemplate("nudge")).toBe("nudge");
		expect(draftTemplate("reach-out")).toBe("outreach");
		expect(draftTemplate("send-request")).toBe("outreach");
	});
});
