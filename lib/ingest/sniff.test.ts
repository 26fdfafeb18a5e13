import { describe, expect, it } from "vitest";
import { findPdfHeader, sniff } from "./sniff";
import { tinyPng } from "./fixture-builders";

const bytes = (...values: number[]) => new Uint8Array(values);
const text = (s: string) => new TextEncoder().encode(s);

describe("sniff", () => {
  it.each([
    ["png", tinyPng()],
    ["jpeg", bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10)],
    ["gif", text("GIF89a\u0001\u0000")],
    ["webp", text("RIFF\u0000\u0000\u0000\u0000WEBPVP8 ")],
    ["zip", bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0)],
    ["pdf", text("%PDF-1.7\n")],
    ["ole", bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)],
    ["elf", bytes(0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0)],
    ["gzip", bytes(0x1f, 0x8b, 8, 0)],
    ["pe", bytes(0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0)],
    ["sqlite", text("SQLite format 3\u0000")],
  ])("recognises %s", (kind, data) => {
    expect(sniff(data)?.kind).toBe(kind);
  });

  it("does not mistake ordinary text for a binary format", () => {
    for (const s of [
      "BMW recalls 40,000 cars",
      "MZ Motors said",
      "ID3 tags are metadata",
      "Plain text.",
      "<!doctype html><p>x",
    ]) {
      expect(sniff(text(s))).toBeUndefined();
    }
  });

  it("finds a PDF header within the first kilobyte only", () => {
    expect(findPdfHeader(text("junk\n%PDF-1.4"))).toBe(5);
    expect(findPdfHeader(text("x".repeat(2000) + "%PDF-1.4"))).toBe(-1);
  });
});
