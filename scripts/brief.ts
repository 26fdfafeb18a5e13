// Command line: build a briefing from text files.
//   npm run brief -- [--json] FILE...
// Sources are s1, s2 … in argument order. Any unreadable input stops the run with a message on
// stderr naming the file and exit code 1, and nothing on stdout.

import fs from "node:fs";
import path from "node:path";
import { cleanSource } from "../lib/briefing/clean";
import { buildBriefing, explainBriefing } from "../lib/briefing/index";
import { renderMarkdown } from "../lib/briefing/markdown";
import type { SourceInput } from "../lib/briefing/types";

const USAGE = `usage: npm run brief -- [--json] [--title TEXT] FILE...

Builds a briefing from the articles of one story (UTF-8 text files).
  --json         print the Briefing JSON (docs/briefing-schema.md) instead of Markdown
  --explain      print every item with the ids of the rules behind it
  --title TEXT   use TEXT as the briefing title
  --help         show this help
`;

export class InputError extends Error {}

/** Reads one article file, refusing what is not usable text. */
export function readArticle(file: string): string {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new InputError(`${file}: file not found`);
  }
  if (stat.isDirectory()) throw new InputError(`${file}: is a directory, not a file`);
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
  return h !== undefined && first.startsWith(h.slice(0, 20)) && /\p{L}{2,}.*\s.*\p{L}{2,}/u.test(h) ? h : undefined;
}

export function main(argv: string[]): { code: number; stdout: string; stderr: string } {
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
  const sources: SourceInput[] = [];
  const errors: string[] = [];
  files.forEach((file, i) => {
    try {
      const text = readArticle(file);
      const src: SourceInput = { id: `s${i + 1}`, text, file: path.basename(file) };
      const headline = headlineOf(text);
      if (headline) src.headline = headline;
      sources.push(src);
    } catch (e) {
      if (e instanceof InputError) errors.push(e.message);
      else throw e;
    }
  });
  if (errors.length > 0) return { code: 1, stdout: "", stderr: errors.map((e) => `brief: ${e}`).join("\n") + "\n" };
  const briefing = buildBriefing(sources, title ? { title } : {});
  const stdout = json
    ? JSON.stringify(briefing, null, 2) + "\n"
    : explain
      ? explainBriefing(briefing)
      : renderMarkdown(briefing);
  return { code: 0, stdout, stderr: "" };
}

const invokedDirectly =
  process.argv[1] && path.resolve(process.argv[1]).replace(/\.ts$/u, "") === path.resolve(import.meta.dirname, "brief");
if (invokedDirectly) {
  const r = main(process.argv.slice(2));
  if (r.stdout) process.stdout.write(r.stdout);
  if (r.stderr) process.stderr.write(r.stderr);
  process.exitCode = r.code;
}
