import { midSentence } from "./message-context";
import { formatList, type TemplateValue } from "./template";

/**
 * The outreach request short enough for a LinkedIn connection note, built from
 * the outreach draft's values (src/domain/message-context.ts): a greeting, who
 * suggested you, your pitch, what you ask and your name. Within `limit`
 * characters (a setting; LinkedIn's tightest limit today is 200): the pitch
 * goes first when it does not fit, then the referrer; what is still too long is
 * cut at a word, ending "…". Never more than `limit` characters.
 */
export function linkedInNote(values: Readonly<Record<string, TemplateValue>>, limit: number): string {
	const text = (key: string): string => {
		const v = values[key];
		return typeof v === "string" ? v.trim() : "";
	};
	const list = (key: string): string[] => {
		const v = values[key];
		return (typeof v === "string" ? [v] : (v ?? [])).map((i) => i.trim()).filter((i) => i !== "");
	};
	const first = text("contact.first-name");
	const greeting = first ? `Hi ${first},` : "Hello,";
	const referrer = text("referrer.name");
	const referral = referrer ? `${referrer} suggested I get in touch.` : "";
	const pitch = text("me.pitch");
	const fields = list("contact.field");
	const organization = text("contact.organization");
	const length = text("call-length") || "about thirty minutes";
	const ask =
		fields.length > 0
			? `I'm exploring ${formatList(fields.map(midSentence))} and would value ${length} to hear about your path.`
			: organization
				? `I would value ${length} to hear about your work at ${organization}.`
				: `I would value ${length} to hear about your work.`;
	const me = text("me.first-name") || text("me.name");
	const thanks = me ? `Thank you! ${me}` : "Thank you!";
	const build = (parts: readonly string[]) => parts.filter((p) => p !== "").join(" ");
	for (const parts of [
		[greeting, referral, pitch, ask, thanks],
		[greeting, referral, ask, thanks],
		[greeting, ask, thanks],
	]) {
		const note = build(parts);
		if (charCount(note) <= limit) return note;
	}
	return cutAtWord(build([greeting, ask, thanks]), limit);
}

/** Characters as a person counts them (an emoji is one). */
export function charCount(text: string): number {
	return [...text].length;
}

function cutAtWord(text: string, limit: number): string {
	const chars = [...text];
	if (chars.length <= limit) return text;
	const head = chars.slice(0, Math.max(0, limit - 1)).join("");
	const space = head.lastIndexOf(" ");
	return `${(space > 0 ? head.slice(0, space) : head).replace(/[\s,.;:!?]+$/, "")}…`;
}
