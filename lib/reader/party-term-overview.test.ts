import { describe, expect, it } from "vitest";
import type { PublishedBriefing } from "@/lib/curation";
import { derivePartyTermOverview, mentionsTerm, sameParty, stanceOf } from "./party-term-overview";

type Positions = PublishedBriefing["positions"];
type Terms = PublishedBriefing["dealTerms"];

const cite = [{ sourceId: "s1", quote: "q" }];

function position(key: string, actor: string, text: string): Positions[number] {
  return { key, origin: "generated", actor, text, citations: cite };
}

function term(key: string, text: string, extra: Partial<Terms[number]> = {}): Terms[number] {
  return { key, origin: "generated", text, figures: [], status: "proposed", citations: cite, ...extra };
}

describe("stanceOf", () => {
  it("reads the verb the party itself opens with, negated acceptance as rejection", () => {
    expect(stanceOf("Israel", "Israel rejects a full withdrawal")).toBe("rejects");
    expect(stanceOf("Hamas", "Hamas (Taher al-Nunu) says it will not accept a partial deal")).toBe("rejects");
    expect(stanceOf("Hamas", "Hamas demands guarantees the war will end")).toBe("demands");
    expect(stanceOf("Qatar", "Qatar has proposed a 60-day truce")).toBe("proposed");
    expect(stanceOf("United States", "The United States agreed to the framework")).toBe("accepts");
  });

  it("takes no stance from a verb that belongs to someone else, or from a mere mention", () => {
    expect(
      stanceOf("United States", "The United States recalled its team after the terror group rejected the offer"),
    ).toBeNull();
    expect(stanceOf("United States", "United States (Steve Witkoff) says: Hamas rejected the 60-day deal")).toBeNull();
    expect(stanceOf("Israel", "Officials in Israel reject the plan")).toBeNull();
    expect(stanceOf("Hamas", "Hamas says it will not stop the war")).toBeNull();
  });
});

describe("sameParty", () => {
  it("matches whole words only", () => {
    expect(sameParty("Hamas", "Hamas officials")).toBe(true);
    expect(sameParty("United States", "the United States")).toBe(true);
    expect(sameParty("Israel", "Israeli officials")).toBe(false);
    expect(sameParty("", "Hamas")).toBe(false);
  });
});

describe("mentionsTerm", () => {
  it("matches a shared figure or enough shared content words, not one common word", () => {
    const truce = { text: "60-day ceasefire", figures: ["60-day"] };
    expect(mentionsTerm("Hamas wants the 60-day ceasefire to lead to a permanent end", truce)).toBe(true);
    expect(mentionsTerm("Hamas wants a permanent ceasefire", truce)).toBe(false);
    const release = { text: "Release of Palestinian prisoners in exchange for hostages", figures: [] };
    expect(mentionsTerm("Israel rejects releasing Palestinian prisoners serving life sentences", release)).toBe(true);
    expect(mentionsTerm("Israel says talks will continue", release)).toBe(false);
  });
});

describe("derivePartyTermOverview", () => {
  const positions = [
    position("pos-1", "Hamas", "Hamas demands that any 60-day ceasefire ends the war for good"),
    position("pos-2", "Israel", "Israel rejects the release of 200 Palestinian prisoners serving life sentences"),
    position("pos-3", "Israel", "Israel says its negotiators will continue from home"),
    position(
      "pos-4",
      "United States",
      "The United States recalled its team after Hamas rejected the 60-day ceasefire offer",
    ),
    position("pos-5", "Gaza Media Office", "The recall is psychological warfare"),
  ];
  const dealTerms = [
    term("deal-1", "60-day ceasefire", { figures: ["60-day"], proposedBy: "Qatar", status: "proposed" }),
    term("deal-2", "Release of 200 Palestinian prisoners serving life sentences", {
      figures: ["200"],
      proposedBy: "Hamas",
      status: "demanded",
    }),
    term("deal-3", "Increase in humanitarian aid", { figures: [] }),
  ];

  it("builds cells only from backing items, and drops parties and terms without any", () => {
    const overview = derivePartyTermOverview({ positions, dealTerms });
    expect(overview).not.toBeNull();
    // The United States only mentions the truce (the rejection is Hamas's): no column for it.
    expect(overview!.parties).toEqual(["Hamas", "Israel", "Qatar"]);
    expect(overview!.rows.map((r) => r.termKey)).toEqual(["deal-1", "deal-2"]);
    const [truce, prisoners] = overview!.rows;
    expect(truce!.cells).toEqual([
      { stance: "demands", itemKeys: ["pos-1"] },
      null,
      { stance: "proposed", itemKeys: ["deal-1"] },
    ]);
    expect(prisoners!.cells).toEqual([
      { stance: "demands", itemKeys: ["deal-2"] },
      { stance: "rejects", itemKeys: ["pos-2"] },
      null,
    ]);
  });

  it("keeps the proposer's cell from the deal term, whatever the term's status", () => {
    const overview = derivePartyTermOverview({
      positions: [position("pos-1", "Hamas", "Hamas rejects the 60-day ceasefire as proposed")],
      dealTerms: [
        term("deal-1", "60-day ceasefire", { figures: ["60-day"], proposedBy: "United States", status: "rejected" }),
        term("deal-2", "Release of 200 prisoners", { figures: ["200"], proposedBy: "Hamas", status: "demanded" }),
      ],
    });
    expect(overview!.parties).toEqual(["Hamas", "United States"]);
    expect(overview!.rows[0]!.cells).toEqual([
      { stance: "rejects", itemKeys: ["pos-1"] },
      { stance: "proposed", itemKeys: ["deal-1"] },
    ]);
    expect(overview!.rows[0]!.status).toBe("rejected");
  });

  it("merges a proposer named slightly differently into the position's party", () => {
    const overview = derivePartyTermOverview({
      positions,
      dealTerms: [
        term("deal-1", "60-day ceasefire", { figures: ["60-day"], proposedBy: "Hamas officials", status: "demanded" }),
        term("deal-2", "Release of 200 prisoners", { figures: ["200"] }),
      ],
    });
    expect(overview!.parties).toEqual(["Hamas", "Israel"]);
    expect(overview!.rows[0]!.cells[0]).toEqual({ stance: "demands", itemKeys: ["deal-1"] });
    expect(overview!.rows[1]!.cells[1]).toEqual({ stance: "rejects", itemKeys: ["pos-2"] });
  });

  it("is not shown with fewer than two parties or two terms", () => {
    expect(derivePartyTermOverview({ positions, dealTerms: dealTerms.slice(0, 1) })).toBeNull();
    expect(derivePartyTermOverview({ positions: [], dealTerms: [dealTerms[0]!, dealTerms[2]!] })).toBeNull();
    expect(derivePartyTermOverview({ positions: [], dealTerms: [] })).toBeNull();
  });
});
