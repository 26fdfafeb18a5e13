/**
 * The ingest entry points the server and the CLI use: every format is parsed in a worker thread
 * with a time and memory limit (worker/parse-worker.ts), never on the thread that answers
 * requests. Results are the parsers' own objects, passed through unchanged.
 */
import { DEFAULT_MAX_UPLOAD_BYTES, ingestFiles, type IngestFilesResult, type UploadedFile } from "./file";
import type { HtmlExtraction } from "./html";
import { fileSubject, type Subject } from "./subject";
import type { IngestedSource } from "./types";
import { withParseWorker, type ParseWorkerLimits } from "./worker/parse-worker";

export interface IsolatedIngestOptions extends ParseWorkerLimits {
  maxBytes?: number;
}

export async function ingestFilesIsolated(
  files: readonly UploadedFile[],
  opts: IsolatedIngestOptions = {},
): Promise<IngestFilesResult> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
  return withParseWorker(
    (worker) =>
      ingestFiles(
        files,
        { maxBytes },
        async (file) => (await worker.run({ kind: "file", file, maxBytes }, fileSubject(file.name))) as IngestedSource,
      ),
    opts,
  );
}

export async function extractHtmlIsolated(
  html: string,
  opts: { url?: string; subject: Subject } & ParseWorkerLimits,
): Promise<HtmlExtraction> {
  const job =
    opts.url === undefined
      ? { kind: "html" as const, html, subject: opts.subject }
      : { kind: "html" as const, html, url: opts.url, subject: opts.subject };
  return withParseWorker(async (worker) => (await worker.run(job, opts.subject)) as HtmlExtraction, opts);
}
