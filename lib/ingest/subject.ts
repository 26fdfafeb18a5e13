import { IngestError, type IngestErrorCode } from "./errors";

/** Who an error is about, so every message can name the file or URL the editor gave us. */
export interface Subject {
  /** Quoted file name or URL, ready to start a sentence: `"notes.txt"`. */
  display: string;
  fileName?: string;
  url?: string;
}

export function fileSubject(fileName: string): Subject {
  return { display: `"${fileName}"`, fileName };
}

export function urlSubject(url: string): Subject {
  return { display: `"${url}"`, url };
}

export const PASTE_SUBJECT: Subject = { display: "The pasted text" };

export function fail(subject: Subject, code: IngestErrorCode, message: string, cause?: unknown): IngestError {
  const details: { fileName?: string; url?: string; cause?: unknown } = {};
  if (subject.fileName !== undefined) details.fileName = subject.fileName;
  if (subject.url !== undefined) details.url = subject.url;
  if (cause !== undefined) details.cause = cause;
  return new IngestError(code, message, details);
}
