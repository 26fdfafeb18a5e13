// Stage: deal terms. Sentences that state a term of a deal (agreement vocabulary, proposals,
// demands), with status, figures and proposer.

import { figureLabels } from "./figures";
import { citationsOf, coreOf, mergeCandidates, needsPrev, pickTop, type Candidate, type Merged } from "./items";
import { NAME_INDEX } from "./gazetteer";
import { DEAL_NOUN, DEAL_VERB } from "./lexicon";
import type { Sent } from "./pipeline";
import { capitalize, clipWords } from "./text";
import type { DealTerm, DealTermStatus } from "./types";
import { contentSents, limitFor, uncertaintyOf, type SectionContext } from "./section-context";
import { NOMINAL_PROPOSAL } from "./positions";

// ---------------------------------------------------------------- deal terms

function dealStatus(text: string): DealTermStatus {
  if (/\b(reject(ed|s)?|refus(ed|es)|turned down|ruled out|dismissed)\b/iu.test(text)) return "rejected";
  if (/\b(demand(ed|s)?|insist(ed|s)?|wants?|must|as a condition|requires?)\b/iu.test(text)) return "demanded";
  if (/\b(agreed|agreement was reached|signed|took place|have exchanged|exchanged|concluded|confirmed)\b/iu.test(text))
    return "agreed";
  return "proposed";
}

/** "exchange of 314 prisoners", "hand over 157 prisoners": the counted thing an exchange is about. */
function countedExchange(s: Sent): string | undefined {
  if (!/\b(exchang\w*|swap\w*|releas\w*|hand(ed|ing)? over|free[sd]?|return\w*)\b/iu.test(s.text)) return undefined;
  const f = s.figures
    .filter((x) => x.kind === "count" && x.value >= 10 && x.unit && x.unit !== "other" && x.unit !== "count")
    .sort((a, b) => b.value - a.value)[0];
  return f ? `count:${f.unit}` : undefined;
}

/**
 * "the proposed 60-day ceasefire deal", "an agreed timetable": a participle used as an adjective names
 * a term without anyone putting it forward in this sentence.
 */
function withoutAttributive(text: string): string {
  return text.replace(
    /\b(?:the|a|an|its|their|his|her|this|that|any)\s+(?:(?:\p{L}+ly|new|latest|earlier|original)\s+)?(?:proposed|offered|demanded|agreed|rejected|planned|suggested)\b/giu,
    " ",
  );
}

/** A verb by which a sentence itself puts a term forward, asks for it or records it as agreed. */
const STATES_TERM =
  /\b(propos(ed|es|ing)|offer(ed|s|ing)|demanded|insist(ed|s)|agreed|agree to|entails?|in (return|exchange) for|call(ed|s) for|would (include|see|require)|signed)\b/iu;

/** The side a sentence names as a proposal's owner: "a U.S. proposal", "Russia's plan". */
function nominalProposer(s: Sent): string | undefined {
  for (const m of s.text.matchAll(NOMINAL_PROPOSAL)) {
    const party = NAME_INDEX.get((m[1] ?? "").trim())?.entry.canonical;
    if (party) return party;
  }
  return undefined;
}

