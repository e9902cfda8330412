import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseNote } from "../../src/domain/parse";
import { VaultIndex } from "../../src/index/vault-index";
import { runs } from "../property-runs";

describe("reading a contact", () => {
	it("reads every property as users write them", () => {
		const { record, problems } = parseNote("Networking/Contacts/Jane Doe.md", {
			type: " Contact ",
			organization: "[[Acme Health]]",
			role: "Senior UX researcher",
			field: "UX research",
			email: "jane@example.org",
			phone: 5551234,
			linkedin: "https://www.linkedin.com/in/janedoe",
			relationship: "alumni",
			"referred-by": [["Sam Lee"]],
			"last-contact": "2026-10-01",
			"keep-in-touch": "3 months",
			"snooze-until": "[[2026-12-01]]",
			status: "Paused",
		});
		expect(problems).toEqual([]);
		expect(record).toMatchObject({
			kind: "contact",
			name: "Jane Doe",
			organization: "[[Acme Health]]",
			fields: ["UX research"],
			phone: "5551234",
			referredBy: { target: "Sam Lee", display: "Sam Lee" },
			lastContact: "2026-10-01",
			keepInTouch: { count: 3, unit: "months" },
			snoozeUntil: "2026-12-01",
			status: "paused",
		});
	});

	it("reports each unreadable property with the note and leaves the rest readable", () => {
		const { record, problems } = parseNote("People/Bad.md", {
			type: "contact",
			"last-contact": "2026-02-30",
			"keep-in-touch": "often",
			status: "retired",
			"referred-by": 12,
			organization: { name: "Acme" },
			role: "Designer",
		});
		expect(problems.map((p) => [p.note, p.property])).toEqual([
			["People/Bad.md", "status"],
			["People/Bad.md", "keep-in-touch"],
			["People/Bad.md", "organization"],
			["People/Bad.md", "referred-by"],
			["People/Bad.md", "last-contact"],
		]);
		for (const p of problems) expect(p.message.length).toBeGreaterThan(10);
		expect(record).toMatchObject({ role: "Designer", status: "active", lastContact: null, keepInTouch: null });
	});
});

describe("reading an interview", () => {
	it("reads every property as users write them", () => {
		const { record, problems } = parseNote("Networking/Interviews/2026-11-20 Jane Doe.md", {
			type: "interview",
			contact: "[[Networking/Contacts/Jane Doe|Jane]]",
			status: "Done",
			requested: "2026-11-01",
			date: "2026-11-20 14:30",
			format: "video",
			duration: "30 min",
			confirmed: "2026-11-19",
			"thank-you-sent": "yes",
			nudged: "2026-11-08",
			nudges: "1",
			topics: ["career path", "a typical day", 2026],
			referrals: ["[[Priya Shah]]", [["Omar"]], "Lee"],
		});
		expect(problems).toEqual([]);
		expect(record).toMatchObject({
			kind: "interview",
			contact: { target: "Networking/Contacts/Jane Doe", display: "Jane" },
			status: "done",
			date: "2026-11-20",
			time: "14:30",
			duration: 30,
			thankYouSent: true,
			nudges: 1,
			topics: ["career path", "a typical day", "2026"],
			referrals: [
				{ target: "Priya Shah", display: "Priya Shah" },
				{ target: "Omar", display: "Omar" },
				{ target: "Lee", display: "Lee" },
			],
		});
	});

	it("treats empty values as absent and `no`/`false` as not done", () => {
		const { record, problems } = parseNote("i.md", { type: "interview", date: "", confirmed: false, "thank-you-sent": "no", topics: [], status: null });
		expect(problems).toEqual([]);
		expect(record).toMatchObject({ date: null, confirmed: null, thankYouSent: null, topics: [], status: null });
	});

	it("reports an unknown status, an impossible date and a bad count", () => {
		const { record, problems } = parseNote("i.md", { type: "interview", status: "postponed", date: "2026-02-30", nudges: -1 });
		expect(problems.map((p) => p.property)).toEqual(["status", "date", "nudges"]);
		expect(record).toMatchObject({ statusUnknown: true, date: null, nudges: 0 });
		expect(problems[1]?.message).toContain("2026-02-30");
	});

	it("accepts status words with spaces or underscores", () => {
		expect(parseNote("i.md", { type: "interview", status: "No response" }).record).toMatchObject({ status: "no-response" });
		expect(parseNote("i.md", { type: "interview", status: "no_response" }).record).toMatchObject({ status: "no-response" });
	});
});

