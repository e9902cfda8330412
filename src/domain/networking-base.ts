import { cleanFolder } from "./filenames";
import { parseLink } from "./links";
import { PROP } from "./properties";
import { NO_RECOGNITION, type AdoptRule, type Recognition } from "./recognition";
import { yamlString } from "./yaml";

/**
 * `Networking.base`: the contacts and conversations as Obsidian Bases tables
 * (Bases is a core plugin since Obsidian 1.9). The file is YAML in the Bases
 * syntax — global filters, formulas, property display names, views — and
 * reads the same `type` values and property names as the plugin, so it shows
 * exactly the notes the follow-ups come from (the templates folder left out).
 *
 * "Not asked yet" cannot be said exactly in Bases: a base sees one note per
 * row, and whether an interview names this contact is a property of another
 * note. The `interviews` formula counts the notes linking here (backlinks)
 * that are interviews and whose `contact` mentions this note's name; a
 * contact with none is not asked yet. An interview that names the person only
 * through an alias is missed; Bases does not refresh backlinks live.
 */

interface BaseView {
	type: "table" | "cards";
	name: string;
	filters?: BaseFilter;
	groupBy?: { property: string; direction: "ASC" | "DESC" };
	order: string[];
}

export type BaseFilter = string | { and: BaseFilter[] } | { or: BaseFilter[] } | { not: BaseFilter[] };

export interface BaseFile {
	filters: BaseFilter;
	formulas: Record<string, string>;
	properties: Record<string, { displayName: string }>;
	views: BaseView[];
}

/** A note property as a Bases property id (`note.last-contact`). */
const note = (name: string) => `note.${name}`;
/** A note property inside an expression (`note.type`, `note["last-contact"]`). */
const prop = (name: string) => (/^[A-Za-z_]\w*$/.test(name) ? `note.${name}` : `note[${JSON.stringify(name)}]`);
const isType = (value: string) => `${prop(PROP.type)} == ${JSON.stringify(value)}`;

/**
 * The notes of one kind, as the plugin recognises them: `type` names the kind,
 * or (when the recognition settings are on) the note has no `type` and lies in
 * a recognised folder, carries a recognised tag, or has a recognised property
 * value. A property value is matched as text: the property, written out,
 * holds the name the value links to (`categories: [[People]]` holds `people`).
 */
function kindFilter(kind: "contact" | "interview", rule: AdoptRule): BaseFilter {
	const adopted: BaseFilter[] = [
		...rule.folders.map((f) => `file.inFolder(${JSON.stringify(f)})`),
		...rule.tags.map((t) => `file.hasTag(${JSON.stringify(t)})`),
		...rule.properties.map((p) => `${prop(p.name)}.toString().lower().contains(${JSON.stringify((parseLink(p.value)?.target ?? p.value).toLowerCase())})`),
	];
	if (adopted.length === 0) return isType(kind);
	return { or: [isType(kind), { and: [`!${prop(PROP.type)}`, { or: adopted }] }] };
}

const DISPLAY_NAMES: Record<string, string> = {
	"file.name": "Name",
	[note(PROP.organization)]: "Organization",
	[note(PROP.role)]: "Role",
	[note(PROP.field)]: "Field",
	[note(PROP.level)]: "Level",
	[note(PROP.relationship)]: "How I know them",
	[note(PROP.lastContact)]: "Last contact",
	[note(PROP.status)]: "Status",
	[note(PROP.contact)]: "With",
	[note(PROP.date)]: "Date",
	[note(PROP.format)]: "Format",
	[note(PROP.location)]: "Location",
	[note(PROP.requested)]: "Requested",
	"formula.interviews": "Conversations",
};

/**
 * The base as data; `templatesFolder` (the plugin's setting) is left out of
 * every view, and notes the recognition settings adopt are in (an adopted
 * interview names its person in `recognition.personProperty`).
 */
export function networkingBase(templatesFolder: string, recognition: Recognition = NO_RECOGNITION): BaseFile {
	const folder = cleanFolder(templatesFolder);
	const contact = kindFilter("contact", recognition.contact);
	const interview = kindFilter("interview", recognition.interview);
	const kinds: BaseFilter = { or: [contact, interview] };
	// Inside the filter, `value` is one backlink: the note that links to this contact.
	const linking = "value.asFile().properties";
	return {
		filters: folder === "" ? kinds : { and: [kinds, `!file.inFolder(${JSON.stringify(folder)})`] },
		formulas: {
			interviews:
				`file.backlinks.filter(${linking}.${PROP.type} == "interview" && ${linking}.${PROP.contact} && ` +
				`${linking}.${PROP.contact}.toString().contains(file.basename)).length`,
		},
		properties: Object.fromEntries(Object.entries(DISPLAY_NAMES).map(([id, displayName]) => [id, { displayName }])),
		views: [
			{
				type: "table",
				name: "Contacts",
				filters: contact,
				order: ["file.name", ...[PROP.organization, PROP.role, PROP.field, PROP.level, PROP.relationship, PROP.lastContact, PROP.status].map(note)],
			},
			{
				type: "table",
				name: "Conversations",
				filters: interview,
				groupBy: { property: note(PROP.status), direction: "ASC" },
				order: ["file.name", ...[PROP.contact, PROP.date, PROP.format, PROP.location, PROP.requested].map(note)],
			},
			{
				type: "table",
				name: "By field",
				filters: contact,
				groupBy: { property: note(PROP.field), direction: "ASC" },
				order: ["file.name", ...[PROP.organization, PROP.role, PROP.level, PROP.lastContact, PROP.status].map(note)],
			},
			{
				type: "cards",
				name: "Not asked yet",
				filters: { and: [contact, `${prop(PROP.status)} != "archived"`, "formula.interviews == 0"] },
				order: ["file.name", ...[PROP.organization, PROP.role, PROP.field, PROP.relationship].map(note)],
			},
		],
	};
}

/** The base as the text of a `.base` file. */
export function renderBase(base: BaseFile): string {
	return yaml(base, "").join("\n") + "\n";
}

/** Block-style YAML of plain data (maps, lists, text), two spaces a level, text through yamlString. */
function yaml(value: unknown, indent: string): string[] {
	if (Array.isArray(value)) {
		return value.flatMap((item) => {
			if (typeof item !== "object" || item === null) return [`${indent}- ${scalar(item)}`];
			const [first = "", ...rest] = yaml(item, `${indent}  `);
			return [`${indent}- ${first.trimStart()}`, ...rest];
		});
	}
	return Object.entries(value as Record<string, unknown>).flatMap(([key, v]) => {
		if (typeof v === "object" && v !== null) return [`${indent}${scalar(key)}:`, ...yaml(v, `${indent}  `)];
		return [`${indent}${scalar(key)}: ${scalar(v)}`];
	});
}

function scalar(value: unknown): string {
	return yamlString(String(value));
}
