// Shared machinery for turning candidate sentences into briefing items: citation passages,
// merging the same statement across sources, ranking, and short attributed wording.

import { clusterItems } from "./cluster";
import type { Doc, Sent } from "./pipeline";
import { anyWordTest, containment, isPassiveAt, jaccard, squash } from "./text";
import type { Citation } from "./types";

export interface Candidate {
  sent: Sent;
  score: number;
  /** Items with different keys are never merged (e.g. positions of different actors). */
  key: string;
  /** Cite the previous sentence too (the statement leans on it: "those options", "He added"). */
  withPrev?: boolean;
  /** The item's own wording when it is not the sentence's statement (a side's proposal named by another). */
  text?: string;
}

export interface Merged {
  cands: Candidate[];
  best: Candidate;
  sources: number[];
  score: number;
}

/** Sentence starts and words that point back to the previous sentence. */
const LEANS_BACK =
  /^(he|she|they|it|this|that|these|those|such|so too|also|but|and|meanwhile|however|he added|she added)\b|\b(those|these|there|such|that process|this process|the same)\b/i;

export function needsPrev(doc: Doc, s: Sent): boolean {
  const prev = doc.sources[s.src]?.sents[s.idx - 1];
  if (!prev || (prev.para !== s.para && !/^(so too|also|he added|she added)\b/i.test(s.text))) return false;
  if (prev.kind !== "content") return false;
  return LEANS_BACK.test(s.text) && s.text.split(/\s+/u).length < 30;
}

export function citationFor(doc: Doc, s: Sent, withPrev = false): Citation {
  const src = doc.sources[s.src];
  const text = src?.input.text ?? "";
  let start = s.start;
  if (withPrev) {
    const prev = src?.sents[s.idx - 1];
    if (prev && s.start - prev.end < 400) start = prev.start;
  }
  return { sourceId: s.sourceId, quote: text.slice(start, s.end) };
}

export function mergeCandidates(cands: Candidate[], minJaccard = 0.34): Merged[] {
  const clusters = clusterItems(cands, {
    stems: (c) => c.sent.stems,
    key: (c) => c.key,
    minJaccard,
    minContainment: 0.6,
  });
  return clusters.map((cl) => {
    const sorted = [...cl].sort((a, b) => b.score - a.score || a.sent.gid - b.sent.gid);
    const best = sorted[0] as Candidate;
    const sources = [...new Set(cl.map((c) => c.sent.src))];
    return { cands: sorted, best, sources, score: best.score + 1.2 * (sources.length - 1) };
  });
}

/**
 * One citation per source, so corroboration = distinct sources: the source's sentence closest to the
 * item's own statement, then its strongest. A group can chain two points of one long quotation
 * ("… acting in good faith. We will now consider alternative options …"); only the one the item
 * states supports it.
 */
export function citationsOf(doc: Doc, m: Merged): Citation[] {
  const pick = new Map<number, { c: Candidate; close: number }>();
  for (const c of m.cands) {
    const close = jaccard(m.best.sent.stems, c.sent.stems);
    const had = pick.get(c.sent.src);
    if (!had || close > had.close) pick.set(c.sent.src, { c, close });
  }
  const out: Citation[] = [];
  for (const { c } of pick.values()) out.push(citationFor(doc, c.sent, c.withPrev ?? needsPrev(doc, c.sent)));
  return out;
}

/** Distinct sources backing an item, not counting a near-copy of a source already counted. */
export function corroboration(doc: Doc, m: Merged, nearCopyOf: Map<number, number>): number {
  const independent = new Set<number>();
  for (const src of m.sources) independent.add(nearCopyOf.get(src) ?? src);
  void doc;
  return independent.size;
}

