import fc from "fast-check";

/** Small pools so that links collide, resolve, and stop resolving as notes come and go. */
export const NAMES = ["Jane Doe", "Sam Lee", "Priya Shah", "jane doe", "Omar", "Zoë Müller"];
export const FOLDERS = ["", "People/", "Networking/Contacts/", "Archive/"];
export const TODAYS = ["2026-11-22", "2026-11-30", "2026-12-25"];

const day = fc.oneof(
	fc.constantFrom("2026-11-01", "2026-11-20", "2026-11-21", "2026-11-22", "2026-11-23", "2026-12-01", "2027-01-15"),
	fc.constantFrom("2026-11-22T08:00", "2026-11-23 14:30", "[[2026-11-10]]", "2026-02-30", "soon", ""),
	fc.constant([["2026-11-18"]]),
);
const link = fc.oneof(
	fc.constantFrom(...NAMES).map((n) => `[[${n}]]`),
	fc.constantFrom(...NAMES),
	fc.tuple(fc.constantFrom(...FOLDERS), fc.constantFrom(...NAMES)).map(([f, n]) => `[[${f}${n}|Alias]]`),
	fc.constantFrom(...NAMES).map((n) => [[n]]),
);
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

export const contactFm = fc.record(
	{
		type: fc.constantFrom("contact", "Contact", "CONTACT"),
		status: maybe(fc.constantFrom("active", "Paused", "archived", "gone")),
		field: maybe(fc.oneof(fc.constantFrom("UX research", "ux research", "Data"), fc.constant(["Data", "Policy"]))),
		"referred-by": maybe(link),
		"last-contact": maybe(day),
		"keep-in-touch": maybe(fc.constantFrom(30, "6 weeks", "3 months", "never")),
		"snooze-until": maybe(day),
		level: maybe(fc.constantFrom("senior", "Mid Career", "guru")),
	},
	{ requiredKeys: ["type"] },
);

export const interviewFm = fc.record(
	{
		type: fc.constantFrom("interview", "Interview"),
		contact: maybe(link),
		status: maybe(fc.constantFrom("requested", "scheduled", "Done", "cancelled", "declined", "no-response", "maybe")),
		requested: maybe(day),
		date: maybe(day),
		confirmed: maybe(day),
		"thank-you-sent": maybe(day),
		"referrer-thanked": maybe(day),
		nudged: maybe(day),
		nudges: maybe(fc.constantFrom(0, 1, 2, 3, "x")),
		referrals: maybe(fc.array(link, { maxLength: 3 })),
		"not-pursued": maybe(fc.array(link, { maxLength: 2 })),
		"snooze-until": maybe(day),
		created: maybe(day),
		location: maybe(fc.constantFrom("https://meet.example.org/x", 12, ["a", "b"])),
	},
	{ requiredKeys: ["type"] },
);

/** A request being prepared: no status, no `requested`, no `date`. */
export const preparedFm = fc.record(
	{
		type: fc.constant("interview"),
		contact: maybe(link),
		created: maybe(day),
		"snooze-until": maybe(day),
	},
	{ requiredKeys: ["type"] },
);

/** Daily notes: links written as in a note's text. */
export const dailyPath = fc.constantFrom("Daily/2026-11-01.md", "Daily/2026-11-21.md", "Daily/2026-12-20.md");
export const dailyLinks = fc.array(fc.constantFrom(...NAMES, ...NAMES.map((n) => `People/${n}`)), { maxLength: 3 });

export const contactPath = fc.tuple(fc.constantFrom(...FOLDERS), fc.constantFrom(...NAMES)).map(([f, n]) => `${f}${n}.md`);
export const interviewPath = fc.constantFrom("I/a.md", "I/b.md", "I/c.md", "I/d.md", "I/e.md", "I/f.md");
export const anyPath = fc.oneof(contactPath, interviewPath);

export type Op =
	| { op: "upsert"; path: string; fm: unknown }
	| { op: "remove"; path: string }
	| { op: "rename"; from: string; to: string }
	| { op: "unreadable"; path: string }
	| { op: "query"; today: string }
	| { op: "daily"; path: string; links: string[] }
	| { op: "undaily"; path: string };

export const op: fc.Arbitrary<Op> = fc.oneof(
	{ arbitrary: fc.record({ op: fc.constant("upsert" as const), path: contactPath, fm: contactFm }), weight: 4 },
	{ arbitrary: fc.record({ op: fc.constant("upsert" as const), path: interviewPath, fm: interviewFm }), weight: 5 },
	{ arbitrary: fc.record({ op: fc.constant("upsert" as const), path: anyPath, fm: fc.constantFrom(undefined, { tags: ["x"] }) }), weight: 1 },
	{ arbitrary: fc.record({ op: fc.constant("remove" as const), path: anyPath }), weight: 2 },
	{ arbitrary: fc.record({ op: fc.constant("rename" as const), from: anyPath, to: anyPath }), weight: 2 },
	{ arbitrary: fc.record({ op: fc.constant("unreadable" as const), path: anyPath }), weight: 1 },
	{ arbitrary: fc.record({ op: fc.constant("query" as const), today: fc.constantFrom(...TODAYS) }), weight: 2 },
	{ arbitrary: fc.record({ op: fc.constant("upsert" as const), path: interviewPath, fm: preparedFm }), weight: 2 },
	{ arbitrary: fc.record({ op: fc.constant("daily" as const), path: dailyPath, links: dailyLinks }), weight: 2 },
	{ arbitrary: fc.record({ op: fc.constant("undaily" as const), path: dailyPath }), weight: 1 },
);
