import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attachTestDatabase } from "./test-database";
import type { Actor } from "./authz";

// Stored PDFs, withdrawals and the reader's view of dates, on a fresh SQLite database.
const cleanup = attachTestDatabase();
const { db } = await import("./db");
const users = await import("./users");
const stories = await import("./stories");
const sources = await import("./sources");
const curation = await import("./curation");
const published = await import("./published");
const pdfs = await import("./published-pdfs");
const { ingestPastedText } = await import("@/lib/ingest");

let editor: Actor;
let storyId: string;
let slug: string;

const ARTICLES = [
  'The port workers\' union said on Monday it would strike for 48 hours from Wednesday unless the operator raised wages by 6%. The operator said it had offered 3% and would not go further. "We will not accept less than six percent," union leader Maria Costa said.',
  'Dock workers will walk out for 48 hours from Wednesday, their union said on Monday, after talks on a 6% pay rise failed. The port operator said its 3% offer was final. Union leader Maria Costa said: "We will not accept less than six percent."',
];

beforeAll(async () => {
  const u = await users.createUserAsOperator({
    email: "pdf@example.org",
    name: "Pia",
    role: "EDITOR",
    password: "pdf-pass-12",
  });
  editor = { id: u.id, email: u.email, name: u.name, role: u.role };
  const story = await stories.createStory(editor, { title: "Port strike PDFs" });
  storyId = story.id;
  slug = story.slug;
  await sources.addSources(
    editor,
    storyId,
    ARTICLES.map((text, i) => ingestPastedText({ text, outlet: `Outlet ${String.fromCharCode(65 + i)}` })),
  );
  const ids = await db.source.findMany({ where: { storyId }, select: { id: true }, orderBy: { createdAt: "asc" } });
  await db.source.update({ where: { id: ids[0]!.id }, data: { publishedAt: new Date("2024-11-12T08:00:00Z") } });
  await db.source.update({ where: { id: ids[1]!.id }, data: { publishedAt: new Date("2024-11-14T18:00:00Z") } });
  const draft = await curation.getCuratedDraft(editor, storyId);
  await curation.publishBriefing(editor, storyId, draft!.revision);
});

afterAll(async () => {
  await db.$disconnect();
  cleanup();
});

describe("PDFs stored with a published version", () => {
  it("renders both page sizes once and serves the stored bytes afterwards", async () => {
    expect(await pdfs.storePublishedPdfs(slug, 1)).toBe(2);
    const rows = await db.publishedPdf.findMany({ select: { pageSize: true, bytes: true } });
    expect(rows.map((r) => r.pageSize).sort()).toEqual(["A4", "LETTER"]);
    const view = (await published.getPublishedBriefing(slug, 1))!;
    // Replace the stored A4 bytes: the next read must return them, proving no second render.
    const marker = Buffer.from("%PDF-stored-marker");
    await db.publishedPdf.update({
      where: { briefingId_pageSize: { briefingId: view.briefingId, pageSize: "A4" } },
      data: { bytes: new Uint8Array(marker) },
    });
    expect((await pdfs.publishedPdf(view, "A4")).toString()).toBe("%PDF-stored-marker");
    const letter = rows.find((r) => r.pageSize === "LETTER")!;
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "pdf-")), "letter.pdf");
    fs.writeFileSync(file, Buffer.from(letter.bytes));
    const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    expect(text).toContain("Outlet A · 12 November 2024");
  });

  it("the reader's view carries the sources' dates and the story's own dates", async () => {
    const view = (await published.getPublishedBriefing(slug))!;
    expect(view.sources.map((s) => s.publishedAt)).toEqual(["2024-11-12T08:00:00.000Z", "2024-11-14T18:00:00.000Z"]);
    const entry = (await published.listPublishedBriefings()).find((b) => b.slug === slug)!;
    expect(entry.storyDates?.first.toISOString()).toBe("2024-11-12T08:00:00.000Z");
    expect(entry.storyDates?.last.toISOString()).toBe("2024-11-14T18:00:00.000Z");
  });

  it("a second version says what changed since the first", async () => {
    const draft = await curation.getCuratedDraft(editor, storyId);
    await curation.publishBriefing(editor, storyId, draft!.revision);
    const view = (await published.getPublishedBriefing(slug))!;
    expect(view.version).toBe(2);
    expect(view.changes?.since).toBe(1);
    expect((await published.getPublishedBriefing(slug, 1))!.changes).toBeNull();
  });

  it("a withdrawn version keeps its reason for the 410 page, and latest falls back", async () => {
    await curation.setVersionPublished(editor, storyId, 2, false, "Published by mistake.");
    const gone = await published.getWithdrawnBriefing(slug, 2);
    expect(gone).toMatchObject({ version: 2, reason: "Published by mistake.", latestPublicVersion: 1 });
    expect(gone?.withdrawnAt).toBeInstanceOf(Date);
    expect((await published.getPublishedBriefing(slug))!.version).toBe(1);
    expect(await published.getPublishedBriefing(slug, 2)).toBeNull();
    // Not withdrawn: no withdrawn page.
    expect(await published.getWithdrawnBriefing(slug, 1)).toBeNull();
    expect(await published.getWithdrawnBriefing(slug)).toBeNull();

    await curation.setVersionPublished(editor, storyId, 1, false, "Superseded.");
    expect(await published.getWithdrawnBriefing(slug)).toMatchObject({ version: 2, latestPublicVersion: null });

    await curation.setVersionPublished(editor, storyId, 2, true);
    const back = await db.briefing.findFirst({ where: { storyId, version: 2 }, select: { withdrawalReason: true } });
    expect(back?.withdrawalReason).toBeNull();
  });
});
