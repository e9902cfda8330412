import { describe, expect, it } from "vitest";
import { openableLocation } from "../../src/domain/locations";

describe("openableLocation", () => {
	it.each([
		["https://meet.example.com/abc-def", "https://meet.example.com/abc-def"],
		["  http://example.com/room  ", "http://example.com/room"],
		["HTTPS://EXAMPLE.COM", "HTTPS://EXAMPLE.COM"],
		["mailto:bo@example.com", "mailto:bo@example.com"],
	])("opens %j as %j", (location, href) => {
		expect(openableLocation(location)).toBe(href);
	});

	it.each([
		[null],
		["Blue Bottle, 3rd floor"],
		["https://"],
		["https://example.com/a room"],
		["see https://example.com"],
		["file:///etc/passwd"],
		["obsidian://open?vault=x"],
		["javascript:alert(1)"],
		["ftp://example.com"],
		["mailto:"],
	])("shows %j as text only", (location) => {
		expect(openableLocation(location)).toBeNull();
	});
});
