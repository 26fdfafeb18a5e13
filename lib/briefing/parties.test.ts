import { describe, expect, it } from "vitest";
import { analyzeSentence } from "./analyze";
import { createResolver } from "./parties";

function actorOf(sentence: string, context: string[] = []) {
  const resolver = createResolver([...context, sentence]);
  return analyzeSentence({ start: 0, end: sentence.length, text: sentence, para: 0, kind: "content" }, [], {
    resolver,
  });
}

describe("parties and actors", () => {
  it("maps capitals, seats and demonyms to countries", () => {
    expect(actorOf("The Kremlin has demanded that Ukraine withdraw from the region.").actor).toBe("Russia");
    expect(actorOf("Kyiv has rejected such terms.").actor).toBe("Ukraine");
    expect(actorOf("A senior Israeli official said the return did not signal a crisis.").actor).toBe("Israel");
    expect(actorOf("Ukrainian negotiators said the talks were useful.").actor).toBe("Ukraine");
  });

  it("does not treat a capital after a place preposition as a party", () => {
    const r = createResolver(["Talks were held in Doha on Monday."]);
    expect(r.mentions("Talks were held in Doha on Monday.").find((m) => m.text === "Doha")?.asPlace).toBe(true);
  });

  it("ties a person to the side named next to them and keeps it by surname", () => {
    const ctx = ["U.S. Special Envoy Steve Witkoff issued a statement on Monday."];
    expect(actorOf("Witkoff said the talks were constructive.", ctx).actor).toBe("United States");
    expect(actorOf("Rustem Umerov, Ukraine’s chief negotiator, said the talks were productive.").actor).toBe("Ukraine");
    expect(actorOf("Israeli Prime Minister Benjamin Netanyahu’s office confirmed the recall.").actor).toBe("Israel");
  });

  it("merges spelling variants of a surname", () => {
    const ctx = ["Ukrainian President Volodymyr Zelenskyy spoke on Friday."];
    expect(actorOf("Zelenskiy said he was keen for the talks to succeed.", ctx).actor).toBe("Ukraine");
  });

  it("resolves 'the terror group' to the story's dominant armed group", () => {
    const ctx = ["Hamas rejected the offer. Hamas said it wanted guarantees. Hamas leaders met."];
    expect(actorOf("The terror group also wants Israel to release 200 prisoners.", ctx).actor).toBe("Hamas");
  });

  it("gives the reported clause's acting subject the position, and ignores outlets as parties", () => {
    expect(actorOf("Zelenskyy said the U.S. again proposed a ceasefire on energy strikes.").actor).toBe(
      "United States",
    );
    expect(actorOf("The Times of Israel reported that Hamas rejected the plan.").actor).toBe("Hamas");
  });

  it("groups mediators named as such", () => {
    const r = createResolver([
      "Qatar and Egypt made earnest efforts as mediators.",
      "The mediators, namely Egypt and Qatar, stressed it was normal.",
    ]);
    expect(r.mediators?.members.sort()).toEqual(["Egypt", "Qatar"]);
  });

  it("handles non-Latin names without crashing and a joint subject", () => {
    expect(() => actorOf("Володимир Зеленський заявив, що محمد приїде.")).not.toThrow();
    expect(actorOf("The U.S. and Israel both withdrew from the talks.").actor).toBe("United States and Israel");
  });
});
