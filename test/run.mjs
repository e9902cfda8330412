// Runs the whole vitest suite once in each of two time zones far apart, so that
// no date is ever shifted by a zone, and ends with one plain summary line.
// A run that vitest fails with every test passed (an unhandled rejection or
// error: vitest reports each and exits 1) counts as one failure, and says so.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ZONES = ["America/Los_Angeles", "Pacific/Kiritimati"];
const extra = process.argv.slice(2);
const dir = mkdtempSync(join(tmpdir(), "ii-test-"));
let passed = 0;
let failed = 0;
let broken = false;

for (const zone of ZONES) {
	const out = join(dir, `${zone.replace("/", "-")}.json`);
	console.log(`\n── Tests in TZ=${zone} ──`);
	const r = spawnSync(
		process.execPath,
		["node_modules/vitest/vitest.mjs", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${out}`, ...extra],
		{ stdio: "inherit", env: { ...process.env, TZ: zone } },
	);
	let report = null;
	try {
		report = JSON.parse(readFileSync(out, "utf8"));
		passed += report.numPassedTests;
		failed += report.numFailedTests;
		if (report.numTotalTests === 0) broken = true;
	} catch {
		broken = true;
	}
	if (r.status !== 0 && report?.numFailedTests === 0) {
		console.log(`TZ=${zone}: vitest failed outside any test (an unhandled rejection or error, reported above)`);
		broken = true;
	}
}
rmSync(dir, { recursive: true, force: true });
if (broken && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
