/**
 * Generates the synthetic vault of the benchmark: contacts, interviews and
 * unrelated notes, written the way people (and other tools) write frontmatter,
 * some of it broken. Deterministic: the same seed gives the same vault, byte for
 * byte.
 *
 * `generateVault(root)` writes the files and returns, for every note, the
 * frontmatter object Obsidian's metadataCache would hand the plugin: YAML read
 * with dates left as text (js-yaml's CORE schema, as the CLI reads it), an
 * unquoted `[[X]]` as a nested list, and `undefined` when the note has no
 * frontmatter or frontmatter that cannot be read.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import yaml from "js-yaml";
import { createRng } from "./prng.mjs";

export const DEFAULT_COUNTS = { contacts: 10_000, interviews: 20_000, unrelated: 40_000 };
const TODAY = "2026-11-22";

const FIRST = (
	"Aisha Ben Claire Dev Felix Grace Hannah Ines Keisha Lena Marcus Mateo Oliver Omar Rosa Ruth Sam Tariq Uma Victor " +
	"Wen Xavier Yara Zoe Amir Bea Carlos Dana Emeka Farah Gabe Hiro Ivy Jonas Kai Lucia Maya Nadia Owen Priya " +
	"Quinn Rafael Sofia Tomas Ulla Vera Will Ximena Yusuf Zara Abel Bianca Chen Diego Elif Femi Greta Hugo Isla Jae " +
	"Karim Leila Milo Nora Oscar Pia Reza Sana Theo Uri Valentina Wanjiru Yosef Zain Ada Bruno Celia Dmitri Esme Finn " +
	"Gita Hassan Ilse Jorge Kemal Liv Mina Nikhil Olga Pedro Rania Soren Tala Ugo Vikram Wren Yuki Zeynep Anton Bo " +
	"Cyrus Dalia Enzo Freya Goran Hana Idris Jana Kofi Lars Malik Noor Otto Paz Rami Selin Tess Umar Vida Wale Yan"
).split(" ");
const LAST = (
	"Rahman Adeyemi Donovan Patel Strand Liu Schultz Carvalho Morgan Kowalski Bell Ortega Grant Haddad Jimenez Okonkwo " +
	"Whitaker Nguyen Garcia Smith Kim Müller Rossi Dubois Novak Silva Tanaka Ivanova Hansen Cohen Mensah Ali Brown " +
	"Wilson Lopez Martin Moreau Fischer Costa Sato Jensen Levi Osei Khan Taylor Clark Ramos Lambert Weber Pereira Kato " +
	"Berg Katz Boateng Shah Evans Reyes Roux Wagner Santos Ito Larsen Mizrahi Owusu Malik Walker Young Torres Girard " +
	"Becker Almeida Suzuki Nilsen Friedman Asante Iqbal Hughes Allen Flores Fontaine Hoffmann Barros Yamamoto Dahl " +
	"Stern Appiah Hussain Edwards King Cruz Mercier Schmitt Ribeiro Nakamura Lund Weiss Darko Chaudhry Price O'Brien"
).split(" ");
const FIELDS = [
	"UX research", "Data science", "Product management", "Public health", "Nonprofit fundraising", "Urban planning",
	"Software engineering", "Marketing", "Clinical research", "Education policy", "Investment banking", "Journalism",
	"Environmental consulting", "Human resources", "Supply chain", "Museum curation", "Biotech", "Law", "Architecture",
	"Game design", "Cybersecurity", "Social work", "Accounting", "Film production",
];
const ORGS = [
	"Tidewater Credit Union", "Northwind Labs", "Acme Health", "Bluebird Analytics", "City of Riverton", "Greenleaf Foundation",
	"Harbor & Finch LLP", "Juniper Games", "Kestrel Bio", "Lumen Media", "Meridian Bank", "Oakridge University",
	"Pinecrest Hospital", "Quarry Studio", "Redwood Consulting", "Sable Security", "Summit Schools", "Trellis Logistics",
	"Union Museum", "Vantage Partners", "Willow Architects", "Zephyr Energy", "Atlas Films", "Beacon Social Services",
];
const ROLES = [
	"Associate UX Researcher", "Senior Data Scientist", "Product Manager", "Epidemiologist", "Development Director",
	"Urban Planner II", "Staff Engineer", "Marketing Lead", "Clinical Research Coordinator", "Policy Analyst", "Analyst",
	"Reporter", "Consultant", "HR Business Partner", "Operations Manager", "Assistant Curator", "Research Scientist",
	"Associate", "Project Architect", "Game Designer", "Security Engineer", "Case Manager", "Senior Accountant", "Producer",
];
const RELATIONSHIPS = ["friend", "family", "classmate", "coworker", "faculty", "mentor", "alumni", "referral", "cold", "Alumni", "Coworker"];
const FORMATS = ["coffee", "phone", "video", "in person", "Zoom", "lunch", "walk"];
const TOPICS = [
	"career path", "day to day", "hiring process", "skills to build", "portfolio review", "salary ranges", "team culture",
	"remote work", "graduate school", "certifications", "industry trends", "getting a first job", "switching fields",
	"mentorship", "networking advice", "résumé feedback", "interview tips", "work-life balance", "job boards", "side projects",
];
const TAGS = [
	"journal", "idea", "reading", "meeting", "project", "recipe", "travel", "health", "finance", "learning", "todo",
	"writing", "book", "podcast", "music", "garden", "family", "work/meeting", "work/1on1", "review", "draft", "evergreen",
	// Unrelated notes that still mention the words the plugin looks for: they must not become contacts.
	"contact-center", "job-interview", "interview-prep", "contacts",
];
const PROJECTS = ["Website redesign", "Thesis", "Garden plan", "Kitchen remodel", "Novel", "Podcast", "Side app", "Marathon"];
const WORDS = (
	"the a of to and in that is for it with as on was be at by this from have or not but are an they which you one " +
	"were all we when there can had has more if will what about so out up into some time their would them people only " +
	"other new like could my than then now look first also after use two how our work well way even want because any " +
	"these give day most us notes plan idea meeting project draft review later maybe question answer small research " +
	"week month follow read book chapter garden budget list call email team design data market paper summary"
).split(" ");

const DAY = 86_400_000;
const TODAY_MS = Date.UTC(2026, 10, 22);

function isoDay(ms) {
	return new Date(ms).toISOString().slice(0, 10);
}

/**
 * @param {string} root  an empty folder to write into
 * @param {{contacts?: number, interviews?: number, unrelated?: number, seed?: number}} [options]
 */
