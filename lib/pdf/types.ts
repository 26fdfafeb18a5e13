import type { Briefing } from "../briefing/types";

export interface PdfSourceMeta {
  id: string;
  outlet?: string;
  headline?: string;
  url?: string;
  /** ISO 8601. */
  retrievedAt?: string;
  /** When the outlet published the article, ISO 8601. */
  publishedAt?: string;
  contentHash: string;
}

export type PdfPageSize = "A4" | "LETTER";

export interface BriefingPdfInput {
  /** Already curated: the items to show, in order. */
  briefing: Briefing;
  storyTitle: string;
  slug: string;
  version: number;
  /** ISO 8601. */
  publishedAt: string;
  /** Appendix entries, keyed by the briefing citations' sourceId. */
  sources: PdfSourceMeta[];
  /** Defaults to A4. */
  pageSize?: PdfPageSize;
  /** For versions after the first: "What changed since version N", in one sentence. */
  changes?: { since: number; summary: string };
}
