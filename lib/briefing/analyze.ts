// Stages 3–4 per sentence: quotation spans, the speaker of each quote, and the actor a sentence
// speaks for. The actor is found by walking back from the first reporting or stance verb to its
// subject; a reported clause whose own subject takes a stance ("Zelenskyy said the U.S.
// proposed …") hands the position to that subject; an outlet as subject ("the Post reported")
// never counts as a party.

import type { CleanLine } from "./clean";
import { GROUP_ANAPHORA, OUTLET_HEAD, TITLE_HOME } from "./gazetteer";
import { AUX, CLAUSE_BREAK, REPORTING, STANCE } from "./lexicon";
import type { Mention, PartyResolver } from "./parties";
import type { RawSentence, Span } from "./sentences";
import { byAgentAfter, isCapitalised, isPassiveAt, tokenize, type Token } from "./text";

export interface QuoteSpan extends Span {
  /** Party of the speaker, when known. */
  party?: string;
  /** How the speaker is named in the text ("Steve Witkoff"). */
  speakerName?: string;
}

export interface Analysis {
  /** Party the sentence's statement belongs to. */
  actor?: string;
  /** Party that is speaking (may differ from actor in reported speech). */
  speaker?: string;
  speakerName?: string;
  verb?: string;
  /** The statement sits inside quotation marks. */
  quoted: boolean;
  /** Character range of the quote inside the sentence (absolute offsets). */
  quote?: Span;
  /** Where the subject of the actor's verb starts, relative to the sentence (when it has one). */
  subjectAt?: number;
}

const OPEN_Q = new Set(["“", "‘", "«"]);
const CLOSE_Q = new Set(["”", "’", "»"]);
const QUOTE_MARKS = '“‘«”’»"';

/** Quotation spans of one line, including orphans (a closing mark with no opening one). */
export function quoteSpans(text: string, line: CleanLine): Span[] {
  const spans: Span[] = [];
  let open = -1;
  let straightOpen = -1;
  const s = line.text;
  for (let i = 0; i < s.length; i++) {
    const c = s.charAt(i);
    // Only quotation marks and apostrophes matter; most characters are neither.
    if (!QUOTE_MARKS.includes(c)) continue;
    // Guarded reads: charAt outside the string gives "" either way, but the optimised code would be
    // thrown away on the first read before the start or past the end.
    const prev = i > 0 ? s.charAt(i - 1) : "";
    const next = i + 1 < s.length ? s.charAt(i + 1) : "";
    if (c === "‘" && !/[\p{L}\p{N}]/u.test(prev) && open < 0) {
      open = i;
      continue;
    }
    if (c === "’" && /[\p{L}\p{N}]/u.test(next)) continue; // apostrophe: Hamas’s
    if (c === "’" && open >= 0 && s.charAt(open) !== "‘") continue;
    if (OPEN_Q.has(c) && c !== "‘" && open < 0) {
      open = i;
      continue;
    }
    if (CLOSE_Q.has(c)) {
      if (open >= 0) {
        if (i - open > 3) spans.push({ start: line.start + open + 1, end: line.start + i });
        open = -1;
      } else if (spans.length === 0 && c === "”" && i > 20) {
        spans.push({ start: line.start, end: line.start + i });
      }
      continue;
    }
    if (c === '"') {
      if (straightOpen < 0) straightOpen = i;
      else {
        if (i - straightOpen > 3) spans.push({ start: line.start + straightOpen + 1, end: line.start + i });
        straightOpen = -1;
      }
    }
  }
  // A quotation left open runs to the end of the paragraph (news style for multi-paragraph quotes).
  if (open >= 0 && s.length - open > 20) spans.push({ start: line.start + open + 1, end: line.start + s.length });
  if (straightOpen >= 0 && s.length - straightOpen > 20 && spans.length === 0)
    spans.push({ start: line.start + straightOpen + 1, end: line.start + s.length });
  void text;
  return spans;
}

interface Subject {
  party?: string;
  name?: string;
  outlet?: boolean;
  pronoun?: boolean;
}

export interface SourceContext {
  lastSpeaker?: { party: string; name?: string };
  resolver: PartyResolver;
}

/**
 * A context with both fields always present, in one order: every context then shares one hidden
 * class (a spread copy, or adding `lastSpeaker` later, gave analyzeSentence several, and its
 * optimised code was thrown away and compiled again).
 */
export function sourceContext(resolver: PartyResolver, lastSpeaker?: SourceContext["lastSpeaker"]): SourceContext {
  return { lastSpeaker, resolver };
}

