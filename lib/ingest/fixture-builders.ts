/**
 * Builders for test and e2e fixtures (docx via jszip, pdf via @react-pdf/renderer).
 * Test-only: jszip is a dev dependency, so nothing in the runtime API imports this file.
 */
import JSZip from "jszip";
import { createElement } from "react";
import { Document, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";

/** A valid 1×1 PNG (one semi-transparent blue pixel). */
export const TINY_PNG_BASE64 =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

export function tinyPng(): Uint8Array {
  return new Uint8Array(Buffer.from(TINY_PNG_BASE64, "base64"));
}

// A fixed timestamp keeps regenerated fixtures byte-identical, so git shows no churn.
const FIXED_DATE = new Date("2025-01-01T00:00:00Z");

function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export interface DocxCoreProperties {
  title?: string;
  creator?: string;
  /** ISO 8601, written as dcterms:created. */
  created?: string;
}

export async function buildDocx(paragraphs: readonly string[], opts: DocxCoreProperties = {}): Promise<Uint8Array> {
  const hasCore = opts.title !== undefined || opts.creator !== undefined || opts.created !== undefined;
  const zip = new JSZip();
  const file = (path: string, content: string) => zip.file(path, content, { date: FIXED_DATE, createFolders: false });
  file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>${
      hasCore
        ? `\n<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>`
        : ""
    }
</Types>`,
  );
  file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>${
      hasCore
        ? `\n<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>`
        : ""
    }
</Relationships>`,
  );
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(p)}</w:t></w:r></w:p>`).join("");
  file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  if (hasCore) {
    const props = [
      opts.title !== undefined ? `<dc:title>${escapeXml(opts.title)}</dc:title>` : "",
      opts.creator !== undefined ? `<dc:creator>${escapeXml(opts.creator)}</dc:creator>` : "",
      opts.created !== undefined ? `<dcterms:created xsi:type="dcterms:W3CDTF">${opts.created}</dcterms:created>` : "",
    ].join("");
    file(
      "docProps/core.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${props}</cp:coreProperties>`,
    );
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** A zip that is not a Word document (no word/document.xml). */
export async function buildPlainZip(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("notes.txt", "just a zip", { date: FIXED_DATE });
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

const styles = StyleSheet.create({
  page: { padding: 48, fontSize: 12, fontFamily: "Helvetica" },
  title: { fontSize: 20, marginBottom: 18 },
  paragraph: { marginBottom: 14, lineHeight: 1.3 },
  block: { width: 200, height: 120, backgroundColor: "#444444" },
});

/** A PDF with a real text layer (react-pdf embeds text, not images of text). */
export async function buildPdf(
  paragraphs: readonly string[],
  opts: { title?: string; heading?: string; author?: string; creationDate?: Date } = {},
): Promise<Uint8Array> {
  const children = [
    ...(opts.heading ? [createElement(Text, { key: "h", style: styles.title }, opts.heading)] : []),
    ...paragraphs.map((p, i) => createElement(Text, { key: String(i), style: styles.paragraph }, p)),
  ];
  const doc = createElement(
    Document,
    {
      title: opts.title,
      author: opts.author,
      creationDate: opts.creationDate ?? FIXED_DATE,
      modificationDate: FIXED_DATE,
      producer: "briefing-desk fixtures",
      creator: "briefing-desk fixtures",
    },
    createElement(Page, { size: "A4", style: styles.page }, ...children),
  );
  return new Uint8Array(await renderToBuffer(doc));
}

/** A PDF with only a drawn shape: what a scanned page looks like to a text extractor. */
export async function buildPdfWithoutText(): Promise<Uint8Array> {
  const doc = createElement(
    Document,
    { creationDate: FIXED_DATE, modificationDate: FIXED_DATE },
    createElement(Page, { size: "A4", style: styles.page }, createElement(View, { style: styles.block })),
  );
  return new Uint8Array(await renderToBuffer(doc));
}
