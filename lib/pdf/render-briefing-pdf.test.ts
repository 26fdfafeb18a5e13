import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Font } from "@react-pdf/renderer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURE_INPUT } from "./fixtures";
import { fontDirCandidates, registerBriefingFonts, resolveFontDir, SANS, SERIF } from "./fonts";
import { renderBriefingPdf } from "./index";

const workDir = mkdtempSync(path.join(tmpdir(), "briefing-pdf-test-"));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** Runs a poppler tool; a missing binary fails the test loudly instead of skipping it. */
function poppler(tool: "pdftotext" | "pdfinfo" | "pdffonts", args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: "utf8" });
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "ENOENT") {
      throw new Error(
        `${tool} not found: install poppler-utils (apt-get install -y poppler-utils) to run the PDF tests`,
      );
    }
    throw error;
  }
}

function save(name: string, pdf: Buffer): string {
  const file = path.join(workDir, name);
  writeFileSync(file, pdf);
  return file;
}

/** pdftotext -layout pads columns and wraps lines; compare text with whitespace runs collapsed. */
function flat(text: string): string {
  return text.replace(/\s+/g, " ");
}

function mediaBox(pdf: Buffer): number[] {
  const match = /\/MediaBox\s*\[\s*([\d.\s]+)\]/.exec(pdf.toString("latin1"));
  if (!match?.[1]) throw new Error("no MediaBox in PDF");
  return match[1]
    .trim()
    .split(/\s+/)
    .map((n) => Math.round(Number(n) * 100) / 100);
}

