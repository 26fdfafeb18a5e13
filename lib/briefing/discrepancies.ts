// Stage 9: the same fact reported differently. Candidates come from pairs of similar sentences
// in different sources (found through the stem index, never all pairs): different counts of
// the same thing, different wording of the same quotation, different venues, and one outlet
// giving an order of events where another has them simultaneous.

import { clusterItems, StemIndex } from "./cluster";
import { alteredQuotes } from "./discrepancy-quotes";
import { documentDiscrepancies } from "./discrepancy-documents";
import { figureDiscrepancies } from "./discrepancy-figures";
import { NAME_INDEX } from "./gazetteer";
import { citationFor } from "./items";
import type { Doc, Sent } from "./pipeline";
import { clipWords, containment, jaccard } from "./text";
import type { Discrepancy } from "./types";

export interface DiscrepancyResult {
  items: Discrepancy[];
  /** Sources whose rendering of a quotation differs from the majority. */
  paraphrasing: Set<number>;
}

/** Pairs (i < j) of sentences from different sources sharing enough rare stems. */
export function similarPairs(sents: Sent[], minShared: number, minJaccard: number): Array<[Sent, Sent, number]> {
  const index = new StemIndex(sents.map((s) => s.stems));
  // Stems in very many sentences do not discriminate; an absolute cap keeps big stories linear.
  const maxDf = Math.max(30, Math.min(200, Math.floor(sents.length * 0.05)));
  const out: Array<[Sent, Sent, number]> = [];
  sents.forEach((a, i) => {
    // Only the closest candidates of each sentence: replicated wire copy would otherwise pair every copy.
    for (const j of index.closestLater(i, minShared, maxDf, 16)) {
      const b = sents[j];
      if (!b || b.src === a.src) continue;
      const jac = index.jaccard(i, j);
      if (jac >= minJaccard) out.push([a, b, jac]);
    }
  });
  return out;
}

/** A per-sentence value worked out once: similar pairs meet the same sentences again and again. */
function perSentence<T>(count: number, compute: (s: Sent) => T): (s: Sent) => T {
  // Arrays indexed by sentence id: cheaper than Map lookups on this hot path.
  const values = new Array<T>(count);
  const known = new Uint8Array(count);
  return (s) => {
    if (known[s.gid] !== 1) {
      values[s.gid] = compute(s);
      known[s.gid] = 1;
    }
    return values[s.gid] as T;
  };
}

/**
 * A source as readers know it: its outlet, else the agency its dateline names ("SEATTLE (AP) —"),
 * else its place in the list ("source 3"); never a file name or an internal id.
 */
export function sourceName(doc: Doc, i: number): string {
  const src = doc.sources[i];
  const outletName = src?.input.outlet?.trim();
  if (outletName) return outletName;
  const agency = DATELINE_AGENCY.exec(src?.input.text.slice(0, 600) ?? "")?.[1];
  if (agency) return agency;
  return `source ${i + 1}`;
}

/** "SEATTLE (AP) —", "KYIV, Feb 5 (Reuters) -", "Aug. 19 (UPI) --": the agency in a dateline. */
const DATELINE_AGENCY =
  /(?:^|\n)[^\n]{0,60}?\b(?:\p{Lu}[\p{Lu}. -]{2,}|\p{Lu}\p{Ll}{2}\.? \d{1,2})(?:,\s*[\p{L}. ]{2,20}?\d{0,2})?\s*\(([\p{Lu}][\p{L}]{1,15})\)\s*[-—–]/u;
const outlet = (doc: Doc, s: Sent) => sourceName(doc, s.src);

/** Places after in/to/at, by canonical name, so "Vienna" and "Austria" agree. */
function placesIn(text: string): Set<string> {
  return new Set(placeMentions(text).map(([canonical]) => canonical));
}

/** [canonical, as written] for each place after in/to/at. */
function placeMentions(text: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const m of text.matchAll(/\b(?:in|to|at)\s+(?:the\s+)?((?:\p{Lu}[\p{L}.]+\s?){1,3})/gu)) {
    const name = (m[1] ?? "").trim().replace(/[.,]$/u, "");
    const e = NAME_INDEX.get(name);
    out.push([e ? e.entry.canonical : name, name]);
  }
  return out;
}

/** The places of a sentence as written, one per canonical place. */
function placesAsWritten(text: string): string {
  const seen = new Map<string, string>();
  for (const [canonical, name] of placeMentions(text)) if (!seen.has(canonical)) seen.set(canonical, name);
  return [...seen.values()].join("/");
}

