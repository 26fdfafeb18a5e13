// Golden outputs: the full briefing of the demo story and of each invented story, kept as JSON
// beside the tests, so "output unchanged" is a test, and a change shows as a readable line diff.
//   UPDATE_GOLDEN=1 npx vitest run lib/briefing/golden.test.ts   rewrites them after an intended change
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildBriefing } from "./index";
import { dohaDir, fixturesDir, fixtureTexts, loadDir } from "./test-helpers";
import type { SourceInput } from "./types";

const goldenDir = path.join(import.meta.dirname, "golden");
const update = process.env.UPDATE_GOLDEN === "1";

const stories: Array<[string, () => SourceInput[]]> = [
  ["doha-withdrawal", () => loadDir(dohaDir)],
  ...fs
    .readdirSync(fixturesDir)
    .sort()
    .map((name): [string, () => SourceInput[]] => [
      name,
      () => fixtureTexts(name).map((text, i) => ({ id: `s${i + 1}`, text, file: `${i + 1}.txt` })),
    ]),
];

describe("golden outputs (UPDATE_GOLDEN=1 rewrites them)", () => {
  for (const [name, load] of stories) {
    it(name, () => {
      const file = path.join(goldenDir, `${name}.json`);
      const got = JSON.stringify(buildBriefing(load()), null, 2) + "\n";
      if (update || !fs.existsSync(file)) {
        fs.mkdirSync(goldenDir, { recursive: true });
        fs.writeFileSync(file, got);
        if (!update) throw new Error(`${file} did not exist: written now; check it and commit it`);
        return;
      }
      expect(got).toBe(fs.readFileSync(file, "utf8"));
    });
  }
});
