export type IngestOrigin = "paste" | "file" | "url";

export type IngestFileType =
  | "text/plain"
  | "text/markdown"
  | "text/html"
  | "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
  | "application/pdf";

export interface IngestWarning {
  code: "short-text" | "extraction-fallback" | "docx-conversion" | "charset-fallback";
  message: string;
}

export interface IngestedSource {
  origin: IngestOrigin;
  /**
   * The text as received. For paste/.txt/.md: exactly the decoded text (only a leading
   * BOM is removed; CRLF, trailing spaces etc. are kept). For html/docx/pdf/url: the
   * extracted article text. Citations quote this verbatim.
   */
  originalText: string;
  /** sha256 hex of `normalizeForHash(originalText)`: whitespace runs collapsed, NFC, case kept. */
  contentHash: string;
  wordCount: number;
  title?: string;
  byline?: string;
  outlet?: string;
  /** ISO 8601. */
  publishedAt?: string;
  /** For URL sources: the final URL after redirects. For paste: the URL the editor gave. */
  url?: string;
  fileName?: string;
  fileType?: IngestFileType;
  /** Non-fatal notes for the editor; never a reason to refuse the source. */
  warnings: IngestWarning[];
}

export const MIME_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document" as const;
