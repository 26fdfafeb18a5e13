import path from "node:path";
import fs from "node:fs";
import { test, expect, uniqueTitle } from "./fixtures";

const DEMO_DIR = path.resolve(import.meta.dirname, "../prisma/seed/doha-withdrawal");
const SAMPLE_FILES = fs
  .readdirSync(DEMO_DIR)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => path.join(DEMO_DIR, f));

async function createStory(page: import("@playwright/test").Page, title: string) {
  await page.goto("/desk");
  await page.getByLabel("Title").fill(title);
  await page.getByRole("button", { name: "Create story" }).click();
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
}

test("an editor creates a story and uploads the five sample files in one go", async ({ editorPage: page }) => {
  expect(SAMPLE_FILES).toHaveLength(5);
  const title = uniqueTitle("Doha talks");
  await createStory(page, title);
  await page.getByLabel("Article files").setInputFiles(SAMPLE_FILES);
  await page.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Added 5 sources." })).toBeVisible();
  await expect(page.getByTestId("source-row")).toHaveCount(5);
  await expect(page.getByTestId("source-list")).toContainText("003_bc5c66fe0f957d4d.txt");
  // The briefing is rebuilt from the new sources, with cited, corroborated items.
  await expect(page.getByTestId("curation-item").first()).toBeVisible();
  await expect(page.getByTestId("corroboration").first()).toContainText("outlet");

  // The dashboard counts them.
  await page.goto("/desk");
  const row = page.getByRole("listitem").filter({ hasText: title });
  await expect(row.getByTestId("source-count")).toHaveText("5 sources");

  // The same text again is refused as a duplicate, and nothing is added.
  await page.getByRole("link", { name: title }).click();
  await page.getByLabel("Article files").setInputFiles(SAMPLE_FILES[0]!);
  await page.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByTestId("refused-list")).toContainText("same text as");
  await expect(page.getByTestId("source-row")).toHaveCount(5);
});

test("a PNG renamed .txt is refused with nothing stored", async ({ editorPage: page }) => {
  const title = uniqueTitle("Refusals");
  await createStory(page, title);
  await page
    .getByLabel("Article files")
    .setInputFiles(path.resolve(import.meta.dirname, "fixtures/not-really-text.txt"));
  await page.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Nothing was added" })).toBeVisible();
  await expect(page.getByTestId("refused-list")).toContainText("not-really-text.txt");
  await expect(page.getByTestId("refused-list")).toContainText("PNG");
  await expect(page.getByTestId("source-row")).toHaveCount(0);
  await page.goto("/desk");
  await expect(page.getByRole("listitem").filter({ hasText: title }).getByTestId("source-count")).toHaveText(
    "0 sources",
  );
});

test("an editor pastes text and excludes then includes the source", async ({ editorPage: page }) => {
  const title = uniqueTitle("Pasted");
  await createStory(page, title);
  await page.getByRole("tab", { name: "Paste text" }).click();
  await page
    .getByLabel("Article text")
    .fill(
      "The city council voted 7 to 2 on Monday to approve the new transit budget. Mayor Ana Ruiz said the plan would add 40 buses by 2027.",
    );
  await page.getByLabel("Outlet (optional)").fill("City Herald");
  await page.getByRole("button", { name: "Add text" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Added 1 source." })).toBeVisible();
  await expect(page.getByTestId("source-row")).toHaveCount(1);
  await page.getByRole("button", { name: "Exclude City Herald" }).click();
  await expect(page.getByText("excluded from the briefing")).toBeVisible();
  await page.getByRole("button", { name: "Include City Herald" }).click();
  await expect(page.getByText("excluded from the briefing")).toHaveCount(0);
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Remove City Herald" }).click();
  await expect(page.getByTestId("source-row")).toHaveCount(0);
});
