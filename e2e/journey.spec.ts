import path from "node:path";
import fs from "node:fs";
import { execFileSync } from "node:child_process";
import { test, expect, login, uniqueTitle } from "./fixtures";

const DEMO_DIR = path.resolve(import.meta.dirname, "../prisma/seed/doha-withdrawal");
const SAMPLE_FILES = fs
  .readdirSync(DEMO_DIR)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => path.join(DEMO_DIR, f));

test("editor curates and publishes; a reader sees the edit, not the rejected item, follows a citation and downloads the PDF; v2 shows in the diff", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  // --- Editor: story, five sources, reject one item, edit another, publish ---
  await login(page, "editor");
  const title = uniqueTitle("Doha journey");
  await page.getByLabel("Title").fill(title);
  await page.getByRole("button", { name: "Create story" }).click();
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  const storyUrl = page.url();
  await page.getByLabel("Article files").setInputFiles(SAMPLE_FILES);
  await page.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByTestId("source-row")).toHaveCount(5);

  const items = page.getByTestId("section-positions").getByTestId("curation-item");
  await expect(items.nth(2)).toBeVisible();
  const rejected = items.nth(0);
  const rejectedKey = await rejected.getAttribute("data-key");
  await rejected.getByRole("button", { name: /^Reject/ }).click();
  await expect(page.locator(`[data-key="${rejectedKey}"]`)).toHaveAttribute("data-status", "rejected");

  const edited = page.getByTestId("section-positions").getByTestId("curation-item").nth(1);
  const editedKey = await edited.getAttribute("data-key");
  const wording = `Desk wording ${Date.now().toString(36)}: the envoy says talks lack good faith.`;
  await edited.getByRole("button", { name: /^Edit/ }).click();
  await edited.getByLabel("Wording").fill(wording);
  await edited.getByRole("button", { name: "Save item" }).click();
  const editedCard = page.locator(`[data-key="${editedKey}"]`);
  await expect(editedCard.getByTestId("item-text")).toContainText(wording);
  await expect(editedCard.getByTestId("item-origin")).toContainText("Edited by Eda Editor");

  // A second editor holding the page from before these saves: a change to another item is merged,
  // a change to the item the first editor changed meanwhile is refused at the item, not overwritten.
  const staleContext = await browser.newContext();
  const stale = await staleContext.newPage();
  await login(stale, "admin", new URL(storyUrl).pathname);
  await expect(stale.getByTestId("curation-item").first()).toBeVisible();
  const firstItemKey = await page
    .getByTestId("section-positions")
    .getByTestId("curation-item")
    .nth(2)
    .getAttribute("data-key");
  await page.locator(`[data-key="${firstItemKey}"]`).getByRole("button", { name: /^Pin/ }).click();
  await expect(page.locator(`[data-key="${firstItemKey}"]`)).toContainText("Pinned");
  const staleFirst = stale.locator(`[data-key="${firstItemKey}"]`);
  await staleFirst.getByRole("button", { name: /^Reject/ }).click();
  await expect(staleFirst.getByTestId("conflict")).toContainText("Another editor changed this item");
  const staleEdited = stale.locator(`[data-key="${editedKey}"]`);
  await staleEdited.getByRole("button", { name: /^Pin/ }).click();
  await expect(stale.locator(`[data-key="${editedKey}"]`)).toContainText("Pinned");
  await staleContext.close();
  await page.reload();
  await expect(page.locator(`[data-key="${rejectedKey}"]`)).toHaveAttribute("data-status", "rejected");
  await expect(page.locator(`[data-key="${firstItemKey}"]`)).not.toHaveAttribute("data-status", "rejected");
  await expect(page.locator(`[data-key="${editedKey}"]`)).toContainText("Pinned");

  await page.getByRole("button", { name: "Publish new version" }).click();
  await page.getByRole("button", { name: "Publish version 1" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published version 1." })).toBeVisible();
  const slug = new URL(storyUrl).pathname.split("/").pop()!;

  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL((url) => url.pathname === "/");

  // --- Anonymous reader ---
  await page.goto("/");
  await page.getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`/b/${slug}$`));
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  await expect(page.getByTestId("reader-item").filter({ hasText: wording })).toHaveCount(1);
  await expect(page.locator(`[data-testid="reader-item"][id$="${rejectedKey}"]`)).toHaveCount(0);

  const citation = page.getByTestId("reader-item").filter({ hasText: wording }).locator("details.cite").first();
  await citation.locator("summary").click();
  const passage = citation.locator(".cite-panel blockquote");
  await expect(passage).toBeVisible();
  await expect(passage.locator("mark")).not.toHaveText("");
  const quote = (await passage.locator("mark").first().innerText()).replace(/\s+/g, " ").trim();

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: /Download PDF/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${slug}-v1.pdf`);
  const pdfPath = path.join(test.info().outputDir, "briefing.pdf");
  await download.saveAs(pdfPath);
  const text = execFileSync("pdftotext", ["-layout", pdfPath, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  const fold = (s: string) => s.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, " ");
  expect(fold(text)).toContain(fold(title));
  expect(fold(text)).toContain(fold(wording).slice(0, 40));
  expect(fold(text)).toContain(fold(quote).slice(0, 30));

  // --- Editor publishes version 2 with a change; the diff shows it ---
  await login(page, "editor", new URL(storyUrl).pathname);
  await page
    .locator(`[data-key="${rejectedKey}"]`)
    .getByRole("button", { name: /^Restore/ })
    .click();
  await expect(page.locator(`[data-key="${rejectedKey}"]`)).toHaveAttribute("data-status", "pending");
  await page.getByRole("button", { name: "Publish new version" }).click();
  await page.getByRole("button", { name: "Publish version 2" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published version 2." })).toBeVisible();
  await page.reload();
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page.getByTestId("version-diff")).toContainText("Changes from v1 to v2");
  await expect(page.getByTestId("version-diff")).toContainText("added");

  await page.goto(`/b/${slug}`);
  await expect(page.getByText(/Version 2/).first()).toBeVisible();
  // Right after the publish (the latest page is cached), with what changed since version 1.
  await expect(page.getByRole("heading", { name: "What changed since version 1" })).toBeVisible();
  await expect(page.getByTestId("changes-headline")).toContainText("added");
  await expect(page.getByTestId("publication-line")).toContainText("Updated");
});
