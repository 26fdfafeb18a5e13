// Reader load benchmark: each app started the way its `npm start` starts it (`node server.mjs`, or
// `next start` for a checkout from before docs/decisions/010) on a fresh, seeded SQLite database,
// then autocannon against a static JS chunk, the demo reader page, its versioned page and PDF, the
// front page, and the reader page as a browser asks for it (gzip).
//
//   npm run build && npx tsx scripts/bench-reader.ts
//   npx tsx scripts/bench-reader.ts --app before=../main-checkout --app after=.   # side by side, one run
//
// With several --app directories (each already built), every URL is measured on each app in
// turn, so the figures share the same minutes of machine load. Prints req/s, p99 latency, the
// server's CPU time per request (Linux: from /proc, the app process only, so far less sensitive to
// other load on the machine than req/s) and the reader page's HTML size; the targets are relative
// to the static chunk (docs/reader.md).

import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    app: { type: "string", multiple: true },
    port: { type: "string", default: "3390" },
    duration: { type: "string", default: "8" },
    connections: { type: "string", default: "20" },
  },
});

const root = path.resolve(import.meta.dirname, "..");
// "label=dir", or just "dir" (labelled by its folder name).
const apps = (values.app ?? ["."]).map((arg) => {
  const [label, dir] = arg.includes("=") ? (arg.split("=", 2) as [string, string]) : [null, arg];
  const resolved = path.resolve(root, dir);
  return { label: label ?? path.basename(resolved), dir: resolved };
});
const duration = Number(values.duration);
const connections = Number(values.connections);

interface RunningApp {
  dir: string;
  label: string;
  base: string;
  server: ChildProcess;
  command: string;
}

