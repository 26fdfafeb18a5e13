import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { test, expect } from "@playwright/test";

// The seed publishes version 1 of the demo story (e2e/serve.sh); readers need no account.
const DEMO_TITLE = "US and Israel recall negotiators from Doha ceasefire talks";

// Quotes and dashes may be straight or curly, and lines wrap anywhere in a PDF.
const fold = (s: string) =>
  s.replace(/[“”„]/g, '"').replace(/[‘’]/g, "'").replace(/[‐-―]/g, "-").replace(/\s+/g, " ").trim();

async function demoSlug(page: import("@playwright/test").Page): Promise<string> {
  await page.goto("/");
  const href = await page.getByRole("link", { name: DEMO_TITLE, exact: true }).getAttribute("href");
  expect(href).toMatch(/^\/b\/[a-z0-9-]+$/);
  return href!.slice("/b/".length);
}

test("an anonymous reader reads the demo briefing, follows a citation to its passage and downloads the PDF", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Briefing Desk" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Editor sign-in" })).toHaveAttribute("href", "/sign-in");
  const entry = page.getByTestId("briefing-entry").filter({ hasText: DEMO_TITLE });
  await expect(entry).toContainText("Version 1");
  await expect(entry).toContainText(/\d+ sources/);

  await entry.getByRole("link", { name: DEMO_TITLE, exact: true }).click();
  await expect(page).toHaveURL(/\/b\/[a-z0-9-]+$/);
  const slug = new URL(page.url()).pathname.split("/").pop()!;
  await expect(page).toHaveTitle(new RegExp(DEMO_TITLE));
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(DEMO_TITLE);
  await expect(page.locator("main#main")).toHaveCount(1);
  await expect(page.getByTestId("summary")).not.toBeEmpty();
  for (const name of [
    "Positions",
    "Deal terms",
    "Key figures",
    "Open questions",
    "Where outlets disagree",
    "Timeline",
    "Sources",
  ]) {
    await expect(page.getByRole("heading", { level: 2, name, exact: true })).toBeVisible();
  }
  await expect(page.getByTestId("reader-source").first()).toBeVisible();

  // Numbered citations and how many outlets back each item.
  const firstItem = page.getByTestId("section-positions").getByTestId("reader-item").first();
  await expect(firstItem.getByTestId("corroboration")).toHaveText(/^\d+ outlets?$/);
  const citation = firstItem.getByTestId("citation-link").first();
  await expect(citation).toHaveText(/^\[\d+\]$/);
  const fragment = (await citation.getAttribute("href"))!;
  expect(fragment).toMatch(/^#cite-/);

  // Following it targets that passage, highlighted in the source's own text.
  await citation.click();
  await expect(page).toHaveURL(new RegExp(`${fragment}$`));
  const target = page.locator(":target");
  await expect(target).toBeVisible();
  await expect(target).toHaveAttribute("id", fragment.slice(1));
  await expect(target).toHaveAttribute("data-testid", "cited-passage");
  const quote = (await target.getAttribute("data-quote"))!;
  expect(quote.length).toBeGreaterThan(10);
  const highlighted = fold(await target.locator("mark.citation-highlight").first().innerText());
  expect(highlighted.toLowerCase()).toContain(fold(quote).slice(0, 30).toLowerCase());

  // The PDF of the version being read, with the title and the quote in it.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: /Download PDF/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${slug}-v1.pdf`);
  const pdfPath = path.join(test.info().outputDir, "reader-briefing.pdf");
  await download.saveAs(pdfPath);
  expect(fs.readFileSync(pdfPath).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const text = fold(execFileSync("pdftotext", [pdfPath, "-"], { encoding: "utf8" }));
  expect(text).toContain(DEMO_TITLE);
  expect(text).toContain(fold(quote).slice(0, 30));
});

test("a pinned version page and the US Letter PDF", async ({ page, request }) => {
  const slug = await demoSlug(page);
  await page.goto(`/b/${slug}/v/1`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(DEMO_TITLE);
  await expect(page.getByText("This is the latest version.")).toBeVisible();
  await expect(page.getByRole("link", { name: "US Letter" })).toHaveAttribute("href", `/b/${slug}/v/1/pdf?size=letter`);

  const response = await request.get(`/b/${slug}/v/1/pdf?size=letter`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["content-disposition"]).toBe(`attachment; filename="${slug}-v1.pdf"`);
  expect(response.headers()["cache-control"]).toBe("public, max-age=60");
  fs.mkdirSync(test.info().outputDir, { recursive: true });
  const pdfPath = path.join(test.info().outputDir, "reader-letter.pdf");
  fs.writeFileSync(pdfPath, await response.body());
  expect(execFileSync("pdfinfo", [pdfPath], { encoding: "utf8" })).toMatch(/Page size:\s+612 x 792 pts/);
});

test("versions that are not published are a 404, and an unknown page size is a 400", async ({ page, request }) => {
  const slug = await demoSlug(page);
  for (const url of [`/b/${slug}/v/99`, `/b/${slug}/v/0`, `/b/${slug}/v/1e1`, "/b/no-such-story"]) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(404);
  }
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("That page is not here");

  const tabloid = await request.get(`/b/${slug}/pdf?size=tabloid`);
  expect(tabloid.status()).toBe(400);
  expect(await tabloid.text()).toContain("size=letter");

  for (const url of [`/b/${slug}/v/99/pdf`, "/b/no-such-story/pdf"]) {
    const missing = await request.get(url);
    expect(missing.status(), url).toBe(404);
    expect(missing.headers()["content-type"]).toContain("text/plain");
  }
});