describe("renderBriefingPdf", () => {
  let a4: Buffer;
  let a4File: string;
  let text: string;
  let pages: string[];

  beforeAll(async () => {
    a4 = await renderBriefingPdf(FIXTURE_INPUT);
    a4File = save("a4.pdf", a4);
    text = poppler("pdftotext", ["-layout", a4File, "-"]);
    pages = text.split("\f").filter((p) => p.trim() !== "");
  });

  it("produces a PDF", () => {
    expect(a4.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });

  it("puts title, story, date and version on the first page", () => {
    const first = flat(pages[0] ?? "");
    expect(first).toContain("Grain-corridor talks in İstanbul stall over inspection regime");
    expect(first).toContain("Story: Black Sea grain corridor");
    expect(first).toContain("Published 18 November 2025, 14:05 UTC");
    expect(first).toContain("Version 3");
    expect(first).toContain("Page 1 of");
  });

  it("numbers every page in the footer", () => {
    const info = poppler("pdfinfo", [a4File]);
    const count = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    expect(count).toBeGreaterThan(1);
    expect(pages).toHaveLength(count);
    pages.forEach((page, i) => expect(flat(page)).toContain(`Page ${i + 1} of ${count}`));
  });

  it("repeats a running head on every page but the first", () => {
    const head = "Grain-corridor talks in İstanbul stall over inspection regime — version 3";
    expect(flat(pages[0] ?? "")).not.toContain(head);
    for (const page of pages.slice(1)) expect(flat(page)).toContain(head);
  });

  it("keeps curly quotes, dashes and accented names exact", () => {
    const all = flat(text);
    for (const expected of [
      "Volodymyr Zelenskyy said — “we’re ready” — to sign a 90-day extension",
      "José Sánchez",
      "Klaus Müller",
      "Łukasz Wiśniewski",
      "The Łódź inland terminal",
      "Talks open in İstanbul",
      "€3–4 million",
      "„bereit“",
    ]) {
      expect(all).toContain(expected);
    }
  });

  it("renders the summary and every non-empty section", () => {
    const all = flat(text);
    expect(all).toContain("Spain’s mediator José Sánchez proposed a compromise; talks resume on Friday.");
    for (const heading of [
      "POSITIONS",
      "DEAL TERMS",
      "KEY FIGURES",
      "OPEN QUESTIONS",
      "WHERE OUTLETS DISAGREE",
      "TIMELINE",
      "NOTES",
      "SOURCES",
    ]) {
      expect(all).toContain(heading);
    }
    expect(all).toMatch(/PROPOSED Proposed by José Sánchez \(Spain\) Figures: 90 days · 1 renewal/);
    expect(all).toMatch(/REJECTED Proposed by Russia/);
    expect(all).toMatch(/14 November Previous corridor arrangement expires\.16 · 1 outlet/);
  });

  it("follows each item with note markers and a corroboration count", () => {
    const all = flat(text);
    expect(all).toContain("if inspections remain joint.1,2,3 · 3 outlets");
    expect(all).toContain("within the week.7 · 1 outlet");
  });

  it("lists each note with its outlet and the passage in curly quotes", () => {
    const all = flat(text);
    expect(all).toContain("1 Meridian Wire — “Volodymyr Zelenskyy said — “we’re ready” — to sign a 90-day extension”");
    // A source without outlet or headline is "Source n", as on the page: never its file name.
    expect(all).toContain("6 Source 5 — “The Russian side rejects joint inspection teams");
    expect(all).not.toContain("000_ministry-statement.txt");
  });

  it("ends with a sources appendix carrying URL, retrieval date and hashes", () => {
    const appendix = flat(pages.at(-1) ?? "");
    expect(appendix).toContain("Meridian Wire");
    // Long URLs are printed over several lines; rejoin them.
    expect(appendix.replace(/(\S) +(?=[-/.?&=_])/g, "$1")).toContain(
      "https://meridianwire.example/world/2025/11/18/grain-corridor-istanbul-talks-zelenskyy-ready-to-extend",
    );
    expect(appendix).toContain("Added to the desk 18 November 2025");
    // Numbered like the page, with the outlet's own date; internal ids are not printed.
    expect(appendix).toContain("1 Meridian Wire · 17 November 2025");
    expect(appendix).toContain("5 Source 5");
    expect(appendix).toContain("Publication date not recorded");
    expect(appendix).not.toMatch(/\bs[1-5]\b/);
    expect(appendix).toContain("Content hash 3fa9c2e1b0d4");
    expect(appendix).toContain("3fa9c2e1b0d47a6e5c21f08b9d3e7a41c6b2d85f09e1a3c7b4d6f8e0a2c4e6b8");
  });

  it("says what changed for a later version, and keeps a long title clear of the page number", async () => {
    const longTitle =
      "Grain-corridor talks in İstanbul stall over joint inspections as Kyiv, Moscow and Ankara trade blame for delays at the Bosphorus";
    const pdf = await renderBriefingPdf({
      ...FIXTURE_INPUT,
      storyTitle: longTitle,
      changes: { since: 2, summary: "2 positions added, 1 deal term revised." },
    });
    const file = save("changes.pdf", pdf);
    const first = flat(poppler("pdftotext", ["-f", "1", "-l", "1", "-layout", file, "-"]));
    expect(first).toContain("What changed since version 2: 2 positions added, 1 deal term revised.");
    const footer = poppler("pdftotext", ["-f", "1", "-l", "1", "-layout", file, "-"])
      .split("\n")
      .find((line) => line.includes("Page 1 of"));
    expect(footer).toBeDefined();
    // The title is cut with an ellipsis before it reaches the page number, on the same line.
    expect(footer).toMatch(/…\s+· Version 3\s+Page 1 of \d+/);
  });

  it("embeds its own fonts and never falls back to the built-in Helvetica", () => {
    const fonts = poppler("pdffonts", [a4File]);
    expect(fonts).toContain("SourceSerif4-Regular");
    expect(fonts).toContain("SourceSans3-SemiBold");
    expect(fonts).not.toMatch(/Helvetica/);
  });

  it("prints a non-breaking hyphen, which the serif lacks, as a hyphen in the embedded font", async () => {
    const summary = "Talks on the Russian\u2011held plant resumed.";
    const pdf = await renderBriefingPdf({ ...FIXTURE_INPUT, briefing: { ...FIXTURE_INPUT.briefing, summary } });
    const file = save("hyphen.pdf", pdf);
    expect(flat(poppler("pdftotext", ["-layout", file, "-"]))).toMatch(/Russian[-\u2010]held/u);
    expect(poppler("pdffonts", [file])).not.toMatch(/Helvetica/);
  });

  it("is A4 by default and US Letter on request", async () => {
    const letter = await renderBriefingPdf({ ...FIXTURE_INPUT, pageSize: "LETTER" });
    const [, , aw, ah] = mediaBox(a4);
    const [, , lw, lh] = mediaBox(letter);
    expect([aw, ah]).toEqual([595.28, 841.89]);
    expect([lw, lh]).toEqual([612, 792]);
    expect(poppler("pdfinfo", [save("letter.pdf", letter)])).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
  });
});

describe("fonts", () => {
  it("have a glyph for every character the fixture uses", async () => {
    registerBriefingFonts();
    const chars = new Set(JSON.stringify(FIXTURE_INPUT).replace(/\\u[0-9a-f]{4}|\\./gi, ""));
    const faces = [
      { fontFamily: SERIF, fontWeight: 400 },
      { fontFamily: SERIF, fontWeight: 400, fontStyle: "italic" },
      { fontFamily: SERIF, fontWeight: 700 },
      { fontFamily: SANS, fontWeight: 400 },
      { fontFamily: SANS, fontWeight: 600 },
    ] as const;
    for (const face of faces) {
      const source = Font.getFont(face);
      await source.load();
      const font = source.data;
      expect(font).not.toBeNull();
      const missing = [...chars].filter((ch) => {
        const has: unknown = font?.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0);
        return has !== true;
      });
      expect(missing, `${face.fontFamily} ${face.fontWeight}`).toEqual([]);
    }
  });

  it("resolves the cwd copy first and reports where it looked when none exists", () => {
    const candidates = fontDirCandidates(process.cwd());
    expect(candidates[0]).toBe(path.join(process.cwd(), "lib", "pdf", "fonts"));
    expect(resolveFontDir(candidates)).toBe(candidates[0]);
    expect(() => resolveFontDir(["/nonexistent/fonts"])).toThrow(/\/nonexistent\/fonts/);
  });
});
