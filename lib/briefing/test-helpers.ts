// Test fixtures: the doha articles ship with the repo; the ukraine ones are read from ../shared
// only when present (they belong to their outlets and are never copied here).

import fs from "node:fs";
import path from "node:path";
import type { SourceInput } from "./types";

export const repoRoot = path.resolve(import.meta.dirname, "../..");
export const dohaDir = path.join(repoRoot, "prisma/seed/doha-withdrawal");
export const sharedStories = path.resolve(repoRoot, "../shared/eval/stories");
export const ukraineDir = path.join(sharedStories, "ukraine-abu-dhabi/articles");

export function loadDir(dir: string): SourceInput[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((file, i) => ({ id: `s${i + 1}`, file, text: fs.readFileSync(path.join(dir, file), "utf8") }));
}

export function src(text: string, id = "s1"): SourceInput {
  return { id, text };
}

/** The invented stories' articles (written for the tests, in fixtures/NAME/1.txt, 2.txt …). */
export const fixturesDir = path.join(import.meta.dirname, "fixtures");
export function fixtureTexts(name: string): string[] {
  const dir = path.join(fixturesDir, name);
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => fs.readFileSync(path.join(dir, f), "utf8"));
}