describe("any frontmatter at all", () => {
	const value = fc.oneof(
		fc.anything(),
		fc.date(),
		fc.constantFrom("2026-11-22", "[[X]]", "2026-02-30", "3 months", "done", "requested", "archived"),
		fc.array(fc.array(fc.string(), { maxLength: 2 }), { maxLength: 2 }),
	);
	const keys = fc.constantFrom(
		"type",
		"status",
		"contact",
		"date",
		"requested",
		"confirmed",
		"thank-you-sent",
		"referrer-thanked",
		"nudged",
		"nudges",
		"topics",
		"referrals",
		"snooze-until",
		"referred-by",
		"last-contact",
		"keep-in-touch",
		"field",
		"duration",
		"organization",
		"__proto__",
		"constructor",
	);
	const frontmatter = fc.oneof(
		fc.tuple(fc.dictionary(keys, value), fc.constantFrom("contact", "interview", "Contact")).map(([d, type]) => ({ ...d, type })),
		fc.dictionary(keys, value),
		fc.anything(),
	);

	it("never makes the parser, the index or the rules throw", () => {
		fc.assert(
			fc.property(fc.array(frontmatter, { maxLength: 12 }), fc.constantFrom("2026-11-22", "2027-03-01"), (fms, today) => {
				const index = new VaultIndex();
				const paths = new Set<string>();
				fms.forEach((fm, i) => {
					const path = i % 3 === 0 ? `People/P${i % 4}.md` : `n${i}.md`;
					paths.add(path);
					index.upsert(path, fm);
				});
				const board = index.dashboard(today, 14);
				for (const f of [...board.overdue, ...board.due, ...board.upcoming]) {
					expect(paths.has(f.note)).toBe(true);
					expect(f.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
					expect(f.title.trim().length).toBeGreaterThan(0);
				}
				for (const f of index.fields(today)) expect(f.met).toBeLessThanOrEqual(f.contacts);
				for (const p of index.problems()) {
					expect(paths.has(p.note)).toBe(true);
					expect(p.message.trim().length).toBeGreaterThan(0);
					expect(p.property === null || typeof p.property === "string").toBe(true);
				}
			}),
			{ numRuns: runs(500) },
		);
	});
});

const contact = (fm: Record<string, unknown>) => parseNote("C/Jane.md", { type: "contact", ...fm });
const interview = (fm: Record<string, unknown>) => parseNote("I/a.md", { type: "interview", contact: "[[Jane]]", ...fm });

describe("level", () => {
	it("reads the three levels, spaces, hyphens, underscores and case alike", () => {
		const read = (level: unknown) => {
			const r = contact({ level }).record;
			return r?.kind === "contact" ? r.level : undefined;
		};
		expect(read("early-career")).toBe("early-career");
		expect(read("Early Career")).toBe("early-career");
		expect(read(" MID_CAREER ")).toBe("mid-career");
		expect(read("mid - career")).toBe("mid-career");
		expect(read("Senior")).toBe("senior");
		expect(read("")).toBeNull();
		expect(contact({}).record).toMatchObject({ level: null });
	});
	it("reports a level that is not one of the three, and loses nothing else", () => {
		for (const level of ["junior", 3, ["senior"], true]) {
			const { record, problems } = contact({ level, field: "UX" });
			expect(problems).toEqual([{ note: "C/Jane.md", property: "level", message: expect.stringContaining("early-career, mid-career, senior") }]);
			expect(record).toMatchObject({ level: null, fields: ["UX"] });
		}
	});
});

describe("location and format", () => {
	it("read text, and a number as text", () => {
		expect(interview({ location: " https://meet.example.org/x ", format: "video" }).record).toMatchObject({
			location: "https://meet.example.org/x",
			format: "video",
		});
		expect(interview({ location: 101 }).record).toMatchObject({ location: "101" });
		expect(interview({}).record).toMatchObject({ location: null, format: null });
	});
	it("report a value that is not text and read it as none", () => {
		for (const value of [["Room 1", "Room 2"], { room: 1 }, true]) {
			const { record, problems } = interview({ location: value, format: value });
			expect(record).toMatchObject({ location: null, format: null });
			expect(problems.map((p) => `${p.property}: ${p.message}`)).toEqual([
				expect.stringMatching(/^format: expected text, found /),
				expect.stringMatching(/^location: expected text, found /),
			]);
		}
	});
});

describe("created and prepared", () => {
	it("marks an interview with no status, requested or date as prepared, and reads its created", () => {
		expect(interview({ created: "2026-11-20" }).record).toMatchObject({ prepared: true, created: "2026-11-20" });
		expect(interview({ created: "2026-11-20T09:15", status: "" }).record).toMatchObject({ prepared: true, created: "2026-11-20" });
	});
	it("reports a created that is not a date on a prepared interview only", () => {
		expect(interview({ created: "last week" }).problems.map((p) => p.property)).toEqual(["created"]);
		for (const sent of [{ status: "requested" }, { requested: "2026-11-20" }, { date: "2026-11-30" }, { date: "2026-02-30" }, { status: "maybe" }]) {
			const r = interview({ created: "last week", ...sent });
			expect(r.record).toMatchObject({ prepared: false, created: null });
			expect(r.problems.map((p) => p.property)).not.toContain("created");
		}
	});
	it("reads not-pursued as a list of links", () => {
		expect(interview({ "not-pursued": ["[[Priya|P]]", "Omar"] }).record).toMatchObject({
			notPursued: [
				{ target: "Priya", display: "P" },
				{ target: "Omar", display: "Omar" },
			],
		});
	});
});
