import { inflateRawSync } from "node:zlib";

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/**
 * Lists a ZIP's central directory without a dependency. We only need it to check that
 * an upload really is a Word package (and read docProps/core.xml) before handing the
 * bytes to mammoth. Returns undefined when the bytes are not a readable ZIP.
 * ZIP64 archives are not needed for documents under the upload limit and are rejected.
 */
export function listZipEntries(bytes: Uint8Array): ZipEntry[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record is 22 bytes plus a comment of up to 65535 bytes.
  const minStart = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= minStart; i -= 1) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (cdOffset === 0xffffffff || cdOffset + cdSize > bytes.length) return undefined;

  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder("utf-8");
  let p = cdOffset;
  for (let n = 0; n < count; n += 1) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) return undefined;
    const method = view.getUint16(p + 10, true);
    const compressedSize = view.getUint32(p + 20, true);
    const uncompressedSize = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const localHeaderOffset = view.getUint32(p + 42, true);
    if (p + 46 + nameLength > bytes.length) return undefined;
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    entries.push({ name, method, compressedSize, uncompressedSize, localHeaderOffset });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

type Inflated = { ok: true; data: Uint8Array } | { ok: false; reason: "too-large" | "damaged" };

/**
 * Reads one stored or deflated entry, producing at most `maxBytes`: inflation stops at the cap
 * whatever size the archive declares, so a lying entry costs no more than the cap.
 */
function inflateCapped(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): Inflated {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) return { ok: false, reason: "damaged" };
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) return { ok: false, reason: "damaged" };
  const data = bytes.subarray(start, end);
  if (entry.method === 0) return data.length <= maxBytes ? { ok: true, data } : { ok: false, reason: "too-large" };
  if (entry.method !== 8) return { ok: false, reason: "damaged" };
  try {
    return { ok: true, data: new Uint8Array(inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) })) };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === "ERR_BUFFER_TOO_LARGE" ? "too-large" : "damaged" };
  }
}

/** Reads one entry, refusing (undefined) a damaged one or one that inflates past `maxBytes`. */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): Uint8Array | undefined {
  const result = inflateCapped(bytes, entry, maxBytes);
  return result.ok ? result.data : undefined;
}

export type InflateCheck =
  | { ok: true; totalBytes: number }
  | { ok: false; reason: "entry-too-large"; entry: string; limit: number }
  | { ok: false; reason: "total-too-large"; limit: number }
  | { ok: false; reason: "too-many-entries"; limit: number }
  | { ok: false; reason: "damaged"; entry: string };

/**
 * Inflates every entry with a hard cap on its real output, ignoring the sizes the archive
 * declares (a zip bomb lies about them), and caps the sum over all entries (entries may share
 * compressed data). The work is bounded by the caps, never by what the file claims, and a parser
 * that reads the package afterwards can inflate no more than was measured here.
 */
export function checkInflatedSizes(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  limits: { perEntry: number; total: number; maxEntries: number },
): InflateCheck {
  if (entries.length > limits.maxEntries) return { ok: false, reason: "too-many-entries", limit: limits.maxEntries };
  let totalBytes = 0;
  for (const entry of entries) {
    const room = Math.min(limits.perEntry, limits.total - totalBytes);
    const result = inflateCapped(bytes, entry, room);
    if (!result.ok && result.reason === "damaged") return { ok: false, reason: "damaged", entry: entry.name };
    if (!result.ok) {
      return room < limits.perEntry
        ? { ok: false, reason: "total-too-large", limit: limits.total }
        : { ok: false, reason: "entry-too-large", entry: entry.name, limit: limits.perEntry };
    }
    totalBytes += result.data.length;
  }
  return { ok: true, totalBytes };
}
