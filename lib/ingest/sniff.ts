/**
 * Content sniffing by magic bytes. Extensions and browser-declared MIME types are
 * whatever the uploader's OS guessed, so every format decision is checked against this.
 */
export type SniffedKind =
  | "png"
  | "jpeg"
  | "gif"
  | "webp"
  | "bmp"
  | "tiff"
  | "ico"
  | "pdf"
  | "zip"
  | "ole"
  | "gzip"
  | "bzip2"
  | "xz"
  | "zstd"
  | "7z"
  | "rar"
  | "elf"
  | "pe"
  | "mach-o"
  | "wasm"
  | "sqlite"
  | "mp3"
  | "mp4"
  | "ogg"
  | "flac"
  | "wav"
  | "rtf"
  | "utf32";

export interface Sniffed {
  kind: SniffedKind;
  /** Phrase that completes "it looks like ..." */
  label: string;
}

type Signature = { kind: SniffedKind; label: string; test: (b: Uint8Array) => boolean };

function startsWith(b: Uint8Array, sig: readonly number[], offset = 0): boolean {
  if (b.length < offset + sig.length) return false;
  for (let i = 0; i < sig.length; i += 1) if (b[offset + i] !== sig[i]) return false;
  return true;
}

function ascii(s: string): number[] {
  return Array.from(s, (c) => c.charCodeAt(0));
}

function hasNulWithin(b: Uint8Array, n: number): boolean {
  const end = Math.min(b.length, n);
  for (let i = 0; i < end; i += 1) if (b[i] === 0) return true;
  return false;
}

// Order matters only where signatures overlap (UTF-32 LE BOM starts like UTF-16 LE's).
const SIGNATURES: readonly Signature[] = [
  { kind: "png", label: "a PNG image", test: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { kind: "jpeg", label: "a JPEG image", test: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  { kind: "gif", label: "a GIF image", test: (b) => startsWith(b, ascii("GIF87a")) || startsWith(b, ascii("GIF89a")) },
  { kind: "webp", label: "a WebP image", test: (b) => startsWith(b, ascii("RIFF")) && startsWith(b, ascii("WEBP"), 8) },
  {
    kind: "wav",
    label: "a WAV audio file",
    test: (b) => startsWith(b, ascii("RIFF")) && startsWith(b, ascii("WAVE"), 8),
  },
  // "BM" alone is too common at the start of real text, so require the NUL-padded header.
  { kind: "bmp", label: "a BMP image", test: (b) => startsWith(b, ascii("BM")) && hasNulWithin(b, 14) },
  {
    kind: "tiff",
    label: "a TIFF image",
    test: (b) => startsWith(b, [0x49, 0x49, 0x2a, 0x00]) || startsWith(b, [0x4d, 0x4d, 0x00, 0x2a]),
  },
  { kind: "ico", label: "an icon file", test: (b) => startsWith(b, [0x00, 0x00, 0x01, 0x00]) },
  { kind: "pdf", label: "a PDF document", test: (b) => startsWith(b, ascii("%PDF-")) },
  {
    kind: "zip",
    label: "a ZIP archive",
    test: (b) =>
      startsWith(b, [0x50, 0x4b, 0x03, 0x04]) ||
      startsWith(b, [0x50, 0x4b, 0x05, 0x06]) ||
      startsWith(b, [0x50, 0x4b, 0x07, 0x08]),
  },
  {
    kind: "ole",
    label: "a legacy Microsoft Office file (.doc/.xls/.ppt)",
    test: (b) => startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
  },
  { kind: "gzip", label: "a gzip archive", test: (b) => startsWith(b, [0x1f, 0x8b]) },
  {
    kind: "bzip2",
    label: "a bzip2 archive",
    test: (b) =>
      startsWith(b, ascii("BZh")) && b.length > 3 && (b[3] ?? 0) >= 0x31 && (b[3] ?? 0) <= 0x39 && hasNulWithin(b, 512),
  },
  { kind: "xz", label: "an xz archive", test: (b) => startsWith(b, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]) },
  { kind: "zstd", label: "a Zstandard archive", test: (b) => startsWith(b, [0x28, 0xb5, 0x2f, 0xfd]) },
  { kind: "7z", label: "a 7-Zip archive", test: (b) => startsWith(b, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]) },
  { kind: "rar", label: "a RAR archive", test: (b) => startsWith(b, ascii("Rar!\u001a\u0007")) },
  { kind: "elf", label: "a Linux program (ELF)", test: (b) => startsWith(b, [0x7f, 0x45, 0x4c, 0x46]) },
  {
    kind: "pe",
    label: "a Windows program (.exe/.dll)",
    test: (b) => startsWith(b, ascii("MZ")) && hasNulWithin(b, 64),
  },
  {
    kind: "mach-o",
    label: "a macOS program (Mach-O)",
    test: (b) =>
      startsWith(b, [0xfe, 0xed, 0xfa, 0xce]) ||
      startsWith(b, [0xfe, 0xed, 0xfa, 0xcf]) ||
      startsWith(b, [0xce, 0xfa, 0xed, 0xfe]) ||
      startsWith(b, [0xcf, 0xfa, 0xed, 0xfe]) ||
      startsWith(b, [0xca, 0xfe, 0xba, 0xbe]),
  },
  { kind: "wasm", label: "a WebAssembly module", test: (b) => startsWith(b, [0x00, 0x61, 0x73, 0x6d]) },
  { kind: "sqlite", label: "an SQLite database", test: (b) => startsWith(b, ascii("SQLite format 3\u0000")) },
  { kind: "mp3", label: "an MP3 audio file", test: (b) => startsWith(b, ascii("ID3")) && (b[3] ?? 0xff) < 0x10 },
  { kind: "mp4", label: "an MP4/MOV video or audio file", test: (b) => startsWith(b, ascii("ftyp"), 4) },
  { kind: "ogg", label: "an Ogg audio/video file", test: (b) => startsWith(b, ascii("OggS")) },
  { kind: "flac", label: "a FLAC audio file", test: (b) => startsWith(b, ascii("fLaC")) },
  { kind: "rtf", label: "an RTF document", test: (b) => startsWith(b, ascii("{\\rtf")) },
  {
    kind: "utf32",
    label: "UTF-32 text, which is not supported",
    test: (b) => startsWith(b, [0xff, 0xfe, 0x00, 0x00]) || startsWith(b, [0x00, 0x00, 0xfe, 0xff]),
  },
];

export function sniff(bytes: Uint8Array): Sniffed | undefined {
  for (const sig of SIGNATURES) {
    if (sig.test(bytes)) return { kind: sig.kind, label: sig.label };
  }
  return undefined;
}

/** PDF readers accept the header anywhere in the first 1024 bytes (some files have junk before it). */
export function findPdfHeader(bytes: Uint8Array): number {
  const needle = ascii("%PDF-");
  const end = Math.min(bytes.length - needle.length, 1024);
  for (let i = 0; i <= end; i += 1) {
    if (startsWith(bytes, needle, i)) return i;
  }
  return -1;
}
