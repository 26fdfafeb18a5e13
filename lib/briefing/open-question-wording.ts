// Open questions, wording: an uncertainty sentence phrased as a direct question where its clause
// is simple enough, else the source's own statement marked as open.

import { coreOf } from "./items";

import type { Sent } from "./pipeline";
import { openStatement } from "./open-question-statement";
import { capitalize, clipWords, squash } from "./text";

/**
 * A subject moved inside a question loses its capital when it is a determiner or a plain plural
 * noun ("Negotiations over its operation" → "negotiations over …"); names keep theirs.
 */
const lowerFirst = (x: string) =>
  /^(?:The|A|An|Any|Its|Their|This|These|Those|\p{Lu}\p{Ll}+(?:ions|ments|ties|ers|ings|ils|ks|ts)\b(?!\s+\p{Lu}))\b/u.test(
    x,
  )
    ? x.charAt(0).toLowerCase() + x.slice(1)
    : x;

const BASE_VERB: Record<string, string> = {
  approved: "approve",
  ratified: "ratify",
  passed: "pass",
  signed: "sign",
  confirmed: "confirm",
  endorsed: "endorse",
};

/**
 * A step still to come, as a question: "Any wage increase would have to be approved by union
 * members …" → "Will union members approve any wage increase?"; "The deal still requires
 * ratification by the members" → "Will the members ratify the deal?". Only a plain subject (no
 * comma, no quotation) and a named agent are turned round.
 */
function pendingQuestion(t: string): string | undefined {
  const passive =
    /^([^,;“”"]{3,60}?)\s+(?:would|will|must|still)?\s*(?:still\s+)?(?:have to|has to|needs? to|must)\s+be\s+(approved|ratified|passed|signed|confirmed|endorsed)\s+by\s+([^,;“”"]{3,50}?)(?=\s+(?:as part of|before|in|within|by|after)\b|[,;]|$)/iu.exec(
      t,
    );
  if (passive?.[1] && passive[2] && passive[3])
    return `Will ${lowerFirst(passive[3])} ${BASE_VERB[passive[2].toLowerCase()] ?? passive[2]} ${lowerFirst(passive[1])}?`;
  const requires =
    /^([^,;“”"]{3,60}?)\s+(?:still\s+)?(?:requires?|needs?|awaits?)\s+(ratification|approval)\s+(?:by|from)\s+([^,;“”"]{3,50}?)(?=\s+(?:before|in|within|after)\b|[,;]|$)/iu.exec(
      t,
    );
  if (requires?.[1] && requires[2] && requires[3])
    return `Will ${lowerFirst(requires[3])} ${requires[2].toLowerCase() === "ratification" ? "ratify" : "approve"} ${lowerFirst(requires[1])}?`;
  return undefined;
}

const WH = /(?<!\w)(what|whether|if|how|when|who|why|where)\b\s+(.+)$/iu;

