import mammoth from "mammoth";
import { fail, type Subject } from "./subject";
import { nonEmpty } from "./text";
import { listZipEntries, readZipEntry, type ZipEntry } from "./zip";
import { sniff } from "./sniff";

export interface DocxExtraction {
  text: string;
  title?: string;
  warnings: string[];
}

// A real article's document.xml is well under this; larger "uncompressed sizes" are zip bombs.
const MAX_DOCUMENT_XML_BYTES = 64 * 1024 * 1024;

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
  if (documentXml.uncompressedSize > MAX_DOCUMENT_XML_BYTES) {
    throw fail(subject, "too-large", `${subject.display} expands to more text than we accept in one document.`);
  }

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
  const result: DocxExtraction = {
    // mammoth ends every paragraph with "\n\n"; the trailing run is not content.
    text: value.replace(/\s+$/u, ""),
    warnings: messages.map((m) => m.message),
  };
  const title = readCoreTitle(bytes, entries);
  if (title) result.title = title;
  return result;
}

/** dc:title from docProps/core.xml; authors' templates often leave it empty, which is fine. */
function readCoreTitle(bytes: Uint8Array, entries: ZipEntry[]): string | undefined {
  const core = entries.find((e) => e.name === "docProps/core.xml");
  if (!core) return undefined;
  const xml = readZipEntry(bytes, core, 1024 * 1024);
  if (!xml) return undefined;
  const match = /<dc:title>([\s\S]*?)<\/dc:title>/.exec(new TextDecoder().decode(xml));
  return nonEmpty(match?.[1] ? decodeXmlEntities(match[1]) : undefined);
}

function decodeXmlEntities(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-f]+);/gi, (whole, ent: string) => {
    const lower = ent.toLowerCase();
    if (lower === "lt") return "<";
    if (lower === "gt") return ">";
    if (lower === "quot") return '"';
    if (lower === "apos") return "'";
    if (lower === "amp") return "&";
    const code = lower.startsWith("#x") ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
