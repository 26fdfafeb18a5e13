// Benchmarks, one section per subsystem; each case runs in a child process so its peak memory
// is its own. Add a section by appending to SECTIONS.
//   npm run bench

import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { buildBriefing } from "../lib/briefing/index";
import type { SourceInput } from "../lib/briefing/types";

const root = path.resolve(import.meta.dirname, "..");

interface CaseResult {
  label: string;
  inputs: number;
  words: number;
  medianMs: number;
  medianCpuMs: number;
  runs: number;
  peakRssMb: number;
  peakHeapMb: number;
}

interface Section {
  name: string;
  cases: Array<{ label: string; arg: string }>;
  run: (arg: string) => CaseResult;
}

// ---------------------------------------------------------------- briefing engine

function storyDirs(): string[] {
  const shared = path.resolve(root, "../shared/eval/stories");
  if (fs.existsSync(shared)) {
    return fs
      .readdirSync(shared)
      .map((d) => path.join(shared, d, "articles"))
      .filter((d) => fs.existsSync(d));
  }
  return [path.join(root, "prisma/seed/doha-withdrawal")];
}

function readArticles(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => fs.readFileSync(path.join(dir, f), "utf8"));
}

const NAMES = ["Alvarez", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Kowalski", "Haddad", "Novak", "Ferreira", "Iyer"];

/** Variant n of an article: numbers shifted and a name swapped, so copies are not identical. */
function variant(text: string, n: number): string {
  if (n === 0) return text;
  return text
    .replace(/\b\d{1,3}(?:,\d{3})*\b/gu, (m) => String(Number(m.replace(/,/g, "")) + n))
    .replace(/\b(Witkoff|Zelenskyy|Dmitriev|Netanyahu)\b/gu, NAMES[n % NAMES.length] ?? "Smith")
    .replace(/\b(Monday|Tuesday|Wednesday|Thursday|Friday)\b/gu, (d) => (n % 2 ? d : "Saturday"));
}

function corpus(size: number): SourceInput[] {
  const dirs = storyDirs();
  const first = dirs[0];
  if (size <= 5 && first)
    return readArticles(first)
      .slice(0, 5)
      .map((text, i) => ({ id: `s${i + 1}`, text }));
  const base = dirs.flatMap(readArticles);
  const out: SourceInput[] = [];
  for (let i = 0; i < size; i++) {
    const text = base[i % base.length] ?? "";
    out.push({ id: `s${i + 1}`, text: variant(text, Math.floor(i / base.length) + (i % 7)) });
  }
  return out;
}

function briefingCase(arg: string): CaseResult {
  const size = Number(arg);
  const sources = corpus(size);
  const words = sources.reduce((n, s) => n + (s.text.match(/\S+/g)?.length ?? 0), 0);
  const runs = size <= 5 ? 15 : size <= 50 ? 7 : 3;
  let peakHeap = 0;
  buildBriefing(sources); // warm-up: JIT and regex compilation
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    buildBriefing(sources);
    times.push(performance.now() - t0);
    // User + system CPU of the whole process, so V8's background compiler and GC threads count too.
    const c = process.cpuUsage(c0);
    cpuTimes.push((c.user + c.system) / 1000);
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  return {
    label: `${size} articles`,
    inputs: size,
    words,
    medianMs: times[Math.floor(times.length / 2)] ?? 0,
    medianCpuMs: cpuTimes[Math.floor(cpuTimes.length / 2)] ?? 0,
    runs,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    peakHeapMb: peakHeap / 1048576,
  };
}

const SECTIONS: Section[] = [
  {
    name: "Briefing engine (buildBriefing)",
    cases: [
      { label: "5", arg: "5" },
      { label: "50", arg: "50" },
      { label: "500", arg: "500" },
    ],
    run: briefingCase,
  },
];

// ---------------------------------------------------------------- driver

function main(): void {
  const [flag, sectionName, arg] = process.argv.slice(2);
  if (flag === "--child") {
    const section = SECTIONS.find((s) => s.name === sectionName);
    if (!section || arg === undefined) process.exit(2);
    process.stdout.write(JSON.stringify(section.run(arg)));
    return;
  }
  console.log(`Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
  for (const section of SECTIONS) {
    console.log(`\n## ${section.name}\n`);
    console.log("| input | words | median build (warm) | median CPU | runs | peak RSS | peak heap |");
    console.log("|---|---:|---:|---:|---:|---:|---:|");
    for (const c of section.cases) {
      const r = spawnSync(
        process.execPath,
        ["--import", "tsx", path.join(import.meta.dirname, "bench.ts"), "--child", section.name, c.arg],
        {
          cwd: root,
          encoding: "utf8",
          maxBuffer: 1 << 20,
        },
      );
      if (r.status !== 0) {
        console.log(`| ${c.label} | failed: ${r.stderr.split("\n")[0] ?? ""} |`);
        continue;
      }
      const res = JSON.parse(r.stdout) as CaseResult;
      console.log(
        `| ${res.label} | ${res.words} | ${res.medianMs.toFixed(1)} ms | ${res.medianCpuMs.toFixed(1)} ms | ${res.runs} | ${res.peakRssMb.toFixed(0)} MB | ${res.peakHeapMb.toFixed(0)} MB |`,
      );
    }
  }
}

main();
