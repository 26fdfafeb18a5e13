// The engine's case-insensitive patterns take the u flag only when they need it: V8 runs a pattern
// that opens with \b 10–20× slower under `iu` than under `i` (it rewrites \b into look-arounds for
// the two letters only Unicode case folding adds, ſ and K), and the cue tables test hundreds of
// such patterns on every sentence. See docs/briefing-engine.md, "Speed".
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * Why a case-insensitive pattern needs the u flag; undefined when `/…/i` matches exactly as `/…/iu`
 * on any text without ſ (U+017F) or K (U+212A). Without u, `.`, a negated class, \S, \W and \D match
 * one half of an emoji's surrogate pair, so a bounded count ("[^.;]{0,40}") would count differently.
 */
function unicodeNeed(source: string): string | undefined {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source.charAt(i);
    const code = source.codePointAt(i) ?? 0;
    if (code > 0xffff) return "astral character";
    if (code > 0x7f && c.toLowerCase() !== c.toUpperCase()) return "non-ASCII letter";
    if (c === "\\") {
      const next = source.charAt(i + 1);
      if (next === "p" || next === "P") return "\\p{…}";
      if (next === "u" && source.charAt(i + 2) === "{") return "\\u{…}";
      if (next === "S" || next === "W" || next === "D") return `\\${next}`;
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") {
      inClass = true;
      if (source.charAt(i + 1) === "^") return "negated class";
      continue;
    }
    if (c === ".") return "any character";
  }
  return undefined;
}

/** Every regular-expression literal of the engine's modules (tests aside), with where it is. */
function engineRegexLiterals(): Array<{ where: string; body: string; flags: string }> {
  const dir = import.meta.dirname;
  const out: Array<{ where: string; body: string; flags: string }> = [];
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))) {
    const sf = ts.createSourceFile(file, fs.readFileSync(path.join(dir, file), "utf8"), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const end = text.lastIndexOf("/");
        const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
        out.push({ where: `${file}:${line}`, body: text.slice(1, end), flags: text.slice(end + 1) });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

describe("regex flags", () => {
  it("tells which patterns need the u flag", () => {
    expect(unicodeNeed(String.raw`\b(?:deal|agreement)s?\b`)).toBeUndefined();
    expect(unicodeNeed(String.raw`(?<![$€£\d.,])\d+[.;]`)).toBeUndefined();
    expect(unicodeNeed(String.raw`\bsign\s+[\p{L}-]+`)).toBe("\\p{…}");
    expect(unicodeNeed(String.raw`\bfrom\b[^,.;]{0,40}$`)).toBe("negated class");
    expect(unicodeNeed(String.raw`^(.{3,80}?)\s+had\b`)).toBe("any character");
    expect(unicodeNeed("\\bÉlysée\\b")).toBe("non-ASCII letter");
  });

  it("a case-insensitive engine pattern has the u flag only when it needs it", () => {
    const literals = engineRegexLiterals();
    expect(literals.length).toBeGreaterThan(100);
    const needless = literals
      .filter((r) => r.flags.includes("i") && r.flags.includes("u") && !unicodeNeed(r.body))
      .map((r) => `${r.where} /${r.body}/${r.flags}`);
    expect(needless).toEqual([]);
  });
});
