import { UserFacingError } from "../errors";

export type IngestErrorCode =
  | "empty"
  | "too-large"
  | "too-complex"
  | "binary"
  | "unsupported"
  | "unreadable"
  | "no-text-layer"
  | "encrypted"
  | "invalid-input"
  | "invalid-url"
  | "fetch-failed"
  | "blocked-address"
  | "timeout"
  | "too-many-redirects"
  | "duplicate";

/**
 * The only error type the ingest API throws on purpose. `message` is written for
 * editors (it names the file or URL and the reason), so the UI can show it as is.
 */
export class IngestError extends UserFacingError {
  readonly code: IngestErrorCode;
  readonly fileName?: string;
  readonly url?: string;

  constructor(
    code: IngestErrorCode,
    message: string,
    details: { fileName?: string; url?: string; cause?: unknown } = {},
  ) {
    super(message, { cause: details.cause });
    this.name = "IngestError";
    this.code = code;
    if (details.fileName !== undefined) this.fileName = details.fileName;
    if (details.url !== undefined) this.url = details.url;
  }
}

export function isIngestError(value: unknown): value is IngestError {
  return value instanceof IngestError;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${trimNumber(bytes / 1024)} KB`;
  return `${trimNumber(bytes / (1024 * 1024))} MB`;
}

function trimNumber(n: number): string {
  return (Math.round(n * 10) / 10).toString();
}
