import { buildSource } from "./build-source";
import { decodeHtml, decodeTextStrict } from "./decode";
import { extractDocx } from "./docx";
import { formatBytes, IngestError } from "./errors";
import { extractHtml } from "./html";
import { completeFromText, metadataFromText, sourceFields } from "./metadata";
import { extractPdf } from "./pdf";
import { cleanFileName } from "./file-name";
import { fail, fileSubject, type Subject } from "./subject";
import { nonEmpty } from "./text";
import { MIME_DOCX, type IngestedSource, type IngestFileType, type IngestWarning } from "./types";

export const DEFAULT_MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
  /** The browser's guess (File.type). Only used when the name has no extension. */
  declaredType?: string;
}

export interface IngestFileOptions {
  /** Per-file limit; defaults to DEFAULT_MAX_UPLOAD_BYTES. */
  maxBytes?: number;
}

const EXTENSIONS: Record<string, IngestFileType> = {
  txt: "text/plain",
  text: "text/plain",
  md: "text/markdown",
  markdown: "text/markdown",
  html: "text/html",
  htm: "text/html",
  xhtml: "text/html",
  docx: MIME_DOCX,
  pdf: "application/pdf",
};

const DECLARED_TYPES: Record<string, IngestFileType> = {
  "text/plain": "text/plain",
  "text/markdown": "text/markdown",
  "text/x-markdown": "text/markdown",
  "text/html": "text/html",
  "application/xhtml+xml": "text/html",
  [MIME_DOCX]: MIME_DOCX,
  "application/pdf": "application/pdf",
};

export const SUPPORTED_FILE_TYPES_LABEL = ".txt, .md, .html/.htm, .docx and .pdf";

const HINTS: Record<string, string> = {
  doc: " Save it as .docx first.",
  rtf: " Save it as .docx first.",
  odt: " Save it as .docx first.",
  pages: " Export it as .docx or PDF first.",
};

export function detectFileType(name: string, declaredType?: string): IngestFileType | undefined {
  const ext = extensionOf(name);
  if (ext !== "") return EXTENSIONS[ext];
  const declared = declaredType?.split(";")[0]?.trim().toLowerCase();
  return declared ? DECLARED_TYPES[declared] : undefined;
}

function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf(".");
  return dot <= 0 ? "" : base.slice(dot + 1).toLowerCase();
}

/**
 * Turns one upload into a source. The extension picks the parser, but the bytes must
 * agree with it: each format is sniffed before parsing (see sniff.ts).
 */
export async function ingestFile(upload: UploadedFile, opts: IngestFileOptions = {}): Promise<IngestedSource> {
  const file = { ...upload, name: cleanFileName(upload.name) };
  const subject = fileSubject(file.name);
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
  const type = detectFileType(file.name, file.declaredType);
  if (!type) {
    const ext = extensionOf(file.name);
    const what = ext ? `.${ext} files are not supported` : "files without an extension are not supported";
    throw fail(
      subject,
      "unsupported",
      `${subject.display} cannot be added: ${what}. Supported types are ${SUPPORTED_FILE_TYPES_LABEL}.${HINTS[ext] ?? ""}`,
    );
  }
  if (file.bytes.length > maxBytes) {
    throw fail(
      subject,
      "too-large",
      `${subject.display} is ${formatBytes(file.bytes.length)}; the limit is ${formatBytes(maxBytes)} per file.`,
    );
  }
  if (file.bytes.length === 0) {
    throw fail(subject, "empty", `${subject.display} is empty.`);
  }
  try {
    const source = await ingestTyped(file, type, subject);
    // A compressed format (.docx, .pdf) can hold far more text than its file size.
    const textBytes = Buffer.byteLength(source.originalText, "utf8");
    if (textBytes > maxBytes) {
      throw fail(
        subject,
        "too-large",
        `${subject.display} holds ${formatBytes(textBytes)} of text; the limit is ${formatBytes(maxBytes)} per source.`,
      );
    }
    return source;
  } catch (err) {
    if (err instanceof IngestError) throw err;
    // A parser bug or an exotic file must still come back as a message the editor can act on.
    throw fail(subject, "unreadable", `${subject.display} could not be read.`, err);
  }
}