const QUESTION_AUX = /^(would|will|could|can|should|might|may|must|is|are|was|were|had|has|have)$/i;
/** Where a clause's subject may start: a pronoun, a determiner or a name. */
const SUBJECT_START =
  /^(he|she|they|it|we|you|i|the|a|an|this|that|these|those|its|their|his|her|our|any|some|such|\p{Lu}[\p{L}.’'-]*)$/u;
const PARTICIPLE =
  /^(been|\p{L}+ed|\p{L}+en|\p{L}+wn|met|made|had|got|done|said|told|left|held|sent|kept|found|brought|paid|won|lost|built|set|put|begun|run|struck)$/iu;

/**
 * An embedded question as a direct one: "what action they would take" → "What action would they
 * take", "whether he had any meetings" → "Did he have any meetings". Only a simple clause (a
 * subject of at most six words, then an auxiliary) is inverted; anything else returns undefined
 * and the caller keeps the source's own words.
 */
export function invertEmbedded(wh: string, rest: string): string | undefined {
  const w = wh.toLowerCase();
  const words = rest.split(" ");
  let k = -1;
  for (let i = 0; i < Math.min(9, words.length); i++) {
    const word = words[i] ?? "";
    if (QUESTION_AUX.test(word)) {
      k = i;
      break;
    }
    if (/[,;:“”"]/u.test(word)) return undefined;
  }
  if (k < 0) return undefined;
  const yesNo = w === "whether" || w === "if";
  // "who would lead the talks": the wh-word is the subject itself.
  if (k === 0) return yesNo ? undefined : `${capitalize(w)} ${rest}`;
  const j = yesNo ? 0 : words.slice(0, k).findIndex((x) => SUBJECT_START.test(x));
  if (j < 0 || k - j > 6 || k - j < 1) return undefined;
  const subject = lowerFirst(words.slice(j, k).join(" "));
  let aux = (words[k] ?? "").toLowerCase();
  let after = words.slice(k + 1);
  if (/^(had|has|have)$/u.test(aux) && !PARTICIPLE.test(after[0] ?? "")) {
    // "whether he had any meetings": "have" is the main verb, so the question takes "do".
    aux = aux === "had" ? "did" : aux === "has" ? "does" : "do";
    after = ["have", ...after];
  }
  const lead = yesNo ? capitalize(aux) : `${capitalize(w)}${j > 0 ? ` ${words.slice(0, j).join(" ")}` : ""} ${aux}`;
  return `${lead} ${subject}${after.length ? ` ${after.join(" ")}` : ""}`;
}

/** "what those options would entail or whether the military could …": each part inverted, or none. */
function directQuestion(wh: string, rest: string): string | undefined {
  const parts = `${wh} ${rest}`.split(/,?\s+(and|or)\s+(?=(?:what|whether|if|how|when|who|why|where)\b)/i);
  const out: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const m = WH.exec(parts[i] ?? "");
    if (!m?.[1] || !m[2] || m.index !== 0) return undefined;
    const q = invertEmbedded(m[1], m[2]);
    if (!q) return undefined;
    out.push(i === 0 ? q : `${parts[i - 1]?.toLowerCase()} ${q.charAt(0).toLowerCase()}${q.slice(1)}`);
  }
  return out.join(", ");
}

/** Phrases the open question as a question, from the uncertainty cue in the sentence. */
export function asQuestion(s: Sent): string {
  const t = squash(coreOf(s)).replace(/[.]+$/u, "");
  const clip = (x: string) => clipWords(x, 28).replace(/[.?!,;:]+$/u, "");
  const unclear =
    /(?<!\w)(unclear|not (?:immediately |yet )?clear|uncertain|unknown|not known|remains? to be seen|did not (?:say|state|specify|disclose|explain|detail)|(?:has|have) yet to (?:say|decide|announce|disclose)|do not know|does not know)\b[^.]*?\b(what|whether|if|how|when|who|why|where)\b\s+(.+)$/iu.exec(
      t,
    );
  if (unclear?.[1] && unclear[2] && unclear[3]) {
    const wh = unclear[2].toLowerCase() === "if" ? "whether" : unclear[2].toLowerCase();
    // "American officials did not state what …": who left it open is part of the question.
    const silent = /^(did not|has yet|have yet)/i.test(unclear[1])
      ? /^([^,;“”"]{3,60}?)\s+(?:did not|has yet|have yet)\b/u.exec(t.slice(0, unclear.index + unclear[1].length))?.[1]
      : undefined;
    const note = silent ? ` (${silent} ${unclear[1].replace(/^did not \w+$/i, "did not say")}.)` : "";
    // "how Iran, which borders the area, would block it but the statement …": the appositive and
    // what follows the clause are not part of the question.
    const rest = unclear[3]
      .replace(/,\s+(?:which|who|where|whose)\b[^,]*,\s*/u, " ")
      .replace(/,?\s+(?:but|while|although|though)\s+.*$/u, "");
    const direct = directQuestion(wh, clip(rest));
    // Not a simple clause: the source's words as an embedded question.
    return direct ? `${direct}?${note}` : `Is it known ${wh} ${clip(unclear[3])}?${note}`;
  }
  const how = /(?<!\w)discussed how\s+(.+?)\s+(would|will|could|should|can)\s+(?:be\s+)?(.+)$/iu.exec(t);
  if (how?.[1] && how[2] && how[3])
    return `How ${how[2].toLowerCase()} ${clip(how[1])} ${/^be\b/u.test(how[3]) ? "" : /\s+be\s+/u.test(t.slice(how.index)) ? "be " : ""}${clip(how[3])}?`;
  const mooted =
    /(?<!\w)(?:a|an|the)\s+(potential|possible|proposed|mooted)\s+([\p{L}-]+(?:\s+(?:between|with|of|on)\s+[^,;]{3,60}?)?)\s+(?:has been|have been|was|were|is|are)\b/iu.exec(
      squash(s.text),
    );
  const venue = /(?<!\w)next (round|meeting|session)\b[^.]*\blikely (?:in|at)\b/iu.exec(t);
  if (venue?.[1]) return `Where and when will the next ${venue[1].toLowerCase()} be held?`;
  if (mooted?.[1] && mooted[2]) return `Will the ${mooted[1].toLowerCase()} ${clip(mooted[2])} take place?`;
  const also =
    /^(?:so too (?:are|is)|also under discussion (?:are|is)|another (?:issue|question) is)\s+(.+?)(?:,|$)/iu.exec(
      squash(s.text).replace(/[.]+$/u, ""),
    );
  if (also?.[1]) return `What will be agreed on ${clip(also[1])}?`;
  const common =
    /(?<!\w)no (?:common ground|agreement|consensus|deal)\s+(?:was|has been|had been)?\s*(?:reached|found)?\s*on\s+(.+?)(?:\s+and\s+(?:expressed|said|added)\b.*)?$/iu.exec(
      t,
    );
  if (common?.[1]) return `Will the sides agree on ${clip(common[1])}?`;
  // "One of the key questions is still the future deployment of …", "Among the key areas of
  // divergence are the fate of …": the question names what is open.
  const key =
    /^(?:one of |among )?the (?:most )?(?:key|main|big|biggest|central|open|outstanding|unresolved|thorniest|most difficult) (?:questions?|issues?|sticking points?|(?:areas?|points?) of (?:divergence|disagreement|contention))\s+(?:is|are|remains?|was|were)\s+(?:still\s+)?(.{6,})$/iu.exec(
      t,
    );
  if (key?.[1]) {
    const wh = WH.exec(key[1]);
    const direct = wh?.index === 0 && wh[1] && wh[2] ? directQuestion(wh[1], clip(wh[2])) : undefined;
    return direct ? `${direct}?` : `What will be decided on ${lowerFirst(clip(key[1]))}?`;
  }
  // "Among key issues that remain unresolved is automation …": the issue is what follows "is".
  const among =
    /^among (?:the )?(?:\p{L}+\s+)?(?:issues|questions|points|matters)\s+(?:that|which)\s+(?:remain|are still)\s+(?:unresolved|open|undecided)\s+(?:is|are)\s+(.+?)(?:\s+(?:that|which|who)\b.*)?$/iu.exec(
      t,
    );
  if (among?.[1]) return `How will ${lowerFirst(clip(among[1]))} be resolved?`;
  const remain =
    /^(.{8,160}?)\s+(?:remains?|remained|is still|are still)\s+(to be seen|unclear|uncertain|unresolved|undecided|elusive|one of the|among the)/iu.exec(
      t,
    );
  if (remain?.[1] && remain[2]) {
    // The subject is the last comma-separated phrase before the verb ("Despite …, the prospects"),
    // once relative clauses (", where …,") are set aside.
    const parts = remain[1].replace(/,\s+(?:where|which|who|whose|when)\b[^,]*,?/giu, "").split(/,\s+/u);
    const subject = (parts[parts.length - 1] ?? remain[1]).replace(/^(but|and|yet|so)\s+/i, "");
    const wh = WH.exec(subject);
    const direct = wh?.index === 0 && wh[1] && wh[2] ? directQuestion(wh[1], clip(wh[2])) : undefined;
    if (direct) return `${direct}?`;
    const cue = remain[2].toLowerCase();
    // Something elusive is to be reached; something unclear is to be seen; an issue is to be resolved.
    if (cue === "elusive") return `Will ${lowerFirst(clip(subject))} be reached?`;
    if (/^(to be seen|unclear|uncertain)$/u.test(cue)) return `What will ${lowerFirst(clip(subject))} be?`;
    return `How will ${lowerFirst(clip(subject.replace(/^any\s+/i, "")))} be resolved?`;
  }
  const comment =
    /\b(request(s)? for comment|declined to comment|did not (immediately )?respond|no (immediate )?response)\b/i.exec(
      t,
    );
  if (comment) {
    const neither = /^neither\s+(.{3,60}?)\s+nor\s+(.{3,60}?)\s+(?:had|has|have|did|declined|gave)\b/iu.exec(t);
    const who = neither
      ? `${neither[1]} and ${lowerFirst(neither[2] ?? "")}`
      : (/^(.{3,80}?)\s+(?:had|has|have|did|declined|gave|nor)\b/iu.exec(t)?.[1] ?? "officials");
    const plural = neither || /\band\b|s$/u.test(who);
    return `What ${plural ? "do" : "does"} ${lowerFirst(who)} say? (no response to requests for comment)`;
  }
  const depend = /^(.{5,120}?)\s+(?:would|will|could) depend on\s+(.+)$/iu.exec(t);
  if (depend?.[1] && depend[2])
    return `Will ${lowerFirst(clip(depend[1]))} go ahead? (It depends on ${clip(depend[2])}.)`;
  // "The three sides are reportedly set to meet in Italy": whether the plan goes ahead is the question.
  const set =
    /^([^;“”"]{3,80}?)\s+(?:is|are)\s+(?:reportedly\s+|also\s+|now\s+)?(?:set|expected|due|scheduled|likely)\s+to\s+(.{6,})$/iu.exec(
      t,
    );
  if (set?.[1] && set[2]) {
    // "After the talks, the envoys are expected to …": a leading adjunct is not the subject.
    const who = /^(?:after|before|despite|in|on|at|while|although|as|following|meanwhile)\b/i.test(set[1])
      ? set[1].slice(set[1].lastIndexOf(",") + 1).trim()
      : set[1];
    // "… begin next week, with nine potential operators expressing interest": the plan, not its setting.
    const plan = set[2].replace(/,\s+(?:with|as|after|while|amid|which)\b.*$/u, "");
    if (who && !/\b(said|says|told)\b/u.test(who)) return `Will ${lowerFirst(who)} ${clip(plan)}?`;
  }
  const wh = WH.exec(t);
  if (wh?.[1] && wh[2] && /\b(discussed|question|unclear|know)\b/i.test(t))
    return `Open: ${wh[1].toLowerCase()} ${clip(wh[2])}?`;
  const pending = pendingQuestion(t);
  if (pending) return pending;
  // No safe question form: the source's own statement, marked as open.
  return openStatement(t, squash(s.text));
}
