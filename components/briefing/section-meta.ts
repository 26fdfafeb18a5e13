import type { BriefingSection } from "@/lib/briefing/types";

export const SECTION_TITLES: Record<BriefingSection, string> = {
  positions: "Positions",
  dealTerms: "Deal terms",
  keyFigures: "Key figures",
  openQuestions: "Open questions",
  discrepancies: "Where outlets disagree",
  timeline: "Timeline",
};

export const SECTION_EMPTY: Record<BriefingSection, string> = {
  positions: "No party's position was found in the sources.",
  dealTerms: "The sources name no deal terms.",
  keyFigures: "No key figures were found.",
  openQuestions: "The sources raise no open questions.",
  discrepancies: "The outlets agree on the facts the engine compared.",
  timeline: "No dated events were found.",
};
