import type { Briefing } from "../briefing/types";
import type { BriefingPdfInput, PdfSourceMeta } from "./types";

// Invented story, shared by the tests and scripts/bench-pdf.ts. It deliberately exercises
// curly quotes, em/en dashes, Polish, Spanish, German and Turkish letters, an actor with
// several positions, a source known only by its file name, and a quote cited twice.

export const FIXTURE_BRIEFING: Briefing = {
  schemaVersion: 1,
  title: "Grain-corridor talks in İstanbul stall over inspection regime",
  summary:
    "Negotiators meeting in İstanbul on Tuesday failed to agree how ships leaving Black Sea ports would be inspected. " +
    "Ukraine’s president, Volodymyr Zelenskyy, said his delegation was ready to sign a 90-day extension — provided inspections stay joint. " +
    "Spain’s mediator José Sánchez proposed a compromise; talks resume on Friday.",
  sources: [
    {
      id: "s1",
      outlet: "Meridian Wire",
      headline: "Zelenskyy: “we’re ready” to extend grain deal",
      url: "https://meridianwire.example/world/2025/11/18/grain-corridor-istanbul-talks-zelenskyy-ready-to-extend",
      words: 812,
      flags: [],
    },
    {
      id: "s2",
      outlet: "Agencia Ibérica",
      headline: "Sánchez plantea inspecciones mixtas en el Bósforo",
      url: "https://iberica.example/es/internacional/sanchez-inspecciones",
      words: 604,
      flags: [],
    },
    {
      id: "s3",
      outlet: "Rheinische Rundschau",
      headline: "Müller warnt vor Scheitern der Getreidegespräche",
      url: "https://rundschau.example/politik/mueller-getreide",
      words: 455,
      flags: ["paraphrased-quotes"],
    },
    {
      id: "s4",
      outlet: "Baltic Ledger",
      headline: "Łódź port operator counts cost of idle corridor",
      words: 390,
      flags: [],
    },
    { id: "s5", file: "000_ministry-statement.txt", words: 220, flags: ["boilerplate-removed"] },
  ],
  positions: [
    {
      actor: "Ukraine",
      text: "Volodymyr Zelenskyy said — “we’re ready” — to sign a 90-day extension if inspections remain joint.",
      citations: [
        { sourceId: "s1", quote: "Volodymyr Zelenskyy said — “we’re ready” — to sign a 90-day extension" },
        { sourceId: "s2", quote: "Zelenskyy afirmó que Ucrania está “lista” para firmar una prórroga de 90 días" },
        { sourceId: "s3", quote: "Selenskyj sagte, man sei „bereit“, die Verlängerung um 90 Tage zu unterzeichnen" },
      ],
    },
    {
      actor: "Russia",
      text: "Moscow’s delegation insists inspections move to Russian-controlled ports and rejects joint teams.",
      citations: [
        { sourceId: "s1", quote: "insisted that inspections be carried out in Russian-controlled ports" },
        { sourceId: "s5", quote: "The Russian side rejects joint inspection teams as a matter of principle." },
      ],
    },
    {
      actor: "Ukraine",
      text: "Kyiv says any single-party inspection regime would be “a blockade by another name”.",
      citations: [
        { sourceId: "s1", quote: "any single-party inspection regime would be “a blockade by another name”" },
      ],
    },
    {
      actor: "Germany",
      text: "Foreign-policy spokesman Klaus Müller warned the talks could collapse within the week.",
      citations: [{ sourceId: "s3", quote: "Müller warnte, die Gespräche könnten noch in dieser Woche scheitern" }],
    },
  ],
  dealTerms: [
    {
      text: "90-day extension of the corridor, renewable once",
      figures: ["90 days", "1 renewal"],
      proposedBy: "José Sánchez (Spain)",
      status: "proposed",
      citations: [
        { sourceId: "s2", quote: "Sánchez propuso una prórroga de 90 días, renovable una sola vez" },
        { sourceId: "s1", quote: "a 90-day extension, renewable once, put forward by Spain’s José Sánchez" },
      ],
    },
    {
      text: "Inspections by joint teams at a single hub off İstanbul",
      figures: ["1 hub", "3 teams"],
      proposedBy: "Ukraine",
      status: "demanded",
      citations: [{ sourceId: "s1", quote: "joint teams at a single inspection hub off İstanbul" }],
    },
    {
      text: "Inspections moved to Novorossiysk and Sevastopol",
      figures: [],
      proposedBy: "Russia",
      status: "rejected",
      citations: [
        { sourceId: "s5", quote: "The Russian side rejects joint inspection teams as a matter of principle." },
      ],
    },
  ],
  keyFigures: [
    {
      text: "About 1.2 million tonnes of grain are waiting in Odesa-region ports — roughly 40 ships.",
      citations: [
        { sourceId: "s1", quote: "about 1.2 million tonnes of grain waiting in Odesa-region ports" },
        { sourceId: "s4", quote: "roughly 40 ships are idle — some since early October" },
      ],
    },
    {
      text: "The Łódź inland terminal reports losses of €3–4 million a month while the corridor is idle.",
      citations: [
        {
          sourceId: "s4",
          quote: "losses of €3–4 million a month, according to the Łódź terminal’s director, Łukasz Wiśniewski",
        },
      ],
    },
  ],
  openQuestions: [
    {
      text: "Who would fund and staff the joint inspection hub?",
      citations: [{ sourceId: "s2", quote: "no está claro quién financiaría el centro de inspección" }],
    },
  ],
  discrepancies: [
    {
      text: "Outlets differ on whether Russia has formally rejected joint teams or only questioned them.",
      citations: [
        { sourceId: "s5", quote: "The Russian side rejects joint inspection teams as a matter of principle." },
        { sourceId: "s3", quote: "Moskau habe gemeinsame Teams lediglich „in Frage gestellt“" },
      ],
    },
  ],
  timeline: [
    {
      when: "14 November",
      text: "Previous corridor arrangement expires.",
      citations: [{ sourceId: "s4", quote: "the arrangement lapsed on 14 November" }],
    },
    {
      when: "Tuesday",
      text: "Talks open in İstanbul; Sánchez tables the 90-day proposal.",
      citations: [
        { sourceId: "s1", quote: "Talks opened in İstanbul on Tuesday" },
        { sourceId: "s2", quote: "Sánchez propuso una prórroga de 90 días, renovable una sola vez" },
      ],
    },
    {
      when: "Friday",
      text: "Delegations are due to reconvene.",
      citations: [{ sourceId: "s3", quote: "Die Delegationen wollen am Freitag erneut zusammenkommen" }],
    },
  ],
};

