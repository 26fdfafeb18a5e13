// How many independent outlets back an item: one definition for the desk, the reader and the PDF.
// The engine's own `corroboration` field is a build-time figure from its sources; the pages count
// from the item's citations as the editors left them, with the outlet names as the desk has them.

import type { Citation } from "./types";

/** What the count needs to know about a cited source. */
export interface CorroboratingSource {
  /** The outlet's name; missing or blank: the source counts on its own. */
  outlet?: string | null;
  /** The engine's flags: `near-copy-of:<id>` makes the source count as the one it copies. */
  flags?: readonly string[];
}

const NEAR_COPY_OF = /^near-copy-of:(.+)$/;

/** The id of the source this one nearly copies, if the engine said so (`near-copy-of:<id>`). */
export function nearCopyOf(flags: readonly string[]): string | null {
  for (const flag of flags) {
    const match = NEAR_COPY_OF.exec(flag.trim());
    if (match?.[1]) return match[1];
  }
  return null;
}

/**
 * Independent outlets behind an item's citations. A near-copy counts as the source it copies (a
 * story syndicated twice counts once; sources that claim to copy each other are one); sources with
 * the same outlet name count once ("Wire" and " wire "); a source without an outlet name is its own
 * outlet, so two unnamed uploads are still two pieces of evidence. A source the map does not know
 * counts on its own.
 */
export function corroboration(
  citations: readonly Pick<Citation, "sourceId">[],
  sources: ReadonlyMap<string, CorroboratingSource>,
): number {
  const copies = (id: string) => nearCopyOf(sources.get(id)?.flags ?? []);
  const rootOf = (sourceId: string): string => {
    const path = [sourceId];
    let next = copies(sourceId);
    while (next && !path.includes(next)) {
      path.push(next);
      next = copies(next);
    }
    // A cycle: any member names it, the same one whichever member was cited.
    if (next) return path.slice(path.indexOf(next)).sort()[0] ?? sourceId;
    return path[path.length - 1] ?? sourceId;
  };
  const outletKey = (id: string): string => {
    const outlet = sources.get(id)?.outlet?.replace(/\s+/gu, " ").trim();
    return outlet ? `outlet:${outlet.toLocaleLowerCase("en")}` : `source:${id}`;
  };
  return new Set(citations.map((c) => outletKey(rootOf(c.sourceId)))).size;
}
