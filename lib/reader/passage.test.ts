import { describe, expect, it } from "vitest";
import { cleanSource } from "@/lib/briefing/clean";
import { citedParagraph as citedParagraphIn } from "./passage";
import { keptFromPayload, sourceTextPayload } from "./source-text";

/** As the browser does it: with the kept lines the source-text route serves. */
function citedParagraph(text: string, quote: string) {
  const payload = JSON.parse(JSON.stringify(sourceTextPayload(1, "Source 1", text))) as ReturnType<
    typeof sourceTextPayload
  >;
  expect(payload.kept).toHaveLength(cleanSource(text).lines.length);
  return citedParagraphIn(payload.text, quote, keptFromPayload(payload.kept));
}

describe("the cited paragraph", () => {
  it("highlights exactly the cited words inside their own paragraph", () => {
    const text = [
      "Negotiators left Doha on Thursday.",
      "“We will now consider alternative options to bring the hostages home,” the envoy said. Talks may resume.",
    ].join("\n");
    const p = citedParagraph(text, "We will now consider alternative options to bring the hostages home");
    expect(p.found).toBe(true);
    expect(p.passage).toBe("We will now consider alternative options to bring the hostages home");
    expect(p.before).toBe("“");
    expect(p.after).toBe(",” the envoy said. Talks may resume.");
  });

  it("skips an occurrence in page furniture and never shows furniture around the passage", () => {
    const text = [
      "ADVERTISEMENT",
      "Share this: strike will last 48 hours @example.com",
      "The union said the strike will last 48 hours, and longer if talks fail.",
      "ADVERTISEMENT",
    ].join("\n");
    const story = citedParagraph(text, "strike will last 48 hours");
    expect(story.found).toBe(true);
    expect(story.before).toBe("The union said the ");
    expect(`${story.before}${story.passage}${story.after}`).not.toMatch(/ADVERTISEMENT|Share this/);
    expect(citedParagraph("ADVERTISEMENT\nReal text of the story goes here.", "ADVERTISEMENT").found).toBe(false);
  });

  it("matches across curly quotes and dashes, returning the source's own characters", () => {
    const text = "The offer — a “final” one — was refused by the union on Monday morning.";
    const p = citedParagraph(text, 'The offer - a "final" one - was refused');
    expect(p.found).toBe(true);
    expect(p.passage).toBe("The offer — a “final” one — was refused");
  });

  it("says when the quote is not in the text", () => {
    expect(citedParagraph("Something else entirely, written at length.", "not there").found).toBe(false);
  });
});
