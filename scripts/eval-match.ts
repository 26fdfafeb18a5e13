// Which gold item each briefing item matches, for `npm run eval -- --verbose`. The figures come from
// the shared scorer (../shared/eval/score.mjs); this mirrors its matching rules (gold format:
// ../shared/eval/BRIEFING_SCHEMA.md) only to say, item by item, what the scorer counted: the gold item
// an item claims, the gold items it merely repeats (what `distinct` does not count), or none.

import type { Briefing } from "../lib/briefing/index";

interface GoldItem {
  id: string;
  actor?: string;
  match: string[][];
}
interface Gold {
  actors?: { name: string; aliases: string[] }[];
  [section: string]: unknown;
}

export const SCORED_SECTIONS = ["positions", "dealTerms", "keyFigures", "openQuestions", "discrepancies"] as const;
type Section = (typeof SCORED_SECTIONS)[number];

const fold = (s: string | undefined) =>
  String(s ?? "")
    .replace(/\s+/gu, " ")
    .trim()
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b]/gu, "'")
    .replace(/[\u201c\u201d\u201e]/gu, '"')
    .replace(/[\u2010-\u2015]/gu, "-")
    .replace(/(\d),(\d{3})/gu, "$1$2");
const escapeRegExp = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");

/** Per section, per item: the gold item it claims (one-to-one, as `distinct` counts) and every gold item it fits. */
export function matchItems(briefing: Briefing, gold: Gold): Record<Section, { claims?: string; fits: string[] }[]> {
  const actorFits = (goldActor: string | undefined, actor: string | undefined) => {
    const a = gold.actors?.find((x) => x.name === goldActor);
    if (!a) return true;
    const who = fold(actor);
    return a.aliases.some((alias) => new RegExp(`(^|[^a-z0-9])${escapeRegExp(fold(alias))}`, "u").test(who));
  };
  const result = {} as Record<Section, { claims?: string; fits: string[] }[]>;
  for (const section of SCORED_SECTIONS) {
    const want = (gold[section] ?? []) as GoldItem[];
    const items = briefing[section] as { actor?: string; text: string; citations: { quote: string }[] }[];
    const edges = items.map((item) => {
      const text = fold([item.actor, item.text, ...item.citations.map((c) => c.quote)].join(" "));
      return want.flatMap((g, gi) =>
        (section !== "positions" || actorFits(g.actor, item.actor)) &&
        g.match.every((group) => group.some((alt) => text.includes(fold(alt))))
          ? [gi]
          : [],
      );
    });
    // Augmenting paths, as the scorer assigns them.
    const owner = new Array<number>(want.length).fill(-1);
    const claim = (ii: number, seen: Set<number>): boolean => {
      for (const gi of edges[ii] ?? []) {
        if (seen.has(gi)) continue;
        seen.add(gi);
        if ((owner[gi] ?? -1) < 0 || claim(owner[gi] ?? -1, seen)) {
          owner[gi] = ii;
          return true;
        }
      }
      return false;
    };
    items.forEach((_, ii) => claim(ii, new Set()));
    result[section] = items.map((_, ii) => {
      const gi = owner.indexOf(ii);
      return { claims: gi >= 0 ? want[gi]?.id : undefined, fits: (edges[ii] ?? []).map((g) => want[g]?.id ?? "") };
    });
  }
  return result;
}

/** One line per item: "→ gold-id", "repeats gold-id" or "no gold item". */
export function describeMatches(briefing: Briefing, gold: Gold): string {
  const matched = matchItems(briefing, gold);
  const lines: string[] = [];
  for (const section of SCORED_SECTIONS) {
    lines.push(`## ${section} (gold match)`);
    const items = briefing[section] as { actor?: string; text: string }[];
    items.forEach((item, i) => {
      const m = matched[section][i];
      const tag = m?.claims ? `→ ${m.claims}` : m?.fits.length ? `repeats ${m.fits.join(", ")}` : "no gold item";
      lines.push(`  ${tag.padEnd(34)} ${item.actor ? `${item.actor}: ` : ""}${item.text.slice(0, 110)}`);
    });
  }
  return lines.join("\n");
}
