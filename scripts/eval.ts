// Eval harness: runs the engine on development story folders and scores each briefing with the
// shared scorer (../shared/eval/score.mjs).
//   npm run eval                         every story under ../shared/eval/stories
//   npm run eval -- DIR...               the given story folders (each with articles/ and gold.json)
//   npm run eval -- --story NAME --verbose   one story, every item beside the gold item it matched
//   npm run eval -- --json               the rows as JSON (the eval test reads this)
// With no ../shared beside the repository it says so and exits 0: the stories are not ours to ship.

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildBriefing, explainBriefing, type Briefing, type SourceInput } from "../lib/briefing/index";
import { readSources } from "./brief";
import { describeMatches } from "./eval-match";

const repoRoot = path.resolve(import.meta.dirname, "..");
export const storiesRoot = path.resolve(repoRoot, "../shared/eval/stories");
export const scorerPath = path.resolve(repoRoot, "../shared/eval/score.mjs");

export interface EvalRow {
  story: string;
  recall: number;
  supported: number;
  distinct: number;
  faithful: number;
  misattributed: number;
  boilerplate: number;
  long: number;
  title: string;
  summary: string;
  citations: number;
  items: number;
  buildMs: number;
  titleText: string;
  summaryText: string;
  /** Every item with the gold item it matched and the rules behind it (`--verbose`). */
  explained?: string;
  scorerOutput: string;
}

/** The story's articles read exactly as `npm run brief` reads them (the upload path, with metadata). */
export async function loadStory(dir: string): Promise<SourceInput[]> {
  const articles = path.join(dir, "articles");
  const files = fs
    .readdirSync(articles)
    .filter((f) => !f.startsWith("."))
    .sort()
    .map((f) => path.join(articles, f));
  const { sources, errors } = await readSources(files);
  if (errors.length > 0) throw new Error(errors.join("\n"));
  return sources;
}

const SCORE_LINE =
  /score: recall=([\d.]+)% supported=([\d.]+)% faithful=([\d.]+)% \(\d+\/(\d+)\) boilerplate=(\d+) long=(\d+) problems=\d+ distinct=([\d.]+)% misattributed=(\d+) title=(\S+) summary=(\S+)/u;

export function scoreBriefing(
  briefing: Briefing,
  dir: string,
  verbose = false,
): Omit<EvalRow, "buildMs" | "story" | "titleText" | "summaryText" | "explained"> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "eval-"));
  const file = path.join(tmp, "briefing.json");
  fs.writeFileSync(file, JSON.stringify(briefing));
  let out: string;
  try {
    out = execFileSync(
      "node",
      [scorerPath, file, path.join(dir, "gold.json"), path.join(dir, "articles"), ...(verbose ? ["--verbose"] : [])],
      { encoding: "utf8" },
    );
  } catch (e) {
    // The scorer exits 1 on an unfaithful citation or a malformed briefing; its output still has the line.
    out = String((e as { stdout?: string }).stdout ?? "");
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  const m = SCORE_LINE.exec(out);
  if (!m) throw new Error(`unexpected scorer output:\n${out}`);
  const items = (["positions", "dealTerms", "keyFigures", "openQuestions", "discrepancies"] as const).reduce(
    (n, k) => n + briefing[k].length,
    0,
  );
  return {
    recall: Number(m[1]),
    supported: Number(m[2]),
    faithful: Number(m[3]),
    citations: Number(m[4]),
    boilerplate: Number(m[5]),
    long: Number(m[6]),
    distinct: Number(m[7]),
    misattributed: Number(m[8]),
    title: m[9] ?? "",
    summary: m[10] ?? "",
    items,
    scorerOutput: out,
  };
}

export async function evalStory(dir: string, verbose = false): Promise<EvalRow> {
  const sources = await loadStory(dir);
  // The second of two builds is timed: the first pays for compiling the engine's code and regexes.
  buildBriefing(sources);
  const t0 = performance.now();
  const briefing = buildBriefing(sources);
  const buildMs = performance.now() - t0;
  return {
    story: path.basename(dir),
    buildMs,
    titleText: briefing.title,
    summaryText: briefing.summary,
    ...(verbose
      ? {
          explained: `${describeMatches(briefing, JSON.parse(fs.readFileSync(path.join(dir, "gold.json"), "utf8")))}\n${explainBriefing(briefing)}`,
        }
      : {}),
    ...scoreBriefing(briefing, dir, verbose),
  };
}

