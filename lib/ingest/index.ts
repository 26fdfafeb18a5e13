/**
 * lib/ingest — turns pasted text, uploaded files and web pages into source text plus
 * metadata. Plain TypeScript on Node built-ins, jsdom, Readability, mammoth and pdfjs-dist:
 * no Next.js and no Prisma, so server actions, scripts and tests call it alike.
 *
 *   ingestPastedText(input, { maxBytes? })          → IngestedSource            (sync)
 *   ingestFile({ name, bytes, declaredType? }, { maxBytes? }) → Promise<IngestedSource>
 *   ingestFiles(files, { maxBytes?, timeoutMs?, heapMb? }) → Promise<{ ok, errors }>   (never throws per file;
 *                                                    parses in a worker thread with time/memory limits)
 *   ingestUrl(url, { allowPrivate?, timeoutMs?, maxBytes?, maxRedirects?, lookup?, isAllowedAddress?, userAgent? })
 *                                                    → Promise<IngestedSource>
 *
 * Everything refused is an `IngestError` with a `code` and an editor-facing `message`
 * that names the file/URL and the reason. Anything else escaping is a bug.
 *
 * Decisions worth knowing (details in docs/ingest.md and docs/decisions/003-ingest.md):
 * - `originalText` is what citations quote: for paste/.txt/.md exactly the decoded text
 *   (only a leading BOM removed); for html/docx/pdf/url the extracted article text.
 * - `contentHash` = sha256 hex of `normalizeForHash(originalText)`: NFC, zero-width
 *   characters dropped, all whitespace runs → one space, trimmed; case is kept.
 *   `ingestFiles` reports same-batch duplicates as "duplicate"; the caller compares
 *   hashes against the story's existing sources.
 * - Short text (< SHORT_TEXT_WORDS words) is accepted with a "short-text" warning:
 *   editors deliberately add statements and quotes. Empty/whitespace-only is refused.
 * - Files are judged by content: magic bytes are sniffed for every format.
 * - Deviation from the first sketch: `ingestUrl` takes an injectable `lookup` instead of
 *   `fetchImpl`, because it connects with node:http(s) through a vetted DNS lookup to
 *   close the DNS-rebinding gap that fetch would leave open.
 * - We only ever return plain text, never HTML, so there is nothing to sanitise; render
 *   it as text (React escapes it).
 */
export { ingestPastedText, type PastedText } from "./paste";
export {
  ingestFile,
  ingestFiles as ingestFilesInProcess,
  detectFileType,
  DEFAULT_MAX_UPLOAD_BYTES,
  SUPPORTED_FILE_TYPES_LABEL,
  type UploadedFile,
  type IngestFileOptions,
  type IngestFilesResult,
} from "./file";
export {
  ingestUrl,
  resolvePublicAddresses,
  DEFAULT_URL_TIMEOUT_MS,
  DEFAULT_MAX_REDIRECTS,
  type IngestUrlOptions,
  type HostLookup,
  type ResolvedAddress,
} from "./url";
// Uploads are parsed off the request thread, in a worker with time and memory limits.
export { ingestFilesIsolated as ingestFiles, extractHtmlIsolated, type IsolatedIngestOptions } from "./isolated";
export * from "./limits";
export { IngestError, isIngestError, type IngestErrorCode } from "./errors";
export { classifyAddress, isPublicAddress, type AddressClass } from "./ip-policy";
export { contentHashOf, normalizeForHash, countWords } from "./text";
export { SHORT_TEXT_WORDS } from "./build-source";
export { MIME_DOCX, type IngestedSource, type IngestOrigin, type IngestFileType, type IngestWarning } from "./types";