export function generateVault(root, options = {}) {
	const counts = { ...DEFAULT_COUNTS, ...options };
	const rng = createRng(options.seed ?? 20261122);
	const { int, chance, pick, weighted } = rng;
	const notes = []; // { path, text }
	const stats = { contacts: 0, interviews: 0, unrelated: 0, noFrontmatter: 0, brokenYaml: 0, otherLanguage: 0, crlf: 0, bom: 0 };

	// ---- value writers: the forms users and tools write ------------------------
	const day = (fromDays, toDays) => isoDay(TODAY_MS + int(fromDays, toDays) * DAY);
	/** A date in one of the accepted forms (and, rarely, an impossible one). */
	const dateValue = (d, { allowBroken = true } = {}) => {
		if (allowBroken && chance(0.004)) return pick(["2026-02-30", "2025-13-01", "2026-04-31", "next Tuesday", "2026/05/03"]);
		return weighted([
			[d, 70],
			[`${d}T${String(int(7, 19)).padStart(2, "0")}:${pick(["00", "15", "30", "45"])}`, 9],
			[`${d} ${String(int(7, 19)).padStart(2, "0")}:${pick(["00", "30"])}`, 5],
			[`"[[${d}]]"`, 8],
			[`[[${d}]]`, 2],
			[`${d}T${String(int(7, 19)).padStart(2, "0")}:00:00Z`, 2],
			[`${d}T10:00:00+02:00`, 1],
			[`'${d}'`, 3],
		]);
	};
	/** A link to a note by name or path, quoted or plain, with or without an alias. */
	const linkValue = (name, folder) => {
		const first = name.split(" ")[0];
		return weighted([
			[`"[[${name}]]"`, 60],
			[`"[[${folder}/${name}|${first}]]"`, 10],
			[`"[[${name}|${first}]]"`, 5],
			[`[[${name}]]`, 5],
			[name, 15],
			[`'[[${name}]]'`, 5],
		]);
	};
	const caseOf = (word) => weighted([[word, 80], [word[0].toUpperCase() + word.slice(1), 15], [word.toUpperCase(), 5]]);
	const listValue = (items, indent = "  ") =>
		chance(0.5) ? `\n${items.map((t) => `${indent}- ${t}`).join("\n")}` : `[${items.join(", ")}]`;
	const body = (minBytes, maxBytes) => {
		const target = int(minBytes, maxBytes);
		const parts = [];
		let len = 0;
		while (len < target) {
			let s = "";
			const n = int(6, 18);
			for (let i = 0; i < n; i++) s += (i === 0 ? "" : " ") + pick(WORDS);
			s = s[0].toUpperCase() + s.slice(1) + ".";
			const kind = int(0, 30);
			const line = kind === 0 ? `\n## ${pick(WORDS)} ${pick(WORDS)}\n` : kind === 1 ? `- [ ] ${s}` : kind === 2 ? "\n---\n" : kind === 3 ? `- ${s} [[${pick(PROJECTS)}]]` : s;
			parts.push(line);
			len += line.length + 1;
		}
		return parts.join("\n");
	};

	// ---- people ----------------------------------------------------------------
	const combos = [];
	for (const f of FIRST) for (const l of LAST) combos.push(`${f} ${l}`);
	rng.shuffle(combos);
	if (combos.length < counts.contacts + 2000) throw new Error("not enough names");
	const outsiders = combos.slice(counts.contacts); // people who have no contact note
	const used = new Set(); // every note path, so that none is written twice
	const contacts = [];
	for (let i = 0; i < counts.contacts; i++) {
		// About 1.5% share a name with an earlier contact, in another folder (the shortest path wins).
		const name = i > 100 && chance(0.015) ? contacts[int(0, i - 1)].name : combos[i];
		const field = pick(FIELDS);
		const folder = weighted([
			[`Networking/Contacts/${field}`, 55],
			[`Networking/Contacts`, 10],
			[`People/${name[0]}`, 20],
			[`Work/${pick(ORGS)}/People`, 10],
			[`Archive/Old contacts/${int(2015, 2022)}`, 5],
		]);
		let path = `${folder}/${name}.md`;
		for (let n = 2; used.has(path); n++) path = `${folder}/${name} ${n}.md`;
		used.add(path);
		contacts.push({ name: path.slice(folder.length + 1, -3), field, folder, path, interviews: 0 });
	}

	for (let i = 0; i < contacts.length; i++) {
		const c = contacts[i];
		const lines = [];
		const keys = new Set();
		const put = (key, value) => {
			keys.add(key);
			lines.push(`${key}:${value.startsWith("\n") ? value : ` ${value}`}`);
		};
		put("type", weighted([["contact", 85], ["Contact", 10], ["CONTACT", 3], ['"contact"', 2]]));
		if (chance(0.6)) put("aliases", listValue([c.name.split(" ")[0]]));
		put("organization", chance(0.3) ? `"[[${pick(ORGS)}]]"` : pick(ORGS));
		if (chance(0.8)) put("role", pick(ROLES));
		if (chance(0.92)) put("field", chance(0.15) ? listValue([c.field, pick(FIELDS)]) : chance(0.1) ? c.field.toLowerCase() : c.field);
		if (chance(0.5)) put("email", `${c.name.toLowerCase().replace(/[^a-z]+/g, ".")}@example.org`);
		if (chance(0.2)) put("phone", `"+1 555 ${int(100, 999)} ${int(1000, 9999)}"`);
		if (chance(0.3)) put("linkedin", `https://www.linkedin.com/in/${c.name.toLowerCase().replace(/[^a-z]+/g, "-")}-${int(10, 99)}`);
		if (chance(0.85)) put("relationship", pick(RELATIONSHIPS));
		// Referral chains: an earlier contact introduced this one.
		if (i > 0 && chance(0.35)) {
			const r = contacts[int(Math.max(0, i - 300), i - 1)];
			put("referred-by", linkValue(r.name, r.folder));
		} else if (chance(0.03)) put("referred-by", linkValue(pick(outsiders), "People"));
		if (chance(0.4)) put("last-contact", dateValue(day(-400, 0)));
		if (chance(0.25)) put("keep-in-touch", chance(0.02) ? pick(["often", "-3", "0"]) : weighted([["90", 3], ['"6 weeks"', 2], ["3 months", 3], ["1 year", 1], ["30", 1], ["2w", 1]]));
		if (chance(0.05)) put("snooze-until", dateValue(day(-20, 60)));
		const status = weighted([[null, 55], ["active", 25], ["paused", 8], ["archived", 7], ["unknown", 0.5]]);
		if (status === "unknown") put("status", pick(["on hold", "former", "???"]));
		else if (status) put("status", caseOf(status));
		if (chance(0.3)) put("tags", listValue(["networking", pick(["people", "job-search", c.field.toLowerCase().replace(/ /g, "-")])]));
		if (chance(0.2)) put("created", dateValue(day(-900, -10), { allowBroken: false }));
		const text = `${lines.join("\n")}\n`;
		const rest = `# ${c.name}\n\n${body(150, 1200)}\n`;
		notes.push({ path: c.path, fm: text, rest, kind: "contact" });
		stats.contacts++;
	}

	// ---- interviews --------------------------------------------------------------
	for (let i = 0; i < counts.interviews; i++) {
		// Some people get many conversations, most one or two.
		const c = chance(0.3) ? contacts[int(0, Math.min(contacts.length - 1, 999))] : pick(contacts);
		const lone = chance(0.02); // names a person who has no contact note
		const who = lone ? pick(outsiders) : c.name;
		const kind = weighted([["past", 62], ["future", 18], ["requested", 15], ["closed", 5]]);
		const d = kind === "past" ? day(-700, -1) : kind === "future" ? day(0, 70) : day(-700, 70);
		const y = d.slice(0, 4);
		const m = d.slice(5, 7);
		const folder = weighted([[`Networking/Interviews/${y}/${m}`, 80], [`Networking/Interviews`, 5], [`Journal/${y}/Interviews`, 15]]);
		let path = `${folder}/${d} ${who}.md`;
		for (let n = 2; used.has(path); n++) path = `${folder}/${d} ${who} (${n}).md`;
		used.add(path);
		if (!lone) c.interviews++;

		const lines = [];
		const put = (key, value) => lines.push(`${key}:${value.startsWith("\n") ? value : ` ${value}`}`);
		put("type", weighted([["interview", 85], ["Interview", 12], ["INTERVIEW", 3]]));
		put("contact", lone ? linkValue(who, "People") : linkValue(c.name, c.folder));
		if (kind === "requested") {
			put("status", caseOf("requested"));
			put("requested", dateValue(day(-60, 0)));
			if (chance(0.3)) {
				put("nudged", dateValue(day(-30, 0)));
				put("nudges", String(int(1, 3)));
			}
		} else if (kind === "closed") {
			put("status", caseOf(pick(["cancelled", "declined", "no-response", "no response"])));
			if (chance(0.5)) put("requested", dateValue(day(-700, -30)));
		} else {
			const status =
				kind === "past"
					? weighted([["done", 60], [null, 20], ["scheduled", 15], ["unknown", 1]])
					: weighted([["scheduled", 60], [null, 40], ["unknown", 1]]);
			if (status === "unknown") put("status", pick(["maybe", "postponed", "tbd"]));
			else if (status) put("status", caseOf(status));
			if (chance(0.5)) put("requested", dateValue(isoDay(Date.parse(d) - int(5, 30) * DAY)));
			put("date", dateValue(d));
			if (chance(0.8)) put("format", pick(FORMATS));
			if (chance(0.6)) put("duration", weighted([["30", 5], ["45", 2], ['"30 min"', 2], ["20 minutes", 1], ["half an hour", 0.1]]));
			if (kind === "future" ? chance(0.3) : chance(0.7)) put("confirmed", chance(0.1) ? "yes" : dateValue(isoDay(Date.parse(d) - DAY), { allowBroken: false }));
			if (kind === "past") {
				if (chance(0.8)) put("thank-you-sent", chance(0.1) ? pick(["yes", "true", "done"]) : dateValue(isoDay(Date.parse(d) + int(0, 4) * DAY)));
				if (chance(0.25)) put("referrer-thanked", chance(0.2) ? "true" : dateValue(isoDay(Date.parse(d) + int(1, 5) * DAY)));
				if (chance(0.85)) put("topics", listValue(Array.from({ length: int(1, 5) }, () => pick(TOPICS))));
				if (chance(0.45)) {
					const refs = Array.from({ length: int(1, 3) }, () => {
						const r = chance(0.5) ? pick(contacts) : { name: pick(outsiders), folder: "People" };
						return linkValue(r.name, r.folder);
					});
					put("referrals", listValue(refs));
				}
			}
		}
		if (chance(0.04)) put("snooze-until", dateValue(day(-10, 40)));
		if (chance(0.25)) put("tags", listValue(["interview", pick(["networking", "informational", "career"])]));
		const text = `${lines.join("\n")}\n`;
		const rest = `# Conversation with ${who}\n\n## Prep\n${body(100, 600)}\n\n## Notes\n${body(200, 2500)}\n`;
		notes.push({ path, fm: text, rest, kind: "interview" });
		stats.interviews++;
	}

	// ---- unrelated notes ----------------------------------------------------------
	for (let i = 0; i < counts.unrelated; i++) {
		const kind = weighted([["daily", 35], ["project", 20], ["reading", 10], ["meeting", 12], ["zettel", 15], ["archive", 8]]);
		let path;
		const lines = [];
		const put = (key, value) => lines.push(`${key}:${value.startsWith("\n") ? value : ` ${value}`}`);
		if (kind === "daily") {
			const d = day(-2500, 30);
			path = `Daily/${d.slice(0, 4)}/${d.slice(5, 7)}/${d}.md`;
			put("date", d);
			if (chance(0.5)) put("tags", listValue(["journal", ...(chance(0.3) ? [pick(TAGS)] : [])]));
			if (chance(0.3)) put("mood", pick(["good", "ok", "tired", "great", "meh"]));
			if (chance(0.2)) put("weather", pick(["sunny", "rain", '"partly cloudy"']));
		} else if (kind === "project") {
			const p = pick(PROJECTS);
			path = `Projects/${p}/${pick(WORDS)} ${pick(WORDS)} ${i}.md`;
			put("type", pick(["project", "task", "note", "Project"]));
			put("status", pick(["todo", "doing", "done", "blocked", "Done"]));
			if (chance(0.6)) put("tags", listValue([pick(TAGS), pick(TAGS)]));
			if (chance(0.4)) put("due", day(-100, 100));
			if (chance(0.3)) put("aliases", listValue([`${pick(WORDS)} ${i}`]));
			if (chance(0.2)) put("related", `"[[${p}]]"`);
		} else if (kind === "reading") {
			path = `Reading/${pick(["Books", "Articles", "Papers"])}/${pick(WORDS)} ${pick(WORDS)} ${i}.md`;
			put("type", pick(["book", "article", "paper"]));
			put("author", pick(LAST));
			if (chance(0.6)) put("rating", String(int(1, 5)));
			if (chance(0.5)) put("finished", day(-1500, 0));
			put("tags", listValue(["reading", pick(TAGS)]));
		} else if (kind === "meeting") {
			const d = day(-900, 20);
			path = `Work/Meetings/${d.slice(0, 4)}/${d} ${pick(WORDS)} sync ${i}.md`;
			put("type", weighted([["meeting", 90], ["Meeting", 10]]));
			put("date", dateValue(d, { allowBroken: false }));
			put("attendees", listValue(Array.from({ length: int(1, 4) }, () => `"[[${pick(combos)}]]"`)));
			if (chance(0.1)) put("tags", listValue(["work/meeting", "interview-prep"]));
		} else if (kind === "zettel") {
			path = `Zettelkasten/${(i * 2654435761 >>> 0).toString(16).padStart(8, "0")} ${pick(WORDS)}.md`;
			if (chance(0.6)) put("aliases", listValue([`${pick(WORDS)} ${pick(WORDS)}`]));
			if (chance(0.7)) put("tags", listValue([pick(TAGS)]));
			if (chance(0.3)) put("created", `${day(-2000, 0)}T${String(int(0, 23)).padStart(2, "0")}:${String(int(0, 59)).padStart(2, "0")}`);
			if (chance(0.05)) put("source", `"https://example.org/${pick(WORDS)}?q=contact"`);
		} else {
			path = `Archive/${int(2012, 2023)}/${pick(["Misc", "Old notes", "Imported"])}/${pick(WORDS)} ${i}.md`;
			if (chance(0.5)) put("tags", listValue([pick(TAGS)]));
			if (chance(0.3)) put("cssclasses", listValue(["wide"]));
		}
		if (used.has(path)) path = path.replace(/\.md$/, ` ${i}.md`);
		used.add(path);
		const noFm = kind === "archive" ? chance(0.5) : kind === "zettel" ? chance(0.2) : chance(0.05);
		const rest = `${body(200, chance(0.1) ? 6000 : 2200)}\n`;
		notes.push({ path, fm: noFm || lines.length === 0 ? null : `${lines.join("\n")}\n`, rest, kind: "other" });
		stats.unrelated++;
	}

	// ---- breakage: YAML that does not parse, other languages ----------------------
	const breakers = [
		(fm) => fm.replace(/\n(\w[\w-]*): /, '\n$1: "unclosed quote\n'),
		(fm) => fm.replace(/\n(\w[\w-]*): /, "\n\t$1: "),
		(fm) => `${fm}${fm.split("\n")[0]}\n`, // a duplicated key
		(fm) => fm.replace(/\n(\w[\w-]*): ([^\n]*)/, "\n$1: $2: more"),
		(fm) => `${fm}notes: [unclosed, list\n`,
		(fm) => `${fm}  - stray item\n`,
	];
	for (const note of notes) {
		if (note.fm === null) continue;
		const p = note.kind === "other" ? 0.004 : 0.003;
		if (chance(p)) {
			note.fm = pick(breakers)(note.fm);
			note.broken = true;
		} else if (chance(0.0003)) note.language = pick(["js", "json", "coffee"]);
	}

	// ---- write ----------------------------------------------------------------------
	const made = new Set();
	let bytes = 0;
	const out = [];
	for (const note of notes) {
		let text = note.fm === null ? note.rest : `---${note.language ?? ""}\n${note.fm}---\n${note.rest}`;
		if (chance(0.02)) {
			text = text.replace(/\n/g, "\r\n");
			stats.crlf++;
		}
		if (chance(0.005)) {
			text = `\ufeff${text}`;
			stats.bom++;
		}
		const dir = dirname(note.path);
		if (!made.has(dir)) {
			mkdirSync(join(root, dir), { recursive: true });
			made.add(dir);
		}
		const buf = Buffer.from(text, "utf8");
		writeFileSync(join(root, note.path), buf);
		bytes += buf.length;
		out.push({ path: note.path, kind: note.kind, frontmatter: metadataCacheFrontmatter(note, stats) });
	}
	// A hidden folder (skipped by Obsidian and the CLI) and a non-note file.
	mkdirSync(join(root, ".obsidian"), { recursive: true });
	writeFileSync(join(root, ".obsidian", "app.json"), "{}\n");
	writeFileSync(join(root, "Daily", "attachment.png"), Buffer.alloc(64));
	return { root, today: TODAY, notes: out, bytes, folders: made.size, stats };
}

/** What Obsidian's metadataCache would give for this note's frontmatter. */
function metadataCacheFrontmatter(note, stats) {
	if (note.fm === null) {
		stats.noFrontmatter++;
		return undefined;
	}
	if (note.language) {
		stats.otherLanguage++;
		return undefined;
	}
	try {
		const data = yaml.load(note.fm, { schema: yaml.CORE_SCHEMA });
		if (data === null || typeof data !== "object" || Array.isArray(data)) throw new Error("not a mapping");
		return data;
	} catch {
		stats.brokenYaml++;
		return undefined;
	}
}
