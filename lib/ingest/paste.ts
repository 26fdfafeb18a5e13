import { buildSource } from "./build-source";
import { formatBytes } from "./errors";
import { fail, PASTE_SUBJECT } from "./subject";
import { nonEmpty, toIsoDate } from "./text";
import type { IngestedSource } from "./types";
import { DEFAULT_MAX_UPLOAD_BYTES } from "./file";
import { metadataFromText, sourceFields } from "./metadata";

export interface PastedText {
  text: string;
  title?: string;
  byline?: string;
  outlet?: string;
  url?: string;
  /** Anything Date.parse understands; stored as ISO 8601. */
  publishedAt?: string;
}

/**
 * Pasted text is kept exactly as received (minus a leading BOM some clipboards add).
 * Short text is accepted, with a "short-text" warning: editors paste quotes and
 * statements on purpose. Invalid metadata is refused rather than silently dropped.
 */
export function ingestPastedText(input: PastedText, opts: { maxBytes?: number } = {}): IngestedSource {
  const subject = PASTE_SUBJECT;
  const text = input.text.startsWith("\uFEFF") ? input.text.slice(1) : input.text;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
  const size = Buffer.byteLength(text, "utf8");
  if (size > maxBytes) {
    throw fail(subject, "too-large", `The pasted text is ${formatBytes(size)}; the limit is ${formatBytes(maxBytes)}.`);
  }
  if (text.includes("\u0000")) {
    throw fail(subject, "binary", "The pasted text contains binary data (NUL characters) and cannot be used.");
  }

  let url: string | undefined;
  const rawUrl = nonEmpty(input.url);
  if (rawUrl !== undefined) {
    let parsed: URL;
    try {
      parsed = new URL(rawUrl);
    } catch {
      throw fail(subject, "invalid-input", `"${rawUrl}" is not a valid web address.`);
    }
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
      throw fail(
        subject,
        "invalid-input",
        `"${rawUrl}" is not a web address: only http and https links can be attached.`,
      );
    }
    url = parsed.href;
  }
  let publishedAt: string | undefined;
  const rawDate = nonEmpty(input.publishedAt);
  if (rawDate !== undefined) {
    publishedAt = toIsoDate(rawDate);
    if (publishedAt === undefined) {
      throw fail(
        subject,
        "invalid-input",
        `"${rawDate}" is not a date we understand; use a form like 2025-03-04 or 2025-03-04T09:30:00Z.`,
      );
    }
  }

  // What the editor typed wins; the text's own conventions (dateline, "By …") fill the gaps.
  const found = sourceFields(metadataFromText(text));
  return buildSource(
    "paste",
    text,
    subject,
    {
      title: nonEmpty(input.title) ?? found.title,
      byline: nonEmpty(input.byline) ?? found.byline,
      outlet: nonEmpty(input.outlet) ?? found.outlet,
      url,
      publishedAt: publishedAt ?? found.publishedAt,
    },
    [],
    text === "" ? "is empty" : "contains only whitespace",
  );
}
