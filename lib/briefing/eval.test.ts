// Quality on the development stories (../shared/eval, scored by its score.mjs through the eval
// harness in scripts/eval.ts). The stories belong to their outlets and are not in the repository,
// so these tests run only where ../shared is present; the verbatim check on the demo story always runs.
import fs from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { evalStory, macro, scorerPath, storiesRoot, type EvalRow } from "../../scripts/eval";
import { buildBriefing } from "./index";
import { dohaDir, loadDir } from "./test-helpers";
import { BRIEFING_SECTIONS } from "./types";

describe("citations are verbatim (demo story)", () => {
  it("every citation is an exact slice of its source", () => {
    const sources = loadDir(dohaDir);
    const texts = new Map(sources.map((s) => [s.id, s.text]));
    const b = buildBriefing(sources);
    let n = 0;
    for (const section of BRIEFING_SECTIONS)
      for (const item of b[section]) {
        expect(item.citations.length).toBeGreaterThan(0);
        for (const c of item.citations) {
          n++;
          expect(c.quote.length).toBeGreaterThanOrEqual(8);
          expect(texts.get(c.sourceId)?.includes(c.quote), `${section}: ${c.quote}`).toBe(true);
        }
      }
    expect(n).toBeGreaterThan(10);
  });
});

/**
 * The floors this engine holds on the eleven development stories: issue 8's targets (recall ≥ 85,
 * supported ≥ 80, distinct ≥ 75, misattributed ≤ 3, no story below 70 % recall), raised where the
 * engine holds more, so a change that loses ground fails here.
 */
const FLOORS = {
  macroRecall: 87,
  macroSupported: 82,
  macroDistinct: 75,
  maxMisattributed: 3,
  storyRecall: 75,
};

const haveStories = fs.existsSync(storiesRoot) && fs.existsSync(scorerPath);

describe.skipIf(!haveStories)("development stories (../shared/eval)", () => {
  const rows: EvalRow[] = [];
  beforeAll(async () => {
    const dirs = fs
      .readdirSync(storiesRoot)
      .filter((d) => fs.existsSync(`${storiesRoot}/${d}/gold.json`))
      .sort();
    for (const d of dirs) rows.push(await evalStory(`${storiesRoot}/${d}`));
  }, 300_000);

  it("every story: faithful 100 %, no boilerplate, no item over 45 words, title and summary ok", () => {
    for (const r of rows) {
      expect(r.faithful, r.story).toBe(100);
      expect(r.boilerplate, r.story).toBe(0);
      expect(r.long, r.story).toBe(0);
      expect(r.title, r.story).toBe("ok");
      expect(r.summary, r.story).toBe("ok");
      expect(r.recall, r.story).toBeGreaterThanOrEqual(FLOORS.storyRecall);
    }
  });

  it("macro figures hold their floors", () => {
    expect(rows.length).toBeGreaterThanOrEqual(11);
    const m = macro(rows);
    expect(m.recall).toBeGreaterThanOrEqual(FLOORS.macroRecall);
    expect(m.supported).toBeGreaterThanOrEqual(FLOORS.macroSupported);
    expect(m.distinct).toBeGreaterThanOrEqual(FLOORS.macroDistinct);
    expect(m.misattributed).toBeLessThanOrEqual(FLOORS.maxMisattributed);
  });
});
