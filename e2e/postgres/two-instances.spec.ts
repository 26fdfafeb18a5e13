// Two app instances sharing one PostgreSQL database, as in production (issue 11, findings 6, 9, 11).
import { test, expect, type Page } from "@playwright/test";

// The ports playwright.postgres.config.ts gives the two instances.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const A = `http://localhost:${PORT + 1}`;
const B = `http://localhost:${PORT + 2}`;
const ARTICLES = [
  "The port workers' union said on Monday it would strike for 48 hours from Wednesday unless the operator raised wages by 6%. The operator said it had offered 3% and would not go further.",
  "Dock workers will walk out for 48 hours from Wednesday, their union said on Monday, after talks on a 6% pay rise failed. The port operator said its 3% offer was final.",
  "Shipping lines warned of delays of up to a week after the union confirmed the 48-hour strike at the port from Wednesday, and the ministry said it would not intervene.",
];

async function signIn(page: Page, origin: string, email: string, password: string) {
  await page.goto(`${origin}/sign-in`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname === "/desk");
}

async function paste(page: Page, text: string, outlet: string) {
  await page.getByRole("tab", { name: "Paste text" }).click();
  await page.getByLabel("Article text").fill(text);
  await page.getByLabel("Outlet (optional)").fill(outlet);
  await page.getByRole("button", { name: "Add text" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Added 1 source." })).toBeVisible();
}

test("a session from one instance works on the other and ends on both at sign-out", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, A, "editor@e2e.test", "editor-password-e2e");
  // Cookies do not depend on the port: the same browser is signed in on instance B.
  await page.goto(`${B}/desk`);
  await expect(page.getByRole("heading", { name: "Stories", level: 1 })).toBeVisible();
  const cookies = await context.cookies();
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL((url) => url.pathname === "/");
  const replay = await browser.newContext();
  await replay.addCookies(cookies);
  for (const origin of [A, B]) {
    const response = await replay.request.get(`${origin}/desk`, { maxRedirects: 0 });
    expect(response.status()).toBe(307);
    expect(response.headers()["location"]).toContain("/sign-in");
  }
  await replay.close();
  await context.close();
});

test("a source added on instance B stops a publish of the draft loaded on A; readers on both see the version", async ({
  browser,
}) => {
  const editorA = await (await browser.newContext()).newPage();
  const editorB = await (await browser.newContext()).newPage();
  await signIn(editorA, A, "editor@e2e.test", "editor-password-e2e");
  await signIn(editorB, B, "second@e2e.test", "second-password-e2e");

  const title = `Port strike ${Date.now().toString(36)}`;
  await editorA.getByLabel("Title").fill(title);
  await editorA.getByRole("button", { name: "Create story" }).click();
  await expect(editorA.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  const storyPath = new URL(editorA.url()).pathname;
  await paste(editorA, ARTICLES[0]!, "Outlet A");
  await paste(editorA, ARTICLES[1]!, "Outlet B");
  await editorA.reload();

  // Meanwhile, on the other instance, a colleague adds a third source.
  await editorB.goto(`${B}${storyPath}`);
  await paste(editorB, ARTICLES[2]!, "Outlet C");

  // Publishing the draft A loaded (without the third source) is refused, nothing ships.
  await editorA.getByRole("button", { name: "Publish new version" }).click();
  await editorA.getByRole("button", { name: "Publish version 1" }).click();
  await expect(editorA.getByTestId("conflict")).toContainText("The draft changed since you loaded it");
  const slug = storyPath.split("/").pop()!;
  expect((await editorA.request.get(`${B}/b/${slug}`)).status()).toBe(404);

  // After a reload A sees three sources and publishes them.
  await editorA.reload();
  await expect(editorA.getByTestId("source-row")).toHaveCount(3);
  await editorA.getByRole("button", { name: "Publish new version" }).click();
  await editorA.getByRole("button", { name: "Publish version 1" }).click();
  await expect(editorA.getByRole("status").filter({ hasText: "Published version 1." })).toBeVisible();

  // Readers on either instance get version 1 with all three sources, page and PDF.
  for (const origin of [A, B]) {
    const reader = await (await browser.newContext()).newPage();
    await reader.goto(`${origin}/b/${slug}`);
    await expect(reader.getByRole("heading", { name: title, level: 1 })).toBeVisible();
    await expect(reader.getByText("Outlet C").first()).toBeVisible();
    const pdf = await reader.request.get(`${origin}/b/${slug}/pdf`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toContain("application/pdf");
    await reader.context().close();
  }
});
