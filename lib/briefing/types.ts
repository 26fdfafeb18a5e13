// The Briefing contract (see docs/briefing-schema.md, mirrored from shared/eval/BRIEFING_SCHEMA.md).
// The web pages, the PDF export and the command line all render this one object.

export interface SourceInput {
  id: string;
  /** The uploaded text, exactly as received: every citation quote is a verbatim passage of it. */
  text: string;
  outlet?: string;
  headline?: string;
  url?: string;
  publishedAt?: string;
  /** File name, when the source came from a file (the CLI sets it). */
  file?: string;
}

export interface Citation {
  sourceId: string;
  quote: string;
}

export interface BriefingItemBase {
  text: string;
  citations: Citation[];
  /** Independent sources backing the item (near-copies of one another count once). Optional: added by the engine. */
  corroboration?: number;
  /** Ids of the rules behind the item (its section, the cues that fired on its passage, status or kind). Optional: added by the engine. */
  rules?: string[];
}

export interface Position extends BriefingItemBase {
  actor: string;
}

export type DealTermStatus = "proposed" | "demanded" | "rejected" | "agreed" | "tentative";

export interface DealTerm extends BriefingItemBase {
  figures: string[];
  proposedBy?: string;
  status: DealTermStatus;
}

export type KeyFigure = BriefingItemBase;
export type OpenQuestion = BriefingItemBase;
export type Discrepancy = BriefingItemBase;

export interface TimelineEvent extends BriefingItemBase {
  when: string;
}

export interface BriefingSource {
  id: string;
  file?: string;
  outlet?: string;
  headline?: string;
  url?: string;
  words: number;
  flags: string[];
}

export interface Briefing {
  schemaVersion: 1;
  title: string;
  summary: string;
  sources: BriefingSource[];
  positions: Position[];
  dealTerms: DealTerm[];
  keyFigures: KeyFigure[];
  openQuestions: OpenQuestion[];
  discrepancies: Discrepancy[];
  timeline: TimelineEvent[];
}

export const BRIEFING_SECTIONS = [
  "positions",
  "dealTerms",
  "keyFigures",
  "openQuestions",
  "discrepancies",
  "timeline",
] as const;
export type BriefingSection = (typeof BRIEFING_SECTIONS)[number];

/** The sections' titles: the one definition the desk, reader pages, PDF, Markdown and diff all use. */
export const SECTION_TITLES: Record<BriefingSection, string> = {
  positions: "Positions",
  dealTerms: "Deal terms",
  keyFigures: "Key figures",
  openQuestions: "Open questions",
  discrepancies: "Where outlets disagree",
  timeline: "Timeline",
};
