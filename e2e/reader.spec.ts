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
  await expect(entry).toContainText("version 1");
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
  const citation = firstItem.locator("details.cite").first();
  await expect(citation.locator("summary")).toHaveText(/^\[\d+\]$/);
  const quote = fold((await citation.locator("mark.citation-highlight").textContent()) ?? "");
  expect(quote.length).toBeGreaterThan(10);

  // Pressing it opens the passage in place, under the item: the cited words highlighted in
  // their paragraph, loaded with the source's text.
  await expect(citation.locator(".cite-panel blockquote")).toBeHidden();
  await citation.locator("summary").click();
  await expect(citation).toHaveAttribute("open", "");
  const passage = citation.locator(".cite-panel blockquote");
  await expect(passage).toBeVisible();
  await expect.poll(async () => (await passage.innerText()).length).toBeGreaterThan(quote.length + 20);
  expect(fold(await passage.locator("mark").innerText())).toBe(quote);
  expect(await passage.boundingBox()).not.toBeNull();
  const itemBox = (await firstItem.boundingBox())!;
  const passageBox = (await passage.boundingBox())!;
  expect(passageBox.y).toBeGreaterThan(itemBox.y);
  expect(passageBox.y).toBeLessThan(itemBox.y + itemBox.height);

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
  await expect(page.getByText(/This is version 1, as published on .*; it never changes\./)).toBeVisible();
  await expect(page.getByRole("link", { name: "Read the latest version" })).toHaveAttribute("href", `/b/${slug}`);
  await expect(page.getByRole("link", { name: "US Letter" })).toHaveAttribute("href", `/b/${slug}/v/1/pdf?size=letter`);

  const response = await request.get(`/b/${slug}/v/1/pdf?size=letter`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["content-disposition"]).toBe(`attachment; filename="${slug}-v1.pdf"`);
  // A published version never changes: a CDN may keep it for good; this server renders it once.
  expect(response.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  const again = await request.get(`/b/${slug}/v/1/pdf?size=letter`);
  expect(again.headers()["x-nextjs-cache"]).toBe("HIT");
  expect(Buffer.compare(await again.body(), await response.body())).toBe(0);
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
  // A version that may be published later is never kept for good, on the first request or a hit.
  for (let i = 0; i < 2; i++) {
    const notYet = await request.get(`/b/${slug}/v/99`);
    expect(notYet.status()).toBe(404);
    expect(notYet.headers()["cache-control"]).toBe("public, max-age=0, s-maxage=10");
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

test("every opened passage highlights exactly its cited words and never shows page furniture", async ({ page }) => {
  const slug = await demoSlug(page);
  await page.goto(`/b/${slug}/v/1`);
  const citations = page.locator("details.cite");
  const count = await citations.count();
  expect(count).toBeGreaterThan(10);
  for (let i = 0; i < count; i++) {
    const citation = citations.nth(i);
    const quote = fold((await citation.locator("mark").textContent()) ?? "");
    await citation.locator("summary").click();
    const passage = citation.locator(".cite-panel blockquote");
    await expect(passage).toBeVisible();
    await expect(citation.getByText("Loading the paragraph…")).toHaveCount(0);
    await expect(citation.getByText("could not be loaded")).toHaveCount(0);
    expect(fold(await passage.locator("mark").innerText()), `citation ${i}`).toBe(quote);
    expect(await passage.innerText(), `citation ${i}`).not.toMatch(/Share this @|ADVERTISEMENT/);
  }
});

test("citation passages work from the keyboard and are announced as disclosures", async ({ page }) => {
  const slug = await demoSlug(page);
  await page.goto(`/b/${slug}`);
  const citation = page.locator("details.cite").first();
  const summary = citation.locator("summary");
  await summary.focus();
  await expect(summary).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(citation).toHaveAttribute("open", "");
  await expect(citation.locator(".cite-panel blockquote")).toBeVisible();
  // The accessible name starts with the visible number, then says what it opens.
  await expect(summary).toHaveAccessibleName(/^\[\d+\] .+: cited passage$/);
  // What a screen reader is told: Chromium's accessibility tree has the summary as an expanded control.
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as {
    nodes: { name?: { value?: string }; properties?: { name: string; value: { value: unknown } }[] }[];
  };
  const name = await summary.getAttribute("aria-label");
  const node = nodes.find((n) => n.name?.value === name);
  expect(node?.properties?.find((p) => p.name === "expanded")?.value.value).toBe(true);
  await page.keyboard.press("Space");
  await expect(citation).not.toHaveAttribute("open", "");
  await expect(citation.locator(".cite-panel blockquote")).toBeHidden();
  // Tab moves on to the next control; the closed passage's links are not in the way.
  await page.keyboard.press("Tab");
  await expect(summary).not.toBeFocused();
});

test("the reader page is light: no source texts in it, under 150 KB of HTML; the front page dates stories", async ({
  page,
  request,
}) => {
  const slug = await demoSlug(page);
  const html = await (await request.get(`/b/${slug}`)).text();
  expect(Buffer.byteLength(html)).toBeLessThan(150 * 1024);
  // A cache hit is served from bytes encoded once (lib/reader/page-bytes.mjs): the same document,
  // whole, its non-ASCII text intact, and hits on the latest and the pinned URL alike.
  for (const url of [`/b/${slug}`, `/b/${slug}/v/1`]) {
    await request.get(url);
    const hit = await request.get(url);
    expect(hit.status()).toBe(200);
    expect(hit.headers()["x-nextjs-cache"]).toBe("HIT");
    expect(hit.headers()["content-type"]).toBe("text/html; charset=utf-8");
    const body = await hit.text();
    expect(body.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(body.trimEnd().endsWith("</html>")).toBe(true);
    expect(body).toContain("Briefing · Version");
    expect(body).not.toContain("\uFFFD");
  }
  // A sentence from deep inside a source that no item cites is not in the page.
  expect(html).not.toContain("Story Summary");
  const text = await request.get(`/b/${slug}/v/1/sources/1/text`);
  expect(text.status()).toBe(200);
  expect(text.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  const payload = (await text.json()) as { text: string; kept: number[][] };
  expect(payload.text.length).toBeGreaterThan(500);
  expect(payload.kept.length).toBeGreaterThan(3);

  // Sources are named by outlet or number, never by file name; the method note explains marks.
  await page.goto(`/b/${slug}`);
  await expect(page.getByTestId("source-outlet").first()).toHaveText(/^(Source \d+|.+)$/);
  await expect(page.locator("body")).not.toContainText(/\d{3}_[0-9a-f]{16}\.txt/);
  await expect(page.getByTestId("method-note")).toContainText("How this briefing is made");
  await page.getByTestId("method-note").locator("summary").click();
  await expect(page.getByTestId("method-note")).toContainText("Near-copy");
  await expect(page.getByTestId("share-link")).toBeVisible();
  // The deal-term overview says each status once.
  await expect(page.locator("body")).not.toContainText(/(Rejected|Agreed|Demanded)\s+\1:/i);
});

test("cached reader URLs answered before Next (server.mjs) answer exactly what Next answers", async ({ page }) => {
  const slug = await demoSlug(page);
  // Headers of the connection and the transfer, not of the answer.
  const TRANSFER = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length"]);
  const answer = async (url: string, acceptEncoding: string) => {
    // Node's fetch: it shows Content-Encoding and Content-Length as sent, and decodes the body.
    const response = await fetch(new URL(url, page.url()), { headers: { "accept-encoding": acceptEncoding } });
    const body = Buffer.from(await response.arrayBuffer());
    const headers = Object.fromEntries([...response.headers].filter(([name]) => !TRANSFER.has(name)));
    return { status: response.status, headers, body, length: response.headers.get("content-length") };
  };
  for (const url of [
    "/",
    `/b/${slug}`,
    `/b/${slug}/v/1`,
    `/b/${slug}/pdf`,
    `/b/${slug}/v/1/pdf`,
    `/b/${slug}/v/1/pdf/letter`,
    `/b/${slug}/v/1/sources/1`,
    `/b/${slug}/v/1/sources/1/text`,
  ]) {
    for (const acceptEncoding of ["gzip, deflate, br", "identity"]) {
      await answer(url, acceptEncoding);
      const cached = await answer(url, acceptEncoding);
      // A query string leaves the request to Next, which serves the same cached entry.
      const fromNext = await answer(`${url}?via=next`, acceptEncoding);
      const where = `${url} (${acceptEncoding})`;
      expect(fromNext.headers["x-nextjs-cache"], where).toBe("HIT");
      expect(cached.status, where).toBe(fromNext.status);
      expect(cached.headers, where).toEqual(fromNext.headers);
      expect(Buffer.compare(cached.body, fromNext.body), where).toBe(0);
      // Answered before Next: sent whole with its length (Next streams these chunked). Fails if
      // server.mjs stopped answering, e.g. after a Next upgrade changed its cache keys.
      expect(cached.length, where).not.toBeNull();
    }
  }

  // RSC navigations and prefetches are Next's: the RSC payload, not the cached document.
  const rsc = await fetch(new URL(`/b/${slug}?_rsc=e2e`, page.url()), { headers: { rsc: "1" } });
  expect(rsc.status).toBe(200);
  expect(rsc.headers.get("content-type")).toContain("text/x-component");
});
