import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Font } from "@react-pdf/renderer";
import { splitOverlongWord } from "./format";
import { memoizeShaping, type ShapedFont } from "./shaping-memo";

/** Body text: Source Serif 4 (OFL-1.1). Covers Latin Extended-A/B, Greek and Cyrillic. */
export const SERIF = "BriefingSerif";
/** Labels, headings, meta lines: Source Sans 3 (OFL-1.1). */
export const SANS = "BriefingSans";

const FONT_FILES = {
  serifRegular: "source-serif-4-regular.ttf",
  serifItalic: "source-serif-4-italic.ttf",
  serifBold: "source-serif-4-bold.ttf",
  sansRegular: "source-sans-3-regular.ttf",
  sansSemibold: "source-sans-3-semibold.ttf",
} as const;

/** Every face the document uses, as react-pdf's font store resolves them. */
export const BRIEFING_FACES = [
  { fontFamily: SERIF, fontWeight: 400, fontStyle: "normal" },
  { fontFamily: SERIF, fontWeight: 400, fontStyle: "italic" },
  { fontFamily: SERIF, fontWeight: 700, fontStyle: "normal" },
  { fontFamily: SANS, fontWeight: 400, fontStyle: "normal" },
  { fontFamily: SANS, fontWeight: 600, fontStyle: "normal" },
] as const;

const PROBE_FILE = FONT_FILES.serifRegular;

function moduleRelativeFontDir(): string | undefined {
  // Bundlers may rewrite import.meta.url into something that is not a file: URL;
  // in that case the cwd candidate is the one that has to work.
  // Not `new URL("./fonts/", import.meta.url)`: Turbopack treats that as an asset import of a
  // folder and warns on every request.
  try {
    const here = import.meta.url;
    return here.startsWith("file:") ? path.join(path.dirname(fileURLToPath(here)), "fonts") : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Candidate font directories, most robust first. A Next.js server runs with cwd at the
 * project root while its compiled chunks live under .next/, so a module-relative path
 * there points into the build output where the .ttf files were never copied; cwd wins.
 * BRIEFING_PDF_FONT_DIR lets a standalone deployment point somewhere else entirely.
 */
export function fontDirCandidates(cwd: string = process.cwd()): string[] {
  const candidates: string[] = [];
  const fromEnv = process.env.BRIEFING_PDF_FONT_DIR;
  if (fromEnv) candidates.push(path.resolve(fromEnv));
  candidates.push(path.join(cwd, "lib", "pdf", "fonts"));
  const relative = moduleRelativeFontDir();
  if (relative) candidates.push(relative);
  return [...new Set(candidates)];
}

export function resolveFontDir(candidates: string[] = fontDirCandidates()): string {
  const found = candidates.find((dir) => existsSync(path.join(dir, PROBE_FILE)));
  if (!found) {
    throw new Error(
      `Briefing PDF fonts not found (looked for ${PROBE_FILE} in: ${candidates.join(", ")}). ` +
        "Ship lib/pdf/fonts with the server or set BRIEFING_PDF_FONT_DIR.",
    );
  }
  return found;
}

let registeredDir: string | undefined;

/** Idempotent: react-pdf's font store is process-global and caches parsed fonts. */
export function registerBriefingFonts(): string {
  if (registeredDir) return registeredDir;
  const dir = resolveFontDir();
  const file = (name: string): string => path.join(dir, name);

  Font.register({
    family: SERIF,
    fonts: [
      { src: file(FONT_FILES.serifRegular), fontWeight: 400, fontStyle: "normal" },
      { src: file(FONT_FILES.serifItalic), fontWeight: 400, fontStyle: "italic" },
      { src: file(FONT_FILES.serifBold), fontWeight: 700, fontStyle: "normal" },
    ],
  });
  Font.register({
    family: SANS,
    fonts: [
      { src: file(FONT_FILES.sansRegular), fontWeight: 400, fontStyle: "normal" },
      { src: file(FONT_FILES.sansSemibold), fontWeight: 600, fontStyle: "normal" },
    ],
  });
  Font.registerHyphenationCallback(splitOverlongWord);

  registeredDir = dir;
  return dir;
}

/**
 * Registers the fonts, loads every face and gives each its shaping memo (see shaping-memo.ts).
 * Loading is what react-pdf would do on the first render anyway; react-pdf keeps the parsed
 * fonts for the life of the process, so after the first call this only looks them up.
 */
export async function loadBriefingFonts(): Promise<void> {
  registerBriefingFonts();
  for (const face of BRIEFING_FACES) {
    const source = Font.getFont(face);
    await source.load();
    // fontkit ships no types: react-pdf's `Font` type is loose, so say what is relied on.
    const font = source.data as unknown as ShapedFont | null;
    if (!font || typeof font.layout !== "function") {
      throw new Error(`Briefing PDF font ${face.fontFamily} ${face.fontWeight} ${face.fontStyle} did not load`);
    }
    memoizeShaping(font);
  }
}
