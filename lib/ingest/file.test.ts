import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildDocx, buildPlainZip, tinyPng } from "./fixture-builders";
import { SAMPLE_DOCX_PARAGRAPHS, SAMPLE_DOCX_TITLE } from "../../scripts/make-fixtures";
import {
  DEFAULT_MAX_UPLOAD_BYTES,
  IngestError,
  ingestFile,
  ingestFiles,
  MIME_DOCX,
  type IngestErrorCode,
} from "./index";

const enc = (s: string) => new TextEncoder().encode(s);
const FIXTURES = path.resolve(import.meta.dirname, "../../e2e/fixtures");

async function refusal(promise: Promise<unknown>): Promise<IngestError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof IngestError) return err;
    throw err;
  }
  throw new Error("expected an IngestError");
}

async function expectRefused(promise: Promise<unknown>, code: IngestErrorCode, message: RegExp): Promise<IngestError> {
  const err = await refusal(promise);
  expect(err.code).toBe(code);
  expect(err.message).toMatch(message);
  return err;
}

const ARTICLE =
  "Residents of the Almeda district will get a new tram stop in September, the transport authority said on Thursday. " +
  "The stop, at the corner of Rua Nova and the river path, was requested in a petition signed by 2,100 people last spring.";

describe(".txt", () => {
  it("keeps the text exactly as received, including CRLF and trailing spaces", async () => {
    const raw = "Line one  \r\nLine two\r\n\r\n  indented\ttab\r\n";
    const source = await ingestFile({ name: "notes.txt", bytes: enc(raw) });
    expect(source.originalText).toBe(raw);
    expect(source.origin).toBe("file");
    expect(source.fileType).toBe("text/plain");
    expect(source.fileName).toBe("notes.txt");
    expect(source.wordCount).toBe(6);
  });

  it("strips a UTF-8 BOM and nothing else", async () => {
    const source = await ingestFile({ name: "bom.txt", bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...enc(" café\n")]) });
    expect(source.originalText).toBe(" café\n");
  });

  it("decodes UTF-16 LE and BE with a BOM", async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Olá mundo\r\n", "utf16le")]);
    expect((await ingestFile({ name: "le.txt", bytes: new Uint8Array(le) })).originalText).toBe("Olá mundo\r\n");
    const be = Buffer.from(Buffer.from("Olá mundo", "utf16le")).swap16();
    const beWithBom = Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
    expect((await ingestFile({ name: "be.txt", bytes: new Uint8Array(beWithBom) })).originalText).toBe("Olá mundo");
  });

  it("flags short text with a warning but accepts it", async () => {
    const source = await ingestFile({ name: "quote.txt", bytes: enc("“We will appeal,” the lawyer said.") });
    expect(source.warnings.map((w) => w.code)).toContain("short-text");
    const long = await ingestFile({ name: "article.txt", bytes: enc(ARTICLE) });
    expect(long.warnings).toEqual([]);
  });

  it("hashes the same text the same way regardless of line endings", async () => {
    const a = await ingestFile({ name: "a.txt", bytes: enc("One two\r\nthree") });
    const b = await ingestFile({ name: "b.txt", bytes: enc("One two\nthree\n") });
    expect(a.contentHash).toBe(b.contentHash);
    expect(a.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe(".md", () => {
  it("keeps Markdown as received and takes the leading heading as title", async () => {
    const md = "# Tram stop approved\n\n*Almeda*, Thursday — the **transport authority** said:\n\n- one\n- two\n";
    const source = await ingestFile({ name: "story.md", bytes: enc(md) });
    expect(source.originalText).toBe(md);
    expect(source.fileType).toBe("text/markdown");
    expect(source.title).toBe("Tram stop approved");
  });
});

describe(".html", () => {
  it("extracts the article, drops nav/footer/scripts and reads meta tags", async () => {
    const bytes = new Uint8Array(readFileSync(path.join(FIXTURES, "sample.html")));
    const source = await ingestFile({ name: "sample.html", bytes });
    expect(source.fileType).toBe("text/html");
    expect(source.title).toBe("Valdora library reopens after flood repairs");
    expect(source.byline).toBe("Mirela Santos");
    expect(source.outlet).toBe("The Valdora Courier");
    expect(source.publishedAt).toBe("2025-02-11T08:15:00.000Z");
    expect(source.originalText).toContain(
      "The public library on Canal Street reopened on Monday, eleven months after the October floods left its ground floor under half a metre of water.",
    );
    expect(source.originalText).toContain("Opening hours return to normal from next week");
    // Paragraphs stay separate.
    expect(source.originalText).toMatch(/half a metre of water\.\n\nRepairs cost/);
    for (const junk of [
      "Subscribe now",
      "trackingId",
      "INJECTED BY SCRIPT",
      "SCRIPT RAN",
      "All rights reserved",
      "Most read",
      "insertAdjacentHTML",
      "independent local news since 1952",
    ]) {
      expect(source.originalText).not.toContain(junk);
    }
  });

  it("falls back to the page body when no article is recognised, still without scripts", async () => {
    const html =
      "<html><body><nav>Menu</nav><div>Short note about the <b>bridge</b>.</div><script>evil()</script></body></html>";
    const source = await ingestFile({ name: "note.htm", bytes: enc(html) });
    expect(source.originalText).toBe("Short note about the bridge.");
  });

  it("honours a declared legacy charset", async () => {
    const latin1 = Buffer.from(
      '<html><head><meta charset="iso-8859-1"></head><body><p>Caf\u00e9 in S\u00e3o Paulo</p></body></html>',
      "latin1",
    );
    const source = await ingestFile({ name: "legacy.html", bytes: new Uint8Array(latin1) });
    expect(source.originalText).toBe("Café in São Paulo");
  });

  it("refuses a page with no text", async () => {
    await expectRefused(
      ingestFile({ name: "blank.html", bytes: enc("<html><body><script>x()</script></body></html>") }),
      "empty",
      /"blank\.html" contains no readable text/,
    );
  });
});

describe(".docx", () => {
  it("extracts paragraphs and the document title", async () => {
    const bytes = await buildDocx(["Ferry service resumes in April.", "Tickets go on sale next week & cost €4."], {
      title: "Ferry memo",
    });
    const source = await ingestFile({ name: "memo.docx", bytes });
    expect(source.originalText).toBe("Ferry service resumes in April.\n\nTickets go on sale next week & cost €4.");
    expect(source.title).toBe("Ferry memo");
    expect(source.fileType).toBe(MIME_DOCX);
  });

  it("reads the e2e fixture", async () => {
    const bytes = new Uint8Array(readFileSync(path.join(FIXTURES, "sample.docx")));
    const source = await ingestFile({ name: "sample.docx", bytes });
    expect(source.originalText).toBe(SAMPLE_DOCX_PARAGRAPHS.join("\n\n"));
    expect(source.title).toBe(SAMPLE_DOCX_TITLE);
  });

  it("refuses a zip without word/document.xml", async () => {
    await expectRefused(
      ingestFile({ name: "archive.docx", bytes: await buildPlainZip() }),
      "unreadable",
      /"archive\.docx" is not a Word document: it is a ZIP archive without word\/document\.xml/,
    );
  });

  it("refuses a file that is not a zip at all", async () => {
    await expectRefused(
      ingestFile({ name: "fake.docx", bytes: enc("just text pretending") }),
      "unreadable",
      /"fake\.docx" is not a Word document/,
    );
    await expectRefused(ingestFile({ name: "img.docx", bytes: tinyPng() }), "unreadable", /looks like a PNG image/);
  });

  it("explains legacy .doc files renamed to .docx", async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)]);
    await expectRefused(ingestFile({ name: "old.docx", bytes: ole }), "unsupported", /Word 97–2003/);
  });

  it("refuses a document with no text", async () => {
    await expectRefused(
      ingestFile({ name: "blank.docx", bytes: await buildDocx(["", "   "]) }),
      "empty",
      /"blank\.docx" contains no text/,
    );
  });
});

