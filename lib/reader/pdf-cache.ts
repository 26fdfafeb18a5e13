// Rendered PDFs of published briefings, kept in memory by the hash of everything the PDF shows.
// A published version never changes, so readers downloading the same briefing get the bytes
// rendered once instead of waiting a few hundred milliseconds each time. Keyed by content, not by
// slug and version, so an edited story title or source outlet can never serve a stale file.

import { createHash } from "node:crypto";

export interface PdfCacheOptions {
  /** Most PDFs kept; the least recently used goes first. */
  maxEntries: number;
  /** Most bytes kept across all entries. */
  maxBytes: number;
}

export class PdfCache {
  private readonly entries = new Map<string, Buffer>();
  private bytes = 0;

  constructor(private readonly options: PdfCacheOptions) {}

  static keyOf(input: unknown): string {
    return createHash("sha256").update(JSON.stringify(input)).digest("hex");
  }

  get size(): number {
    return this.entries.size;
  }

  /** The cached PDF for `input`, or the one `render` makes (stored unless it is too big to keep). */
  async getOrRender<T>(input: T, render: (input: T) => Promise<Buffer>): Promise<Buffer> {
    const key = PdfCache.keyOf(input);
    const hit = this.entries.get(key);
    if (hit) {
      // Re-insert so Map order stays least-recently-used first.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const pdf = await render(input);
    this.store(key, pdf);
    return pdf;
  }

  private store(key: string, pdf: Buffer): void {
    if (pdf.byteLength > this.options.maxBytes) return;
    this.entries.set(key, pdf);
    this.bytes += pdf.byteLength;
    for (const [oldest, value] of this.entries) {
      if (this.entries.size <= this.options.maxEntries && this.bytes <= this.options.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= value.byteLength;
    }
  }
}
