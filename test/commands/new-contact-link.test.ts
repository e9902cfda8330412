// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { NewContactModal } from "../../src/ui/new-contact-modal";
import { fileContent, openModals, openObsidianUrl } from "../fake-obsidian";
import { freezeClock, JANE, PATHS, REPO, smallVault, startPlugin, type Started, stopPlugin } from "../plugin-harness";

let s: Started;

beforeEach(async () => {
	freezeClock();
	s = await startPlugin(smallVault(), { data: { digest: false } });
});

afterEach(() => stopPlugin(s));

const LINK = "obsidian://informational-interviews-new-contact";
const link = (params: Record<string, string>) =>
	`${LINK}?${Object.entries(params)
		.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
		.join("&")}`;

function shownForm(): NewContactModal {
	const modal = openModals().find((m) => m instanceof NewContactModal) as NewContactModal | undefined;
	if (!modal) throw new Error("no New contact form");
	return modal;
}

const value = (modal: NewContactModal, key: "name" | "organization" | "role" | "field" | "email" | "linkedin" | "relationship") => modal.inputs.get(key)?.value;
const created = () => s.app.vault.getFiles().map((f) => f.path).filter((p) => !(p in smallVault()));

describe("the link that adds a contact", () => {
	it("opens New contact filled in, writes nothing until the user creates the note", async () => {
		const followed = await openObsidianUrl(
			s.app,
			link({ name: "Priya Nair", organization: "Acme: Health", role: "Design lead", linkedin: "https://www.linkedin.com/in/priya", email: "priya@example.com" }),
		);
		expect(followed).toBe(true);
		const modal = shownForm();
		expect([value(modal, "name"), value(modal, "organization"), value(modal, "role"), value(modal, "linkedin"), value(modal, "email")]).toEqual([
			"Priya Nair",
			"Acme: Health",
			"Design lead",
			"https://www.linkedin.com/in/priya",
			"priya@example.com",
		]);
		expect(modal.contentEl.textContent).toContain("Filled in from a link: check every value, then create the note.");
		expect(created()).toEqual([]);

		modal.inputs.get("role")!.value = "Head of design";
		modal.submit();
		const path = "Networking/Contacts/Priya Nair.md";
		await vi.waitFor(() => expect(fileContent(s.app, path)).not.toBeNull());
		expect(fileContent(s.app, path)).toContain(
			'---\ntype: contact\norganization: "Acme: Health"\nrole: Head of design\nfield:\nemail: priya@example.com\nphone:\nlinkedin: https://www.linkedin.com/in/priya\n',
		);
	});

	it("shows hostile values as text and writes a safe file name inside the contacts folder", async () => {
		await openObsidianUrl(s.app, link({ name: "<img src=x onerror=alert(1)>\n../../../.obsidian/evil", role: "<script>alert(2)</script>", linkedin: "javascript:alert(3)" }));
		const modal = shownForm();
		expect(value(modal, "name")).toBe("<img src=x onerror=alert(1)> ../../../.obsidian/evil");
		expect(value(modal, "role")).toBe("<script>alert(2)</script>");
		expect(value(modal, "linkedin")).toBe("");
		expect(modal.contentEl.textContent).toContain('The LinkedIn profile "javascript:alert(3)" is not a web address (http or https), so it was left out.');
		expect(modal.contentEl.querySelectorAll("img, script")).toHaveLength(0);

		modal.submit();
		await vi.waitFor(() => expect(created()).toHaveLength(1));
		expect(created()).toEqual(["Networking/Contacts/img src=x onerror=alert(1) .. .. .. .obsidian evil.md"]);
	});

	it("cancelled, writes nothing; a person with a note gets it back unchanged", async () => {
		await openObsidianUrl(s.app, link({ name: "Bo Chen" }));
		shownForm().close();
		expect(created()).toEqual([]);

		await openObsidianUrl(s.app, link({ name: "jane doe", organization: "Other" }));
		shownForm().submit();
		await vi.waitFor(() => expect(s.app.workspace.getActiveFile()?.path).toBe(PATHS.jane));
		expect(fileContent(s.app, PATHS.jane)).toBe(JANE);
		expect(created()).toEqual([]);
	});

	it("is gone once the plugin is unloaded", async () => {
		stopPlugin(s);
		expect(await openObsidianUrl(s.app, link({ name: "Bo Chen" }))).toBe(false);
	});
});

describe("the README's bookmarklet", () => {
	const README = readFileSync(join(REPO, "README.md"), "utf8");
	const bookmarklet = /```text\n(javascript:[^\n]+)\n```/.exec(README)?.[1] ?? "";

	it("sends a LinkedIn profile's title, address and og: tags, and the form is filled from them", async () => {
		expect(bookmarklet).not.toBe("");
		document.title = "(2) Jane Doe - Research Lead at Acme Health | LinkedIn";
		for (const [property, content] of [
			["og:title", "Jane Doe - Research Lead at Acme Health | LinkedIn"],
			["og:url", "https://www.linkedin.com/in/janedoe"],
		]) {
			const meta = document.head.createEl("meta");
			meta.setAttribute("property", property as string);
			meta.setAttribute("content", content as string);
		}
		document.head.createEl("meta", { attr: { name: "description", content: "not an og: tag" } });
		const location = { href: "https://www.linkedin.com/in/janedoe/?trk=feed" };
		// Run as a browser runs a javascript: bookmark, with this page's document and location.
		new Function("document", "location", bookmarklet.slice("javascript:".length))(document, location);

		expect(location.href.startsWith("obsidian://informational-interviews-new-contact?")).toBe(true);
		expect(location.href).not.toMatch(/[ +]/);
		const sent = new URLSearchParams(location.href.split("?")[1]);
		expect([...sent.keys()]).toEqual(["title", "url", "og:title", "og:url"]);

		await openObsidianUrl(s.app, location.href);
		const modal = shownForm();
		expect([value(modal, "name"), value(modal, "role"), value(modal, "organization"), value(modal, "linkedin")]).toEqual([
			"Jane Doe",
			"Research Lead",
			"Acme Health",
			"https://www.linkedin.com/in/janedoe",
		]);
	});
});
