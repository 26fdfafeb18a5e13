import { IngestError, type IngestErrorCode } from "../errors";
import type { Subject } from "../subject";
import type { UploadedFile } from "../file";

/** Work the parsing worker does: everything that builds a DOM, inflates or decodes a format. */
export type ParseJob =
  | { kind: "file"; file: UploadedFile; maxBytes: number }
  | { kind: "html"; html: string; url?: string; subject: Subject };

export interface ParseRequest {
  id: number;
  job: ParseJob;
}

export interface SerializedIngestError {
  code: IngestErrorCode;
  message: string;
  fileName?: string;
  url?: string;
}

/** The result travels as a structured clone, so every field a parser adds arrives unchanged. */
export type ParseResponse =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: SerializedIngestError }
  | { id: number; ok: false; bug: string };

export function serializeIngestError(err: IngestError): SerializedIngestError {
  const out: SerializedIngestError = { code: err.code, message: err.message };
  if (err.fileName !== undefined) out.fileName = err.fileName;
  if (err.url !== undefined) out.url = err.url;
  return out;
}

export function deserializeIngestError(err: SerializedIngestError): IngestError {
  const details: { fileName?: string; url?: string } = {};
  if (err.fileName !== undefined) details.fileName = err.fileName;
  if (err.url !== undefined) details.url = err.url;
  return new IngestError(err.code, err.message, details);
}