const TRAILING_ATTRIBUTION =
  /,?\s*(?:[”"’]\s*)?(?:(?:as )?(?:according to|as quoted by|quoted by) [^,.;]{2,60}|(?:the\s+)?[\p{L}.’' -]{2,60}?\s+(?:said|says|told [\p{L} ]{2,30}|wrote|added|reported|stated)(?:\s+(?:on|in)\s+[\p{L}\d .’'-]{2,40})?)\s*\.?$/u;
/** Every TRAILING_ATTRIBUTION match has one of these words; the pattern is slow and most sentences lack them. */
const mayEndInAttribution = anyWordTest([
  "according to",
  "quoted by",
  "said",
  "says",
  "told ",
  "wrote",
  "added",
  "reported",
  "stated",
]);
function dropTrailingAttribution(t: string): string {
  return mayEndInAttribution(t) ? t.replace(TRAILING_ATTRIBUTION, "") : t;
}
const LEADING_ATTRIBUTION =
  /^[^“"”]{0,140}?\b(?:said|says|told [\p{L} ]{1,25}?|wrote|added|stated|insisted|argued|warned|noted|reiterated|confirmed|stressed|maintained|announced)\b(?:\s+(?:on|in|earlier|later)\s+[\p{L}\d ]{2,30}?)?(?:\s+that)?[\s,:]+/u;
/** "The decision, announced on X by the envoy, followed …": the frame is a passive participle, not "X said". */
function passiveLead(t: string, lead: string): boolean {
  return /\bby[\s,:]*$/u.test(lead) || /^by\s/u.test(t.slice(lead.length));
}
/** `…,” Special Envoy Jane Doe said on X. “…`: an attribution between two parts of one quotation. */
const MID_ATTRIBUTION =
  /[,.]?\s*[”"]\s*,?\s*(?:[\p{L}.’'-]+\s+){0,8}?(?:said|says|wrote|added|told [\p{L}]+|posted|stated)(?:\s+(?:on|in)\s+[\p{L}\d’'-]+(?:\s+[\p{L}\d’'-]+){0,3}?)?\s*[.,:]\s*[“"]/gu;

/** "However,", "But", "Meanwhile,": a discourse connective ties a sentence to its neighbour, not to an item. */
const LEADING_CONNECTIVE =
  /^(?:(?:but|and|however|meanwhile),?|(?:still|yet|so|also|indeed|instead|separately|moreover|furthermore|nonetheless|nevertheless|in addition|in turn|at the same time|on the other hand),)\s+(?=\S)/iu;
export function dropLeadingConnective(t: string): string {
  const m = LEADING_CONNECTIVE.exec(t);
  if (!m) return t;
  const rest = t.slice(m[0].length);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** The statement without its "X said" frame. */
export function coreOf(s: Sent): string {
  let t = squash(s.text);
  // "X will cut 3,500 jobs, the company said on Wednesday, as …": the attribution sits inside.
  const inner =
    /^([^“"”]{25,}?),\s*(?:(?:the|a|an)\s+)?(?:[\p{L}.’'-]+\s+){0,4}?(?:said|says|told [\p{L}]+)(?:\s+(?:on|in)\s+[\p{L}\d]+)?\s*,\s*/u.exec(
      t,
    );
  const lead = inner ? null : LEADING_ATTRIBUTION.exec(t);
  if (inner?.[1] && !/\b(said|says|told)\b/u.test(inner[1])) t = `${inner[1]}, ${t.slice(inner[0].length)}`;
  else if (lead && lead[0].length < t.length * 0.6 && !passiveLead(t, lead[0])) t = t.slice(lead[0].length);
  else t = dropTrailingAttribution(t);
  t = t
    .replace(MID_ATTRIBUTION, " … ")
    .replace(/^[“"‘']+|[”"’']+$/gu, "")
    .replace(/[,;:]+$/u, "")
    .trim();
  return dropLeadingConnective(t);
}

const TRAILING_STOP =
  /\s+(?:to|of|the|a|an|and|or|but|for|with|in|on|at|by|that|which|who|as|from|into|its|their|his|her|is|are|was|were|be|would|will|has|have|had|not|than|such|this|these|those|while|after|before|despite|including)$/i;

/** At most `max` words, cut at a clause boundary when there is one, never on a function word. */
export function clipClean(s: string, max: number): string {
  const words = squash(s).split(" ");
  if (words.length <= max) return squash(s).replace(/[,;:\s—–-]+$/u, "");
  let cut = words.slice(0, max).join(" ");
  // Prefer the last clause boundary in the second half of the budget.
  const boundary = Math.max(
    cut.lastIndexOf(", "),
    cut.lastIndexOf("; "),
    cut.lastIndexOf(" — "),
    cut.lastIndexOf(" – "),
  );
  if (boundary > cut.length * 0.5) cut = cut.slice(0, boundary);
  for (let i = 0; i < 4 && TRAILING_STOP.test(cut); i++) cut = cut.replace(TRAILING_STOP, "");
  cut = cut.replace(/[,;:\s—–-]+$/u, "");
  // A cut inside a quotation closes it.
  const opens = (cut.match(/[“]/gu) ?? []).length;
  const closes = (cut.match(/[”]/gu) ?? []).length;
  const straight = (cut.match(/"/gu) ?? []).length;
  return `${cut} …${opens > closes ? "”" : straight % 2 === 1 ? '"' : ""}`;
}

/** Acts whose completion the narrator reports (a vote on an offer), and the offers they act on. */
const PAST_ACT = /^(?:rejected|accepted|approved|ratified|turned down|voted down)$/u;
const OFFER_OBJECT =
  /^\s*(?:[\p{L}\d'’.-]+\s+){0,5}?(?:proposals?|offers?|contracts?|deals?|agreements?|plans?|bids?|terms)\b/u;

/** Present-tense form of the reporting and stance verbs an item may start with. */
const PRESENT: Record<string, string> = {
  said: "says",
  says: "says",
  told: "says",
  wrote: "says",
  added: "says",
  stated: "says",
  noted: "says",
  posted: "says",
  tweeted: "says",
  declared: "declares",
  explained: "says",
  claimed: "claims",
  announced: "announces",
  confirmed: "confirms",
  reported: "says",
  asserted: "says",
  argued: "argues",
  stressed: "stresses",
  emphasized: "stresses",
  emphasised: "stresses",
  reiterated: "reiterates",
  repeated: "reiterates",
  maintained: "maintains",
  insisted: "insists",
  insists: "insists",
  warned: "warns",
  warns: "warns",
  acknowledged: "acknowledges",
  indicated: "indicates",
  communicated: "says",
  expressed: "expresses",
  dismissed: "dismisses",
  accused: "accuses",
  accuses: "accuses",
  urged: "urges",
  urges: "urges",
  suggested: "suggests",
  believes: "believes",
  hopes: "hopes",
  hoped: "hopes",
  alleged: "alleges",
  criticized: "criticises",
  criticised: "criticises",
  conceded: "concedes",
  admitted: "admits",
  denied: "denies",
  denies: "denies",
  responded: "responds",
  replied: "replies",
  revealed: "says",
  demanded: "demands",
  demands: "demands",
  proposed: "proposes",
  proposes: "proposes",
  offered: "offers",
  offers: "offers",
  wants: "wants",
  wanted: "wants",
  rejected: "rejects",
  rejects: "rejects",
  refused: "refuses",
  refuses: "refuses",
  agreed: "agrees",
  agrees: "agrees",
  accepted: "accepts",
  pressing: "presses",
  pressed: "presses",
  threatened: "threatens",
  vowed: "vows",
  pledged: "pledges",
  reaffirmed: "reaffirms",
  blamed: "blames",
  condemned: "condemns",
  welcomed: "welcomes",
  praised: "praises",
  expects: "expects",
  expected: "expects",
  plans: "plans",
  intends: "intends",
  calls: "calls",
  called: "calls",
  declined: "declines",
  opposed: "opposes",
  opposes: "opposes",
  supports: "supports",
  backed: "backs",
  seeks: "seeks",
  sought: "seeks",
  desires: "wants",
  desired: "wants",
  signaled: "signals",
  signalled: "signals",
};
const plural = (v: string) =>
  v === "says"
    ? "say"
    : // One ending only: "stresses" → "stress", not "stres".
      v.replace(/(?:(?<=[^aeiou])ies|(?<=ss|sh|ch|x)es|s)$/u, (m) => (m === "ies" ? "y" : ""));

/** Lower-cases a clause's first word when it is an ordinary word, not a name. */
function lowerStart(t: string): string {
  return /^(The|A|An|It|Its|This|That|These|Those|There|They|We|Our|He|She|His|Her|Some|Any|All|No|Such|If|When|While|Both|About|Around|Nearly|Almost|More|Fewer|Only|Most|Many|Several)\b/u.test(
    t,
  )
    ? t.charAt(0).toLowerCase() + t.slice(1)
    : t;
}

/** Quoted segments of a sentence (curly or straight), joined with an ellipsis. */
function quotedText(t: string): string | undefined {
  // '… travel soon," said X': a quotation opened in an earlier sentence closes in this one.
  const marks = (t.match(/[“”"]/gu) ?? []).length;
  const closesFirst = /^[^“”"]{20,}?[,.]?[”"]\s+\p{Ll}/u.test(t) && marks % 2 === 1;
  const segs = closesFirst
    ? []
    : [...t.matchAll(/[“"]([^”"]{12,})[”"]?/gu)].map((m) => (m[1] ?? "").trim().replace(/[,.]+$/u, ""));
  if (segs.length === 0) {
    const orphan = /^([^“”"]{20,}?)[,.]?[”"]/u.exec(t);
    if (orphan?.[1]) segs.push(orphan[1].trim());
  }
  return segs.length ? segs.join(" … ") : undefined;
}

/** "Israel says …" / "Russia demands …" wording, at most ~`maxWords` words, frame trimmed cleanly. */
export function attributed(actor: string, s: Sent, maxWords = 36): string {
  const text = dropLeadingConnective(squash(s.text).replace(/[.]+$/u, ""));
  // "Thailand and Cambodia" are two sides; "International Association of Machinists and Aerospace
  // Workers" is one organisation's name.
  const isPlural =
    (/ and /u.test(actor) && !/\b(of|for)\b/u.test(actor)) ||
    /\(mediators\)$/u.test(actor) ||
    /^\p{Lu}\p{Ll}+(?:ans|ats|ives|ists|ites|ers|ies|als)$/u.test(actor);
  const fit = (prefix: string, body: string) =>
    `${prefix}${clipClean(body, Math.max(8, maxWords - prefix.split(" ").length))}`;
  const name = s.a.speakerName && !actor.includes(s.a.speakerName) ? s.a.speakerName : undefined;
  // Reported speech about another side: "Zelenskyy said the U.S. proposed …".
  if (s.a.speaker && s.a.speaker !== actor && !s.a.quoted) {
    return fit(`${actor} (according to ${s.a.speakerName ?? s.a.speaker}): `, coreOf(s));
  }
  // Another side's words about this side's position: never put them in this side's mouth.
  if (s.a.speaker && s.a.speaker !== actor && s.a.quoted) {
    const q = (quotedText(text) ?? coreOf(s)).replace(/[“”"]/gu, "");
    return `${actor} (according to ${s.a.speakerName ?? s.a.speaker}): “${clipClean(q, Math.max(8, maxWords - 6)).replace(/[”"]$/u, "")}”`;
  }
  const startsQuoted =
    /^[“"‘]/u.test(text) || (s.a.quoted && !/^[^“"]{0,60}\b(said|says|told|wrote|added)\b/u.test(text));
  // "“This is a victory …,” said Mara Lind, president of …": a sentence opening with its quotation
  // is worded from the quotation even when the attribution after it is long.
  const opensWithQuote = /^[“"]/u.test(text) && s.a.quote !== undefined && s.a.speaker === actor;
  // "X put it more bluntly: “This is an insult.”": the quotation after the colon is the statement.
  if (s.a.verb === "colon") {
    const q = /:\s*[“"‘]([^”"’]{3,})/u.exec(text)?.[1];
    if (q)
      return `${actor}${name ? ` (${name})` : ""} ${isPlural ? "say" : "says"}: “${clipClean(q.replace(/[.,]+$/u, ""), Math.max(8, maxWords - 4))}”`;
  }
  if ((s.a.quoted || opensWithQuote) && startsQuoted) {
    const q = quotedText(text) ?? coreOf(s);
    const verb = isPlural ? "say" : "says";
    return `${actor}${name && s.a.speaker === actor ? ` (${name})` : ""} ${verb}: “${clipClean(q.replace(/[“”"]/gu, ""), Math.max(8, maxWords - 4)).replace(/[”"]$/u, "")}”`;
  }
  const verb = s.a.verb && PRESENT[s.a.verb] ? s.a.verb : undefined;
  if (verb) {
    // The frame: the subject up to the verb (outside quotations), then the statement after it.
    const at = new RegExp(`\\b${verb}\\b`, "u").exec(text);
    const before = at ? text.slice(0, at.index) : "";
    // "X will cut 3,500 jobs, the company said on Wednesday, as …": the statement comes before the
    // attribution, so the frame is not "subject + verb + statement".
    const trailing =
      at &&
      /^.{25,},\s*(?:(?:the|a|an)\s+)?(?:\S+\s+){1,4}$/u.test(before) &&
      !/\b(that)\b/u.test(before.slice(before.lastIndexOf(",")));
    if (
      at &&
      !trailing &&
      !/[“"]/u.test(before) &&
      before.split(" ").length <= 24 &&
      !isPassiveAt(text, at.index, at.index + verb.length)
    ) {
      let rest = text.slice(at.index + verb.length);
      if (verb === "told")
        rest = rest.replace(/^\s+(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+(?=\s+(?:that|in|on|after)\b|\s*[,:])/u, " ");
      // Adjuncts before "that" ("on Thursday", "in a post to Telegram") go with the frame.
      const that = /^\s*(?:[\p{L}\d'’,-]+\s+){0,9}?that\s+/u.exec(rest);
      // Only adjuncts may be skipped: in "desires guarantees that Israel will …" the words before
      // "that" are the object, and dropping them would turn a wish for guarantees into a claim.
      const skipped = that ? that[0].replace(/\s*that\s+$/u, "").trim() : "";
      const adjunct =
        skipped === "" ||
        /^(?:,|on|in|at|to|during|earlier|later|last|this|again|also|previously|repeatedly|publicly|privately|firmly|strongly|clearly|\p{Lu})/u.test(
          skipped,
        );
      if (that && adjunct && PRESENT[verb] !== "demands" && !/[“"]/u.test(that[0])) rest = rest.slice(that[0].length);
      rest = dropTrailingAttribution(rest.replace(/^[\s,:]+/u, "")).replace(MID_ATTRIBUTION, " … ");
      // "said on Friday its members would …": the day belongs to the frame, not the statement.
      rest = rest.replace(
        /^(?:on|late on|early on|last)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month)\b,?\s+(?=\p{Ll})/u,
        "",
      );
      let present = PRESENT[verb] ?? "says";
      if (isPlural) present = plural(present);
      // "rejected Boeing's last two proposals": turning down or accepting an offer is a past act, not
      // a standing view, and keeps its tense.
      if (PAST_ACT.test(verb) && OFFER_OBJECT.test(rest)) present = verb;
      const subject = before
        .replace(/^(?:[^,]{0,60},\s+)?/u, (m) =>
          /^(despite|after|amid|on|in|meanwhile|however|but|while)\b/i.test(m) ? "" : m,
        )
        // "While the union members rejected …": the subordinator is not part of who acted.
        .replace(/^(?:while|as|after|because|although|though|when|if|since|once|whereas)\s+/i, "")
        .trim();
      const who =
        name ??
        (subject &&
        !/^(he|she|they|it|we|i)$/i.test(subject) &&
        subject.split(" ").length <= 8 &&
        !new RegExp(actor.split(" ")[0] ?? actor, "u").test(subject)
          ? subject.replace(/^(the|a|an)\s+/i, "").replace(/,.*$/u, "")
          : undefined);
      // "Kyiv has", "Moscow has also": auxiliaries are not part of who spoke; a bare name or acronym of
      // the side itself ("Moscow", "CRA") adds nothing to the actor.
      const whoClean = who
        ?.replace(
          /(?:\s+(?:has|have|had|is|are|was|were|will|would|could|can|may|might|should|also|again|now|still|reportedly|previously|repeatedly|already|then|once|just|not|never|long|been))+$/i,
          "",
        )
        .trim();
      const descriptive = whoClean !== undefined && (whoClean === name || /(?:^|\s)\p{Ll}/u.test(whoClean));
      const who2 = whoClean && descriptive && /\p{Lu}/u.test(whoClean) && whoClean.length < 60 ? ` (${whoClean})` : "";
      if (rest.split(" ").length >= 3) return fit(`${actor}${who2} ${present} `, lowerStart(rest.trim()));
    }
  }
  const core = coreOf(s).replace(/[.]+$/u, "");
  // The statement already names its side: "Halvorsen Motors will eliminate …".
  if (core.length > 0 && core.startsWith(actor) && !name) return fit("", core);
  if (core !== text && core.length > 0)
    return fit(`${actor}${name ? ` (${name})` : ""} ${isPlural ? "say" : "says"} `, lowerStart(core));
  return fit(`${actor}: `, text);
}

export function pickTop(
  merged: Merged[],
  limit: number,
  perKey = Infinity,
  keyOf: (m: Merged) => string = (m) => m.best.key,
  absorb = 0.5,
  quota?: Map<string, number>,
): Merged[] {
  const sorted = [...merged].sort((a, b) => b.score - a.score || a.best.sent.gid - b.best.sent.gid);
  const counts = new Map<string, number>();
  const out: Merged[] = [];
  for (const m of sorted) {
    const k = keyOf(m);
    // A weaker restatement of a kept item (same key, mostly the same words) adds its sources there.
    const twin = out.find((o) => keyOf(o) === k && containment(o.best.sent.stems, m.best.sent.stems) >= absorb);
    if (twin) {
      for (const c of m.cands)
        if (!twin.sources.includes(c.sent.src)) {
          twin.cands.push(c);
          twin.sources.push(c.sent.src);
        }
      continue;
    }
    if (out.length >= limit) continue;
    const n = counts.get(k) ?? 0;
    if (n >= Math.min(perKey, quota?.get(k) ?? Infinity)) continue;
    counts.set(k, n + 1);
    out.push({ ...m, cands: [...m.cands], sources: [...m.sources] });
  }
  return out;
}
