import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { renderToBuffer } from "@react-pdf/renderer";
import { afterAll, describe, expect, it } from "vitest";
import { BriefingDocument } from "./briefing-document";
import { FIXTURE_INPUT } from "./fixtures";
import { loadBriefingFonts } from "./fonts";
import { renderBriefingPdf } from "./index";
import { buildPdfModel } from "./model";
import { memoizeShaping, withShapingMemo, type ShapedFont } from "./shaping-memo";

class FakeRun {
  constructor(
    public glyphs: { id: number }[],
    public positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[],
  ) {}
  get advanceWidth(): number {
    return this.positions.reduce((sum, p) => sum + p.xAdvance, 0);
  }
}

/** A stand-in for a fontkit font: counts how often it really shapes, and reads of its head table. */
class CountingFont implements ShapedFont {
  calls: string[] = [];
  headReads = 0;
  get unitsPerEm(): number {
    this.headReads += 1;
    return 2048;
  }
  layout(text: unknown, features?: unknown, script?: unknown, language?: unknown, direction?: unknown) {
    this.calls.push([text, features, script, language, direction].map((a) => JSON.stringify(a)).join("|"));
    const chars = [...String(text)];
    return new FakeRun(
      chars.map((c) => ({ id: c.codePointAt(0) ?? 0 })),
      chars.map(() => ({ xAdvance: 500, yAdvance: 0, xOffset: 0, yOffset: 0 })),
    );
  }
}

const countingFont = () => new CountingFont();

describe("shaping memo", () => {
  it("shapes a string once per render and hands out copies that callers may change", async () => {
    const font = countingFont();
    memoizeShaping(font);
    await withShapingMemo(async () => {
      const runs = [1, 2, 3].map(() => {
        const run = font.layout("Zelenskyy", []);
        const pristine = run.positions[0]?.yOffset === 0 && run.glyphs.length === 9;
        run.positions[0]!.yOffset = 99; // textkit and pdfkit adjust positions in place
        run.glyphs.pop();
        return { run, pristine };
      });
      expect(runs.map((r) => r.pristine)).toEqual([true, true, true]);
      expect(new Set(runs.map((r) => r.run)).size).toBe(3);
      expect(font.layout("Zelenskyy", []).positions[0]?.yOffset).toBe(0);
      expect((font.layout("Zelenskyy", []) as FakeRun).advanceWidth).toBe(4500); // the run keeps its class
      font.layout("Zelenskyy", ["liga"]);
      font.layout("Zelenskyy", { kern: false });
      font.layout("Zelenskyy", [], "latn", "dflt", "ltr");
    });
    // One real call per distinct (text, features, script, language, direction).
    expect(font.calls).toEqual([
      '"Zelenskyy"|[]|||',
      '"Zelenskyy"|["liga"]|||',
      '"Zelenskyy"|{"kern":false}|||',
      '"Zelenskyy"|[]|"latn"|"dflt"|"ltr"',
    ]);
  });

  it("keeps no memo outside a render, and none from one render to the next", async () => {
    const font = countingFont();
    memoizeShaping(font);
    font.layout("Sánchez");
    font.layout("Sánchez");
    expect(font.calls).toHaveLength(2);
    await withShapingMemo(async () => font.layout("Sánchez"));
    await withShapingMemo(async () => font.layout("Sánchez"));
    expect(font.calls).toHaveLength(4);
  });

  it("gives concurrent renders a memo each", async () => {
    const font = countingFont();
    memoizeShaping(font);
    const render = () =>
      withShapingMemo(async () => {
        font.layout("İstanbul");
        await new Promise((resolve) => setTimeout(resolve, 5));
        font.layout("İstanbul");
      });
    await Promise.all([render(), render()]);
    expect(font.calls).toHaveLength(2);
  });

  it("answers unitsPerEm with the font's own value without reading the table again", () => {
    const font = countingFont();
    memoizeShaping(font);
    const reads = font.headReads;
    expect([font.unitsPerEm, font.unitsPerEm]).toEqual([2048, 2048]);
    expect(font.headReads).toBe(reads);
  });
});

describe("a render with the shaping memo", () => {
  const workDir = mkdtempSync(path.join(tmpdir(), "briefing-memo-test-"));
  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  /** Every word with its page and box, as poppler reads them back. */
  function wordBoxes(name: string, pdf: Buffer): string {
    const file = path.join(workDir, name);
    writeFileSync(file, pdf);
    return execFileSync("pdftotext", ["-bbox", file, "-"], { encoding: "utf8" })
      .split("\n")
      .filter((line) => line.includes("<word") || line.includes("<page"))
      .join("\n");
  }

  it("lays out every word exactly where a render without it does", async () => {
    const input = { ...FIXTURE_INPUT, changes: { since: 2, summary: "2 positions added, 1 deal term revised." } };
    const memoized = await renderBriefingPdf(input);
    await loadBriefingFonts();
    // The same document rendered outside withShapingMemo: every shaping call goes to fontkit.
    const plain = await renderToBuffer(
      <BriefingDocument
        model={buildPdfModel(input)}
        title={input.briefing.title}
        summary={input.briefing.summary}
        storyTitle={input.storyTitle}
        version={input.version}
        publishedAt={input.publishedAt}
        pageSize="A4"
        changes={input.changes}
      />,
    );
    const expected = wordBoxes("plain.pdf", plain);
    expect(expected.split("<word").length).toBeGreaterThan(500);
    expect(wordBoxes("memoized.pdf", memoized)).toBe(expected);
  });
});
