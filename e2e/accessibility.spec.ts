import AxeBuilder from "@axe-core/playwright";
import { test, expect, login } from "./fixtures";
import type { Page } from "@playwright/test";

// Machine-checked accessibility (axe-core, WCAG 2.1 A/AA rules): no serious or critical
// violations on the reader pages, the sign-in page, the desk and a story page.
const DEMO_TITLE = "US and Israel recall negotiators from Doha ceasefire talks";

async function expectNoSeriousViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const report = serious.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(" ")).join("\n  ")}`,
  );
  expect(report, `${what}:\n${report.join("\n")}`).toEqual([]);
}

async function demoSlug(page: Page): Promise<string> {
  await page.goto("/");
  const href = await page.getByRole("link", { name: DEMO_TITLE, exact: true }).getAttribute("href");
  return href!.slice("/b/".length);
}

for (const scheme of ["light", "dark"] as const) {
  test(`reader pages have no serious accessibility violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const slug = await demoSlug(page);
    await expectNoSeriousViolations(page, "/");
    await page.goto(`/b/${slug}`);
    // With a passage and the method note open, so their contents are checked too.
    await page.locator("details.cite summary").first().click();
    await expect(page.locator("details.cite").first().locator(".cite-panel blockquote")).toBeVisible();
    await page.getByTestId("method-note").locator("summary").click();
    await expectNoSeriousViolations(page, `/b/${slug}`);
    await page.goto(`/b/${slug}/v/1/sources/1`);
    await expectNoSeriousViolations(page, `/b/${slug}/v/1/sources/1`);
  });
}

test("sign-in, the desk and a story page have no serious accessibility violations", async ({ page }) => {
  await page.goto("/sign-in");
  await expectNoSeriousViolations(page, "/sign-in");
  await login(page, "editor");
  await expect(page).toHaveURL(/\/desk$/);
  await expectNoSeriousViolations(page, "/desk");
  const story = page.getByRole("link", { name: DEMO_TITLE }).first();
  await story.click();
  await expect(page.getByRole("heading", { level: 1, name: DEMO_TITLE })).toBeVisible();
  await expectNoSeriousViolations(page, "story page");
});
