import { Readability } from "@mozilla/readability";
import { JSDOM, VirtualConsole } from "jsdom";
import { checkHtmlShape } from "./html-shape";
import { fail, type Subject } from "./subject";
import { metadataFromHtml, mergeMetadata, type SourceMetadata } from "./metadata";
import { nonEmpty, toIsoDate } from "./text";

export interface HtmlExtraction {
  /** Article text, paragraphs separated by a blank line. */
  text: string;
  /** From JSON-LD and <meta> tags, completed by Readability's guesses. */
  metadata: SourceMetadata;
  /** True when Readability found no article and we fell back to the page body. */
  usedFallback: boolean;
}

// Elements that never carry article prose; removed before anything else looks at the DOM.
const NEVER_CONTENT = "script, style, noscript, template, iframe, object, embed, svg, canvas, link, meta[http-equiv]";
// Page furniture. Readability scores it down on long pages, but on short pages it keeps
// the whole body, so we remove it up front. A <header> inside an article usually holds
// the headline and byline, so only page-level headers go.
const BOILERPLATE =
  "nav, footer, aside, form, button, dialog, [role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=search], [aria-hidden=true], [hidden]";
const PAGE_HEADER = "header";

const BLOCK_TAGS = new Set([
  "ADDRESS",
  "ARTICLE",
  "ASIDE",
  "BLOCKQUOTE",
  "DD",
  "DETAILS",
  "DIV",
  "DL",
  "DT",
  "FIELDSET",
  "FIGCAPTION",
  "FIGURE",
  "FOOTER",
  "FORM",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "HEADER",
  "HR",
  "LI",
  "MAIN",
  "NAV",
  "OL",
  "P",
  "PRE",
  "SECTION",
  "SUMMARY",
  "TABLE",
  "TBODY",
  "THEAD",
  "TFOOT",
  "TR",
  "UL",
]);
const LINE_TAGS = new Set(["LI", "TR", "DT", "DD"]);
const CELL_TAGS = new Set(["TD", "TH"]);

/**
 * Main-text extraction with Readability over jsdom. jsdom is created without
 * `runScripts` and without a resource loader, so page scripts never run and nothing
 * is fetched; scripts are also stripped before Readability sees the document.
 */
export function extractHtml(html: string, opts: { url?: string; subject?: Subject } = {}): HtmlExtraction {
  refuseHostileShape(html, opts.subject ?? { display: "The page" });
  const dom = new JSDOM(html, {
    url: opts.url ?? "https://ingest.invalid/",
    // A silent console: pages full of broken CSS would otherwise spam the server log.
    virtualConsole: new VirtualConsole(),
  });
  try {
    const doc = dom.window.document;
    // Read metadata first: JSON-LD sits in <script> elements, removed next, and Readability
    // mutates the document it parses.
    const meta = metadataFromHtml(doc, opts.url);
    for (const el of Array.from(doc.querySelectorAll(NEVER_CONTENT))) el.remove();
    for (const el of Array.from(doc.querySelectorAll(BOILERPLATE))) el.remove();
    for (const el of Array.from(doc.querySelectorAll(PAGE_HEADER))) {
      if (!el.closest("article, main, [role=main]")) el.remove();
    }

    const reader = new Readability<Node>(doc.cloneNode(true) as Document, {
      serializer: (node) => node,
      // Short news items are real articles too; the default 500 chars rejects briefs.
      charThreshold: 200,
    });
    const article = reader.parse();
    let text = article?.content ? nodeToText(article.content) : "";
    let usedFallback = false;
    if (text.trim() === "") {
      usedFallback = true;
      text = doc.body ? nodeToText(doc.body) : "";
    }

    const guessed: SourceMetadata = {};
    const title = nonEmpty(article?.title) ?? nonEmpty(doc.title);
    const byline = nonEmpty(article?.byline);
    const outlet = nonEmpty(article?.siteName);
    const publishedAt = toIsoDate(article?.publishedTime);
    if (title) guessed.headline = title;
    if (byline && !/^https?:\/\//i.test(byline)) guessed.byline = byline.replace(/^by\s+/i, "");
    if (outlet) guessed.outlet = outlet;
    if (publishedAt) guessed.publishedAt = publishedAt;
    return { text, usedFallback, metadata: mergeMetadata(meta, guessed) };
  } finally {
    dom.window.close();
  }
}

/** Element count and depth are checked before jsdom builds anything (see limits.ts). */
function refuseHostileShape(html: string, subject: Subject): void {
  const problem = checkHtmlShape(html);
  if (!problem) return;
  const what =
    problem.kind === "too-many-elements"
      ? `has more than ${problem.limit.toLocaleString("en-US")} HTML elements`
      : `nests HTML elements more than ${problem.limit} levels deep`;
  throw fail(
    subject,
    "too-complex",
    `${subject.display} ${what}, more than any article page needs, so it was not read. Save the article on its own (or paste its text) and try again.`,
  );
}

// Private-use markers for structure while flattening; they cannot occur in parsed HTML text
// because we map them out of text nodes first.
const PARA = "\uE000";
const LINE = "\uE001";
const PRE_NL = "\uE002";
const PRE_SP = "\uE003";
const MARKERS = /[\uE000-\uE003]/g;

/**
 * Flattens a DOM subtree to text: block elements become paragraphs (blank line),
 * list items, table rows and <br> a line break, table cells are tab-separated, and
 * whitespace collapses as a browser renders it (except inside <pre>).
 */
export function nodeToText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node, inPre: boolean): void => {
    if (node.nodeType === 3) {
      const raw = (node.nodeValue ?? "").replace(MARKERS, "");
      parts.push(inPre ? raw.replace(/\r?\n/g, PRE_NL).replace(/[ \t]/g, PRE_SP) : raw.replace(/[ \t\n\r\f]+/g, " "));
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (tag === "BR") {
      parts.push(LINE);
      return;
    }
    const marker = LINE_TAGS.has(tag) ? LINE : BLOCK_TAGS.has(tag) ? PARA : CELL_TAGS.has(tag) ? "\t" : "";
    if (marker && marker !== "\t") parts.push(marker);
    if (marker === "\t" && (node as Element).previousElementSibling) parts.push("\t");
    const pre = inPre || tag === "PRE";
    for (const child of Array.from(node.childNodes)) walk(child, pre);
    if (marker && marker !== "\t") parts.push(marker);
  };
  walk(root, false);
  return parts
    .join("")
    .replace(/ {2,}/g, " ")
    .replace(/(?:[ \t]*[\uE000\uE001])+[ \t]*/g, (run: string) => (run.includes(PARA) ? "\n\n" : "\n"))
    .replace(new RegExp(PRE_NL, "g"), "\n")
    .replace(new RegExp(PRE_SP, "g"), " ")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
