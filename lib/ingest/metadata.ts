// Source metadata (outlet, headline, byline, publication date, canonical URL) from what each
// format carries: HTML <meta> tags and JSON-LD, .docx core properties, the PDF info dictionary,
// and the conventions of the text itself (datelines, "By NAME", a leading "date 2024-11-05").
// Pure functions: no I/O, no DOM of their own (the HTML reader takes the parsed document).

import { nonEmpty, toIsoDate } from "./text";

export interface SourceMetadata {
  outlet?: string;
  headline?: string;
  byline?: string;
  /** ISO 8601. */
  publishedAt?: string;
  /** The article's canonical address. */
  url?: string;
}

const FIELDS = ["outlet", "headline", "byline", "publishedAt", "url"] as const;

/** The first value found for each field, in the order given (best evidence first). */
export function mergeMetadata(...layers: (SourceMetadata | undefined)[]): SourceMetadata {
  const out: SourceMetadata = {};
  for (const layer of layers) {
    if (!layer) continue;
    for (const field of FIELDS) {
      const value = layer[field];
      if (out[field] === undefined && value !== undefined) out[field] = value;
    }
  }
  return out;
}

function clean(value: unknown, max = 300): string | undefined {
  if (typeof value !== "string") return undefined;
  const tidy = nonEmpty(decodeEntities(value));
  return tidy && tidy.length <= max ? tidy : undefined;
}

function httpUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== "string" || value.trim() === "") return undefined;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A byline is a name, not a profile link or an e-mail address. */
function personName(value: unknown): string | undefined {
  const name = clean(value, 160);
  if (!name || /^https?:\/\//i.test(name) || /@/.test(name)) return undefined;
  return name.replace(/^by\s+/i, "");
}

// --- HTML -----------------------------------------------------------------------------------

type JsonObject = Record<string, unknown>;

const ARTICLE_TYPES =
  /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|OpinionNewsArticle|WebPage|Report)$/;

function asObjects(value: unknown): JsonObject[] {
  if (Array.isArray(value)) return value.flatMap(asObjects);
  if (value && typeof value === "object") {
    const obj = value as JsonObject;
    return [obj, ...(obj["@graph"] ? asObjects(obj["@graph"]) : [])];
  }
  return [];
}

function typesOf(obj: JsonObject): string[] {
  const t = obj["@type"];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === "string");
}

function nameOf(value: unknown): string | undefined {
  if (typeof value === "string") return personName(value);
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => n !== undefined);
    return names.length ? names.join(", ") : undefined;
  }
  if (value && typeof value === "object") return personName((value as JsonObject).name);
  return undefined;
}

/** NewsArticle (or Article, BlogPosting …) JSON-LD blocks: the richest metadata a news page has. */
export function metadataFromJsonLd(blocks: readonly string[], pageUrl?: string): SourceMetadata {
  const objects = blocks.flatMap((raw) => {
    try {
      return asObjects(JSON.parse(raw) as unknown);
    } catch {
      return [];
    }
  });
  const article =
    objects.find((o) => typesOf(o).some((t) => /NewsArticle$/.test(t))) ??
    objects.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t)));
  const site = objects.find((o) => typesOf(o).some((t) => t === "WebSite" || t === "NewsMediaOrganization"));
  if (!article) return site ? mergeMetadata({ outlet: clean(site.name, 120) }) : {};
  const publisher = article.publisher as JsonObject | undefined;
  const meta: SourceMetadata = {};
  const outlet =
    clean(publisher && typeof publisher === "object" ? publisher.name : undefined, 120) ?? clean(site?.name, 120);
  const headline = clean(article.headline) ?? clean(article.name);
  const byline = nameOf(article.author);
  const publishedAt = toIsoDate(clean(article.datePublished) ?? clean(article.dateCreated));
  const mainEntity = article.mainEntityOfPage;
  const url = httpUrl(
    typeof mainEntity === "object" && mainEntity ? (mainEntity as JsonObject)["@id"] : (mainEntity ?? article.url),
    pageUrl,
  );
  if (outlet) meta.outlet = outlet;
  if (headline) meta.headline = headline;
  if (byline) meta.byline = byline;
  if (publishedAt) meta.publishedAt = publishedAt;
  if (url) meta.url = url;
  return meta;
}

