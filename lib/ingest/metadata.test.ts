import { describe, expect, it } from "vitest";
import { JSDOM } from "jsdom";
import { buildDocx, buildPdf } from "./fixture-builders";
import { ingestFile, ingestPastedText } from "./index";
import { metadataFromDocxCore, metadataFromHtml, metadataFromJsonLd, metadataFromText, pdfDateToIso } from "./metadata";

const enc = (s: string) => new TextEncoder().encode(s);

// Invented story: a tram line in a fictional city. Every page shape below is written here.
const BODY =
  "Residents of the Almeda district will get a new tram stop in September, the transport authority said on Thursday. " +
  "The stop, at the corner of Rua Nova and the river path, was requested in a petition signed by 2,100 people last spring. " +
  "Construction starts in May and will close the river path for six weeks, officials said.";

const NEWS_PAGE = `<!doctype html><html><head>
<title>Almeda gets its tram stop | The Almeda Courier – News</title>
<meta property="og:site_name" content="The Almeda Courier">
<meta property="og:title" content="Almeda gets its tram stop (og)">
<meta name="author" content="Rita Calado">
<meta property="article:published_time" content="2025-03-06T08:15:00+01:00">
<link rel="canonical" href="/transport/almeda-tram-stop">
<script type="application/ld+json">${JSON.stringify({
  "@context": "https://schema.org",
  "@graph": [
    { "@type": "WebSite", name: "Courier Online" },
    {
      "@type": "NewsArticle",
      headline: "Almeda gets its tram stop after 2,100-name petition",
      author: [
        { "@type": "Person", name: "Rita Calado" },
        { "@type": "Person", name: "João Reis" },
      ],
      datePublished: "2025-03-06T07:15:00Z",
      publisher: { "@type": "NewsMediaOrganization", name: "The Almeda Courier" },
      mainEntityOfPage: { "@id": "https://courier.example/transport/almeda-tram-stop" },
    },
  ],
})}</script>
</head><body><nav>Home · Transport</nav><article><h1>Almeda gets its tram stop</h1><p>${BODY}</p></article></body></html>`;

describe("HTML news pages", () => {
  it("reads JSON-LD NewsArticle first, then the meta tags, through the upload path", async () => {
    const source = await ingestFile({ name: "courier.html", bytes: enc(NEWS_PAGE) });
    expect(source).toMatchObject({
      outlet: "The Almeda Courier",
      title: "Almeda gets its tram stop after 2,100-name petition",
      byline: "Rita Calado, João Reis",
      publishedAt: "2025-03-06T07:15:00.000Z",
      url: "https://courier.example/transport/almeda-tram-stop",
    });
    expect(source.originalText).toContain("Residents of the Almeda district");
    expect(source.originalText).not.toContain("@graph");
  });

  it("falls back to og:site_name, og:title, author, article:published_time and the canonical link", () => {
    const withoutLd = NEWS_PAGE.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/, "");
    const doc = new JSDOM(withoutLd, { url: "https://courier.example/x?utm=1" }).window.document;
    expect(metadataFromHtml(doc, "https://courier.example/x?utm=1")).toEqual({
      outlet: "The Almeda Courier",
      headline: "Almeda gets its tram stop (og)",
      byline: "Rita Calado",
      publishedAt: "2025-03-06T07:15:00.000Z",
      url: "https://courier.example/transport/almeda-tram-stop",
    });
  });

  it("ignores broken JSON-LD and a profile URL given as the author", () => {
    expect(
      metadataFromJsonLd(["{not json", JSON.stringify({ "@type": "NewsArticle", author: "https://x.example/rita" })]),
    ).toEqual({});
  });
});

