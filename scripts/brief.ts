// Command line: build a briefing from article files (.txt, .md, .html, .docx, .pdf), read through
// the same ingest code as uploads, so outlet, headline, byline, date and URL are found the same way.
//   npm run brief -- [--json] FILE...
// Sources are s1, s2 … in argument order. Any unreadable input stops the run with a message on
// stderr naming the file and exit code 1, and nothing on stdout. .html/.docx/.pdf files go through
// the app's own ingest (lib/ingest, in its parsing worker), so they are read, and refused, exactly
// as an upload to the desk is.

import fs from "node:fs";
import path from "node:path";
import { cleanSource } from "../lib/briefing/clean";
import { buildBriefing, explainBriefing } from "../lib/briefing/index";
import { renderMarkdown } from "../lib/briefing/markdown";
import type { SourceInput } from "../lib/briefing/types";
import { detectFileType, ingestFile, isIngestError, type IngestedSource } from "../lib/ingest";
import { ingestFilesIsolated } from "../lib/ingest/isolated";

const USAGE = `usage: npm run brief -- [--json] [--title TEXT] FILE...

Builds a briefing from the articles of one story: .txt, .md, .html, .docx or .pdf files (read like
uploads to the desk, with the same limits).
  --json         print the Briefing JSON (docs/briefing-schema.md) instead of Markdown; each
                 source also carries the byline and publishedAt (ISO) found in its file
  --explain      print every item with the ids of the rules behind it
  --title TEXT   use TEXT as the briefing title
  --help         show this help
`;

export class InputError extends Error {}

/** Reads one article file, refusing what is not usable text. */
export function readArticle(file: string): string {
  assertFile(file);
  let buf: Buffer;
  try {
    buf = fs.readFileSync(file);
  } catch (e) {
    throw new InputError(`${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? "error"})`);
  }
  if (buf.length === 0 || buf.toString("utf8").trim() === "") throw new InputError(`${file}: file is empty`);
  if (buf.includes(0)) throw new InputError(`${file}: binary file, not text`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(buf);
  } catch {
    throw new InputError(`${file}: not valid UTF-8 text`);
  }
  return text.replace(/^\uFEFF/u, "");
}

/** A first line that is a headline (no full stop, headline length, not page furniture). */
export function headlineOf(text: string): string | undefined {
  const first = text
    .split(/\r?\n/u)
    .find((l) => l.trim() !== "")
    ?.trim();
  if (!first) return undefined;
  // The engine's cleaner decides what is furniture ("262", "Share this …") and what is a heading.
  const h = cleanSource(text).headline;
  return h !== undefined && first.startsWith(h.slice(0, 20)) && hasTwoWords(h) ? h : undefined;
}

function assertFile(file: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new InputError(`${file}: file not found`);
  }
  if (stat.isDirectory()) throw new InputError(`${file}: is a directory, not a file`);
}

/**
 * Two words of two or more letters, apart: a linear scan over the tokens. (The regex it replaces,
 * /\p{L}{2,}.*\s.*\p{L}{2,}/, backtracked quadratically: 30 s on a 220 KB line without spaces.)
 */
function hasTwoWords(text: string): boolean {
  const worded = text.split(/\s+/u).map((token) => /\p{L}{2}/u.test(token));
  return worded.indexOf(true) !== -1 && worded.indexOf(true) < worded.lastIndexOf(true);
}

const TEXT_TYPES = new Set(["text/plain", "text/markdown"]);

/**
 * One file through the upload path. Plain text is first checked as before (binary, empty, UTF-8)
 * and read in this process; .html/.docx/.pdf are parsed in the ingest worker, so they are read,
 * and refused, exactly as an upload to the desk is.
 */
export async function readSource(file: string): Promise<IngestedSource> {
  const type = detectFileType(path.basename(file));
  const isText = type === undefined || TEXT_TYPES.has(type);
  if (isText) readArticle(file);
  else assertFile(file);
  const bytes = new Uint8Array(fs.readFileSync(file));
  if (!isText) {
    const { ok, errors } = await ingestFilesIsolated([{ name: path.basename(file), bytes }]);
    const source = ok[0];
    if (!source) throw new InputError(`${file}: ${errors[0]?.message ?? "could not be read"}`);
    return source;
  }
  try {
    // Files without a known extension are read as plain text, as this command always did.
    return await ingestFile({ name: path.basename(file), bytes, declaredType: type ? undefined : "text/plain" });
  } catch (e) {
    if (isIngestError(e)) throw new InputError(`${file}: ${e.message}`);
    throw e;
  }
}

/**
 * The files of one story as engine inputs, s1, s2 … in argument order, read through the upload
 * path (`readSource`) with the metadata ingest finds. The eval harness reads stories this way too,
 * so it scores exactly what this command prints.
 */
export async function readSources(
  files: string[],
): Promise<{ sources: SourceInput[]; found: Map<string, IngestedSource>; errors: string[] }> {
  const sources: SourceInput[] = [];
  const found = new Map<string, IngestedSource>();
  const errors: string[] = [];
  for (const [i, file] of files.entries()) {
    try {
      const ingested = await readSource(file);
      const id = `s${i + 1}`;
      const src: SourceInput = { id, text: ingested.originalText, file: path.basename(file) };
      const headline = ingested.title;
      if (headline) src.headline = headline;
      if (ingested.outlet) src.outlet = ingested.outlet;
      if (ingested.url) src.url = ingested.url;
      if (ingested.publishedAt) src.publishedAt = ingested.publishedAt;
      sources.push(src);
      found.set(id, ingested);
    } catch (e) {
      if (e instanceof InputError) errors.push(e.message);
      else throw e;
    }
  }
  return { sources, found, errors };
}

export async function main(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const files: string[] = [];
  let json = false;
  let explain = false;
  let title: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? "";
    if (a === "--help" || a === "-h") return { code: 0, stdout: USAGE, stderr: "" };
    if (a === "--json") json = true;
    else if (a === "--explain") explain = true;
    else if (a === "--title") title = argv[++i];
    else if (a.startsWith("--")) return { code: 1, stdout: "", stderr: `unknown option ${a}\n${USAGE}` };
    else files.push(a);
  }
  if (files.length === 0) return { code: 1, stdout: "", stderr: `no input files\n${USAGE}` };
  const { sources, found, errors } = await readSources(files);
  if (errors.length > 0) return { code: 1, stdout: "", stderr: errors.map((e) => `brief: ${e}`).join("\n") + "\n" };
  const briefing = buildBriefing(sources, title ? { title } : {});
  if (explain && !json) return { code: 0, stdout: explainBriefing(briefing), stderr: "" };
  if (!json) return { code: 0, stdout: renderMarkdown(briefing), stderr: "" };
  const withMetadata = {
    ...briefing,
    sources: briefing.sources.map((s) => {
      const meta = found.get(s.id);
      return {
        ...s,
        ...(meta?.byline ? { byline: meta.byline } : {}),
        ...(meta?.publishedAt ? { publishedAt: meta.publishedAt } : {}),
      };
    }),
  };
  return { code: 0, stdout: JSON.stringify(withMetadata, null, 2) + "\n", stderr: "" };
}

const invokedDirectly =
  process.argv[1] && path.resolve(process.argv[1]).replace(/\.ts$/u, "") === path.resolve(import.meta.dirname, "brief");
if (invokedDirectly) {
  const r = await main(process.argv.slice(2));
  if (r.stdout) process.stdout.write(r.stdout);
  if (r.stderr) process.stderr.write(r.stderr);
  process.exitCode = r.code;
}