const PRONOUN = /^(he|she|they|we|i)$/i;
/** Verbs that introduce a reported clause ("said [that] X …"), not an object ("accused X of …"). */
const CLAUSE_VERB =
  /^(said|says|say|told|tells|added|adds|wrote|writes|stated|noted|announced|declared|explained|argued|claimed|reported|confirmed|posted|tweeted|asserted|stressed|emphasi[sz]ed|reiterated|maintained|insisted|warned|acknowledged|indicated|suggested|believes?|believed|hopes?|hoped|conceded|admitted|revealed|signall?ed|communicated|expressed)$/u;

/** A bare title that, in a story about one country, is that country's government. */
const HOME_TITLE = /^(?:the\s+)?(?:government|prime minister|cabinet|chancellor|president)$/i;

/** A speaker named before a colon that opens a quotation, within this many characters of the start. */
const COLON_SPEAKER_CHARS = 90;

/** "In an interview on CBC News Network, Air Canada's …": a fronted adjunct is not part of the subject. */
const FRONTED_ADJUNCT =
  /^(?:(?:In|On|At|After|Before|During|Speaking|Asked|Earlier|Later|Meanwhile|However|Separately|Overnight|Yesterday|Today|Writing|Interviewed)\b[^,]{0,80}|\p{L}+ing\b[^,]{0,120}),\s+(?=\S)/u;
/**
 * "The end of Boeing's largest union's first strike … offers": a common-noun head with an "of"
 * phrase is not the side named inside it — unless the head is a person or body that acts for it
 * ("the head of the union", "members of the alliance").
 */
const OF_HEAD = /^(?:[Tt]he|[Aa]n?)\s+(\p{Ll}[\p{Ll}-]*)\s+of\b/u;
const ACTING_HEAD =
  /^(head|heads|leader|leaders|leadership|chief|president|members?|spokes\w+|officials?|representatives?|chair\w*|director|secretary|minister|ministers|envoy|delegation|negotiators?|team|government|lawyers?|ambassador|commander|executive|board|council|committee|group|side|camp|office|ministry|department|staff|cabinet|army|forces|troops|military|coalition|alliance|workers|employees|union|administration|embassy|mission|majority|rest|most|many|some|all|none)$/u;

