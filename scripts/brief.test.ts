import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";

import { lyingBombDocx, manyParagraphsHtml, nestedDivsHtml, stylesBombDocx } from "../lib/ingest/hostile-fixtures";
import { ingestFiles } from "../lib/ingest/index";
import { buildDocx } from "../lib/ingest/fixture-builders";

// Each case spawns the command line (tsx start-up, ingest workers): slow on a loaded CI machine.
vi.setConfig({ testTimeout: 120_000 });

const root = path.resolve(import.meta.dirname, "..");
const doha = path.join(root, "prisma/seed/doha-withdrawal");
const files = fs
  .readdirSync(doha)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => path.join(doha, f));

function run(args: string[]) {
  const r = spawnSync("npx", ["tsx", "scripts/brief.ts", ...args], { cwd: root, encoding: "utf8" });
  return {
    code: r.status,
    stdout: r.stdout,
    stderr: r.stderr
      .split("\n")
      .filter((l) => !l.startsWith("npm warn"))
      .join("\n"),
  };
}

describe("brief CLI", () => {
  it("prints Briefing JSON with sources s1… named by file", () => {
    const r = run(["--json", ...files]);
    expect(r.code).toBe(0);
    const b = JSON.parse(r.stdout);
    expect(b.schemaVersion).toBe(1);
    expect(b.sources.map((s: { id: string }) => s.id)).toEqual(["s1", "s2", "s3", "s4", "s5"]);
    expect(b.sources[0].file).toBe(path.basename(files[0] ?? ""));
    expect(b.sources[4].headline).toMatch(/^Ceasefire Talks Hit a Wall/u);
    // A stray page number on the first line is furniture, never a headline or the title.
    expect(b.sources[1].headline).toBeUndefined();
    expect(b.title).not.toBe("262");
    expect(b.positions.length).toBeGreaterThan(0);
  });

  it("prints Markdown with footnoted citations by default", () => {
    const r = run(files);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# /u);
    expect(r.stdout).toContain("## Positions");
    expect(r.stdout).toMatch(/\[\^1\]/u);
    expect(r.stdout).toMatch(/^\[\^1\]: .+“/mu);
  });

  it("fails cleanly on a missing file, an empty file, a directory and binary input", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "brief-cli-"));
    const empty = path.join(dir, "empty.txt");
    fs.writeFileSync(empty, "");
    const bin = path.join(dir, "bin.txt");
    fs.writeFileSync(bin, Buffer.from([0xff, 0xfe, 0x00, 0x41, 0xc3]));
    for (const [args, reason] of [
      [[path.join(dir, "nope.txt")], "not found"],
      [[empty], "empty"],
      [[dir], "directory"],
      [[bin], "binary"],
    ] as const) {
      const r = run(["--json", files[0] ?? "", ...args]);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain(path.basename(args[0]));
      expect(r.stderr).toContain(reason);
    }
  });

  it("refuses the hostile uploads of issue 11 with the desk's own reasons, in bounded time", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "brief-hostile-"));
    const hostile: [string, Uint8Array | string][] = [
      ["many.html", manyParagraphsHtml()],
      ["nested.html", nestedDivsHtml()],
      ["lying.docx", lyingBombDocx()],
      ["styles.docx", stylesBombDocx()],
    ];
    for (const [name, content] of hostile) fs.writeFileSync(path.join(dir, name), content);
    const started = Date.now();
    const r = run(["--json", ...hostile.map(([name]) => path.join(dir, name))]);
    // A hang guard, not a benchmark: measured ~5 s on a quiet machine (docs/ingest.md); CI machines
    // under load take several times longer, so the bound is generous.
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    const desk = await ingestFiles(
      hostile.map(([name, content]) => ({ name, bytes: typeof content === "string" ? Buffer.from(content) : content })),
    );
    expect(desk.errors).toHaveLength(4);
    for (const error of desk.errors) expect(r.stderr).toContain(error.message);
  });

  it("reads .html and .docx like the desk does", () => {
    const r = run(["--json", path.join(root, "e2e/fixtures/sample.html"), path.join(root, "e2e/fixtures/sample.docx")]);
    expect(r.code).toBe(0);
    const b = JSON.parse(r.stdout);
    expect(b.sources.map((s: { file: string }) => s.file)).toEqual(["sample.html", "sample.docx"]);
    expect(b.sources[0].headline).toBe("Valdora library reopens after flood repairs");
  });

  it("reads .html and .docx files through the upload path, with their metadata in --json", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "brief-cli-"));
    const text = fs.readFileSync(files[0] ?? "", "utf8");
    const html = path.join(dir, "page.html");
    fs.writeFileSync(
      html,
      `<html><head><meta property="og:site_name" content="Harbour Gazette"><meta property="og:title" content="Talks recalled">` +
        `<meta name="author" content="Ana Lopes"><meta property="article:published_time" content="2025-07-24T10:00:00Z">` +
        `<link rel="canonical" href="https://gazette.example/talks"></head><body><article>` +
        text
          .split(/\n+/)
          .map((p) => `<p>${p.replace(/</g, "&lt;")}</p>`)
          .join("") +
        `</article></body></html>`,
    );
    const docx = path.join(dir, "notes.docx");
    fs.writeFileSync(docx, await buildDocx(text.split(/\n+/), { title: "Desk notes", creator: "Rui Melo" }));
    const r = run(["--json", html, docx]);
    expect(r.stderr).toBe("");
    const b = JSON.parse(r.stdout);
    expect(b.sources[0]).toMatchObject({
      outlet: "Harbour Gazette",
      headline: "Talks recalled",
      byline: "Ana Lopes",
      publishedAt: "2025-07-24T10:00:00.000Z",
      url: "https://gazette.example/talks",
    });
    expect(b.sources[1]).toMatchObject({ headline: "Desk notes", byline: "Rui Melo", file: "notes.docx" });
  });

  it("prints usage with --help", () => {
    const r = run(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("usage:");
  });
});
