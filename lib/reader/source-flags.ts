// Engine flags are free-form strings (docs/briefing-schema.md). Readers get the known ones in
// plain words; an unknown flag is still shown, humanised, rather than hidden.

export interface SourceFlagNote {
  flag: string;
  label: string;
  explanation: string;
  /** The source does not count towards corroboration: readers should weigh it less. */
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
  return flag.trim().toLowerCase().replace(/[\s_]+/g, "-");
}

export function describeSourceFlag(flag: string): SourceFlagNote {
  const known = KNOWN[normaliseFlag(flag)];
  if (known) return { flag, ...known };
  const words = flag.trim().replace(/[-_]+/g, " ");
  const label = words.charAt(0).toUpperCase() + words.slice(1);
  return { flag, label, explanation: `Marked by the engine: ${words}.`, caution: false };
}