describe(".docx core properties", () => {
  it("reads title, creator and created date", async () => {
    const bytes = await buildDocx([BODY], {
      title: "Tram stop for Almeda",
      creator: "Rita Calado",
      created: "2025-03-05T18:00:00Z",
    });
    const source = await ingestFile({ name: "tram.docx", bytes });
    expect(source).toMatchObject({
      title: "Tram stop for Almeda",
      byline: "Rita Calado",
      publishedAt: "2025-03-05T18:00:00.000Z",
    });
    expect(source.outlet).toBeUndefined();
  });

  it("decodes entities and skips empty properties", () => {
    expect(
      metadataFromDocxCore(
        "<cp:coreProperties><dc:title>Trams &amp; buses</dc:title><dc:creator></dc:creator></cp:coreProperties>",
      ),
    ).toEqual({
      headline: "Trams & buses",
    });
  });
});

describe("PDF info dictionary", () => {
  it("reads Title, Author and CreationDate", async () => {
    const bytes = await buildPdf([BODY], {
      title: "Tram stop for Almeda",
      author: "Rita Calado",
      creationDate: new Date("2025-03-04T10:30:00Z"),
    });
    const source = await ingestFile({ name: "tram.pdf", bytes });
    expect(source.title).toBe("Tram stop for Almeda");
    expect(source.byline).toBe("Rita Calado");
    expect(source.publishedAt).toBe("2025-03-04T10:30:00.000Z");
  });

  it("understands PDF date syntax with a time zone", () => {
    expect(pdfDateToIso("D:20241105093000-08'00'")).toBe("2024-11-05T17:30:00.000Z");
    expect(pdfDateToIso("D:20241105")).toBe("2024-11-05T00:00:00.000Z");
    expect(pdfDateToIso("yesterday")).toBeUndefined();
  });
});

describe("text conventions", () => {
  it("reads a leading 'date' and a wire dateline", () => {
    expect(metadataFromText(`date 2024-11-05 ALMEDA (AP) — ${BODY}`)).toEqual({
      publishedAt: "2024-11-05T00:00:00.000Z",
      outlet: "Associated Press",
    });
    expect(metadataFromText(`LISBON, Nov 5 (Reuters) - ${BODY}`).outlet).toBe("Reuters");
    expect(metadataFromText(`(Reuters) - ${BODY}`).outlet).toBe("Reuters");
  });

  it("reads a headline and a 'By NAME' line", () => {
    const text = `Almeda gets its tram stop after petition\nBy Rita Calado and João Reis\n\n${BODY}`;
    expect(metadataFromText(text)).toEqual({
      headline: "Almeda gets its tram stop after petition",
      byline: "Rita Calado and João Reis",
    });
  });

  it("never takes a photo caption for the headline", () => {
    const caption = "Rita Calado, spokeswoman of the Almeda Residents Association, at the new stop";
    const text = `${caption}\n${caption}, on Thursday. AFP\n\n${BODY}`;
    expect(metadataFromText(text).headline).toBeUndefined();
    const withHeadline = `${caption}. Getty Images\nAlmeda gets its tram stop\n\n${BODY}`;
    expect(metadataFromText(withHeadline).headline).toBe("Almeda gets its tram stop");
  });

  it("skips page furniture before the headline", () => {
    expect(metadataFromText(`262\nShare this @courier.example\nAlmeda gets its tram stop\n${BODY}`).headline).toBe(
      "Almeda gets its tram stop",
    );
  });

  it("does not invent anything for a plain article, and a dateline without an agency names no outlet", () => {
    expect(metadataFromText(BODY)).toEqual({});
    expect(metadataFromText(`ALMEDA—${BODY}`)).toEqual({});
  });

  it("applies to .txt uploads and pasted text, where the editor's own fields win", async () => {
    const source = await ingestFile({ name: "wire.txt", bytes: enc(`date 2024-11-05 ALMEDA (AP) — ${BODY}`) });
    expect(source).toMatchObject({ outlet: "Associated Press", publishedAt: "2024-11-05T00:00:00.000Z" });
    expect(ingestPastedText({ text: `(Reuters) - ${BODY}`, outlet: "Courier" }).outlet).toBe("Courier");
    expect(ingestPastedText({ text: `(Reuters) - ${BODY}` }).outlet).toBe("Reuters");
  });
});
