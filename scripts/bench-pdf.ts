// Median warm render time of a briefing PDF.
//   npx tsx scripts/bench-pdf.ts [briefing.json | --demo] [--runs 20] [--page-size LETTER]
// --demo renders the demo story's briefing, built by the engine from prisma/seed/doha-withdrawal.
// The JSON may be a Briefing (as printed by `npm run brief -- --json`) or a whole
// BriefingPdfInput; without a file the shared test fixture is rendered.
//
// Rendered with NODE_ENV=production unless it is set: React and react-pdf's reconciler then run
// their production builds, as in `next start`; under tsx they would otherwise load the slower
// development builds.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { buildBriefing } from "../lib/briefing/index";
import { performance } from "node:perf_hooks";
import type { Briefing } from "../lib/briefing/types";
import { FIXTURE_INPUT } from "../lib/pdf/fixtures";
import type { BriefingPdfInput, PdfPageSize } from "../lib/pdf/index";

// Set before the renderer (and with it React) is loaded.
(process.env as Record<string, string | undefined>).NODE_ENV ??= "production";
const { renderBriefingPdf } = await import("../lib/pdf/index");

const WARM_UPS = 3;

function parseArgs(argv: string[]): { file?: string; runs: number; pageSize: PdfPageSize } {
  let file: string | undefined;
  let runs = 20;
  let pageSize: PdfPageSize = "A4";
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === "--demo") file = DEMO;
    else if (arg === "--runs") runs = Number(argv[++i]);
    else if (arg === "--page-size") pageSize = argv[++i] === "LETTER" ? "LETTER" : "A4";
    else if (arg !== undefined) file = arg;
  }
  if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs must be a positive integer");
  return { file, runs, pageSize };
}

function isPdfInput(value: unknown): value is BriefingPdfInput {
  return typeof value === "object" && value !== null && "briefing" in value && "sources" in value;
}

function isBriefing(value: unknown): value is Briefing {
  return typeof value === "object" && value !== null && "schemaVersion" in value && "positions" in value;
}

const DEMO = "demo";

function demoBriefing(): Briefing {
  const dir = path.resolve(import.meta.dirname, "../prisma/seed/doha-withdrawal");
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  return buildBriefing(
    files.map((file, i) => ({ id: `s${i + 1}`, file, text: readFileSync(path.join(dir, file), "utf8") })),
    { title: "US and Israel recall negotiators from Doha ceasefire talks" },
  );
}

function loadInput(file: string | undefined): BriefingPdfInput {
  if (!file) return FIXTURE_INPUT;
  const parsed: unknown = file === DEMO ? demoBriefing() : JSON.parse(readFileSync(file, "utf8"));
  if (isPdfInput(parsed)) return parsed;
  if (!isBriefing(parsed)) throw new Error(`${file} is neither a Briefing nor a BriefingPdfInput`);
  // A bare Briefing has no retrieval metadata; a stand-in hash keeps the appendix the
  // same shape (and the same amount of work) as a published one.
  return {
    briefing: parsed,
    storyTitle: parsed.title,
    slug: "bench",
    version: 1,
    publishedAt: new Date().toISOString(),
    sources: parsed.sources.map((s) => ({
      id: s.id,
      outlet: s.outlet,
      headline: s.headline,
      url: s.url,
      contentHash: createHash("sha256").update(s.id).digest("hex"),
    })),
  };
}

function pageCount(pdf: Buffer): number {
  // pdfkit writes uncompressed page dictionaries; "/Type /Pages" is the tree root.
  return pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const hi = sorted[mid] ?? 0;
  return sorted.length % 2 === 0 ? ((sorted[mid - 1] ?? hi) + hi) / 2 : hi;
}

const { file, runs, pageSize } = parseArgs(process.argv.slice(2));
const input: BriefingPdfInput = { ...loadInput(file), pageSize };

const coldStart = performance.now();
let pdf = await renderBriefingPdf(input);
const cold = performance.now() - coldStart;
for (let i = 1; i < WARM_UPS; i += 1) pdf = await renderBriefingPdf(input);

const times: number[] = [];
// CPU time (user + system, all of this process's threads) per render: far steadier than the wall
// clock on a shared machine, where other jobs take turns on the same cores.
const cpuTimes: number[] = [];
for (let i = 0; i < runs; i += 1) {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  pdf = await renderBriefingPdf(input);
  times.push(performance.now() - start);
  const cpu = process.cpuUsage(cpuStart);
  cpuTimes.push((cpu.user + cpu.system) / 1000);
}

const fmt = (ms: number): string => `${ms.toFixed(1)} ms`;
console.log(
  `briefing: ${file ?? "lib/pdf/fixtures.ts (FIXTURE_INPUT)"} · ${pageSize} · NODE_ENV=${process.env.NODE_ENV}`,
);
console.log(`pages: ${pageCount(pdf)} · size: ${(pdf.length / 1024).toFixed(1)} KiB`);
console.log(`first render (fonts cold): ${fmt(cold)}`);
console.log(
  `median warm render over ${runs} runs (after ${WARM_UPS} warm-ups): ${fmt(median(times))}` +
    ` (min ${fmt(Math.min(...times))}, max ${fmt(Math.max(...times))})`,
);
console.log(`median CPU time per warm render: ${fmt(median(cpuTimes))} (min ${fmt(Math.min(...cpuTimes))})`);
console.log(
  `load average (1, 5, 15 min): ${loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}`,
);
