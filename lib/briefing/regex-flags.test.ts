// V8 runs a pattern that opens with \b 10–20× slower under `iu` than under `i` (it rewrites \b
// into look-arounds for the two letters only Unicode case folding adds, ſ and K), and the cue
// tables test hundreds of such patterns on every sentence. So a case-insensitive engine pattern
// takes the u flag only when it needs it, and one that needs it opens a branch with (?<!\w), the
// same test there, rather than \b. See docs/briefing-engine.md, "Speed".
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

/** Index just after the group that opens at `i` (`source[i]` is "("), or -1. */
function groupEnd(source: string, i: number): number {
  let depth = 0;
  let inClass = false;
  for (let k = i; k < source.length; k++) {
    const c = source.charAt(k);
    if (c === "\\") k++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return k + 1;
  }
  return -1;
}

/** The top-level alternatives of a pattern. */
function branches(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let k = 0; k < source.length; k++) {
    const c = source.charAt(k);
    if (c === "\\") k++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      out.push(source.slice(from, k));
      from = k + 1;
    }
  }
  return [...out, source.slice(from)];
}

const mayBeSkipped = (rest: string) => /^(?:\?|\*|\{0[,}])/u.test(rest);

/** Whether every match of `source` starts with an ASCII letter, digit or underscore. */
function startsWithWordChar(source: string): boolean {
  const plain = /^(?:[A-Za-z0-9_]|\\[wd]|\[[A-Za-z0-9_]+\])/u.exec(source)?.[0];
  if (plain) return !mayBeSkipped(source.slice(plain.length));
  if (!source.startsWith("(") || /^\(\?(?:[=!]|<[=!])/u.test(source)) return false;
  const end = groupEnd(source, 0);
  if (end < 0 || mayBeSkipped(source.slice(end))) return false;
  return branches(source.slice(0, end - 1).replace(/^\((?:\?:|\?<\w+>)?/u, "")).every(startsWithWordChar);
}

/**
 * Branches of an `iu` pattern that open with \b before a word character, where (?<!\w) is the same
 * test (\w under `iu` has ſ and K, as \b does) and keeps V8's fast scan for the words after it.
 */
function slowWordStarts(source: string): string[] {
  return branches(source).filter((b) => b.startsWith("\\b") && startsWithWordChar(b.slice(2)));
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

  it("an engine pattern that needs `iu` opens no branch with a \\b that (?<!\\w) can be", async () => {
    expect(slowWordStarts(String.raw`\b(?:deal|pact)s?\b|\bterms?|\b(?:a|\$)\d|\b(?=x)y|\b(?:the)?x`)).toEqual([
      String.raw`\b(?:deal|pact)s?\b`,
      String.raw`\bterms?`,
    ]);
    const literals = engineRegexLiterals().filter((r) => r.flags.includes("i") && r.flags.includes("u"));
    // Tables built with new RegExp(…) are checked through the modules that export them.
    const modules = await Promise.all([import("./deal-term-rules"), import("./lexicon"), import("./positions-score")]);
    const built = modules
      .flatMap((m) => Object.entries(m as Record<string, unknown>))
      .flatMap(([name, value]) =>
        (Array.isArray(value) ? value : [value]).flatMap((v: unknown) => {
          const rx = v instanceof RegExp ? v : (v as { pattern?: unknown } | null)?.pattern;
          return rx instanceof RegExp ? [{ where: name, body: rx.source, flags: rx.flags }] : [];
        }),
      )
      .filter((r) => r.flags.includes("i") && r.flags.includes("u"));
    expect(built.length).toBeGreaterThan(5);
    const slow = [...literals, ...built]
      .filter((r) => slowWordStarts(r.body).length > 0)
      .map((r) => `${r.where} /${r.body}/${r.flags}`);
    expect(slow).toEqual([]);
  });
});
