// Which rules an item rests on. The stages' cue tables are data (`{ id, pattern, weight }`), so
// the cues that fire on an item's own passage (its first citation) name the rules that put it in
// its section; the section, its status or kind and its corroboration complete the record.
// `npm run brief -- --explain` and `npm run eval -- --verbose` print them.

import { TERM_CUES } from "./deal-term-rules";
import { POSITION_CUE, UNCERTAINTY, type CueRule } from "./lexicon";
import { OPEN_CUES } from "./open-question-cues";
import { STATEMENT_CUES } from "./positions-score";
import type { Briefing, BriefingItemBase, BriefingSection, DealTerm } from "./types";

type NamedPattern = Pick<CueRule, "id" | "pattern">;

const POSITION_RULES: NamedPattern[] = [
  ...POSITION_CUE.map(([pattern, , kind]) => ({ id: `cue:${kind}`, pattern })),
  ...STATEMENT_CUES.map((r) => ({ id: `statement:${r.id}`, pattern: r.pattern })),
];
const OPEN_RULES: NamedPattern[] = [
  ...OPEN_CUES.map((r) => ({ id: `open:${r.id}`, pattern: r.pattern })),
  ...UNCERTAINTY.map(([pattern], i) => ({ id: `uncertainty:${i + 1}`, pattern })),
];
const RULES_BY_SECTION: Partial<Record<BriefingSection, NamedPattern[]>> = {
  positions: POSITION_RULES,
  openQuestions: OPEN_RULES,
  dealTerms: TERM_CUES.map((r) => ({ id: `term:${r.id}`, pattern: r.pattern })),
};

/** Cue tables registered by stages that keep their own (deal terms), by section. */
export function registerRules(section: BriefingSection, rules: NamedPattern[]): void {
  RULES_BY_SECTION[section] = [...(RULES_BY_SECTION[section] ?? []), ...rules];
}

const matchedRules = (rules: NamedPattern[], text: string) =>
  rules.filter((r) => {
    r.pattern.lastIndex = 0;
    return r.pattern.test(text);
  });

/** The ids of the rules behind one item of a section. */
export function rulesOf(section: BriefingSection, item: BriefingItemBase): string[] {
  const own = item.citations[0]?.quote ?? "";
  const ids: string[] = [section];
  for (const r of matchedRules(RULES_BY_SECTION[section] ?? [], own)) if (!ids.includes(r.id)) ids.push(r.id);
  if (section === "positions" && /[“”"]/u.test(own)) ids.push("statement:quotation");
  if (section === "dealTerms") ids.push(`status:${(item as DealTerm).status}`);
  if (section === "discrepancies") {
    const kind = /^Outlets (?:differ on|quote|state|count|describe)\s+(?:the\s+)?([\p{L}-]+)/u.exec(item.text);
    if (kind?.[1]) ids.push(`kind:${kind[1].toLowerCase()}`);
  }
  if (/^Open question:/u.test(item.text)) ids.push("wording:marked-statement");
  else if (section === "openQuestions" && /\?/u.test(item.text)) ids.push("wording:question");
  if ((item.corroboration ?? item.citations.length) >= 2) ids.push("corroborated");
  return ids;
}

/** Every item with the rules behind it: one line per item, for the command line and the eval. */
export function explainBriefing(b: Briefing): string {
  const sections: BriefingSection[] = [
    "positions",
    "dealTerms",
    "keyFigures",
    "openQuestions",
    "discrepancies",
    "timeline",
  ];
  const lines: string[] = [];
  for (const section of sections) {
    lines.push(`## ${section}`);
    for (const item of b[section]) {
      const cites = item.citations.map((c) => c.sourceId).join(",");
      const when = "when" in item && typeof item.when === "string" ? `${item.when}: ` : "";
      lines.push(`- ${when}${item.text}`);
      lines.push(`    rules: ${(item.rules ?? rulesOf(section, item)).join(" ")} · cites ${cites}`);
    }
  }
  return lines.join("\n") + "\n";
}
