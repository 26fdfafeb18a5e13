import { fail, type Subject } from "./subject";
import { sniff } from "./sniff";

export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be";

export interface DecodedText {
  text: string;
  encoding: string;
}

/**
 * Strict decoding for text uploads: a BOM selects UTF-8/UTF-16 (and is dropped), otherwise
 * the bytes must be valid UTF-8. We do not guess legacy code pages for plain text: a wrong
 * guess silently corrupts the quotes that citations must reproduce, a refusal does not.
 */
export function decodeTextStrict(bytes: Uint8Array, subject: Subject, noun = "a text file"): DecodedText {
  const sniffed = sniff(bytes);
  if (sniffed) {
    throw fail(subject, "binary", `${subject.display} is not ${noun}: it looks like ${sniffed.label}.`);
  }
  const bom = detectBom(bytes);
  if (bom) {
    return { text: decodeOrFail(bytes.subarray(bom.length), bom.encoding, subject, noun), encoding: bom.encoding };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw fail(
      subject,
      "binary",
      `${subject.display} is not ${noun}: it contains binary data (a NUL byte at position ${nul}).`,
    );
  }
  const text = decodeOrFail(bytes, "utf-8", subject, noun);
  assertMostlyPrintable(text, subject, noun);
  return { text, encoding: "utf-8" };
}

/**
 * Decoding for HTML, where a declared charset (HTTP header or <meta>) is legitimate.
 * Falls back to windows-1252 only when no charset was declared and UTF-8 is invalid,
 * which is what browsers do for legacy pages.
 */
export function decodeHtml(bytes: Uint8Array, subject: Subject, headerCharset?: string): DecodedText {
  const sniffed = sniff(bytes);
  if (sniffed) {
    throw fail(subject, "binary", `${subject.display} is not an HTML page: it looks like ${sniffed.label}.`);
  }
  const bom = detectBom(bytes);
  if (bom) {
    return {
      text: decodeOrFail(bytes.subarray(bom.length), bom.encoding, subject, "an HTML page"),
      encoding: bom.encoding,
    };
  }
  if (bytes.indexOf(0) !== -1) {
    throw fail(subject, "binary", `${subject.display} is not an HTML page: it contains binary data.`);
  }
  const declared = normaliseLabel(headerCharset) ?? normaliseLabel(findMetaCharset(bytes));
  if (declared && declared !== "utf-8") {
    try {
      return { text: new TextDecoder(declared).decode(bytes), encoding: declared };
    } catch {
      // Unknown label: fall through to UTF-8, like a browser would.
    }
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch (cause) {
    if (declared === "utf-8") {
      throw fail(subject, "unreadable", `${subject.display} says it is UTF-8 but contains invalid UTF-8 bytes.`, cause);
    }
    return { text: new TextDecoder("windows-1252").decode(bytes), encoding: "windows-1252" };
  }
}

function detectBom(bytes: Uint8Array): { encoding: TextEncodingName; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return undefined;
}

function decodeOrFail(bytes: Uint8Array, encoding: TextEncodingName, subject: Subject, noun: string): string {
  try {
    // ignoreBOM: the BOM was already removed; a second U+FEFF is content and must stay.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (cause) {
    const where = encoding === "utf-8" ? firstInvalidUtf8Offset(bytes) : -1;
    const at = where >= 0 ? ` (first bad byte at position ${where})` : "";
    const name = encoding === "utf-8" ? "UTF-8" : "UTF-16";
    throw fail(
      subject,
      "unreadable",
      `${subject.display} is not ${noun} we can read: it is not valid ${name}${at}. Save it as UTF-8 text and upload it again.`,
      cause,
    );
  }
}

/** Text with many control characters is a binary format we did not recognise. */
function assertMostlyPrintable(text: string, subject: Subject, noun: string): void {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  let control = 0;
  for (let i = 0; i < sample.length; i += 1) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1b) || c === 0x7f) control += 1;
  }
  if (sample.length > 0 && control / sample.length > 0.01) {
    throw fail(subject, "binary", `${subject.display} is not ${noun}: it contains binary control characters.`);
  }
}

export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i += 1;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    let cp = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k += 1) {
      const cont = bytes[i + k];
      if (cont === undefined || (cont & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (cont & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function findMetaCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 2048));
  const direct = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head);
  return direct?.[1];
}

function normaliseLabel(label: string | undefined): string | undefined {
  if (!label) return undefined;
  const trimmed = label.trim().toLowerCase();
  if (trimmed === "") return undefined;
  try {
    // TextDecoder canonicalises aliases ("utf8", "latin1", "iso-8859-1" → windows-1252).
    return new TextDecoder(trimmed).encoding;
  } catch {
    return undefined;
  }
}