/** What the <head> says: Open Graph, article:*, author, Dublin Core, canonical link. */
export function metadataFromHtmlHead(doc: Document, pageUrl?: string): SourceMetadata {
  const pick = (...selectors: string[]): string | undefined => {
    for (const selector of selectors) {
      const el = doc.querySelector(selector);
      const value = clean(el?.getAttribute("content") ?? el?.getAttribute("datetime") ?? undefined);
      if (value) return value;
    }
    return undefined;
  };
  const meta: SourceMetadata = {};
  const outlet = pick('meta[property="og:site_name"]', 'meta[name="application-name"]', 'meta[name="publisher"]');
  // og:title is usually the bare headline; <title> often carries the site name too.
  const headline = pick('meta[property="og:title"]', 'meta[name="twitter:title"]', 'meta[name="headline"]');
  const byline = personName(
    pick('meta[name="author"]', 'meta[property="article:author"]', 'meta[name="byl"]', 'meta[name="dc.creator" i]'),
  );
  const publishedAt = toIsoDate(
    pick(
      'meta[property="article:published_time"]',
      'meta[property="og:published_time"]',
      'meta[name="pubdate"]',
      'meta[name="publishdate"]',
      'meta[name="date"]',
      'meta[itemprop="datePublished"]',
      'meta[name="dc.date" i]',
      'meta[name="dcterms.date" i]',
      'meta[name="citation_publication_date"]',
      "time[datetime][pubdate]",
      "article time[datetime]",
    ),
  );
  const url =
    httpUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute("href"), pageUrl) ??
    httpUrl(pick('meta[property="og:url"]'), pageUrl);
  if (outlet) meta.outlet = outlet;
  if (headline) meta.headline = headline;
  if (byline) meta.byline = byline;
  if (publishedAt) meta.publishedAt = publishedAt;
  if (url) meta.url = url;
  return meta;
}

/** JSON-LD first (it names the article itself), then the head's tags. */
export function metadataFromHtml(doc: Document, pageUrl?: string): SourceMetadata {
  const blocks = Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).map((s) => s.textContent ?? "");
  return mergeMetadata(metadataFromJsonLd(blocks, pageUrl), metadataFromHtmlHead(doc, pageUrl));
}

// --- .docx core properties --------------------------------------------------------------------

function xmlElement(xml: string, name: string): string | undefined {
  const match = new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`).exec(xml);
  return match?.[1];
}

/** docProps/core.xml: dc:title, dc:creator, dcterms:created (word processors fill them in). */
export function metadataFromDocxCore(coreXml: string): SourceMetadata {
  const meta: SourceMetadata = {};
  const headline = clean(xmlElement(coreXml, "dc:title"));
  const byline = personName(xmlElement(coreXml, "dc:creator"));
  const publishedAt = toIsoDate(clean(xmlElement(coreXml, "dcterms:created")));
  if (headline) meta.headline = headline;
  if (byline) meta.byline = byline;
  if (publishedAt) meta.publishedAt = publishedAt;
  return meta;
}

// --- PDF info dictionary ----------------------------------------------------------------------

/** "D:20241105093000-08'00'" (PDF date syntax) → ISO 8601. */
export function pdfDateToIso(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const m = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(Z|[+-]\d{2}'?\d{2}'?)?/.exec(value.trim());
  if (!m) return toIsoDate(value);
  const [, y, mo = "01", d = "01", h = "00", mi = "00", s = "00", tz] = m;
  const zone = !tz || tz === "Z" ? "Z" : `${tz.slice(0, 3)}:${tz.slice(3).replace(/'/g, "") || "00"}`;
  return toIsoDate(`${y}-${mo}-${d}T${h}:${mi}:${s}${zone}`);
}

/** The PDF info dictionary (Title, Author, CreationDate) and, when present, XMP dc:publisher. */
export function metadataFromPdfInfo(
  info: Record<string, unknown>,
  xmp?: { get(name: string): unknown } | null,
): SourceMetadata {
  const meta: SourceMetadata = {};
  const xmpTitle = xmp?.get("dc:title");
  const headline = clean(info.Title) ?? clean(xmpTitle);
  const byline = personName(info.Author) ?? personName(xmp?.get("dc:creator"));
  const outlet = clean(xmp?.get("dc:publisher"), 120);
  const publishedAt = pdfDateToIso(info.CreationDate);
  if (outlet) meta.outlet = outlet;
  if (headline) meta.headline = headline;
  if (byline) meta.byline = byline;
  if (publishedAt) meta.publishedAt = publishedAt;
  return meta;
}

// --- Text conventions -------------------------------------------------------------------------

/** Wire services named in datelines, by the abbreviation they sign with. */
const WIRE_SERVICES: Record<string, string> = {
  AP: "Associated Press",
  Reuters: "Reuters",
  AFP: "AFP",
  Bloomberg: "Bloomberg",
  UPI: "UPI",
  dpa: "dpa",
  CNN: "CNN",
  PA: "PA Media",
  CP: "The Canadian Press",
};

const DASH = "[-\u2013\u2014]";
/** "SEATTLE (AP) —", "LONDON, Nov 5 (Reuters) -", "(Reuters) -". */
const DATELINE = new RegExp(
  `^(?:[A-Z][A-Z .'’,-]{1,40}(?:,\\s*[A-Z][a-z]{2,8}\\.? \\d{1,2})?\\s*)?\\((AP|Reuters|AFP|Bloomberg|UPI|dpa|CNN|PA|CP)\\)\\s*${DASH}`,
);
/** "date 2024-11-05" at the very start (some clipping tools prefix it). */
const LEADING_DATE = /^\s*date:?\s+(\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)\b/i;
const BY_LINE =
  /^By\s+([A-Z][\p{L}'’.-]+(?:\s+(?:[A-Z][\p{L}'’.-]+|and|&|de|van|von|da|al-\S+))*(?:,\s*[A-Z][\p{L}'’.-]+(?:\s+[A-Z][\p{L}'’.-]+)*)*)\s*$/u;