export function buildDealTerms(ctx: SectionContext): DealTerm[] {
  const { doc } = ctx;
  const cands: Candidate[] = [];
  const sents = contentSents(doc);
  const isDeal = (s: Sent) =>
    DEAL_NOUN.test(s.text) &&
    (DEAL_VERB.test(withoutAttributive(s.text)) || /\b(in the event of|sticking points?)\b/iu.test(s.text));
  for (const s of sents) {
    const ownDeal = isDeal(s);
    let deal = ownDeal;
    let withPrev = false;
    // "Humanitarian assistance would also be increased": a conditional continuing a deal sentence.
    const prev = doc.sources[s.src]?.sents[s.idx - 1];
    if (
      !deal &&
      prev &&
      prev.para === s.para &&
      /\bwould\b/iu.test(s.text) &&
      !/\bsaid\b/u.test(s.text) &&
      isDeal(prev)
    ) {
      deal = true;
      withPrev = false;
    }
    if (!deal) continue;
    const figs = s.figures.filter((f) => f.kind !== "percent");
    let score = 1 + Math.min(3, figs.length) * 0.8;
    if (!ownDeal) score += 1.8; // continuation of the terms just listed
    const stated = withoutAttributive(s.text);
    if (
      /\b(agreed|agree to|proposed|propos(al|es)|offer(ed)?|entails?|in (return|exchange) for|demand(ed|s)?|wants)\b/iu.test(
        stated,
      )
    )
      score += 1.5;
    if (/\b(cease-?fire|truce|exchange|swap|release|deal|agreement|zone|dialogue|round)\b/iu.test(s.text)) score += 0.8;
    if (/\bin the event of\b/iu.test(s.text)) score += 0.8;
    // "One of the key questions is still …", "the prospects for a deal remain unclear": a sentence
    // whose cue is uncertainty is an open question, not a term on the table, unless it states one.
    if (uncertaintyOf(s) >= 4 && !STATES_TERM.test(stated) && !nominalProposer(s)) continue;
    // "a U.S. proposal to turn …": a named side's proposal is a term on the table.
    if (nominalProposer(s)) score += 1.5;
    // Past events and background ("Earlier ceasefire agreements have been short-lived") are not terms.
    if (/\b(earlier|previous|last year|short-lived|have proved|had been)\b/iu.test(s.text)) score -= 1.5;
    if (uncertaintyOf(s) >= 4 && !/\bcease-?fire|deal\b/iu.test(s.text)) score -= 1.5;
    if (score < 2.6) continue;
    cands.push({ sent: s, score, key: "deal", withPrev: withPrev || needsPrev(doc, s) });
  }
  // One exchange, counted differently by different outlets ("314 prisoners" / "157 prisoners each"),
  // is one term: the counts themselves are left to the discrepancies section.
  const merged: Merged[] = [];
  const byCounted = new Map<string, Merged>();
  for (const m of mergeCandidates(cands, 0.3).sort((a, b) => b.score - a.score || a.best.sent.gid - b.best.sent.gid)) {
    const k = countedExchange(m.best.sent);
    const host = k ? byCounted.get(k) : undefined;
    if (host) {
      for (const c of m.cands) {
        host.cands.push(c);
        if (!host.sources.includes(c.sent.src)) host.sources.push(c.sent.src);
      }
      continue;
    }
    if (k) byCounted.set(k, m);
    merged.push(m);
  }
  const top = pickTop(merged, limitFor(doc, 1.8, 4, 10));
  const out: DealTerm[] = [];
  for (const m of top) {
    const s = m.best.sent;
    const figures = figureLabels(m.cands.flatMap((c) => c.sent.figures)).slice(0, 6);
    const status = dealStatus(s.text);
    // Who proposed the term: a side named as its owner ("a U.S. proposal"), else the actor when the
    // actor puts it forward or asks for it. A rejected term was never proposed by the side rejecting it,
    // so without a named owner it has no proposer.
    // The actor puts the term forward: its own verb, or the verb of the clause reported about it
    // ("Zelenskyy said the U.S. again proposed …"); "the proposed deal" is not anyone's proposal.
    const putsForward =
      (/^(propos\w*|offer\w*|demand\w*|insist\w*|want\w*|wanted|seek\w*|sought|call\w*|urg\w*|present\w*|suggest\w*|press\w*|desire\w*)$/u.test(
        s.a.verb ?? "",
      ) &&
        !new RegExp(`\\b(the|a|an)\\s+${s.a.verb ?? ""}\\b`, "iu").test(s.text)) ||
      /(?<!\b(?:the|a|an|previously|initially)\s)\b(propos(ed|es|ing)|offer(ed|s|ing)|demand(ed|s|ing)|insist(ed|s)|wants?|wanted|present(ed|s)|suggest(ed|s)|call(ed|s) for|press(ed|es|ing)|desires?)\b/u.test(
        s.text,
      );
    const proposedBy = nominalProposer(s) ?? (status !== "rejected" && putsForward ? s.a.actor : undefined);
    // "no common ground was reached on X and expressed skepticism about a U.S. proposal to …": led by
    // its proposer, the term is the proposal clause itself, in the source's words.
    const full = coreOf(s).replace(/[.]+$/u, "");
    NOMINAL_PROPOSAL.lastIndex = 0;
    const named = nominalProposer(s) ? NOMINAL_PROPOSAL.exec(full) : null;
    NOMINAL_PROPOSAL.lastIndex = 0;
    const core = clipWords(named && named.index > 0 ? full.slice(named.index) : full, 32);
    // The lead names the parties that agreed, or the proposer; never the side rejecting a term.
    const who = status === "agreed" ? (proposedBy ?? s.a.actor) : proposedBy;
    const lead = who ? `${capitalize(status)} (${who}): ` : `${capitalize(status)}: `;
    out.push({
      text: `${lead}${core}`,
      figures,
      ...(proposedBy ? { proposedBy } : {}),
      status,
      citations: citationsOf(doc, m),
      corroboration: m.sources.length,
    });
    for (const c of m.cands) ctx.used.add(c.sent.gid);
  }
  return out;
}

// ---------------------------------------------------------------- key figures
