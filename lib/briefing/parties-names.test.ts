// Who a side is: organisations read off the story itself, people resolved to their side through
// what the text says about them. Invented sentences written for this test.
import { describe, expect, it } from "vitest";
import { analyzeSentence } from "./analyze";
import { buildOrgRegistry, createResolver, withParticles } from "./parties";

function actorOf(sentence: string, context: string[] = []) {
  const resolver = createResolver([...context, sentence]);
  return analyzeSentence({ start: 0, end: sentence.length, text: sentence, para: 0, kind: "content" }, [], {
    resolver,
  });
}

describe("organisations the story names", () => {
  it("reads a union off its trade name, so 'the union' stands for it", () => {
    const ctx = ["Members of the Amalgamated Guild of Glassblowers and Kiln Workers walked out on Monday."];
    expect(actorOf("The union said it would defy the order.", ctx).actor).toBe(
      "Amalgamated Guild of Glassblowers and Kiln Workers",
    );
  });

  it("does not let 'X Corp. union workers' make the company the union", () => {
    const reg = buildOrgRegistry([
      "Halvorsen Corp. union workers voted on Monday. The Federation of Kiln Workers said the vote was close.",
    ]);
    expect(reg.heads.get("union")).toBe("Federation of Kiln Workers");
  });

  it("drops a leading connector from a name ('President of International …')", () => {
    const reg = buildOrgRegistry(["Lena Ortiz, President of International Federation of Bakers, spoke."]);
    expect([...reg.surface.keys()].some((k) => k.startsWith("of "))).toBe(false);
    expect(reg.surface.has("International Federation of Bakers")).toBe(true);
  });

  it("reads a name fused with a country's ('Sky Norway') as a company, and its chief as its speaker", () => {
    const ctx = [
      "Passengers of Sky Norway were stranded. Talks with Sky Norway resumed on Monday.",
      "Sky Norway chief executive Ola Berg apologised to customers.",
    ];
    expect(actorOf("Berg said the restart would take a week.", ctx).actor).toBe("Sky Norway");
  });

  it("takes what a person leads as an organisation ('deputy leader of Renewal')", () => {
    const ctx = ["Tom Vale, deputy leader of Renewal, told the radio the deal was a surrender."];
    expect(actorOf("Vale said the deal was a surrender.", ctx).actor).toBe("Renewal");
  });

  it("folds spelling variants of one organisation ('U.S.' / 'United States' / no country)", () => {
    const reg = buildOrgRegistry([
      "The United States Maritime Alliance made an offer. The U.S. Maritime Alliance said talks went well.",
      "The Maritime Alliance agreed.",
    ]);
    expect(reg.surface.get("U.S. Maritime Alliance")).toBe("United States Maritime Alliance");
    expect(reg.surface.get("Maritime Alliance")).toBe("United States Maritime Alliance");
    expect(reg.heads.get("alliance")).toBe("United States Maritime Alliance");
  });

  it("seeds no organisation from a title-case headline", () => {
    const reg = buildOrgRegistry(["Millionaire Union Boss Gets Win In Ports Clash\nThe strike ended."]);
    expect(reg.surface.has("Millionaire Union")).toBe(false);
  });
});

describe("people and their side", () => {
  it("ends a person's name at a possessive ('Nina Holt’s Renewal')", () => {
    const r = createResolver(["Critics from Nina Holt’s Renewal Movement attacked the plan."]);
    expect([...r.persons.values()].some((p) => /Renewal/u.test(p.display))).toBe(false);
  });

  it("reads 'Sir Keir'-style first names of a knight as that person", () => {
    const ctx = ["British Prime Minister Alan Marsh hosted the summit."];
    expect(actorOf("Sir Alan said the deal was a good one.", ctx).actor).toBe("United Kingdom");
  });

  it("skips a fronted phrase and takes the person after its last comma", () => {
    const ctx = ["British Prime Minister Alan Marsh hosted the summit.", "Nina Holt of Renewal Movement spoke."];
    expect(
      actorOf("Brushing off attacks from Nina Holt’s Renewal Movement, Sir Alan said: “It is time to move on.”", ctx)
        .actor,
    ).toBe("United Kingdom");
  });

  it("reads 'According to X' at the start of a sentence", () => {
    const ctx = ["Ukrainian President Volodymyr Zelenskyy spoke on Friday."];
    expect(actorOf("According to Zelenskyy there will be no new talks this month.", ctx).actor).toBe("Ukraine");
  });

  it("gives a quotation after 'X put it more bluntly:' to X", () => {
    const ctx = ["Kenya’s envoy Amina Odhiambo attended the talks."];
    expect(actorOf("Kenya’s envoy Amina Odhiambo put it more bluntly: “This is an insult.”", ctx).actor).toBe("Kenya");
  });

  it("does not read the object of 'accused' as a reported clause's subject", () => {
    expect(actorOf("Some delegates had accused Kenya of lacking the will to act.").actor).toBeUndefined();
  });

  it("does not take a side named inside 'the end of X's strike' as the subject", () => {
    const ctx = ["Halvorsen Corp. builds ships."];
    expect(
      actorOf("The end of Halvorsen's first strike offers relief to the town, analysts said.", ctx).actor,
    ).not.toBe("Halvorsen Corp.");
  });
});

describe("a bare title in a story about one country", () => {
  it("reads 'the Government' as that country's government", () => {
    const ctx = [
      "British ministers met in London. Britain wants a deal. The UK said talks went well.",
      "British officials spoke on Monday.",
    ];
    expect(actorOf("The Government insists it is not a return to free movement.", ctx).actor).toBe("United Kingdom");
  });
});

describe("a surname with particles", () => {
  it("keeps them when the person is named by surname alone", () => {
    const text = "In a first sign of progress, von der Leyen said the talks were over.";
    const at = text.indexOf("Leyen");
    expect(text.slice(withParticles(text, at, "Ursula von der "))).toMatch(/^von der Leyen said/u);
    expect(withParticles("the envoy met Leyen", 14, "Ursula von der ")).toBe(14);
    expect(withParticles(text, at, "Ursula ")).toBe(at);
  });
});
