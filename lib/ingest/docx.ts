import mammoth from "mammoth";
import { fail, type Subject } from "./subject";
import { metadataFromDocxCore, type SourceMetadata } from "./metadata";
import { checkInflatedSizes, listZipEntries, readZipEntry, type ZipEntry } from "./zip";
import { sniff } from "./sniff";
import { formatBytes } from "./errors";
import { MAX_DOCX_ENTRIES, MAX_DOCX_ENTRY_BYTES, MAX_DOCX_TOTAL_BYTES } from "./limits";

export interface DocxExtraction {
  text: string;
  /** From docProps/core.xml. */
  metadata: SourceMetadata;
  warnings: string[];
}

export async function extractDocx(bytes: Uint8Array, subject: Subject): Promise<DocxExtraction> {
  const sniffed = sniff(bytes);
  if (sniffed?.kind === "ole") {
    throw fail(
      subject,
      "unsupported",
      `${subject.display} is an old-style Word 97–2003 (.doc) file, not a .docx. Open it in Word or LibreOffice, save it as .docx and upload it again.`,
    );
  }
  if (sniffed?.kind !== "zip") {
    const looks = sniffed ? `it looks like ${sniffed.label}` : "it is not a ZIP-based Office file";
    throw fail(subject, "unreadable", `${subject.display} is not a Word document: ${looks}.`);
  }
  const entries = listZipEntries(bytes);
  if (!entries) {
    throw fail(subject, "unreadable", `${subject.display} is not a Word document: the ZIP container is damaged.`);
  }
  const documentXml = entries.find((e) => e.name === "word/document.xml");
  if (!documentXml) {
    throw fail(
      subject,
      "unreadable",
      `${subject.display} is not a Word document: it is a ZIP archive without word/document.xml.`,
    );
  }
  refuseZipBomb(bytes, entries, subject);

  let value: string;
  let messages: { type: string; message: string }[];
  try {
    ({ value, messages } = await mammoth.extractRawText({
      buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    }));
  } catch (cause) {
    throw fail(
      subject,
      "unreadable",
      `${subject.display} could not be read as a Word document: the file is damaged.`,
      cause,
    );
  }
  return {
    // mammoth ends every paragraph with "\n\n"; the trailing run is not content.
    text: value.replace(/\s+$/u, ""),
    metadata: readCoreProperties(bytes, entries),
    warnings: messages.map((m) => m.message),
  };
}

/**
 * mammoth inflates whatever parts it reads (document.xml, styles.xml, numbering.xml …) in full,
 * so every entry's real inflated size is measured, with caps, before mammoth sees the file.
 */
function refuseZipBomb(bytes: Uint8Array, entries: ZipEntry[], subject: Subject): void {
  const check = checkInflatedSizes(bytes, entries, {
    perEntry: MAX_DOCX_ENTRY_BYTES,
    total: MAX_DOCX_TOTAL_BYTES,
    maxEntries: MAX_DOCX_ENTRIES,
  });
  if (check.ok) return;
  switch (check.reason) {
    case "damaged":
      throw fail(
        subject,
        "unreadable",
        `${subject.display} could not be read as a Word document: the part ${check.entry} is damaged.`,
      );
    case "too-many-entries":
      throw fail(
        subject,
        "too-complex",
        `${subject.display} holds more than ${check.limit} parts; a Word document has a few dozen.`,
      );
    case "entry-too-large":
      throw fail(
        subject,
        "too-large",
        `${subject.display} expands to more than ${formatBytes(check.limit)} in its part ${check.entry}, far more than an article needs, so it was not read.`,
      );
    case "total-too-large":
      throw fail(
        subject,
        "too-large",
        `${subject.display} expands to more than ${formatBytes(check.limit)} when unpacked, far more than an article needs, so it was not read.`,
      );
  }
}

/** docProps/core.xml; authors' templates often leave it empty, which is fine. */
function readCoreProperties(bytes: Uint8Array, entries: ZipEntry[]): SourceMetadata {
  const core = entries.find((e) => e.name === "docProps/core.xml");
  const xml = core ? readZipEntry(bytes, core, 1024 * 1024) : undefined;
  return xml ? metadataFromDocxCore(new TextDecoder().decode(xml)) : {};
}
