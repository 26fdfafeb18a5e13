import { test, expect, login, uniqueTitle } from "./fixtures";
import type { Page } from "@playwright/test";

// Invented articles about a fictional ferry strike, written for these tests.
const WIRE =
  "date 2025-05-05 PORTOVERDE (AP) — Ferry crews in Portoverde walked off the job on Monday after talks with the Harbour Board collapsed. " +
  "The crews' union demands a 9% pay rise over two years. The Harbour Board said it could offer 4% and would not go further. " +
  "About 800 crew members are on strike, the union said. Mediators from the labour ministry are expected on Thursday.";
const LOCAL =
  "Ferry strike enters second day\nBy Lena Brito\n\nThe Portoverde ferry strike entered its second day on Tuesday. " +
  "Harbour Board chair Lena Ortiz said the 4% offer was final. The union says 800 members have stopped work, while the board puts the figure at 650. " +
  "Commuters queued for hours at the bridge. The union said it would not return to work before a new offer.";

async function storyWithTwoSources(page: Page): Promise<string> {
  await page.goto("/desk");
  const title = uniqueTitle("Ferry strike");
  await page.getByLabel("Title").fill(title);
  await page.getByRole("button", { name: "Create story" }).click();
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  for (const text of [WIRE, LOCAL]) {
    await page.getByRole("tab", { name: "Paste text" }).click();
    await page.getByLabel("Article text").fill(text);
    await page.getByRole("button", { name: "Add text" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Added 1 source." })).toBeVisible();
  }
  await expect(page.getByTestId("source-row")).toHaveCount(2);
  await expect(page.getByTestId("curation-item").first()).toBeVisible();
  return new URL(page.url()).pathname;
}

test("sources get their outlet, date, headline and byline from the text, and editors correct them in place", async ({
  editorPage: page,
}) => {
  await storyWithTwoSources(page);
  const rows = page.getByTestId("source-row");
  await expect(rows.nth(0).getByTestId("source-outlet")).toHaveText("Associated Press");
  await expect(rows.nth(0)).toContainText("5 May 2025");
  await expect(rows.nth(1).getByTestId("source-outlet")).toContainText("Source 2");
  await expect(rows.nth(1).getByTestId("source-headline")).toHaveText("Ferry strike enters second day");
  await expect(rows.nth(1)).toContainText("By Lena Brito");

  await rows.nth(1).getByRole("button", { name: "Edit details of Source 2" }).click();
  const form = page.getByRole("form", { name: "Details of Source 2" });
  await form.getByLabel("Outlet").fill("Portoverde Post");
  await form.getByLabel("Web address").fill("ftp://post.example/ferry");
  await form.getByRole("button", { name: "Save details" }).click();
  // The server refuses the address with a field message; the outlet typed stays.
  await expect(form.getByText("Enter a web address starting with http:// or https://.").first()).toBeVisible();
  await expect(form.getByLabel("Outlet")).toHaveValue("Portoverde Post");
  await form.getByLabel("Web address").fill("https://post.example/ferry");
  await form.getByRole("button", { name: "Save details" }).click();
  await expect(rows.nth(1).getByTestId("source-outlet")).toHaveText("Portoverde Post");
  // Citations on the draft name the outlet too.
  await expect(page.getByTestId("curation-item").getByText("Portoverde Post").first()).toBeVisible();
});

test("an editor fixes every field of an item in place: party, section, date and citations, shown field by field", async ({
  editorPage: page,
}) => {
  await storyWithTwoSources(page);
  // A position's party: pick a new name.
  const position = page.getByTestId("section-positions").getByTestId("curation-item").first();
  const key = (await position.getAttribute("data-key"))!;
  const card = page.locator(`[data-key="${key}"]`);
  await card.getByRole("button", { name: /^Edit/ }).click();
  const positionEditor = card.getByRole("form", { name: "Edit item" });
  await positionEditor.getByLabel("Party").fill("Portoverde Ferry Crews Union");
  await positionEditor.getByRole("button", { name: "Save item" }).click();
  await expect(card.getByTestId("edited-fields")).toHaveText("Changed: party");
  await expect(card.getByTestId("item-text")).toContainText("Portoverde Ferry Crews Union");

  // The same item to the timeline, with a date, new wording and a passage from the second source.
  await card.getByRole("button", { name: /^Edit/ }).click();
  const editor = card.getByRole("form", { name: "Edit item" });
  await editor.getByLabel("Section").selectOption("timeline");
  await editor.getByLabel("Date or time").fill("2025-05-05");
  await editor.getByLabel("Wording").fill("Ferry crews walk out after talks with the Harbour Board collapse.");
  // A passage not in the source is caught before saving.
  await editor.getByLabel("Add a passage from").selectOption({ index: 2 });
  const passage = editor.getByLabel("Passage (copied exactly from the source)");
  await passage.fill("The union accepted the 4% offer.");
  await expect(editor.getByText("That passage is not in this source.")).toBeVisible();
  await expect(editor.getByRole("button", { name: "Save item" })).toBeDisabled();
  await passage.fill("The Portoverde ferry strike entered its second day on Tuesday.");
  await expect(editor.getByText("Found in the source.")).toBeVisible();
  await editor.getByRole("button", { name: "Save item" }).click();

  const moved = page.getByTestId("section-timeline").locator(`[data-key="${key}"]`);
  await expect(moved).toBeVisible();
  await expect(moved.getByTestId("item-text")).toContainText("2025-05-05");
  await expect(moved.getByTestId("edited-fields")).toHaveText("Changed: wording, date, citations, section");
  await expect(moved.getByTestId("corroboration")).toHaveText("2 outlets");

  // An item in "Where outlets disagree" needs two sources: moving a one-source item there is refused.
  const oneSource = page
    .getByTestId("curation-item")
    .filter({ has: page.getByTestId("corroboration").getByText("1 outlet") })
    .first();
  const oneKey = (await oneSource.getAttribute("data-key"))!;
  await oneSource.getByRole("button", { name: /^Edit/ }).click();
  const oneEditor = page.locator(`[data-key="${oneKey}"]`).getByRole("form", { name: "Edit item" });
  await oneEditor.getByLabel("Section").selectOption("discrepancies");
  await expect(oneEditor.getByText(/must cite at least 2 different sources/)).toBeVisible();
  await expect(oneEditor.getByRole("button", { name: "Save item" })).toBeDisabled();
});

test("a deal term says its status once, in the badge the editor sets; figures left without a passage are offered for removal; a new item's party is picked from the story's", async ({
  editorPage: page,
}) => {
  await storyWithTwoSources(page);
  const key = await page
    .getByTestId("section-dealTerms")
    .getByTestId("curation-item")
    .filter({ has: page.getByTestId("item-text").filter({ hasText: "9% pay rise" }) })
    .getAttribute("data-key");
  const term = page.locator(`[data-key="${key}"]`);
  const text = term.getByTestId("item-text");
  // The engine writes "Demanded: …"; the desk shows it as readers and the PDF do, the status in its badge.
  await expect(text).toContainText("The crews' union demands a 9% pay rise");
  await expect(text).not.toContainText("Demanded:");
  await expect(term.getByTestId("item-deal-status")).toHaveText("Demanded");
  await expect(term.getByTestId("item-figures")).toHaveText("Figures: 9% · two years");

  await term.getByRole("button", { name: /^Edit/ }).click();
  const editor = term.getByRole("form", { name: "Edit item" });
  await editor.getByLabel("Wording").fill("The union will not return to work before a new offer");
  await editor.getByLabel("Status").selectOption("rejected");
  await editor.getByLabel("Add a passage from").selectOption({ index: 2 });
  await editor
    .getByLabel("Passage (copied exactly from the source)")
    .fill("The union said it would not return to work before a new offer.");
  await expect(editor.getByText("Found in the source.")).toBeVisible();
  await expect(editor.getByTestId("unsupported-figures")).toHaveCount(0);
  await editor.getByRole("checkbox").first().uncheck();
  // The 9% and the two years came from the passage just unticked.
  await expect(editor.getByTestId("unsupported-figures")).toContainText(
    "Not in the wording or a kept passage: 9%, two years.",
  );
  await editor.getByRole("button", { name: "Remove them" }).click();
  await expect(editor.getByLabel(/^Figures/)).toHaveValue("");
  await editor.getByRole("button", { name: "Save item" }).click();
  await expect(editor).toHaveCount(0);
  await expect(term.getByTestId("item-deal-status")).toHaveText("Rejected");
  await expect(text).toContainText("The union will not return to work before a new offer");
  await expect(term.getByTestId("item-figures")).toHaveCount(0);
  await expect(term.getByTestId("edited-fields")).toContainText("figures");
  // A figure kept against the warning is marked on the card too.
  await term.getByRole("button", { name: /^Edit/ }).click();
  await editor.getByLabel(/^Figures/).fill("650");
  await expect(editor.getByTestId("unsupported-figures")).toContainText("650");
  await editor.getByRole("button", { name: "Save item" }).click();
  await expect(editor).toHaveCount(0);
  await expect(term.getByTestId("item-figures-unsupported")).toHaveText("(650 not in the wording or a cited passage)");

  const parties = await page
    .getByRole("region", { name: "Parties" })
    .getByTestId("party-row")
    .evaluateAll((rows) => rows.map((r) => r.querySelector("span")?.textContent ?? ""));
  const offered = await page
    .locator("#add-actor-parties option")
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  expect(offered.length).toBeGreaterThan(0);
  expect(offered).toEqual(expect.arrayContaining(parties.map((p) => p.trim())));
  await expect(page.locator("#add-actor")).toHaveAttribute("list", "add-actor-parties");
});

test("parties are renamed and merged for every item, and a section's remaining items accepted at once", async ({
  editorPage: page,
}) => {
  await storyWithTwoSources(page);
  const panel = page.getByRole("region", { name: "Parties" });
  const first = panel.getByTestId("party-row").first();
  const name = (await first.locator("span").first().innerText()).trim();
  await first.getByRole("button", { name: `Rename ${name}` }).click();
  await first.getByLabel("New name").fill("Crew union (renamed)");
  await first.getByRole("button", { name: "Rename everywhere" }).click();
  await expect(panel.getByTestId("party-row").filter({ hasText: "Crew union (renamed)" })).toBeVisible();
  await expect(page.getByTestId("curation-item").filter({ hasText: "Crew union (renamed)" }).first()).toBeVisible();
  await expect(panel.getByTestId("party-row").getByText(name, { exact: true })).toHaveCount(0);

  const positions = page.getByTestId("section-positions");
  const count = await positions.getByTestId("curation-item").count();
  await positions.getByRole("button", { name: "Accept remaining" }).click();
  await expect(positions.locator('[data-status="accepted"]')).toHaveCount(count);
  await expect(positions.getByRole("button", { name: "Accept remaining" })).toHaveCount(0);
});

test("keyboard curation: shortcuts listed in a help panel, next item, accept, move to the top; count of unreviewed", async ({
  editorPage: page,
}) => {
  await storyWithTwoSources(page);
  const status = page.getByTestId("review-status");
  const before = Number((await status.innerText()).match(/(\d+) of/)?.[1]);
  expect(before).toBeGreaterThan(1);
  await page.keyboard.press("?");
  await expect(page.getByTestId("shortcut-help")).toContainText("Accept the selected item");
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("shortcut-help")).toHaveCount(0);

  await page.keyboard.press("j");
  const focused = page.locator("[data-testid=curation-item]:focus");
  await expect(focused).toHaveCount(1);
  const key = await focused.getAttribute("data-key");
  await page.keyboard.press("a");
  await expect(page.locator(`[data-key="${key}"]`)).toHaveAttribute("data-status", "accepted");
  await expect(status).toContainText(`${before - 1} of`);

  // Move the last item of a section to the top with its own control.
  const section = page
    .locator("[data-testid^=section-]")
    .filter({ has: page.getByTestId("curation-item").nth(1) })
    .first();
  const items = section.getByTestId("curation-item");
  const last = items.last();
  const lastKey = await last.getAttribute("data-key");
  await last.getByRole("button", { name: /to the top$/ }).click();
  await expect(items.first()).toHaveAttribute("data-key", lastKey!);
});

test("drag and drop reorders items within a section", async ({ editorPage: page }) => {
  await storyWithTwoSources(page);
  // The page is interactive (hydrated) once the shortcut help opens.
  await page.keyboard.press("?");
  await expect(page.getByTestId("shortcut-help")).toBeVisible();
  await page.keyboard.press("Escape");
  const section = page
    .locator("[data-testid^=section-]")
    .filter({ has: page.getByTestId("curation-item").nth(1) })
    .first();
  const items = section.getByTestId("curation-item");
  const firstKey = await items.nth(0).getAttribute("data-key");
  const secondKey = await items.nth(1).getAttribute("data-key");
  // The HTML5 drag events a browser sends, with one shared DataTransfer (mouse-driven drags are
  // unreliable in headless Chromium).
  const dataTransfer = await page.evaluateHandle(() => new DataTransfer());
  await items.nth(1).dispatchEvent("dragstart", { dataTransfer });
  await items.nth(0).dispatchEvent("dragenter", { dataTransfer });
  await items.nth(0).dispatchEvent("dragover", { dataTransfer });
  await items.nth(0).dispatchEvent("drop", { dataTransfer });
  await items.nth(1).dispatchEvent("dragend", { dataTransfer });
  await expect(items.nth(0)).toHaveAttribute("data-key", secondKey!);
  await expect(items.nth(1)).toHaveAttribute("data-key", firstKey!);
});

test("publishing: preview, a confirmation naming what is not reviewed, and a stale page refused with a reload", async ({
  page,
  browser,
}) => {
  await login(page, "editor");
  const path = await storyWithTwoSources(page);
  await page.getByRole("link", { name: "Preview what readers will see" }).click();
  await expect(page.getByTestId("preview-banner")).toContainText("what readers will see if you publish now");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByTestId("reader-item").first()).toBeVisible();
  await page.getByRole("link", { name: "Back to the desk" }).click();

  await page.getByRole("button", { name: "Publish new version" }).click();
  const confirmation = page.getByTestId("publish-confirmation");
  await expect(confirmation).toContainText(/\d+ items? (is|are) not reviewed/);
  await expect(confirmation).toContainText("Positions:");
  await expect(confirmation).toContainText("Empty for readers:");

  // Meanwhile another editor changes the draft.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await login(otherPage, "admin", path);
  await otherPage
    .getByTestId("curation-item")
    .first()
    .getByRole("button", { name: /^Reject/ })
    .click();
  await expect(otherPage.getByTestId("curation-item").first()).toHaveAttribute("data-status", "rejected");
  await other.close();

  await page.getByRole("button", { name: "Publish version 1" }).click();
  const conflict = page.getByRole("region", { name: "Publish" }).getByTestId("conflict");
  await expect(conflict).toContainText("nothing was published");
  await conflict.getByRole("button", { name: "Reload the briefing" }).click();
  await page.getByRole("button", { name: "Publish new version" }).click();
  await page.getByRole("button", { name: "Publish version 1" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published version 1." })).toBeVisible();
});

test("two editors change different items of one draft; a real conflict shows at the item and keeps the typed text", async ({
  page,
  browser,
}) => {
  await login(page, "editor");
  const path = await storyWithTwoSources(page);
  const other = await browser.newContext();
  const b = await other.newPage();
  await login(b, "admin", path);
  const keys = await page
    .getByTestId("curation-item")
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-key")!));
  const [k1, k2] = keys;

  // B opens the editor of item 1 and types.
  const card = b.locator(`[data-key="${k1}"]`);
  await card.getByRole("button", { name: /^Edit/ }).click();
  const typed = "Wording B typed while A was accepting.";
  await card.getByLabel("Wording").fill(typed);
  // B rejects item 2, A (whose page predates that) accepts item 1: different items, both succeed.
  await b
    .locator(`[data-key="${k2}"]`)
    .getByRole("button", { name: /^Reject/ })
    .click();
  await expect(b.locator(`[data-key="${k2}"]`)).toHaveAttribute("data-status", "rejected");
  await page
    .locator(`[data-key="${k1}"]`)
    .getByRole("button", { name: /^Accept/ })
    .click();
  await expect(page.locator(`[data-key="${k1}"]`)).toHaveAttribute("data-status", "accepted");
  await page.reload();
  await expect(page.locator(`[data-key="${k2}"]`)).toHaveAttribute("data-status", "rejected");

  // B saves item 1, which A changed after B began editing: refused at the item, text kept.
  await card.getByRole("button", { name: "Save item" }).click();
  await expect(card.getByTestId("conflict")).toContainText("Another editor changed this item");
  await expect(card.getByLabel("Wording")).toHaveValue(typed);
  await card.getByRole("button", { name: "Reload the item" }).click();
  await expect(card).toHaveAttribute("data-status", "accepted");
  await expect(card.getByLabel("Wording")).toHaveValue(typed);
  await card.getByRole("button", { name: "Save item" }).click();
  await expect(b.locator(`[data-key="${k1}"]`).getByTestId("item-text")).toContainText(typed);
  await other.close();
});

test("forms keep what was typed and say plainly what is missing; the desk fits a 390 px screen", async ({
  editorPage: page,
}) => {
  const path = await storyWithTwoSources(page);
  await page.getByRole("tab", { name: "Upload files" }).click();
  await page.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByText("Choose at least one file.").first()).toBeVisible();

  await page.getByRole("tab", { name: "Paste text" }).click();
  await page.getByLabel("Article text").fill(WIRE);
  await page.getByLabel("Outlet (optional)").fill("Repeat outlet");
  await page.getByRole("button", { name: "Add text" }).click();
  // The same text again is refused; the text and the outlet stay in the form.
  await expect(page.getByTestId("refused-list")).toContainText("same text");
  await expect(page.getByLabel("Article text")).toHaveValue(WIRE);
  await expect(page.getByLabel("Outlet (optional)")).toHaveValue("Repeat outlet");

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(path);
  await expect(page.getByTestId("curation-item").first()).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  // Publish and "add an item" are one tap away from the sticky bar.
  const bar = page.getByTestId("desk-action-bar");
  await page.mouse.wheel(0, 3000);
  await expect(bar).toBeInViewport();
  await bar.getByRole("link", { name: "Publish…" }).click();
  await expect(page.getByRole("heading", { name: "Publish", exact: true })).toBeInViewport();
});

test("stories are renamed, archived and deleted with confirmation; the desk list is searched and filtered; the audit log reads as sentences", async ({
  page,
}) => {
  await login(page, "editor");
  const path = await storyWithTwoSources(page);
  const renamed = uniqueTitle("Portoverde ferries");
  await page.getByRole("button", { name: "Rename, archive or delete" }).click();
  await page.getByLabel("Title", { exact: true }).last().fill(renamed);
  await page.getByRole("button", { name: "Rename", exact: true }).click();
  await expect(page.getByRole("heading", { name: renamed, level: 1 })).toBeVisible();

  // Search and filter the desk list.
  await page.goto("/desk");
  await page.getByLabel("Search stories").fill(renamed.toLowerCase());
  await page.getByLabel("Show").selectOption("needs-review");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByTestId("story-list").getByRole("link")).toHaveText([renamed]);
  await expect(page.getByTestId("story-list")).toContainText("not reviewed");
  await page.getByLabel("Show").selectOption("published");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByText("No story matches.")).toBeVisible();

  // Archive asks first; the story leaves the list and is found under Archived.
  await page.goto(path);
  await page.getByRole("button", { name: "Rename, archive or delete" }).click();
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "Archive the story" }).click();
  await expect(page.getByRole("note").filter({ hasText: "This story is archived" })).toBeVisible();
  await page.goto("/desk");
  await expect(page.getByRole("link", { name: renamed })).toHaveCount(0);
  await page.goto("/desk?filter=archived");
  await expect(page.getByRole("link", { name: renamed })).toBeVisible();

  // Delete: dismissing the confirmation keeps the story; accepting deletes it.
  await page.goto(path);
  await page.getByRole("button", { name: "Rename, archive or delete" }).click();
  page.once("dialog", (d) => void d.dismiss());
  await page.getByRole("button", { name: "Delete the story" }).click();
  await expect(page.getByRole("heading", { name: renamed, level: 1 })).toBeVisible();
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "Delete the story" }).click();
  await page.waitForURL(/\/desk\?deleted=1/);
  await expect(page.getByText("The story was deleted.")).toBeVisible();
  await page.goto("/desk?filter=archived");
  await expect(page.getByRole("link", { name: renamed })).toHaveCount(0);

  // The audit log, in sentences, filtered by person.
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL((url) => url.pathname === "/");
  await login(page, "admin", "/admin/audit");
  await page.getByLabel("Who").selectOption({ label: "Eda Editor (editor@e2e.test)" });
  await page.getByRole("button", { name: "Filter" }).click();
  const rows = page.getByTestId("audit-row");
  await expect(rows.filter({ hasText: `Eda Editor deleted the story “${renamed}”` })).toHaveCount(1);
  await expect(rows.filter({ hasText: "Eda Editor archived" }).first()).toBeVisible();
  expect(await rows.filter({ hasNotText: "Eda Editor" }).count()).toBe(0);
  const row = rows.filter({ hasText: "deleted the story" }).first();
  await row.locator("summary").click();
  await expect(row.locator("pre")).toContainText('"action": "story.delete"');
});

test("empty and over-long submits get plain messages and keep what was typed", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Enter your email and password.")).toBeVisible();

  await login(page, "editor");
  const long = `A story title that goes on ${"and on ".repeat(30)}`.trim();
  await page.getByLabel("Title").fill(long);
  await page.getByRole("button", { name: "Create story" }).click();
  await expect(page.getByText("Keep the title under 200 characters.").first()).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveValue(long);

  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL((url) => url.pathname === "/");
  await login(page, "admin", "/admin/users");
  await page.getByLabel("Name").fill("Second Editor");
  await page.getByLabel("Email").fill("editor@e2e.test");
  await page.getByLabel("Initial password").fill("long-enough-password");
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByText("A user with the email editor@e2e.test already exists.").first()).toBeVisible();
  await expect(page.getByLabel("Name")).toHaveValue("Second Editor");
  await expect(page.getByLabel("Email")).toHaveValue("editor@e2e.test");
});