async function ingestTyped(file: UploadedFile, type: IngestFileType, subject: Subject): Promise<IngestedSource> {
  const base = { fileName: file.name, fileType: type };
  switch (type) {
    case "text/plain": {
      const { text } = decodeTextStrict(file.bytes, subject);
      const meta = sourceFields(metadataFromText(text));
      return buildSource("file", text, subject, { ...base, ...meta }, [], "contains only whitespace");
    }
    case "text/markdown": {
      const { text } = decodeTextStrict(file.bytes, subject, "a Markdown text file");
      // Markdown stays as received: it is already readable text and citations quote it.
      return buildSource(
        "file",
        text,
        subject,
        { ...base, ...sourceFields(metadataFromText(text)), title: markdownTitle(text) },
        [],
        "contains only whitespace",
      );
    }
    case "text/html": {
      const decoded = decodeHtml(file.bytes, subject);
      const { text, usedFallback, metadata } = extractHtml(decoded.text, { subject });
      const meta = sourceFields(completeFromText(metadata, text));
      const warnings: IngestWarning[] = [];
      if (usedFallback) {
        warnings.push({
          code: "extraction-fallback",
          message: `No article was recognised in ${subject.display}; the whole page text was used.`,
        });
      }
      if (decoded.encoding === "windows-1252") {
        warnings.push({
          code: "charset-fallback",
          message: `${subject.display} declares no character set and is not UTF-8; it was read as Windows-1252.`,
        });
      }
      return buildSource("file", text, subject, { ...base, ...meta }, warnings, "contains no readable text");
    }
    case MIME_DOCX: {
      const { text, metadata, warnings } = await extractDocx(file.bytes, subject);
      const docxWarnings: IngestWarning[] = warnings
        .slice(0, 5)
        .map((message) => ({ code: "docx-conversion", message }));
      const meta = sourceFields(completeFromText(metadata, text));
      return buildSource("file", text, subject, { ...base, ...meta }, docxWarnings, "contains no text");
    }
    case "application/pdf": {
      const { text, metadata } = await extractPdf(file.bytes, subject);
      const meta = sourceFields(completeFromText(metadata, text));
      return buildSource("file", text, subject, { ...base, ...meta }, [], "contains no text");
    }
    default: {
      const unreachable: never = type;
      throw fail(subject, "unsupported", `${subject.display} has an unsupported type (${String(unreachable)}).`);
    }
  }
}

/** A leading ATX heading ("# Title") is the author's title; anything else is not guessed. */
function markdownTitle(text: string): string | undefined {
  const firstLine = text.replace(/^\s+/, "").split(/\r?\n/, 1)[0] ?? "";
  const match = /^#\s+(.+?)\s*#*\s*$/.exec(firstLine);
  return nonEmpty(match?.[1]);
}

export interface IngestFilesResult {
  ok: IngestedSource[];
  errors: IngestError[];
}

/**
 * Each file is judged on its own: one bad file never sinks the batch. Files run one
 * after another to bound memory (pdf.js and jsdom are heavy). `ingestOne` parses one file:
 * in this thread by default; the server and the CLI pass the worker (isolated.ts). A file whose text equals
 * an earlier file's in the same batch is reported as "duplicate"; checking against
 * sources already in the story is the caller's job (compare `contentHash`).
 */
export async function ingestFiles(
  files: readonly UploadedFile[],
  opts: IngestFileOptions = {},
  ingestOne: (file: UploadedFile, opts: IngestFileOptions) => Promise<IngestedSource> = ingestFile,
): Promise<IngestFilesResult> {
  const ok: IngestedSource[] = [];
  const errors: IngestError[] = [];
  const seen = new Map<string, string>();
  for (const upload of files) {
    const file = { ...upload, name: cleanFileName(upload.name) };
    try {
      const source = await ingestOne(file, opts);
      const earlier = seen.get(source.contentHash);
      if (earlier !== undefined) {
        errors.push(
          new IngestError("duplicate", `"${file.name}" has the same text as "${earlier}", so it was not added twice.`, {
            fileName: file.name,
          }),
        );
        continue;
      }
      seen.set(source.contentHash, file.name);
      ok.push(source);
    } catch (err) {
      errors.push(
        err instanceof IngestError
          ? err
          : new IngestError("unreadable", `"${file.name}" could not be read.`, { fileName: file.name, cause: err }),
      );
    }
  }
  return { ok, errors };
}
