/**
 * The hostile uploads found by the attack test (issue 11), rebuilt on demand so no megabytes of
 * junk live in git. Used by unit tests, the brief CLI test and the e2e attack spec. Node only.
 */
import { randomBytes } from "node:crypto";
import { crc32, deflateRawSync } from "node:zlib";

/** 600,000 <p> in about 4.8 MB: blocked the event loop 107 s and killed the process (4.4 GB). */
export function manyParagraphsHtml(count = 600_000): string {
  return `<!doctype html><html><head><title>Many</title></head><body>${"<p>x".repeat(count)}</body></html>`;
}

/** 20,000 nested <div> in about 222 KB: blocked every request for 40 s. */
export function nestedDivsHtml(depth = 20_000): string {
  return `<!doctype html><html><body>${"<div>a ".repeat(depth)}${"</div>".repeat(depth)}</body></html>`;
}

interface ZipPart {
  name: string;
  data: Buffer;
  /** Written into the headers instead of the real size (a bomb that lies). */
  declaredSize?: number;
}

/** A minimal deflated ZIP writer, so a test can lie in the headers the way an attacker does. */
export function buildZip(parts: readonly ZipPart[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, "utf8");
    const packed = deflateRawSync(part.data, { level: 9 });
    const size = part.declaredSize ?? part.data.length;
    const crc = crc32(part.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, packed);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const DOC_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function documentXml(paragraphs: number, words = "The ministry said on Monday that talks would resume. "): Buffer {
  const para = `<w:p><w:r><w:t>${words}</w:t></w:r></w:p>`;
  return Buffer.from(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${para.repeat(paragraphs)}</w:body></w:document>`,
  );
}

function stylesXml(padding = 0): Buffer {
  return Buffer.from(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${W}>${" ".repeat(padding)}</w:styles>`,
  );
}

function docx(
  document: Buffer,
  styles: Buffer,
  declared: Partial<Record<string, number>> = {},
  extra: ZipPart[] = [],
): Uint8Array {
  const part = (name: string, data: Buffer): ZipPart =>
    declared[name] === undefined ? { name, data } : { name, data, declaredSize: declared[name] };
  return buildZip([
    part("[Content_Types].xml", Buffer.from(CONTENT_TYPES)),
    part("_rels/.rels", Buffer.from(RELS)),
    part("word/_rels/document.xml.rels", Buffer.from(DOC_RELS)),
    part("word/document.xml", document),
    part("word/styles.xml", styles),
    ...extra,
  ]);
}

/**
 * A few KB of real article text in a well-formed package; `mediaBytes` adds an incompressible
 * picture, so a file can be megabytes large (like a .docx with photos) without megabytes of text.
 */
export function smallDocx(opts: { mediaBytes?: number; words?: string } = {}): Uint8Array {
  const media = opts.mediaBytes ? [{ name: "word/media/image1.jpeg", data: randomBytes(opts.mediaBytes) }] : [];
  return docx(documentXml(40, opts.words), stylesXml(), {}, media);
}

/** About 100 KB that inflates to ~70 MB of document.xml (the 62.9 MB-of-text finding). */
export function textBombDocx(): Uint8Array {
  return docx(documentXml(1_300_000), stylesXml());
}

/** document.xml that declares 2 KB but inflates far past the caps (the "lies about its size" finding). */
export function lyingBombDocx(): Uint8Array {
  return docx(documentXml(1_300_000), stylesXml(), { "word/document.xml": 2048 });
}

/** A small document whose styles.xml inflates to ~200 MB (never checked before). */
export function stylesBombDocx(): Uint8Array {
  return docx(documentXml(40), stylesXml(200 * 1024 * 1024), { "word/styles.xml": 1024 });
}
