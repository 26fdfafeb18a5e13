/**
 * Ingest limits that do not depend on configuration. They exist because an upload within the
 * byte limit can still ask for unbounded work: 600,000 <p> in 4.8 MB, 20,000 nested <div> in
 * 222 KB, or a 92 KB .docx that inflates to gigabytes. Every figure is far above what a real
 * article needs (measured numbers in docs/ingest.md, "Limits").
 */

/** Elements in one HTML document, counted by a streaming tokenizer before any DOM is built. */
export const MAX_HTML_ELEMENTS = 40_000;
/** Open elements nested inside each other (real news pages stay under 40; Readability slows with depth). */
export const MAX_HTML_DEPTH = 128;

/** Real (not declared) inflated bytes of one entry of a .docx package. */
export const MAX_DOCX_ENTRY_BYTES = 16 * 1024 * 1024;
/** Real inflated bytes of all entries of a .docx package together. */
export const MAX_DOCX_TOTAL_BYTES = 40 * 1024 * 1024;
/** Entries in a .docx package (a Word document has a few dozen). */
export const MAX_DOCX_ENTRIES = 2_000;

/** PDF pages read per upload. */
export const MAX_PDF_PAGES = 500;

/** Wall-clock time one file may take to parse in the worker before it is stopped. */
export const PARSE_TIMEOUT_MS = 20_000;
/** V8 heap of the parsing worker (old generation). A refused file never grows the server. */
export const PARSE_WORKER_HEAP_MB = 768;