export function macro(rows: EvalRow[]) {
  const mean = (k: "recall" | "supported" | "distinct") => rows.reduce((n, r) => n + r[k], 0) / (rows.length || 1);
  return {
    recall: mean("recall"),
    supported: mean("supported"),
    distinct: mean("distinct"),
    misattributed: rows.reduce((n, r) => n + r.misattributed, 0),
    titlesOk: rows.filter((r) => r.title === "ok").length,
    summariesOk: rows.filter((r) => r.summary === "ok").length,
    minRecall: Math.min(...rows.map((r) => r.recall)),
  };
}

function storyDirs(args: string[], story?: string): string[] {
  if (story) return [path.join(storiesRoot, story)];
  if (args.length > 0) return args.map((a) => path.resolve(a));
  return fs
    .readdirSync(storiesRoot)
    .map((d) => path.join(storiesRoot, d))
    .filter((d) => fs.existsSync(path.join(d, "gold.json")))
    .sort();
}

const pad = (s: string | number, n: number) => String(s).padStart(n);

async function main(argv: string[]): Promise<number> {
  const verbose = argv.includes("--verbose");
  const json = argv.includes("--json");
  const si = argv.indexOf("--story");
  const story = si >= 0 ? argv[si + 1] : undefined;
  const dirs = argv.filter((a, i) => !a.startsWith("--") && (si < 0 || i !== si + 1));
  if (dirs.length === 0 && (!fs.existsSync(storiesRoot) || !fs.existsSync(scorerPath))) {
    console.log(`No development stories here (${storiesRoot} is missing): nothing to evaluate.`);
    return 0;
  }
  const rows: EvalRow[] = [];
  for (const d of storyDirs(dirs, story)) rows.push(await evalStory(d, verbose));
  if (json) {
    console.log(
      JSON.stringify({ rows: rows.map(({ scorerOutput: _, explained: __, ...r }) => r), macro: macro(rows) }, null, 2),
    );
    return 0;
  }
  if (verbose)
    for (const r of rows)
      console.log(
        `\n=== ${r.story}\ntitle: ${r.titleText}\nsummary: ${r.summaryText}\n${r.scorerOutput}\n${r.explained ?? ""}`,
      );
  if (argv.includes("--titles")) for (const r of rows) console.log(`${r.story.padEnd(44)} ${r.titleText}`);
  console.log(`${"story".padEnd(44)} recall  suppd  dstnct  misatt  title  summary  cites  items  build ms`);
  for (const r of rows)
    console.log(
      `${r.story.padEnd(44)} ${pad(r.recall.toFixed(1), 6)} ${pad(r.supported.toFixed(1), 6)} ${pad(r.distinct.toFixed(1), 7)} ${pad(r.misattributed, 7)} ${pad(r.title, 6)} ${pad(r.summary, 8)} ${pad(r.citations, 6)} ${pad(r.items, 6)} ${pad(r.buildMs.toFixed(0), 9)}` +
        (r.faithful < 100 || r.boilerplate || r.long
          ? `  faithful=${r.faithful}% boilerplate=${r.boilerplate} long=${r.long}`
          : ""),
    );
  const m = macro(rows);
  console.log(
    `${"macro".padEnd(44)} ${pad(m.recall.toFixed(1), 6)} ${pad(m.supported.toFixed(1), 6)} ${pad(m.distinct.toFixed(1), 7)} ${pad(m.misattributed, 7)} ${pad(`${m.titlesOk}/${rows.length}`, 6)} ${pad(`${m.summariesOk}/${rows.length}`, 8)}   (lowest recall ${m.minRecall.toFixed(1)})`,
  );
  if (verbose || rows.length > 1) {
    // Per section, summed over the stories: where the misses are.
    const SECTION_LINE = /^(\w+): recall (\d+)\/(\d+), supported (\d+)\/(\d+), distinct (\d+)\/\d+/gmu;
    const sums = new Map<string, number[]>();
    for (const r of rows)
      for (const m of r.scorerOutput.matchAll(SECTION_LINE)) {
        const acc = sums.get(m[1] ?? "") ?? [0, 0, 0, 0, 0];
        [2, 3, 4, 5, 6].forEach((g, i) => (acc[i] = (acc[i] ?? 0) + Number(m[g])));
        sums.set(m[1] ?? "", acc);
      }
    for (const [section, [hit, want, sup, got, dist]] of sums)
      console.log(`  ${section.padEnd(14)} recall ${hit}/${want}  supported ${sup}/${got}  distinct ${dist}/${got}`);
  }
  return 0;
}

const invokedDirectly =
  process.argv[1] && path.resolve(process.argv[1]).replace(/\.ts$/u, "") === path.resolve(import.meta.dirname, "eval");
if (invokedDirectly) process.exitCode = await main(process.argv.slice(2));
