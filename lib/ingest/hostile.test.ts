import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkHtmlShape } from "./html-shape";
import {
  buildZip,
  lyingBombDocx,
  manyParagraphsHtml,
  nestedDivsHtml,
  smallDocx,
  stylesBombDocx,
  textBombDocx,
} from "./hostile-fixtures";
import { ingestFile, ingestFiles, ingestFilesInProcess, MAX_HTML_DEPTH, MAX_HTML_ELEMENTS } from "./index";

const enc = (s: string) => new TextEncoder().encode(s);
const FIXTURES = path.resolve(import.meta.dirname, "../../e2e/fixtures");
const MB = 1024 * 1024;

describe("HTML shape check (before any DOM is built)", () => {
  it("passes ordinary pages and counts implied closes the way browsers do", () => {
    expect(checkHtmlShape(readFileSync(path.join(FIXTURES, "sample.html"), "utf8"))).toBeUndefined();
    // Unclosed <p> and <li> close each other: 10,000 of them are 10,000 elements, not 10,000 levels.
    expect(checkHtmlShape(`<body>${"<p>para ".repeat(10_000)}<ul>${"<li>item".repeat(1000)}</ul>`)).toBeUndefined();
  });

  it("stops at the element cap and the depth cap", () => {
    expect(checkHtmlShape(manyParagraphsHtml())).toEqual({ kind: "too-many-elements", limit: MAX_HTML_ELEMENTS });
    expect(checkHtmlShape(nestedDivsHtml())).toMatchObject({ kind: "too-deep", limit: MAX_HTML_DEPTH });
  });
});

describe("hostile uploads, parsed in the worker", () => {
  it("refuses 600,000 <p> and 20,000 nested <div> with a reason, fast", async () => {
    const started = Date.now();
    const { ok, errors } = await ingestFiles([
      { name: "many.html", bytes: enc(manyParagraphsHtml()) },
      { name: "nested.html", bytes: enc(nestedDivsHtml()) },
    ]);
    expect(ok).toEqual([]);
    expect(errors.map((e) => [e.code, e.fileName])).toEqual([
      ["too-complex", "many.html"],
      ["too-complex", "nested.html"],
    ]);
    expect(errors[0]?.message).toMatch(/"many\.html" has more than 40,000 HTML elements/);
    expect(errors[1]?.message).toMatch(/"nested\.html" nests HTML elements more than 128 levels deep/);
    // Before the caps these took 107 s and 40 s; a generous bound keeps the test meaningful on a busy machine.
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it("measures the real inflated size of every .docx part, whatever the headers claim", async () => {
    const { ok, errors } = await ingestFiles([
      { name: "text-bomb.docx", bytes: textBombDocx() },
      { name: "lying.docx", bytes: lyingBombDocx() },
      { name: "styles-bomb.docx", bytes: stylesBombDocx() },
      { name: "fine.docx", bytes: smallDocx() },
    ]);
    expect(ok.map((s) => s.fileName)).toEqual(["fine.docx"]);
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/"text-bomb\.docx" expands to more than 16 MB in its part word\/document\.xml/),
      expect.stringMatching(/"lying\.docx" expands to more than 16 MB in its part word\/document\.xml/),
      expect.stringMatching(/"styles-bomb\.docx" expands to more than 16 MB in its part word\/styles\.xml/),
    ]);
  });

  it("caps the extracted text of a compressed format at the per-source limit", async () => {
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const para = `<w:p><w:r><w:t>${"The port authority said the strike would continue. ".repeat(20)}</w:t></w:r></w:p>`;
    const doc = Buffer.from(`<?xml version="1.0"?><w:document ${W}><w:body>${para.repeat(1500)}</w:body></w:document>`);
    const bytes = buildZip([
      { name: "[Content_Types].xml", data: Buffer.from("<Types/>") },
      { name: "word/document.xml", data: doc },
    ]);
    expect(bytes.length).toBeLessThan(64 * 1024);
    const { errors } = await ingestFiles([{ name: "dense.docx", bytes }], { maxBytes: 1 * MB });
    expect(errors[0]?.code).toBe("too-large");
    expect(errors[0]?.message).toMatch(/"dense\.docx" holds 1\.\d MB of text; the limit is 1 MB per source\./);
  });

  it("stops a parse that runs out of time or memory, names the file, and goes on with the batch", async () => {
    const sample = { name: "sample.html", bytes: readFileSync(path.join(FIXTURES, "sample.html")) };
    const slow = await ingestFiles([sample], { timeoutMs: 1 });
    expect(slow.errors[0]?.code).toBe("timeout");
    expect(slow.errors[0]?.message).toMatch(/"sample\.html" took longer than 0 s to read/);

    const heavy = `<html><body><article>${"<p>The minister said <a href='/x'>talks</a> would resume.</p>".repeat(12_000)}</article></body></html>`;
    const { ok, errors } = await ingestFiles([{ name: "heavy.html", bytes: enc(heavy) }, sample], { heapMb: 64 });
    expect(errors[0]).toMatchObject({ code: "too-complex", fileName: "heavy.html" });
    expect(errors[0]?.message).toMatch(/needs more than 64 MB of memory/);
    // A fresh worker reads the next file of the batch.
    expect(ok.map((s) => s.fileName)).toEqual(["sample.html"]);
  });

  it("returns the parser's whole result object unchanged (every field passes the worker)", async () => {
    const files = ["sample.html", "sample.docx", "sample.pdf"].map((name) => ({
      name,
      bytes: new Uint8Array(readFileSync(path.join(FIXTURES, name))),
    }));
    const inWorker = await ingestFiles(files);
    const inProcess = await ingestFilesInProcess(files);
    expect(inWorker.errors).toEqual([]);
    expect(inWorker.ok).toEqual(inProcess.ok);
    expect(inWorker.ok[0]).toEqual(await ingestFile(files[0]!));
  });
});

describe("file names", () => {
  it("are stored without control characters, folders or direction overrides", async () => {
    const { ok } = await ingestFiles([
      { name: "C:\\fakepath\\report\u0000\u0007\r\n2025\u202e.txt", bytes: enc("The council met on Monday.") },
    ]);
    expect(ok[0]?.fileName).toBe("report 2025 .txt");
  });
});
