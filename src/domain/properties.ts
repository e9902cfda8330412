/**
 * Frontmatter property names, declared once: the parser, the rules, the
 * templates and every write use these (see docs/ARCHITECTURE.md).
 */
export const PROP = {
	type: "type",
	status: "status",
	organization: "organization",
	role: "role",
	field: "field",
	email: "email",
	phone: "phone",
	linkedin: "linkedin",
	relationship: "relationship",
	referredBy: "referred-by",
	lastContact: "last-contact",
	keepInTouch: "keep-in-touch",
	snoozeUntil: "snooze-until",
	contact: "contact",
	requested: "requested",
	date: "date",
	format: "format",
	duration: "duration",
	confirmed: "confirmed",
	thankYouSent: "thank-you-sent",
	referrerThanked: "referrer-thanked",
	nudged: "nudged",
	nudges: "nudges",
	topics: "topics",
	referrals: "referrals",
	connected: "connected",
} as const;