/** A photo caption's credit: "… AFP", "… Getty Images", "(Photo: …)". */
const PHOTO_CREDIT =
  /(?:\b(?:AFP|Getty Images|Reuters|AP Photo\/[^.]*|EPA|Bloomberg)\s*\.?|\(Photo:[^)]*\)|Photo:\s.*)$/;

function lines(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.trim());
}

/** Page furniture that clipping tools keep at the top: share buttons, page numbers, handles. */
const FURNITURE =
  /^(?:\d{1,4}|share(?: this)?\b.*|follow us\b.*|subscribe\b.*|sign up\b.*|advertisement|read more\b.*|listen to this article.*|\S*@\S+)$/i;

/** The opening lines of a text with leading furniture and photo captions skipped (a caption is not a headline). */
function withoutCaptions(all: readonly string[]): string[] {
  const nonEmptyLines = all.filter((l) => l !== "" && !FURNITURE.test(l));
  let i = 0;
  while (i < nonEmptyLines.length && i < 4) {
    const line = nonEmptyLines[i]!;
    const next = nonEmptyLines[i + 1];
    const credited = PHOTO_CREDIT.test(line);
    // Captions often come twice: the alt text, then the same words with the credit.
    const prefixOfCaption = next !== undefined && PHOTO_CREDIT.test(next) && sharedStart(line, next) >= 4;
    if (!credited && !prefixOfCaption) break;
    i += 1;
  }
  return nonEmptyLines.slice(i);
}

function sharedStart(a: string, b: string): number {
  const x = a.split(/\s+/);
  const y = b.split(/\s+/);
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n += 1;
  return n;
}

/** A first line that reads as a headline: short, several words, no sentence-final punctuation. */
function looksLikeHeadline(line: string): boolean {
  const words = line.split(/\s+/).length;
  return (
    line.length >= 12 &&
    line.length <= 200 &&
    words >= 3 &&
    words <= 30 &&
    !/[.!?:;,"”]$/.test(line) &&
    !LEADING_DATE.test(line) &&
    !DATELINE.test(line) &&
    !/^by\s/i.test(line) &&
    !/^(?:https?:|www\.)/i.test(line)
  );
}

/**
 * Metadata a plain article text carries by convention: a leading "date 2024-11-05", a wire
 * dateline ("SEATTLE (AP) —", "(Reuters) -"), a "By NAME" line and a headline-like first line
 * (leading photo captions skipped). A Markdown "# Title" counts as a headline.
 */
export function metadataFromText(text: string): SourceMetadata {
  const meta: SourceMetadata = {};
  const head = text.slice(0, 4000);
  const dateMatch = LEADING_DATE.exec(head);
  const publishedAt = toIsoDate(dateMatch?.[1]);
  if (publishedAt) meta.publishedAt = publishedAt;
  const opening = withoutCaptions(lines(head));
  for (const line of opening.slice(0, 6)) {
    const body = line.replace(LEADING_DATE, "").trim();
    const wire = DATELINE.exec(body)?.[1];
    if (wire) {
      meta.outlet = WIRE_SERVICES[wire] ?? wire;
      break;
    }
  }
  for (const line of opening.slice(0, 6)) {
    const by = BY_LINE.exec(line)?.[1];
    if (by && by.length <= 120) {
      meta.byline = by;
      break;
    }
  }
  const first = opening[0]?.replace(/^#\s+/, "").replace(/\s*#*$/, "");
  if (first && (opening[0]!.startsWith("# ") || looksLikeHeadline(first))) meta.headline = first;
  return meta;
}

// --- Small helpers ----------------------------------------------------------------------------

function decodeEntities(s: string): string {
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

/** The metadata as IngestedSource fields (its headline is called `title` there). */
export function sourceFields(meta: SourceMetadata): {
  title?: string;
  byline?: string;
  outlet?: string;
  publishedAt?: string;
  url?: string;
} {
  const out: { title?: string; byline?: string; outlet?: string; publishedAt?: string; url?: string } = {};
  if (meta.headline) out.title = meta.headline;
  if (meta.byline) out.byline = meta.byline;
  if (meta.outlet) out.outlet = meta.outlet;
  if (meta.publishedAt) out.publishedAt = meta.publishedAt;
  if (meta.url) out.url = meta.url;
  return out;
}

/** A format's own metadata, completed from the conventions of its text. */
export function completeFromText(meta: SourceMetadata, text: string): SourceMetadata {
  return mergeMetadata(meta, metadataFromText(text));
}
