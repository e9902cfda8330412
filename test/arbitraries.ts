import fc from "fast-check";

/** Small pools so that links collide, resolve, and stop resolving as notes come and go. */
const NAMES = ["Jane Doe", "Sam Lee", "Priya Shah", "jane doe", "Omar", "Zoë Müller"];
const FOLDERS = ["", "People/", "Networking/Contacts/", "Archive/"];
export const TODAYS = ["2026-11-22", "2026-11-30", "2026-12-25"];

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysIn = (y: number, m: number) => (m === 2 && leap(y) ? 29 : (DAYS_IN_MONTH[m - 1] ?? 31));

/** Any day of the calendar from 1000-01-01 to 9999-12-31, as `YYYY-MM-DD`. */
const calendarDate: fc.Arbitrary<string> = fc
	.tuple(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
	.map(([y, m, d]) => `${y}-${pad(m)}-${pad(Math.min(d, daysIn(y, m)))}`);

/** The same day as a user or a tool may write it: with a time, an offset, spaces, as a link, as a list YAML made of `[[…]]`. */
const dateForm = (date: string): fc.Arbitrary<unknown> =>
	fc.oneof(
		fc.constant(date),
		fc.constantFrom(`${date}T08:00`, `${date} 14:30`, `${date}T23:59:59`, `${date}T00:00:00.000Z`, `${date}T10:00-08:00`, `${date}T10:00+14:00`, `  ${date}  `),
		fc.constantFrom(`[[${date}]]`, `[[${date}|the day]]`),
		fc.constant([[date]]),
	);

/** Values that are no day of the calendar: impossible months and days, years of other lengths, other shapes. */
const notADate: fc.Arbitrary<unknown> = fc.oneof(
	fc.tuple(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${pad(m)}-${daysIn(y, m) + 1}`),
	fc.tuple(fc.integer({ min: 1000, max: 9999 }), fc.constantFrom(0, 13, 19, 99), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${y}-${pad(m)}-${pad(d)}`),
	fc.tuple(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${pad(m)}-00`),
	fc.tuple(fc.integer({ min: 10000, max: 99999 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${pad(m)}-01`),
	fc.tuple(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${pad(d)}/${pad(m)}/${y}`),
	fc.constantFrom("soon", "", "  ", "2026-11", "2026-1-5", "2026-11-22T25:00", "2026-11-22T10:60", "20261122", "tomorrow", "[[soon]]"),
	fc.constantFrom(null, true, 20261122, {}, ["2026-11-22", "2026-11-23"]),
);

/** What a date property holds in a vault: mostly days near the pooled todays, any day of the calendar, and mistakes. */
const day = fc.oneof(
	{ arbitrary: fc.constantFrom("2026-11-01", "2026-11-20", "2026-11-21", "2026-11-22", "2026-11-23", "2026-12-01", "2027-01-15"), weight: 6 },
	{ arbitrary: fc.constantFrom("2026-11-22T08:00", "2026-11-23 14:30", "[[2026-11-10]]"), weight: 2 },
	{ arbitrary: fc.constant([["2026-11-18"]]), weight: 1 },
	{ arbitrary: calendarDate.chain(dateForm), weight: 2 },
	{ arbitrary: notADate, weight: 2 },
);
const link = fc.oneof(
	fc.constantFrom(...NAMES).map((n) => `[[${n}]]`),
	fc.constantFrom(...NAMES),
	fc.tuple(fc.constantFrom(...FOLDERS), fc.constantFrom(...NAMES)).map(([f, n]) => `[[${f}${n}|Alias]]`),
	fc.constantFrom(...NAMES).map((n) => [[n]]),
);
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

const contactFm = fc.record(
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

const interviewFm = fc.record(
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
const preparedFm = fc.record(
	{
		type: fc.constant("interview"),
		contact: maybe(link),
		created: maybe(day),
		"snooze-until": maybe(day),
	},
	{ requiredKeys: ["type"] },
);

/** Daily notes: links written as in a note's text. */
const dailyPath = fc.constantFrom("Daily/2026-11-01.md", "Daily/2026-11-21.md", "Daily/2026-12-20.md");
const dailyLinks = fc.array(fc.constantFrom(...NAMES, ...NAMES.map((n) => `People/${n}`)), { maxLength: 3 });

const contactPath = fc.tuple(fc.constantFrom(...FOLDERS), fc.constantFrom(...NAMES)).map(([f, n]) => `${f}${n}.md`);
const interviewPath = fc.constantFrom("I/a.md", "I/b.md", "I/c.md", "I/d.md", "I/e.md", "I/f.md");
const anyPath = fc.oneof(contactPath, interviewPath);

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