describe("refusals", () => {
  it("refuses an empty file", async () => {
    await expectRefused(ingestFile({ name: "empty.txt", bytes: new Uint8Array() }), "empty", /"empty\.txt" is empty/);
  });

  it("refuses whitespace-only text", async () => {
    await expectRefused(
      ingestFile({ name: "blank.txt", bytes: enc(" \r\n\t\u00A0\n") }),
      "empty",
      /"blank\.txt" contains only whitespace/,
    );
  });

  it("refuses a file over the limit, naming the limit", async () => {
    await expectRefused(
      ingestFile({ name: "big.txt", bytes: enc("word ".repeat(100)) }, { maxBytes: 100 }),
      "too-large",
      /"big\.txt" is 500 bytes; the limit is 100 bytes per file/,
    );
    const justOver = new Uint8Array(DEFAULT_MAX_UPLOAD_BYTES + 1).fill(0x61);
    await expectRefused(ingestFile({ name: "huge.txt", bytes: justOver }), "too-large", /the limit is 5 MB/);
  });

  it("refuses a PNG renamed to .txt", async () => {
    const err = await expectRefused(
      ingestFile({ name: "photo.txt", bytes: tinyPng() }),
      "binary",
      /^"photo\.txt" is not a text file: it looks like a PNG image\.$/,
    );
    expect(err.fileName).toBe("photo.txt");
  });

  it("refuses the e2e PNG fixture", async () => {
    const bytes = new Uint8Array(readFileSync(path.join(FIXTURES, "not-really-text.txt")));
    await expectRefused(ingestFile({ name: "not-really-text.txt", bytes }), "binary", /PNG image/);
  });

  it("refuses other binaries posing as text or markdown", async () => {
    await expectRefused(
      ingestFile({ name: "a.md", bytes: new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]) }),
      "binary",
      /ELF/,
    );
    await expectRefused(
      ingestFile({ name: "b.txt", bytes: new Uint8Array([0x41, 0x42, 0x00, 0x43]) }),
      "binary",
      /NUL byte at position 2/,
    );
    await expectRefused(
      ingestFile({ name: "c.txt", bytes: enc("%PDF-1.4\n...") }),
      "binary",
      /looks like a PDF document/,
    );
  });

  it("refuses invalid UTF-8 and points at the bad byte", async () => {
    await expectRefused(
      ingestFile({ name: "latin1.txt", bytes: new Uint8Array(Buffer.from("Caf\u00e9 au lait", "latin1")) }),
      "unreadable",
      /"latin1\.txt" is not a text file we can read: it is not valid UTF-8 \(first bad byte at position 3\)/,
    );
  });

  it("refuses random bytes renamed .pdf", async () => {
    const random = new Uint8Array(256).map((_, i) => (i * 73 + 41) % 256);
    await expectRefused(
      ingestFile({ name: "scan.pdf", bytes: random }),
      "unreadable",
      /"scan\.pdf" is not a PDF document/,
    );
  });

  it.each(["tool.exe", "sheet.xlsx", "slides.pptx", "image.png", "README"])(
    "refuses unsupported %s, listing supported types",
    async (name) => {
      await expectRefused(
        ingestFile({ name, bytes: enc("hello") }),
        "unsupported",
        /Supported types are \.txt, \.md, \.html\/\.htm, \.docx and \.pdf\./,
      );
    },
  );

  it("uses the declared type only when the name has no extension", async () => {
    const source = await ingestFile({
      name: "clipboard",
      bytes: enc("Plain words here."),
      declaredType: "text/plain; charset=utf-8",
    });
    expect(source.fileType).toBe("text/plain");
    await expectRefused(
      ingestFile({ name: "x.exe", bytes: enc("hi"), declaredType: "text/plain" }),
      "unsupported",
      /\.exe files are not supported/,
    );
  });
});

describe("ingestFiles", () => {
  it("judges each file on its own and reports in-batch duplicates", async () => {
    const { ok, errors } = await ingestFiles([
      { name: "one.txt", bytes: enc(ARTICLE) },
      { name: "photo.txt", bytes: tinyPng() },
      { name: "two.md", bytes: enc(ARTICLE.replace(/ /g, "  ")) },
      { name: "three.docx", bytes: await buildDocx(["A different text entirely."]) },
      { name: "tool.exe", bytes: enc("MZ") },
    ]);
    expect(ok.map((s) => s.fileName)).toEqual(["one.txt", "three.docx"]);
    expect(errors.map((e) => [e.fileName, e.code])).toEqual([
      ["photo.txt", "binary"],
      ["two.md", "duplicate"],
      ["tool.exe", "unsupported"],
    ]);
    expect(errors[1]?.message).toBe('"two.md" has the same text as "one.txt", so it was not added twice.');
  });
});