function resolveNP(np: string, npStart: number, mentions: Mention[], ctx: SourceContext): Subject | undefined {
  const adjunct = FRONTED_ADJUNCT.exec(np.trim())?.[0].length ?? 0;
  if (adjunct > 0) {
    const lead = np.length - np.trimStart().length;
    return resolveNP(np.slice(lead + adjunct), npStart + lead + adjunct, mentions, ctx);
  }
  const trimmed = np.trim();
  if (!trimmed) return undefined;
  const ofHead = OF_HEAD.exec(trimmed)?.[1];
  if (ofHead && !ACTING_HEAD.test(ofHead)) return undefined;
  if (OUTLET_HEAD.test(trimmed) && !/\b(official|officials|minister|spokes\w+)\b/i.test(trimmed))
    return { outlet: true };
  const inside = mentions.filter(
    (m) =>
      m.start >= npStart &&
      m.start < npStart + np.length &&
      !m.asPlace &&
      !/\b(in|at|into|near|inside|outside|across)\s+(the\s+)?$/i.test(
        np.slice(Math.max(0, m.start - npStart - 14), m.start - npStart),
      ),
  );
  // "… from the Tories and Nigel Farage's Reform UK, Sir Keir said": the person after the last
  // comma is the subject; names before it belong to the fronted phrase.
  const lastComma = np.lastIndexOf(", ");
  const closing = lastComma > 0 ? inside.filter((m) => m.start >= npStart + lastComma) : [];
  const titled =
    closing[0] !== undefined &&
    /^,\s+(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u.test(np.slice(lastComma, closing[0].start - npStart));
  const person =
    (titled && closing.every((m) => m.kind === "person") ? closing[0] : undefined) ??
    inside.find((m) => m.kind === "person");
  if (person) return { party: person.party, name: person.text };
  if (/\bmediators?\b/i.test(trimmed) && ctx.resolver.mediators) return { party: ctx.resolver.mediators.name };
  if (inside.length > 0) {
    // "The U.S. and Israel both withdrew": a joint subject speaks for both sides.
    const joint: string[] = [];
    for (let i = 0; i < inside.length; i++) {
      const m = inside[i];
      if (!m) continue;
      const prev = inside[i - 1];
      const between = prev ? np.slice(prev.end - npStart, m.start - npStart) : "";
      if (prev && !/^\s*(,|,?\s*and|&)\s*(the\s+)?$/i.test(between)) joint.length = 0;
      if (!joint.includes(m.party)) joint.push(m.party);
    }
    // "Switzerland, Maldives, Canada and Australia": a list reads as one.
    if (joint.length > 1) return { party: jointParty(joint) };
    const last = inside[inside.length - 1];
    if (last) return { party: last.party };
  }
  const home = TITLE_HOME.find(([rx]) => rx.test(trimmed));
  if (home) return { party: home[1] };
  // "the Government insists", "the Prime Minister said" in a story about one country.
  if (HOME_TITLE.test(trimmed) && ctx.resolver.homeCountry) return { party: ctx.resolver.homeCountry };
  const bare = trimmed.replace(/^(the|a|an)\s+/i, "").replace(/[,\s]+$/u, "");
  if (PRONOUN.test(bare) && ctx.lastSpeaker)
    return { party: ctx.lastSpeaker.party, name: ctx.lastSpeaker.name, pronoun: true };
  if (GROUP_ANAPHORA.test(trimmed.replace(/[,\s]+$/u, "")) && ctx.resolver.dominantGroup)
    return { party: ctx.resolver.dominantGroup };
  return undefined;
}

/** Walks back from verb token i to the start of its subject phrase. */
function subjectBefore(
  tokens: Token[],
  i: number,
  text: string,
  base: number,
): { start: number; end: number } | undefined {
  let j = i - 1;
  while (j >= 0 && AUX.has(tokens[j]?.lower ?? "")) j--;
  if (j < 0) return undefined;
  const end = tokens[j]?.end ?? 0;
  // "Russia's envoy, Kirill Dmitriev, said": the subject precedes an appositive set off by commas.
  const tail = text.slice(end - base, (tokens[i]?.start ?? end) - base);
  if (/,/u.test(tail)) {
    for (let k = j - 1; k >= 0; k--) {
      const t = tokens[k];
      const n = tokens[k + 1];
      if (!t || !n) break;
      const gap = text.slice(t.end - base, n.start - base);
      if (/[;:“”"]|\.\s/u.test(gap)) break;
      if (/,/u.test(gap)) {
        const inner = subjectBefore(tokens, k + 1, text, base);
        if (inner) return { start: inner.start, end };
        break;
      }
    }
  }
  let start = tokens[j]?.start ?? 0;
  let count = 0;
  for (let k = j; k >= 0 && count < 22; k--, count++) {
    const t = tokens[k];
    if (!t) break;
    const gapEnd = start;
    const gap = text.slice(t.end - base, gapEnd - base);
    if (k !== j && (/[;:“”"]/u.test(gap) || (/\.\s/u.test(gap) && !/^\p{Lu}$/u.test(t.text)))) break;
    // "Iceland rejected … for Norway's fleet, officials said": a statement fronted before ", <common
    // noun> said" is not part of the subject (a list of names, "The U.S., Israel and Qatar", is).
    if (
      k !== j &&
      /,/u.test(gap) &&
      /^\p{Ll}/u.test(tokens[k + 1]?.text ?? "") &&
      !/^(and|or)$/u.test(tokens[k + 1]?.lower ?? "")
    )
      break;
    const nextCap =
      isCapitalised(tokens[k + 1]?.text ?? "") ||
      (tokens[k + 1]?.lower === "the" && isCapitalised(tokens[k + 2]?.text ?? ""));
    const coordinated = t.lower === "and" && nextCap && isCapitalised(tokens[k - 1]?.text ?? "");
    // "Dmitriev -- who has been … -- told": a relative clause set off by a comma or dash belongs to the subject.
    const relative =
      (t.lower === "who" || t.lower === "which") &&
      /[,—–-]\s*$/u.test(text.slice(Math.max(0, t.start - base - 4), t.start - base)) &&
      // …and the clause is closed again before the verb ("X, who …, said"), not the verb's own clause.
      /[,—–]|\s-{1,2}\s/u.test(text.slice(t.end - base, (tokens[i]?.start ?? t.end) - base));
    if (
      (CLAUSE_BREAK.has(t.lower) && !coordinated && !relative) ||
      // ("States" in "the United States" is a name, not the verb "states".)
      (k !== j && (REPORTING.has(t.lower) || STANCE.has(t.lower)) && t.lower !== "given" && !isCapitalised(t.text))
    )
      break;
    start = t.start;
  }
  return { start, end };
}

/** Several sides acting as one: "A and B", "A, B and C". */
function jointParty(parties: string[]): string {
  return `${parties.slice(0, -1).join(", ")} and ${parties[parties.length - 1]}`;
}

const JOINT_STATEMENT =
  /(?<!\w)(?:joint(?:ly)?\s+(?:\w+\s+)?(?:statement|communiqu\w*|declaration|release|announcement)|jointly)\b/i;

/** The sides of a joint statement named before its verb, as one actor ("A and B"), when there are two or more. */
function jointSpeaker(sent: RawSentence, mentions: Mention[], verbAt: number | undefined): string | undefined {
  if (verbAt === undefined) return undefined;
  if (!JOINT_STATEMENT.test(sent.text.slice(0, verbAt - sent.start))) return undefined;
  const sides: string[] = [];
  for (const m of mentions)
    if (m.end <= verbAt && !m.asPlace && m.kind !== "person" && !sides.includes(m.party)) sides.push(m.party);
  return sides.length > 1 ? jointParty(sides) : undefined;
}

export function analyzeSentence(sent: RawSentence, quotes: QuoteSpan[], ctx: SourceContext): Analysis {
  const inQuotes = quotes.filter((q) => q.start < sent.end && q.end > sent.start);
  // Mask quoted text so a verb inside a quotation is not read as the narrator's.
  let masked = sent.text;
  for (const q of inQuotes) {
    const a = Math.max(q.start, sent.start) - sent.start;
    const b = Math.min(q.end, sent.end) - sent.start;
    masked = masked.slice(0, a) + " ".repeat(Math.max(0, b - a)) + masked.slice(b);
  }
  const quotedChars = inQuotes.reduce((n, q) => n + Math.min(q.end, sent.end) - Math.max(q.start, sent.start), 0);
  const quoted = quotedChars > 0.5 * sent.text.length;
  const quoteSpan = inQuotes[0]
    ? { start: Math.max(inQuotes[0].start, sent.start), end: Math.min(inQuotes[0].end, sent.end) }
    : undefined;

  const mentions = ctx.resolver.mentions(sent.text, sent.start);
  const tokens = tokenize(masked, sent.start);
  let main: { subj: Subject; verbIdx: number; verb: string; at?: number } | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    const lower = t.lower;
    // "States", "Press": names, not verbs ("According to …" opening a sentence is the exception).
    if (isCapitalised(t.text) && !(lower === "according" && t === tokens[0])) continue;
    const isVerb =
      REPORTING.has(lower) || STANCE.has(lower) || (lower === "according" && tokens[i + 1]?.lower === "to");
    if (!isVerb) continue;
    if (lower === "according") {
      const rest = sent.text.slice(t.end - sent.start + 3).replace(/^\s*/u, "");
      const restStart = sent.end - rest.length;
      const np = rest.split(/[,.;]/u)[0] ?? "";
      const subj = resolveNP(np, restStart, mentions, ctx);
      if (subj?.party) {
        main = { subj, verbIdx: i, verb: "according to" };
        break;
      }
      continue;
    }
    const span = subjectBefore(tokens, i, sent.text, sent.start);
    // "…, which Russia is demanding": the subject of a relative clause is not the sentence's actor.
    if (
      span &&
      /\b(which|whom|that)\s*$/i.test(
        sent.text.slice(Math.max(0, span.start - sent.start - 8), span.start - sent.start),
      )
    )
      continue;
    // "An earlier response by Hamas had been rejected by Arab mediators": in the passive the one
    // acting is the "by" agent, never the subject; without a known agent the verb is not the actor's.
    if (isPassiveAt(sent.text, t.start - sent.start, t.end - sent.start)) {
      const by = byAgentAfter(sent.text.slice(t.end - sent.start));
      const agent = by?.[1] ? resolveNP(by[1], t.end + by[0].length - by[1].length, mentions, ctx) : undefined;
      if (agent?.party) {
        // Reported by the narrator about the agent, like hearsay: weaker than the side's own words.
        main = { subj: agent, verbIdx: i, verb: "by-agent" };
        break;
      }
      continue;
    }
    let subj = span
      ? resolveNP(sent.text.slice(span.start - sent.start, span.end - sent.start), span.start, mentions, ctx)
      : undefined;
    // "… Jonathan Reynolds, who highlighted …": a relative pronoun stands for the name before it.
    if (!subj && span && /^who$/i.test(sent.text.slice(span.start - sent.start, span.end - sent.start))) {
      const before = mentions.filter((m) => m.end <= span.start && span.start - m.end <= 3 && m.kind === "person");
      const m = before[before.length - 1];
      if (m) subj = { party: m.party, name: m.text };
    }
    // Inverted attribution only right after a quotation or comma: "…,” said Rustem Umerov.
    const invertedOk = /[,”"’]\s*$/u.test(sent.text.slice(0, t.start - sent.start));
    if (!subj && REPORTING.has(lower) && invertedOk) {
      // Inverted attribution: "…,” said Rustem Umerov.
      const after = sent.text.slice(t.end - sent.start);
      const np = after.split(/[,.;:]/u)[0] ?? "";
      if (np.trim().split(/\s+/u).length <= 8) subj = resolveNP(np, t.end, mentions, ctx);
    }
    if (subj && (subj.party || subj.outlet)) {
      main = { subj, verbIdx: i, verb: lower, at: span?.start };
      break;
    }
  }

  if (!main) {
    // "The head of the state corporation said that Moscow was ready …": the reported clause's subject.
    // Only a verb that takes a clause: in "accused Azerbaijan of …" the name after it is the object.
    const rv = tokens.findIndex((t) => CLAUSE_VERB.test(t.lower) && !isCapitalised(t.text));
    const rt = tokens[rv];
    if (rt) {
      const after = sent.text.slice(rt.end - sent.start);
      const lead = /^\s+(?:(?:on|in)\s+\p{Lu}\p{L}+\s+)?(?:that\s+)?/u.exec(after)?.[0] ?? "";
      const m = mentions.find((x) => x.start === rt.end + lead.length && !x.asPlace);
      if (m) main = { subj: { party: m.party }, verbIdx: rv, verb: "reported-clause" };
    }
  }
  if (!main) {
    // "The opposition Progressive Party, led by …, took 98 seats and demanded a recount": a stance
    // verb coordinated with an earlier verb keeps the subject that opens the sentence.
    const sv = tokens.findIndex(
      (t, k) => STANCE.has(t.lower) && !isCapitalised(t.text) && tokens[k - 1]?.lower !== "to",
    );
    const first = mentions.find((x) => !x.asPlace);
    const st = tokens[sv];
    if (
      st &&
      first &&
      first.start - sent.start <= 30 &&
      first.end <= st.start &&
      /^(?:(?:the|a|an)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu.test(sent.text.slice(0, first.start - sent.start))
    ) {
      const between = sent.text.slice(first.end - sent.start, st.start - sent.start);
      if (/\band\s+(?:\p{Ll}+\s+){0,2}$/u.test(between) && !/[;:“”"]/u.test(between))
        main = {
          subj: { party: first.party, name: first.kind === "person" ? first.text : undefined },
          verbIdx: sv,
          verb: st.lower,
        };
    }
  }
  if (!main) {
    // "Nigeria's envoy Nkiruka Maduekwe put it more bluntly: “This is an insult.”": a quotation set
    // off by a colon speaks for the person named before the colon.
    const colon = /:\s*[“"‘]/u.exec(sent.text);
    if (colon && colon.index <= COLON_SPEAKER_CHARS) {
      const who = mentions.filter((m) => m.kind === "person" && m.end - sent.start <= colon.index).pop();
      if (who) main = { subj: { party: who.party, name: who.text }, verbIdx: -1, verb: "colon", at: who.start };
    }
  }
  let actor: string | undefined;
  let speaker: string | undefined;
  let speakerName: string | undefined;
  // "In a joint statement the union and the employers' alliance said …": the statement is both sides'.
  if (JOINT_STATEMENT.test(sent.text)) {
    const jointVerb = main ? main.verbIdx : tokens.findIndex((t) => REPORTING.has(t.lower) && !isCapitalised(t.text));
    const joint = jointSpeaker(sent, mentions, tokens[jointVerb]?.start);
    if (joint && main) main.subj = { party: joint };
    else if (joint) main = { subj: { party: joint }, verbIdx: jointVerb, verb: tokens[jointVerb]?.lower ?? "said" };
  }
  if (main) {
    speaker = main.subj.party;
    speakerName = main.subj.name;
    actor = main.subj.party;
    // Reported clause with its own acting subject.
    if (CLAUSE_VERB.test(main.verb) || main.subj.outlet || main.verb === "according to") {
      for (let k = main.verbIdx + 1; k < Math.min(tokens.length, main.verbIdx + 14); k++) {
        const t = tokens[k];
        if (!t || !STANCE.has(t.lower) || (REPORTING.has(t.lower) && !STANCE.has(t.lower))) continue;
        const span = subjectBefore(tokens, k, sent.text, sent.start);
        if (!span || span.start <= (tokens[main.verbIdx]?.end ?? 0)) continue;
        // Only the subject that opens the reported clause ("said [that] the U.S. proposed …").
        const lead = sent.text.slice((tokens[main.verbIdx]?.end ?? 0) - sent.start, span.start - sent.start);
        if (
          !/^[\s,]*((on|in|earlier|later|this|last|that|again|also|\p{Lu}\p{L}*day|week|month)\b[\s,]*)*$/u.test(lead)
        )
          break;
        // The reported clause's subject is a short noun phrase ("the U.S.", "Moscow's envoy").
        if (span.end - span.start > 60) break;
        const subj = resolveNP(
          sent.text.slice(span.start - sent.start, span.end - sent.start),
          span.start,
          mentions,
          ctx,
        );
        if (subj?.party && !subj.pronoun) {
          actor = subj.party;
          break;
        }
      }
      if (main.subj.outlet && actor === undefined) {
        const m = mentions.find((x) => !x.asPlace && x.start > (tokens[main.verbIdx]?.end ?? 0));
        actor = m?.party;
      }
    }
  }
  // A sentence inside a quotation speaks for the quote's speaker.
  const q = inQuotes.find((x) => x.party);
  if (q && (quoted || !actor)) {
    actor = actor && !quoted ? actor : q.party;
    speaker = speaker ?? q.party;
    speakerName = speakerName ?? q.speakerName;
  }
  // A quotation that opens with another side's stance ("“The Americans are proposing …,” Zelenskyy
  // said") reports that side's position, as in unquoted reported speech.
  if (q && quoted && actor === q.party && quoteSpan) {
    const qtext = sent.text.slice(quoteSpan.start - sent.start, quoteSpan.end - sent.start);
    const lead =
      /^\s*((?:the\s+)?\S+(?:\s\S+){0,3}?)\s+(?:(?:are|is|have|has|will|would|also|again|now)\s+)*(?:propos|demand|insist|want|offer|reject|refus|press|seek|sought|ask)\w*\b/iu.exec(
        qtext,
      );
    // "The EU apparently asked for …" is the speaker's hearsay about that side, not its stance.
    if (lead?.[1] && !/\b(apparently|reportedly|allegedly|supposedly|seemingly)\b/i.test(lead[1])) {
      const at = quoteSpan.start + (qtext.length - qtext.trimStart().length);
      const m = mentions.find((x) => x.start >= at && x.end <= at + (lead[1]?.length ?? 0) + 1 && !x.asPlace);
      if (m && m.party !== actor && m.kind !== "person") actor = m.party;
    }
  }
  if (speaker && !main?.subj.outlet) ctx.lastSpeaker = { party: speaker, name: speakerName };
  const subjectAt = main?.at !== undefined ? main.at - sent.start : undefined;
  return { actor, speaker, speakerName, verb: main?.verb, quoted, quote: quoteSpan, subjectAt };
}

/** Speaker of each quotation: from the unquoted text of the sentences it touches. */
export function attributeQuotes(
  spans: Span[],
  sentences: RawSentence[],
  ctx: SourceContext,
  prevLineSpeaker?: { party: string; name?: string },
): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (const span of spans) {
    const touched = sentences.filter((s) => s.start < span.end && s.end > span.start);
    let found: { party: string; name?: string } | undefined;
    // Prefer the sentence holding the closing mark ("…,” Zelenskyy said."), then the opening.
    const order = [...touched].reverse();
    for (const s of order) {
      const a = analyzeSentence(s, [span], sourceContext(ctx.resolver, ctx.lastSpeaker));
      if (a.speaker) {
        found = { party: a.speaker, name: a.speakerName };
        break;
      }
    }
    if (!found && prevLineSpeaker) found = prevLineSpeaker;
    // '"I just got off the phone …," McCarthy tweeted. "After he wasted time …"': a second quotation
    // in the same paragraph, with no attribution of its own, is the same speaker's.
    const before = out[out.length - 1];
    if (!found && before?.party) found = { party: before.party, name: before.speakerName };
    out.push({ ...span, party: found?.party, speakerName: found?.name });
  }
  return out;
}
