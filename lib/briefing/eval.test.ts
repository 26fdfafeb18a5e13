import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildBriefing } from "./index";
import { BRIEFING_SECTIONS, type Briefing } from "./types";
import { dohaDir, loadDir, repoRoot, sharedStories, ukraineDir } from "./test-helpers";

function expectVerbatim(b: Briefing, texts: Map<string, string>) {
  let n = 0;
  for (const section of BRIEFING_SECTIONS) {
    for (const item of b[section]) {
      expect(item.citations.length).toBeGreaterThan(0);
      for (const c of item.citations) {
        n++;
        expect(c.quote.length).toBeGreaterThanOrEqual(8);
        // Citations are raw slices, so they must be exact substrings, not just fold-equal.
        expect(texts.get(c.sourceId)?.includes(c.quote), `${section}: ${c.quote}`).toBe(true);
      }
    }
  }
  expect(n).toBeGreaterThan(10);
}

describe("citations are verbatim", () => {
  it("doha-withdrawal", () => {
    const sources = loadDir(dohaDir);
    expectVerbatim(buildBriefing(sources), new Map(sources.map((s) => [s.id, s.text])));
  });
  describe.skipIf(!fs.existsSync(ukraineDir))("ukraine-abu-dhabi (from ../shared)", () => {
    it("ukraine-abu-dhabi", () => {
      const sources = loadDir(ukraineDir);
      expectVerbatim(buildBriefing(sources), new Map(sources.map((s) => [s.id, s.text])));
    });
  });
});

const scorer = path.resolve(repoRoot, "../shared/eval/score.mjs");

function score(story: string) {
  const dir = path.join(sharedStories, story, "articles");
  const b = buildBriefing(loadDir(dir));
  const tmp = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "brief-")), "b.json");
  fs.writeFileSync(tmp, JSON.stringify(b));
  const out = execFileSync("node", [scorer, tmp, path.join(sharedStories, story, "gold.json"), dir], {
    encoding: "utf8",
  });
  const m = /score: recall=([\d.]+)% supported=([\d.]+)% faithful=([\d.]+)% .* boilerplate=(\d+) long=(\d+)/u.exec(out);
  if (!m) throw new Error(`unexpected scorer output: ${out}`);
  return {
    recall: Number(m[1]),
    supported: Number(m[2]),
    faithful: Number(m[3]),
    boilerplate: Number(m[4]),
    long: Number(m[5]),
  };
}

// The quality bar (recall ≥ 90, supported ≥ 70, every citation verbatim, no boilerplate, no item
// over 45 words), met on both stories; asserted on every run that has ../shared.
describe.skipIf(!fs.existsSync(scorer))("scorer (../shared/eval)", () => {
  for (const story of ["doha-withdrawal", "ukraine-abu-dhabi"]) {
    it(`${story}: meets the quality bar`, () => {
      const s = score(story);
      expect(s.faithful).toBe(100);
      expect(s.boilerplate).toBe(0);
      expect(s.long).toBe(0);
      expect(s.recall).toBeGreaterThanOrEqual(90);
      expect(s.supported).toBeGreaterThanOrEqual(70);
    });
  }
});