export const FIXTURE_SOURCES: PdfSourceMeta[] = [
  {
    id: "s1",
    outlet: "Meridian Wire",
    headline: "Zelenskyy: “we’re ready” to extend grain deal",
    url: "https://meridianwire.example/world/2025/11/18/grain-corridor-istanbul-talks-zelenskyy-ready-to-extend",
    retrievedAt: "2025-11-18T09:12:00Z",
    publishedAt: "2025-11-17T21:00:00Z",
    contentHash: "3fa9c2e1b0d47a6e5c21f08b9d3e7a41c6b2d85f09e1a3c7b4d6f8e0a2c4e6b8",
  },
  {
    id: "s2",
    outlet: "Agencia Ibérica",
    headline: "Sánchez plantea inspecciones mixtas en el Bósforo",
    url: "https://iberica.example/es/internacional/sanchez-inspecciones",
    retrievedAt: "2025-11-18T09:14:30Z",
    contentHash: "a71b09d4e2c8f3561b7e0d92c4a8f61e3b5d7c90f2a4e6b81c3d5f7a9e0b2c4d",
  },
  {
    id: "s3",
    outlet: "Rheinische Rundschau",
    headline: "Müller warnt vor Scheitern der Getreidegespräche",
    url: "https://rundschau.example/politik/mueller-getreide",
    retrievedAt: "2025-11-18T10:02:00Z",
    contentHash: "c0ffee5d1e8b4a7293f6e0d1c2b3a4958677e8f9a0b1c2d3e4f5061728394a5b",
  },
  {
    id: "s4",
    outlet: "Baltic Ledger",
    headline: "Łódź port operator counts cost of idle corridor",
    retrievedAt: "2025-11-18T10:40:00Z",
    contentHash: "5e2d8c1f0a9b7e6d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d",
  },
  {
    id: "s5",
    contentHash: "9b8a7f6e5d4c3b2a19081726354453627180f9e8d7c6b5a4f3e2d1c0b9a8f7e6",
  },
];

export const FIXTURE_INPUT: BriefingPdfInput = {
  briefing: FIXTURE_BRIEFING,
  storyTitle: "Black Sea grain corridor",
  slug: "black-sea-grain-corridor",
  version: 3,
  publishedAt: "2025-11-18T14:05:00Z",
  sources: FIXTURE_SOURCES,
};