function run(dir: string, args: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync(args[0]!, args.slice(1), { cwd: dir, env, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${args.join(" ")} failed in ${dir}:\n${result.stderr}${result.stdout}`);
}

async function waitFor(url: string, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** The app's own `npm start` (package.json), as argv with the port added: "node server.mjs" or "next start". */
function startCommand(dir: string, port: number): string[] {
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")) as { scripts?: { start?: string } };
  const [command, ...args] = (pkg.scripts?.start ?? "next start").trim().split(/\s+/);
  if (command === "next") return [process.execPath, "node_modules/next/dist/bin/next", ...args, "-p", String(port)];
  if (command === "node") return [process.execPath, ...args, "-p", String(port)];
  throw new Error(`${dir}: cannot run its start script "${pkg.scripts?.start}" here`);
}

async function startApp({ dir, label }: { dir: string; label: string }, port: number): Promise<RunningApp> {
  if (!fs.existsSync(path.join(dir, ".next/BUILD_ID")))
    throw new Error(`${dir} is not built: run next build there first`);
  fs.mkdirSync(path.join(dir, ".tmp"), { recursive: true });
  const db = `.tmp/bench-reader-${process.pid}.db`;
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(path.join(dir, db + suffix), { force: true });
  const env = {
    ...process.env,
    DATABASE_URL: `file:./${db}`,
    NEXTAUTH_URL: `http://localhost:${port}`,
    NEXTAUTH_SECRET: "bench-secret-bench-secret-bench-secret-xx",
    ADMIN_EMAIL: "bench@example.test",
    ADMIN_PASSWORD: "bench-password-1",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  run(dir, [process.execPath, "node_modules/prisma/build/index.js", "migrate", "deploy"], env);
  run(dir, [process.execPath, "node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/seed.ts"], env);
  const [executable, ...args] = startCommand(dir, port);
  const server = spawn(executable!, args, { cwd: dir, env, stdio: "ignore" });
  const base = `http://localhost:${port}`;
  await waitFor(`${base}/api/health`);
  return { dir, label, base, server, command: args.join(" ").replace("node_modules/next/dist/bin/next", "next") };
}

async function reader(app: RunningApp) {
  const home = await (await fetch(`${app.base}/`)).text();
  const slug = /href="\/b\/([^"/?#]+)"/.exec(home)?.[1];
  if (!slug) throw new Error(`no briefing linked from ${app.base}/`);
  const page = await (await fetch(`${app.base}/b/${slug}`)).text();
  // The largest JS chunk the page loads: the static-file baseline.
  const chunks = [...page.matchAll(/\/_next\/static\/[^"']+\.js/g)].map((m) => m[0]);
  let biggest = { url: "", bytes: 0 };
  for (const chunk of new Set(chunks)) {
    const bytes = (await (await fetch(`${app.base}${chunk}`)).arrayBuffer()).byteLength;
    if (bytes > biggest.bytes) biggest = { url: chunk, bytes };
  }
  return { slug, htmlBytes: Buffer.byteLength(page), chunk: biggest };
}

/** "1.23 1.10 0.98" (1, 5, 15 minutes), or "unknown" off Linux. */
function loadAverage(): string {
  try {
    return fs.readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
  } catch {
    return "unknown";
  }
}

interface Measure {
  reqPerSec: number;
  p99: number;
  non2xx: number;
  /** The server process's CPU time (user + system) per request served, null where /proc is missing. */
  cpuMsPerRequest: number | null;
}

/** CPU seconds the process has used (user + system), from /proc/<pid>/stat; null off Linux. */
function cpuSeconds(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    // Fields 14 and 15 of stat (utime, stime) in clock ticks: 100 per second on Linux.
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

async function measure(url: string, pid: number | undefined, headers?: Record<string, string>): Promise<Measure> {
  const before = cpuSeconds(pid);
  const result = await autocannon({ url, connections, duration, headers });
  const after = cpuSeconds(pid);
  return {
    reqPerSec: result.requests.average,
    p99: result.latency.p99,
    non2xx: result.non2xx + result.errors,
    cpuMsPerRequest:
      before !== null && after !== null && result.requests.total > 0
        ? (1000 * (after - before)) / result.requests.total
        : null,
  };
}

/**
 * The versioned PDF's bytes from a bare Node HTTP server in its own process: the most autocannon
 * can take of that body on this machine. autocannon appends every response body to a string, and
 * decoding a binary body costs it several times what ASCII does (1 connection: 305 req/s for the
 * 59 KB PDF, 1,225 for 59 KB of HTML, both from a bare server), so the PDF's req/s is capped by
 * the load generator, not by the app; this row shows where.
 */
async function startReference(pdf: Buffer, port: number) {
  const file = path.join(root, ".tmp", `bench-reader-${process.pid}.pdf`);
  fs.writeFileSync(file, pdf);
  const script = `const b=require("fs").readFileSync(process.argv[1]);require("http").createServer((q,s)=>{s.writeHead(200,{"content-type":"application/pdf","content-length":b.length});s.end(b)}).listen(Number(process.argv[2]))`;
  const server = spawn(process.execPath, ["-e", script, file, String(port)], { stdio: "ignore" });
  const base = `http://localhost:${port}`;
  await waitFor(`${base}/`);
  return { base, server, file };
}

async function main() {
  const running: RunningApp[] = [];
  let reference: Awaited<ReturnType<typeof startReference>> | null = null;
  try {
    for (const [i, app] of apps.entries()) running.push(await startApp(app, Number(values.port) + i));
    const info = await Promise.all(running.map(reader));
    const pdf = Buffer.from(await (await fetch(`${running[0]!.base}/b/${info[0]!.slug}/v/1/pdf`)).arrayBuffer());
    reference = await startReference(pdf, Number(values.port) + running.length);
    const targets = (i: number) => {
      const { slug, chunk } = info[i]!;
      return [
        { name: `static chunk (${Math.round(chunk.bytes / 1024)} KB)`, path: chunk.url },
        { name: "reader page /b/<slug>", path: `/b/${slug}` },
        { name: "versioned page /b/<slug>/v/1", path: `/b/${slug}/v/1` },
        { name: "versioned PDF /b/<slug>/v/1/pdf", path: `/b/${slug}/v/1/pdf`, reference: true },
        { name: "front page /", path: "/" },
        // What a browser sends: Next gzips the page on every request, server.mjs once per cached page.
        { name: "reader page, Accept-Encoding: gzip", path: `/b/${slug}`, headers: { "accept-encoding": "gzip" } },
      ] as { name: string; path: string; headers?: Record<string, string>; reference?: boolean }[];
    };
    // Warm up: the first request renders (or, for a PDF, may render) what is then cached; then a
    // short untimed load per URL, so the server's hot paths are compiled before any are measured
    // (without it the first URL measured ran partly unoptimised and looked slower).
    for (const [i, app] of running.entries()) {
      for (const t of targets(i)) {
        for (let n = 0; n < 3; n++) await (await fetch(`${app.base}${t.path}`)).arrayBuffer();
        await autocannon({ url: `${app.base}${t.path}`, connections, duration: 2, headers: t.headers });
      }
    }
    await autocannon({ url: `${reference.base}/`, connections, duration: 2 });
    console.log(
      `\n== Reader load (autocannon, ${connections} connections, ${duration} s per URL, each app as npm start runs it)`,
    );
    console.log(`${new Date().toISOString()}, load average ${loadAverage()}`);
    for (const [i, app] of running.entries()) {
      console.log(
        `${app.label}: ${app.command}; reader page HTML ${(info[i]!.htmlBytes / 1024).toFixed(1)} KB uncompressed`,
      );
    }
    const rows: string[][] = [];
    const staticRate = new Map<number, number>();
    const urlCount = targets(0).length;
    for (let t = 0; t < urlCount; t++) {
      const row = (label: string, name: string, m: Measure, share: string) =>
        rows.push([
          label,
          name,
          m.reqPerSec.toFixed(0),
          `${m.p99} ms`,
          share,
          m.cpuMsPerRequest === null ? "" : `${m.cpuMsPerRequest.toFixed(2)} ms`,
          m.non2xx ? `${m.non2xx} errors or non-2xx` : "",
        ]);
      for (const [i, app] of running.entries()) {
        const target = targets(i)[t]!;
        const m = await measure(`${app.base}${target.path}`, app.server.pid, target.headers);
        if (t === 0) staticRate.set(i, m.reqPerSec);
        row(
          app.label,
          target.name,
          m,
          t === 0 ? "" : `${Math.round((100 * m.reqPerSec) / (staticRate.get(i) ?? 1))} %`,
        );
      }
      if (targets(0)[t]!.reference) {
        const m = await measure(`${reference.base}/`, reference.server.pid);
        row("reference", "the same PDF bytes, bare Node server", m, "");
      }
    }
    const header = ["app", "URL", "req/s", "p99", "of static", "server CPU/req", ""];
    const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
    for (const row of [header, ...rows]) console.log(row.map((cell, c) => cell.padEnd(widths[c]!)).join("  "));
    console.log(`${new Date().toISOString()}, load average ${loadAverage()}`);
  } finally {
    for (const app of running) app.server.kill();
    if (reference) {
      reference.server.kill();
      fs.rmSync(reference.file, { force: true });
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