export function buildDiscrepancies(doc: Doc): DiscrepancyResult {
  const items: Array<Discrepancy & { score: number }> = [];
  const paraphrasing = new Set<number>();
  const content = doc.sents.filter((s) => s.kind === "content");
  const pairs = similarPairs(content, 2, 0.12);
  const seen = new Set<string>();
  const add = (key: string, text: string, ss: Sent[], score: number) => {
    if (seen.has(key)) return;
    seen.add(key);
    const bySrc = new Map<number, Sent>();
    for (const s of ss) if (!bySrc.has(s.src)) bySrc.set(s.src, s);
    items.push({
      text,
      citations: [...bySrc.values()].map((s) => citationFor(doc, s)),
      score,
      corroboration: bySrc.size,
    });
  };

  // The day a sentence is about: its own weekday/date, else the latest one named just before it.
  const TIME_RE =
    /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\.? \d{1,2}|last week|this week|last month|overnight|yesterday)\b/u;
  const TIME_G = new RegExp(TIME_RE.source, "gu");
  const allDays = perSentence(
    doc.sents.length,
    (s): Set<string> =>
      new Set(
        [...s.text.matchAll(TIME_G)]
          .map((m) => m[1] ?? "")
          .filter((x) => x && !/^(overnight|last|this|yesterday)/u.test(x)),
      ),
  );
  const anchorOf = perSentence(doc.sents.length, (s): string | undefined => {
    const sents = doc.sources[s.src]?.sents ?? [];
    for (let i = s.idx; i >= Math.max(0, s.idx - 3); i--) {
      const t = sents[i]?.text ?? "";
      // A named day or date is more specific than "overnight".
      const specific = [...t.matchAll(TIME_G)].map((m) => m[1] ?? "");
      const m = specific.find((x) => x && !/^(overnight|last|this|yesterday)/u.test(x)) ?? specific[0];
      if (m) return m;
    }
    return undefined;
  });
  // 1. Different values for the same counted thing (discrepancy-figures.ts).
  const dateLike = (x: string) => /\d/u.test(x);
  // Counts on different days are different events (two nights of strikes), unless the two
  // sentences share a named day ("won 112 seats in Sunday's election, … said on Monday").
  const differentDays = (a: Sent, b: Sent, events: boolean) => {
    const da = anchorOf(a);
    const db = anchorOf(b);
    if (!da || !db || da === db) return false;
    if ((da === "overnight") !== (db === "overnight")) return true;
    // A date against a weekday cannot be matched up: counts of events (missiles launched, people
    // killed) on them are kept apart, standing counts (ports, members) are not.
    if (dateLike(da) !== dateLike(db)) return events;
    const daysB = allDays(b);
    return ![...allDays(a)].some((x) => daysB.has(x));
  };
  for (const d of figureDiscrepancies(doc, content, (s) => outlet(doc, s), differentDays))
    add(d.key, d.text, d.sents, d.score);
  // What kind of document was signed (discrepancy-documents.ts).
  for (const d of documentDiscrepancies(doc, (s) => outlet(doc, s))) add(d.key, d.text, d.sents, d.score);
  // The same quotation with a word changed (discrepancy-quotes.ts).
  for (const d of alteredQuotes(doc, (s) => outlet(doc, s))) add(d.key, d.text, d.sents, d.score);

  // 2. One statement quoted in different words: same speaker, overlapping content, different wording.
  const quoted = content.filter((s) => s.a.quoted && s.a.speaker && s.stems.size >= 6);
  const qPairs = similarPairs(quoted, 4, 0.12);
  const wordingGroups = clusterItems(
    qPairs
      .filter(([a, b, jac]) => a.a.speaker === b.a.speaker && jac < 0.6 && containment(a.stems, b.stems) < 0.8)
      .flatMap(([a, b]) => [a, b]),
    { stems: (s) => s.stems, minJaccard: 0.12 },
  );
  for (const group of wordingGroups) {
    const uniq = [...new Map(group.map((s) => [s.gid, s])).values()];
    if (new Set(uniq.map((s) => s.src)).size < 2) continue;
    // The majority wording is the reference; outlets with another wording paraphrase.
    const exactCount = new Map<number, number>();
    for (const s of uniq) {
      let n = 0;
      for (const o of quoted) if (o.src !== s.src && jaccard(o.stems, s.stems) >= 0.8) n++;
      exactCount.set(s.gid, n);
    }
    const minority = uniq.filter((s) => (exactCount.get(s.gid) ?? 0) === 0);
    const majority = uniq.filter((s) => (exactCount.get(s.gid) ?? 0) > 0);
    if (minority.length > 0 && majority.length > 0) for (const s of minority) paraphrasing.add(s.src);
    // Without a shared reference wording, two quotes are only "the same statement" when they overlap a lot.
    if (!(minority.length && majority.length)) {
      let best = 0;
      for (const [i, x] of uniq.entries())
        for (const y of uniq.slice(i + 1)) if (x.src !== y.src) best = Math.max(best, jaccard(x.stems, y.stems));
      if (best < 0.25) continue;
    }
    const speaker = uniq[0]?.a.speakerName ?? uniq[0]?.a.speaker ?? "a speaker";
    const who = [...new Set(minority.map((s) => outlet(doc, s)))].join(", ");
    const text =
      minority.length && majority.length
        ? `Outlets differ on ${speaker}'s words: ${who} quotes the statement in different words from other outlets (a paraphrase presented as a quote)`
        : `Outlets quote ${speaker}'s statement in different words`;
    add(
      `quote:${uniq
        .map((s) => s.gid)
        .sort()
        .join(",")}`,
      text,
      [...majority.slice(0, 3), ...minority],
      4,
    );
  }

  // 3. Venue: similar sentences about where something will be held, naming different places.
  // "Held by Hamas", "held in Israel's prisons" are about captives, not where an event happens, so
  // detention phrases are set aside and the sentence must also name a gathering.
  const venueRe = /\b(held|hold|holding|host|hosted|meet|meeting|venue|take place)\b/i;
  const gatheringRe =
    /\b(talks|meet|meeting|round|summit|negotiations?|session|conference|ceremony|hearing|venue|host|hosted|hosting)\b/i;
  const detentionRe = /\b(held|hold|holding)\s+(by|hostage|captive|in (custody|detention|prisons?|jails?))\b/gi;
  const isAboutVenue = (text: string) => {
    const rest = text.replace(detentionRe, " ");
    return venueRe.test(rest) && gatheringRe.test(rest);
  };
  const aboutVenue = new Set(content.filter((s) => isAboutVenue(s.text)).map((s) => s.gid));
  const placesOf = perSentence(doc.sents.length, (s) => placesIn(s.text));
  for (const [a, b, jac] of pairs) {
    if (jac < 0.2) continue;
    if (!aboutVenue.has(a.gid) || !aboutVenue.has(b.gid)) continue;
    const pa = placesOf(a);
    const pb = placesOf(b);
    if (pa.size === 0 || pb.size === 0 || [...pa].some((p) => pb.has(p))) continue;
    // "in Turnberry, south west Scotland" names both places: it does not contradict "in Scotland";
    // nor does "Malaysian" contradict "Malaysia".
    const names = (t: string) => placeMentions(t).map(([, w]) => w);
    const overlaps = (x: string, y: string) => x.startsWith(y) || y.startsWith(x);
    if (names(a.text).some((n) => b.text.includes(n)) || names(b.text).some((n) => a.text.includes(n))) continue;
    if ([...pa].some((x) => [...pb].some((y) => overlaps(x, y)))) continue;
    const text = `Outlets differ on the venue: ${placesAsWritten(a.text)} (${outlet(doc, a)}) vs ${placesAsWritten(b.text)} (${outlet(doc, b)})`;
    add(`venue:${[...pa, ...pb].sort().join("|")}`, clipWords(text, 40), [a, b], 3.5);
  }

  // 4. Order of events: "following X's previous action" against "both … on Thursday".
  const ORDER =
    /(?<!\w)(following [\p{L}\s]{0,30}(previous|earlier)|previous(ly)? (action|move|decision)|had (already|earlier|previously)|followed|first to|after [\p{L}]+['’]s (decision|move|withdrawal))\b/iu;
  const JOINT = /\bboth\b|\bjointly\b|\btogether\b|\bsimultaneously\b/i;
  const ordered = content.filter((s) => ORDER.test(s.text));
  const jointSents = content.filter((s) => s.a.actor?.includes(" and ") && JOINT.test(s.text));
  for (const o of ordered) {
    const verbStems = [...o.stems].filter((st) =>
      /^(withd|recal|pull|launc|attac|signe|agree|annou|suspe|resum|leave|left|quit)/u.test(st),
    );
    if (verbStems.length === 0) continue;
    const joint = jointSents.find((s) => s.src !== o.src && verbStems.some((st) => s.stems.has(st)));
    if (!joint) continue;
    const text = `Outlets differ on who acted first: ${outlet(doc, o)} says one side acted first and the other followed; ${outlet(doc, joint)} reports both acting together`;
    add(`order:${o.gid}`, text, [o, joint], 3.8);
  }

  // 5. Day of an event: very similar sentences naming different weekdays.
  const weekdayOf = perSentence(
    doc.sents.length,
    (s) => s.text.match(/\bon (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/u)?.[1],
  );
  for (const [a, b, jac] of pairs) {
    if (jac < 0.4) continue;
    const da = weekdayOf(a);
    const db = weekdayOf(b);
    if (!da || !db || da === db) continue;
    add(
      `day:${a.gid}:${b.gid}`,
      `Outlets differ on the day: ${da} (${outlet(doc, a)}) vs ${db} (${outlet(doc, b)})`,
      [a, b],
      3,
    );
  }

  items.sort((x, y) => y.score - x.score);
  const limit = Math.max(2, Math.min(6, doc.sources.length));
  return { items: items.slice(0, limit).map(({ score: _score, ...rest }) => rest), paraphrasing };
}
