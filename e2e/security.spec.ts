import { test, expect, login, uniqueTitle } from "./fixtures";

test("a server action called without a session is refused and stores nothing", async ({
  page,
  playwright,
  baseURL,
}) => {
  await login(page, "editor");
  await page.goto("/desk");

  // Capture the real create-story server action request as the browser sends it.
  const title = uniqueTitle("Legit");
  await page.getByLabel("Title").fill(title);
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]),
    page.getByRole("button", { name: "Create story" }).click(),
  ]);
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  const actionId = request.headers()["next-action"]!;
  const contentType = request.headers()["content-type"]!;
  const forgedTitle = uniqueTitle("Forged");
  const body = (request.postData() ?? "").replace(title, forgedTitle);
  expect(body).toContain(forgedTitle);

  // Replay it with no session cookie: it must be refused (sent to sign-in), never run.
  const anonymous = await playwright.request.newContext({ baseURL });
  const response = await anonymous.post("/desk", {
    headers: { "next-action": actionId, "content-type": contentType, accept: "text/x-component" },
    data: body,
    maxRedirects: 0,
  });
  expect([302, 303, 307, 308]).toContain(response.status());
  expect(response.headers()["location"]).toContain("/sign-in");
  await anonymous.dispose();

  // Nothing was created.
  await page.goto("/desk");
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await expect(page.getByRole("link", { name: forgedTitle })).toHaveCount(0);
});

test("editor pages and the admin page answer anonymous visitors with sign-in, never data", async ({ request }) => {
  for (const path of ["/desk", "/admin/users"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect([302, 303, 307, 308]).toContain(response.status());
    expect(response.headers()["location"]).toContain("/sign-in");
  }
});
