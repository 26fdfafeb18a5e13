// Invented story used by the curation tests: a dock strike in a fictional port.
import type { Briefing, BriefingSource } from "../briefing/types";
import type { EditorStamp } from "./operations";

export const SOURCE_TEXT: Record<"s1" | "s2" | "s3", string> = {
  s1:
    "Dockworkers at the port of Valmora walked out on Monday after talks with the Port Authority collapsed. " +
    "The union demands a 12% pay rise over two years. The Port Authority said it could offer 6% and would not go further. " +
    "About 3,400 workers are on strike, according to union figures.",
  s2:
    "The Valmora dock strike entered its second day on Tuesday. Port Authority chief Ilan Brevik said the 6% offer was final. " +
    "The union says 3,400 members have stopped work, while the authority puts the figure at 2,900. " +
    "Mediators from the labour ministry are expected on Thursday.",
  s3:
    "Shipping lines have diverted 14 vessels away from Valmora. " +
    "It is unclear how long the port's reserves of fuel will last.",
};

function source(id: "s1" | "s2" | "s3", outlet: string): BriefingSource {
  return { id, outlet, words: SOURCE_TEXT[id].split(/\s+/).length, flags: [] };
}

export const ALICE: EditorStamp = { by: "alice", at: "2025-03-04T10:00:00.000Z" };
export const BOB: EditorStamp = { by: "bob", at: "2025-03-04T11:30:00.000Z" };

/** The engine's briefing with all three sources included. */
export function strikeBriefing(): Briefing {
  return {
    schemaVersion: 1,
    title: "Valmora dockworkers strike over pay",
    summary: "Dockworkers at Valmora walked out on Monday after pay talks with the Port Authority collapsed.",
    sources: [source("s1", "Harbour Gazette"), source("s2", "Coastal Wire"), source("s3", "Daily Ledger")],
    positions: [
      {
        actor: "Dockworkers' union",
        text: "The union demands a 12% pay rise over two years.",
        citations: [{ sourceId: "s1", quote: "The union demands a 12% pay rise over two years." }],
      },
      {
        actor: "Port Authority",
        text: "The Port Authority says its 6% offer is final.",
        citations: [
          { sourceId: "s1", quote: "The Port Authority said it could offer 6% and would not go further." },
          { sourceId: "s2", quote: "Port Authority chief Ilan Brevik said the 6% offer was final." },
        ],
      },
    ],
    dealTerms: [
      {
        text: "6% pay rise offered by the Port Authority",
        figures: ["6%"],
        proposedBy: "Port Authority",
        status: "proposed",
        citations: [{ sourceId: "s2", quote: "Port Authority chief Ilan Brevik said the 6% offer was final." }],
      },
    ],
    keyFigures: [
      {
        text: "The union says 3,400 workers are on strike.",
        citations: [
          { sourceId: "s1", quote: "About 3,400 workers are on strike, according to union figures." },
          { sourceId: "s2", quote: "The union says 3,400 members have stopped work" },
        ],
      },
      {
        text: "Shipping lines have diverted 14 vessels away from Valmora.",
        citations: [{ sourceId: "s3", quote: "Shipping lines have diverted 14 vessels away from Valmora." }],
      },
    ],
    openQuestions: [
      {
        text: "How long will the port's fuel reserves last?",
        citations: [{ sourceId: "s3", quote: "It is unclear how long the port's reserves of fuel will last." }],
      },
    ],
    discrepancies: [
      {
        text: "The union counts 3,400 strikers; the authority puts the figure at 2,900.",
        citations: [
          {
            sourceId: "s2",
            quote: "The union says 3,400 members have stopped work, while the authority puts the figure at 2,900.",
          },
        ],
      },
    ],
    timeline: [
      {
        when: "Monday",
        text: "Dockworkers walk out after talks with the Port Authority collapse.",
        citations: [
          {
            sourceId: "s1",
            quote:
              "Dockworkers at the port of Valmora walked out on Monday after talks with the Port Authority collapsed.",
          },
        ],
      },
      {
        when: "Thursday",
        text: "Labour ministry mediators are expected.",
        citations: [{ sourceId: "s2", quote: "Mediators from the labour ministry are expected on Thursday." }],
      },
    ],
  };
}

/** The engine's output after source s3 was excluded: its items and citations are gone. */
export function strikeBriefingWithoutS3(): Briefing {
  const b = strikeBriefing();
  return {
    ...b,
    sources: b.sources.filter((s) => s.id !== "s3"),
    keyFigures: b.keyFigures.filter((i) => i.citations.every((c) => c.sourceId !== "s3")),
    openQuestions: [],
  };
}
