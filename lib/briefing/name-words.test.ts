import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { NAME_LIST } from "./gazetteer";
import { escape, gazetteerNames, hasGazetteerName } from "./name-words";
import { dohaDir, fixturesDir, fixtureTexts, loadDir } from "./test-helpers";

/** The one-alternation pattern the indexed scan replaces: what it must find, hit for hit. */
const ALTERNATION = new RegExp(
  `(?<![\\p{L}\\p{N}.])(?:${NAME_LIST.map(escape).join("|")})(?![\\p{L}\\p{N}]|\\.[\\p{L}])`,
  "gu",
);
const byPattern = (text: string) => [...text.matchAll(ALTERNATION)].map((m) => ({ index: m.index, name: m[0] }));

describe("gazetteerNames", () => {
  it("finds whole names, the longest at each position", () => {
    expect(gazetteerNames("The United Arab Emirates and the U.S. met in Doha.")).toEqual([
      { index: 4, name: "United Arab Emirates" },
      { index: 33, name: "U.S." },
      { index: 45, name: "Doha" },
    ]);
    // Inside a word, glued to a digit, or before a full stop and a letter: no name.
    expect(gazetteerNames("2UK, Ukrainely, U.S.Army and US.Army")).toEqual([]);
    expect(hasGazetteerName("a U.S.-led plan")).toBe(true);
    expect(hasGazetteerName("nothing here")).toBe(false);
  });

  it("agrees with the one-alternation pattern on every fixture text and on names beside emoji and accents", () => {
    const texts = [
      ...loadDir(dohaDir).map((s) => s.text),
      ...fs.readdirSync(fixturesDir).flatMap((name) => fixtureTexts(name)),
      "😀Israel said; 𝐀Israel; éIsrael; Israel😀 and Israel𝐀, Israelé. U.S.😀 U.S.é",
      "…the EU.Then the UN. The UK.S and US.",
    ];
    for (const text of texts) {
      expect(gazetteerNames(text)).toEqual(byPattern(text));
      for (const line of text.split("\n")) expect(hasGazetteerName(line)).toBe(byPattern(line).length > 0);
    }
  });
});
