// Engine flags are free-form strings (docs/briefing-schema.md). Readers get the known ones in
// plain words; an unknown flag is still shown, humanised, rather than hidden. The engine marks a
// near-copy twice ("near-copy" and "near-copy-of:<sourceId>"); readers see one note naming the
// original.

import { nearCopyOf } from "@/lib/briefing/corroboration";

export interface SourceFlagNote {
  flag: string;
  label: string;
  explanation: string;
  /** Readers should weigh the source less (it is not independent or not first-hand). */
  caution: boolean;
}

const KNOWN: Record<string, Omit<SourceFlagNote, "flag">> = {
  "near-copy": {
    label: "Near-copy",
    explanation: "Near-copy of another source: not counted as independent.",
    caution: true,
  },
  aggregator: {
    label: "Aggregator",
    explanation: "Aggregator page that summarises other outlets' reporting rather than reporting first-hand.",
    caution: true,
  },
  "boilerplate-removed": {
    label: "Boilerplate removed",
    explanation: "Navigation, adverts and other page furniture were removed before analysis.",
    caution: false,
  },
  "paraphrased-quotes": {
    label: "Paraphrased quotes",
    explanation: "Quotes people in its own words: wording may differ from what was actually said.",
    caution: true,
  },
};

function normaliseFlag(flag: string): string {
  return flag
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, "-");
}

export function describeSourceFlag(flag: string): SourceFlagNote {
  const known = KNOWN[normaliseFlag(flag)];
  if (known) return { flag, ...known };
  const words = flag.trim().replace(/[-_]+/g, " ");
  const label = words.charAt(0).toUpperCase() + words.slice(1);
  return { flag, label, explanation: `Marked by the engine: ${words}.`, caution: false };
}

/** All of a source's flags as reader notes; `describe` names another source ("source 2, Reuters"). */
export function describeSourceFlags(
  flags: readonly string[],
  describe: (sourceId: string) => string | null,
): SourceFlagNote[] {
  const original = nearCopyOf(flags);
  const notes: SourceFlagNote[] = [];
  let nearCopyShown = false;
  for (const flag of flags) {
    const isNearCopy = normaliseFlag(flag) === "near-copy" || nearCopyOf([flag]) !== null;
    if (isNearCopy) {
      if (nearCopyShown) continue;
      nearCopyShown = true;
      const name = original ? describe(original) : null;
      notes.push({
        ...describeSourceFlag("near-copy"),
        flag: "near-copy",
        explanation: name
          ? `Near-copy of ${name}: not counted as independent.`
          : "Near-copy of another source: not counted as independent.",
      });
      continue;
    }
    notes.push(describeSourceFlag(flag));
  }
  return notes;
}
