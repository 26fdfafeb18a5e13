// The one definition of the briefing's section names and labels, for the desk, the reader pages,
// the PDF, Markdown and the version diff. Plain data: safe to import from server and client code.

import { BRIEFING_SECTIONS, SECTION_TITLES, type BriefingSection, type DealTermStatus } from "../briefing/types";

// The engine's contract names the sections; this module adds what the desk and reader say about them.
export { BRIEFING_SECTIONS, SECTION_TITLES, type BriefingSection };

/** What a section says when it has no items (reader pages and the desk). */
export const SECTION_EMPTY: Record<BriefingSection, string> = {
  positions: "No party's position was found in the sources.",
  dealTerms: "The sources name no deal terms.",
  keyFigures: "No key figures were found.",
  openQuestions: "The sources raise no open questions.",
  discrepancies: "The outlets agree on the facts the engine compared.",
  timeline: "No dated events were found.",
};

/** In the order an editor picks them: from settled to refused. */
export const DEAL_TERM_STATUSES = [
  "agreed",
  "tentative",
  "proposed",
  "demanded",
  "rejected",
] as const satisfies readonly DealTermStatus[];

export const DEAL_TERM_STATUS_LABELS: Record<DealTermStatus, string> = {
  agreed: "Agreed",
  tentative: "Tentative",
  proposed: "Proposed",
  demanded: "Demanded",
  rejected: "Rejected",
};

/** Fewest distinct sources an item of the section must cite. */
export const MIN_CITED_SOURCES: Record<BriefingSection, number> = {
  positions: 1,
  dealTerms: 1,
  keyFigures: 1,
  openQuestions: 1,
  discrepancies: 2,
  timeline: 1,
};

export function isBriefingSection(value: unknown): value is BriefingSection {
  return typeof value === "string" && (BRIEFING_SECTIONS as readonly string[]).includes(value);
}
