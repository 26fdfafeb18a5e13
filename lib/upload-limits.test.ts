import { describe, expect, it } from "vitest";
import { checkFileSelection, checkPastedText, maxRequestBytes } from "./upload-limits";

const MB = 1024 * 1024;
const limits = { maxUploadBytes: 5 * MB, maxFilesPerUpload: 20 };

describe("upload limits", () => {
  it("lets the promised 20 × 5 MB through the request body limit", () => {
    expect(maxRequestBytes(limits)).toBeGreaterThan(20 * 5 * MB);
  });

  it("names every file over the limit and a selection with too many files", () => {
    const files = [
      { name: "a.pdf", size: 3.5 * MB },
      { name: "big.pdf", size: 7 * MB },
      ...Array.from({ length: 20 }, (_, i) => ({ name: `${i}.txt`, size: 10 })),
    ];
    expect(checkFileSelection(files, limits)).toEqual([
      "You chose 22 files; upload at most 20 at once (add the rest in a second upload).",
      '"big.pdf" is 7 MB; the limit is 5 MB per file.',
    ]);
    expect(checkFileSelection(files.slice(0, 1), limits)).toEqual([]);
  });

  it("measures pasted text in bytes, as the server does", () => {
    expect(checkPastedText("é".repeat(3 * MB), limits)).toMatch(/^The pasted text is 6 MB; the limit is 5 MB\./);
    expect(checkPastedText("short", limits)).toBeUndefined();
  });
});
