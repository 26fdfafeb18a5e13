import path from "node:path";
import fs from "node:fs";
import { test, expect, login, uniqueTitle } from "./fixtures";

const DEMO_DIR = path.resolve(import.meta.dirname, "../prisma/seed/doha-withdrawal");
const SAMPLE_FILES = fs
  .readdirSync(DEMO_DIR)
  .filter((f) => f.endsWith(".txt"))
  .slice(0, 3)
  .map((f) => path.join(DEMO_DIR, f));

test("a withdrawn version answers 410 with the editor's reason; latest falls back; republishing restores it", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  // Node's fetch rather than the request fixture: its kept-alive sockets outlive the server's
  // keep-alive timeout while an editor action runs, and a reused closed socket reads ECONNRESET.
  const request = {
    get: async (path: string) => {
      const response = await fetch(new URL(path, baseURL));
      const body = await response.text();
      return {
        status: () => response.status,
        headers: () => Object.fromEntries(response.headers),
        text: async () => body,
      };
    },
  };
  await login(page, "editor");
  const title = uniqueTitle("Withdrawal check");
  await page.getByLabel("Title").fill(title);
  await page.getByRole("button", { name: "Create story" }).click();
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  const slug = new URL(page.url()).pathname.split("/").pop()!;
  await page.getByLabel("Article files").setInputFiles(SAMPLE_FILES);
  await page.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByTestId("source-row")).toHaveCount(3);
  await page.getByRole("button", { name: "Publish new version" }).click();
  // The desk asks for a confirmation first (issue 9).
  await page.getByRole("button", { name: "Publish version 1" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published version 1." })).toBeVisible();

  // Readers get version 1, then (right after the second publish) version 2, from the cache.
  expect((await request.get(`/b/${slug}`)).status()).toBe(200);
  const v1Page = await request.get(`/b/${slug}/v/1`);
  expect(v1Page.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  await page.reload();
  await page.getByRole("button", { name: "Publish new version" }).click();
  // The desk asks for a confirmation first (issue 9).
  await page.getByRole("button", { name: "Publish version 2" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published version 2." })).toBeVisible();
  const latest = await request.get(`/b/${slug}`);
  // Browsers revalidate the latest page every time; CDNs keep it a minute, serving stale meanwhile.
  expect(latest.headers()["cache-control"]).toBe("public, max-age=0, s-maxage=60");
  expect(latest.headers()["cdn-cache-control"]).toBe("public, s-maxage=60, stale-while-revalidate=600");
  expect(await latest.text()).toMatch(/Briefing · Version (<!-- -->)?2</);

  // Unpublishing asks for a reason first and changes nothing until it is confirmed.
  await page.reload();
  const history = page.getByTestId("version-history");
  await history.getByRole("button", { name: "Unpublish version 2" }).click();
  const confirm = page.getByRole("form", { name: "Withdraw version 2" });
  await expect(confirm).toContainText("Readers who open this version");
  await confirm.getByRole("button", { name: "Cancel" }).click();
  expect((await request.get(`/b/${slug}/v/2`)).status()).toBe(200);
  await history.getByRole("button", { name: "Unpublish version 2" }).click();
  // No reason: the browser asks for one; a blank one is refused by the server.
  await confirm.getByRole("button", { name: "Withdraw version 2" }).click();
  expect(
    await confirm
      .getByLabel("Reason shown to readers")
      .evaluate((el) => (el as HTMLTextAreaElement).validity.valueMissing),
  ).toBe(true);
  await confirm.getByLabel("Reason shown to readers").fill("   ");
  await confirm.getByRole("button", { name: "Withdraw version 2" }).click();
  await expect(confirm.getByRole("alert")).toContainText("Say why");
  // Version 2's URLs cached and served from the cache (server.mjs answers the repeat requests
  // before Next): the withdrawal below must reach them all the same.
  for (const url of [
    `/b/${slug}/v/2`,
    `/b/${slug}/v/2/pdf`,
    `/b/${slug}/v/2/sources/1`,
    `/b/${slug}/v/2/sources/1/text`,
  ]) {
    for (let i = 0; i < 3; i++) expect((await request.get(url)).status(), url).toBe(200);
    expect((await request.get(url)).headers()["x-nextjs-cache"], url).toBe("HIT");
  }
  const reason = "Version 2 misattributed a quote to the envoy; version 1 stands.";
  await confirm.getByLabel("Reason shown to readers").fill(reason);
  await confirm.getByRole("button", { name: "Withdraw version 2" }).click();
  await expect(history).toContainText("withdrawn");
  await expect(history).toContainText(`Reason given to readers: ${reason}`);

  // The withdrawn version, its PDF and its source texts are gone (410), with the reason.
  const gone = await page.goto(`/b/${slug}/v/2`);
  expect(gone?.status()).toBe(410);
  expect(gone?.headers()["cache-control"]).toBe("no-store");
  await expect(page.getByTestId("withdrawn-reason")).toHaveText(reason);
  await expect(page.getByRole("link", { name: "Read the current version (version 1)" })).toBeVisible();
  for (const url of [
    `/b/${slug}/v/2/pdf`,
    `/b/${slug}/v/2/pdf?size=letter`,
    `/b/${slug}/v/2/sources/1/text`,
    `/b/${slug}/v/2/sources/1`,
    `/b/${slug}/v/2`,
  ]) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(410);
    expect(response.headers()["cache-control"], url).toBe("no-store");
  }
  expect(await (await request.get(`/b/${slug}/v/2/sources/1`)).text()).toContain(reason);
  // Latest never shows a withdrawn version: it falls back to version 1.
  const fallback = await request.get(`/b/${slug}`);
  expect(fallback.status()).toBe(200);
  const html = await fallback.text();
  expect(html).toMatch(/Briefing · Version (<!-- -->)?1</);
  expect(html).not.toMatch(/Briefing · Version (<!-- -->)?2</);

  // Republishing brings it back at once.
  await page.goto(`/desk/${slug}`);
  await page.getByRole("button", { name: "Republish version 2" }).click();
  await expect(page.getByTestId("version-history")).not.toContainText("withdrawn");
  expect((await request.get(`/b/${slug}/v/2`)).status()).toBe(200);
  expect(await (await request.get(`/b/${slug}`)).text()).toMatch(/Briefing · Version (<!-- -->)?2</);
});
