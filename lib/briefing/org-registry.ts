// Organisations the story itself names (unions, companies, parties, boards), outside the
// gazetteer: capitalised phrases headed by an organisation noun, names introduced by a generic noun,
// names described by what they do, acronyms, short forms, fused names ("Air Canada"), what a
// person leads ("deputy leader of Reform") and recurring plural group names ("Republicans").

import { NAME_INDEX, ORG_HEAD, ORG_NOUN, OUTLET_HEAD, STATE_HEAD } from "./gazetteer";
import { escape, gazetteerNames, TITLE_WORDS } from "./name-words";
import type { Mention } from "./parties";
import { isCapitalised } from "./text";

export const ORG_STOP =
  /^(President|Director|General|Minister|Secretary|Chief|Head|Spokesman|Spokeswoman|Spokesperson|Dr|Mr|Mrs|Ms|The|A|An|In|On|At|By|For|Of|And|But|While|After|Before|Despite|However|Meanwhile|Deputy|Senior|Former|Acting|Prime|Foreign|Special|Envoy|Chairman|CEO)$/u;

/**
 * ORG_HEAD without its anchors: a text with no word equal to an organisation head has no match
 * here either, so most sentences skip listing their words.
 */
const ANY_ORG_HEAD = new RegExp(ORG_HEAD.source.replace(/^\^|\$$/gu, ""), "u");

/** Capitalised phrases headed by an organisation noun: "Gaza Government Media Office". */
export function orgPhrases(text: string, base: number): Mention[] {
  const out: Mention[] = [];
  if (!ANY_ORG_HEAD.test(text)) return out;
  const words = [...text.matchAll(/[\p{L}][\p{L}'’.-]*/gu)];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!w || !ORG_HEAD.test(w[0])) continue;
    let first = i;
    while (first > 0) {
      const prev = words[first - 1];
      if (!prev) break;
      const connector = /^(and|of|for)$/u.test(prev[0]) && isCapitalised(words[first - 2]?.[0] ?? "");
      if ((!isCapitalised(prev[0]) && !connector) || ORG_STOP.test(prev[0].replace(/\.$/u, ""))) break;
      const gap = text.slice((prev.index ?? 0) + prev[0].length, words[first]?.index ?? 0);
      // A line break ends a name: a heading or a label above the line is not part of it.
      if (!/^[^\S\n]+$/u.test(gap)) break;
      first--;
    }
    // "President of International Association …": the name starts after a leading connector.
    while (first < i && /^(and|of|for)$/u.test(words[first]?.[0] ?? "")) first++;
    const last = i;
    // "Security Service of Ukraine", "Ministry of Defence".
    const of = /^\s+of\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*\s?){1,4})/u.exec(text.slice((w.index ?? 0) + w[0].length));
    const startAt = words[first]?.index ?? 0;
    let endAt = (words[last]?.index ?? 0) + (words[last]?.[0].length ?? 0);
    if (of?.[1]) endAt += of[0].trimEnd().length;
    void last;
    const phrase = text.slice(startAt, endAt).replace(/[’']s$/u, "");
    if (OUTLET_HEAD.test(phrase)) continue;
    const hit = gazetteerNames(phrase, true)[0];
    const e = hit ? NAME_INDEX.get(hit.name) : undefined;
    const stateBody = STATE_HEAD.test(w[0]);
    if (e && e.type !== "metonym" && (stateBody || e.entry.kind !== "country")) {
      out.push({
        start: base + startAt,
        end: base + startAt + phrase.length,
        text: phrase,
        party: e.entry.canonical,
        kind: e.entry.kind,
        asPlace: false,
      });
      continue;
    }
    // "Ukraine's National Security and Defense Council" belongs to Ukraine.
    const owner = /(\S+?)[’']s\s+$/u.exec(text.slice(Math.max(0, startAt - 40), startAt))?.[1];
    const ownerEntry = owner ? NAME_INDEX.get(owner) : undefined;
    if (ownerEntry && stateBody) {
      out.push({
        start: base + startAt,
        end: base + startAt + phrase.length,
        text: phrase,
        party: ownerEntry.entry.canonical,
        kind: ownerEntry.entry.kind,
        asPlace: false,
      });
      continue;
    }
    if (phrase.split(/\s+/u).length < 2 || (first === i && !of)) continue;
    out.push({
      start: base + startAt,
      end: base + startAt + phrase.length,
      text: phrase,
      party: phrase,
      kind: "organisation",
      asPlace: false,
    });
  }
  return out;
}

// ---------------------------------------------------------------- organisations outside the gazetteer

/** Organisations the story itself names, with the short forms it uses for them. */
export interface OrgRegistry {
  /** Surface form (full name, acronym, short name) → canonical name. */
  surface: Map<string, string>;
  /** Generic noun ("union", "court") → the one organisation of that kind the story names. */
  heads: Map<string, string>;
  surfaceRe?: RegExp;
  aliasRe?: RegExp;
}

/** The generic nouns, also capitalised at a sentence start ("Carmaker Halvorsen Motors said"). */
const ORG_NOUN_ANY_CASE = ORG_NOUN.split("|")
  .map((w) => `[${w.charAt(0)}${w.charAt(0).toUpperCase()}]${w.slice(1)}`)
  .join("|");
// …but "Federation of Kiln Workers" is a name that starts with the noun.
const LEADING_ORG_NOUN = new RegExp(`^(?:${ORG_NOUN_ANY_CASE})\\s+(?=\\p{Lu})`, "u");
const ORG_NOUN_RE = new RegExp(
  `\\b(?:${ORG_NOUN_ANY_CASE})\\s+((?:[A-Z][A-Z&]{1,9}|\\p{Lu}[\\p{L}&'’.-]*\\p{L})(?:\\s(?:[A-Z][A-Z&]{1,9}|\\p{Lu}[\\p{L}&'’.-]*\\p{L})){0,3})`,
  "gu",
);
const HEAD_OF_NOUN = new RegExp(`\\b(${ORG_NOUN})\\s+\\S+$`, "u");
/** "Deltalinqs, which represents the port's employers": an organisation by what it does. */
const APPOS_CLAUSE = String.raw`,\s+(?:which|that)\s+(?:represents|runs|operates|owns|organi[sz]ed|called|manages|employs)\b`;
const ORG_APPOS = new RegExp(
  String.raw`(?<![\p{L}’'])(\p{Lu}[\p{L}&'’-]*\p{L}(?:\s\p{Lu}[\p{L}&'’-]*\p{L}){0,3})${APPOS_CLAUSE}`,
  "gu",
);
/** Every ORG_APPOS match ends in this clause: a text without it skips trying each capitalised word. */
const HAS_APPOS_CLAUSE = new RegExp(APPOS_CLAUSE, "u");
/** Roles that follow a generic organisation noun: "union leader Marleen de Vries". */
const ORG_ROLE =
  "leader|leaders|chief|president|head|boss|spokes(?:man|woman|person)|official|officials|representative|secretary|chair(?:man|woman)?|lawyer|lawyers|negotiator|negotiators|members?|director|executive|ceo|judge|justices?";
/** "the United Auto Workers union": a generic noun right after a name, not one qualifying the noun after it. */
const NOUN_AFTER_NAME = new RegExp(
  `^\\s+(${ORG_NOUN})\\b(?!\\s+(?:${ORG_ROLE}|workers|employees|contract|deal|vote|dues|jobs|labou?r|rules)\\b)`,
  "u",
);
const COMPANY_SUFFIX =
  /^(Party|Corp\.?|Inc\.?|Ltd\.?|Plc|LLC|Company|Co\.|Group|Airlines?|Airways|Motors|Holdings|Industries|Technologies|Pharmaceuticals|Logistics)$/u;

/** Trades and workers in an organisation's name make it a union ("International Longshoremen's Association"). */
const LABOUR_NAME =
  /\b(Workers|Employees|Machinists|Longshoremen|Longshoremen[’']s|Teamsters|Brotherhood|Nurses|Teachers|Pilots|Attendants|Steelworkers|Dockworkers|Laborers|Labourers|Mineworkers|Firefighters|Union)\b/u;
/** "deputy leader of Reform", "president and CEO of Air Canada": what the person leads is an organisation. */
const LEADER_OF =
  /\b(?:leader|chair(?:man|woman)?|head|president|CEO|chief executive|founder|spokes(?:man|woman|person)|members?) of (?:the )?(\p{Lu}[\p{L}’'&-]*(?: \p{Lu}[\p{L}’'&-]*){0,3})/gu;
/** A capitalised word fused with a country's name after a lowercase word: "… with Air Canada and …". */
const FUSED_NAME = /(?<=\p{Ll}[,]?\s)(\p{Lu}\p{Ll}+)\s(\p{Lu}[\p{L}.]+)(?![\p{L}])/gu;
/** A fused name must recur before it counts as a name of its own. */
const FUSED_NAME_MIN = 2;

/** "Some Republicans", "Hardline Democrats": a group the story names, not a person. */
export function namesGroup(full: string, orgs: OrgRegistry): boolean {
  const last = full.split(" ").pop() ?? "";
  return orgs.surface.has(last) && PLURAL_GROUP.test(last);
}

/** A capitalised plural written mid-sentence ("… said Republicans", "the Tories"): members of a group. */
const PLURAL_GROUP = /^\p{Lu}\p{Ll}+(?:ans|ats|ives|ists|ites|ers|ies|als)$/u;
const PLURAL_GROUP_AT = /(?<=\p{Ll}[,]?\s)(\p{Lu}\p{Ll}+(?:ans|ats|ives|ists|ites|ers|ies|als))(?![\p{L}’'])/gu;
/** A group name must recur before it counts. */
const PLURAL_GROUP_MIN = 2;

/** An organisation's name with its spelling variants folded: apostrophes, country names, "The". */
function orgKey(name: string): string {
  return withCanonicalNames(name.replace(/^the\s+/i, "").replace(/[’']/gu, "'")).toLowerCase();
}

/** Each gazetteer name in a text written as "@" and its canonical name ("@united states"). */
function withCanonicalNames(text: string): string {
  let out = "";
  let from = 0;
  for (const { index, name } of gazetteerNames(text)) {
    out += `${text.slice(from, index)}@${NAME_INDEX.get(name)?.entry.canonical ?? name}`;
    from = index + name.length;
  }
  return out + text.slice(from);
}

/** `longer` is `shorter` with a country's name in front ("@united states maritime alliance"). */
function countryPrefix(longer: string, shorter: string): boolean {
  return /^@[^@]+$/u.test(longer.slice(0, longer.length - shorter.length - 1));
}

/** Share of capitalised words above which a line is written in title case (a headline). */
const TITLE_CASE_SHARE = 0.8;
const TITLE_CASE_MIN_WORDS = 4;

function inTitleCaseLine(text: string, at: number): boolean {
  const start = text.lastIndexOf("\n", at) + 1;
  const end = text.indexOf("\n", at);
  const line = text.slice(start, end < 0 ? text.length : end).trim();
  // A headline has no full stop at its end.
  if (/[.!?]["”’]?$/u.test(line)) return false;
  const words = (line.match(/\p{L}[\p{L}'’-]*/gu) ?? []).filter(
    (w) => !/^(of|and|the|in|on|for|to|a|an|at|by|with|as|vs|or)$/u.test(w),
  );
  if (words.length < TITLE_CASE_MIN_WORDS) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= TITLE_CASE_SHARE;
}

export function isNameWord(w: string): boolean {
  const bare = w.replace(/[’']s$/u, "").replace(/\.$/u, "");
  return (
    !TITLE_WORDS.has(bare) && !NAME_INDEX.has(bare) && !OUTLET_HEAD.test(w) && !/^(I|We|He|She|It|They)$/u.test(bare)
  );
}

export function buildOrgRegistry(
  texts: string[],
  phrases: Mention[][] = texts.map((t) => orgPhrases(t, 0)),
): OrgRegistry {
  const surface = new Map<string, string>();
  const fused = new Map<string, number>();
  const plural = new Map<string, number>();
  const headOf = new Map<string, Set<string>>();
  const addHead = (head: string, canonical: string) => {
    const set = headOf.get(head) ?? new Set<string>();
    set.add(canonical);
    headOf.set(head, set);
  };
  const add = (name: string, canonical: string) => {
    if (name.length < 2 || NAME_INDEX.has(name)) return;
    if (!surface.has(name)) surface.set(name, canonical);
  };
  for (const [ti, text] of texts.entries()) {
    // "the Transport Workers' Union (TWU)", "Supreme Court", "Acme Corp."
    for (const m of phrases[ti] ?? []) {
      // In a title-case headline every word is capitalised: no name can be read off it.
      if (inTitleCaseLine(text, m.start)) continue;
      const gaz = NAME_INDEX.get(m.text.replace(/^(the|The)\s+/u, ""));
      if (m.party !== m.text && !gaz) continue;
      let phrase = m.text.replace(/^(The|A|An)\s+/u, "").replace(LEADING_ORG_NOUN, "");
      if (!/\s/u.test(phrase)) continue;
      // "Valdoria's Democratic Alliance" is the Democratic Alliance.
      const owned = /^\p{Lu}[\p{L}-]*[’']s\s+(\p{Lu}.*\s.*)$/u.exec(phrase);
      if (owned?.[1] && ORG_HEAD.test(owned[1].split(/\s+/u).pop() ?? "")) {
        add(phrase, owned[1]);
        phrase = owned[1];
      }
      add(phrase, phrase);
      const words = phrase.split(/\s+/u);
      const last = words[words.length - 1] ?? "";
      // "Canadian Union of Public Employees": the organisation noun before "of" is the head.
      const ofHead = /\bof\b/u.test(phrase)
        ? words
            .slice(0, words.indexOf("of"))
            .reverse()
            .find((x) => ORG_HEAD.test(x))
        : undefined;
      const head = ORG_HEAD.test(last)
        ? last.toLowerCase().replace(/\.$/u, "")
        : /\bof\b/u.test(phrase)
          ? (ofHead ?? words[0] ?? "").toLowerCase()
          : "";
      // A name made of workers' trades ("… Association of Machinists", "Longshoremen's Association")
      // is a union's: "the union" stands for it.
      if (LABOUR_NAME.test(phrase)) addHead("union", phrase);
      if (head && gaz) {
        addHead(head, gaz.entry.canonical);
        continue;
      }
      if (head)
        addHead(
          head === "corp" || head === "inc" || head === "ltd" || head === "plc" || head === "llc" || head === "co"
            ? "company"
            : head,
          phrase,
        );
      // "the United Auto Workers union (UAW)": a generic noun after the name is its head too.
      // …but not "Boeing Co. union workers": there "union" qualifies the noun after it.
      const tail = NOUN_AFTER_NAME.exec(text.slice(m.end));
      if (tail?.[1]) addHead(tail[1], phrase);
      const acr = /^\s*\(([A-Z][A-Za-z&.]{1,9})\)/u.exec(text.slice(m.end + (tail?.[0].length ?? 0)));
      if (acr?.[1] && /^[A-Z&.]+[a-z]?[A-Z&.]*$/u.test(acr[1])) add(acr[1], phrase);
      // "Acme Corp." → "Acme", "Labour Party" → "Labour"; a company is also called by its first word ("Northwind").
      if (
        COMPANY_SUFFIX.test(last) &&
        words.length >= 3 &&
        isNameWord(words[0] ?? "") &&
        (words[0] ?? "").length >= 4 &&
        !/^(National|General|International|United|Federal|Central|Royal|First|New|Social|Democratic|Republican|Liberal|Conservative|Labour|Green|People's|Workers')$/u.test(
          words[0] ?? "",
        )
      )
        add(words[0] ?? "", phrase);
      // "Acme Corp." → "Acme", "Labour Party" → "Labour".
      if (COMPANY_SUFFIX.test(last) && words.length >= 2 && words.length <= 3) {
        const short = words.slice(0, -1).join(" ");
        if (words.slice(0, -1).every(isNameWord) && short.length >= 4) add(short, phrase);
      }
    }
    // "the dockworkers' union FNV Havens", "the employers' association Deltalinqs"
    for (const m of text.matchAll(ORG_NOUN_RE)) {
      const words = (m[1] ?? "").split(/\s/u);
      while (words.length > 0 && !isNameWord(words[words.length - 1] ?? "")) words.pop();
      if (words.length === 0 || !isNameWord(words[0] ?? "")) continue;
      const name = words.join(" ").replace(/[’']s$/u, "");
      const head = HEAD_OF_NOUN.exec(m[0].slice(0, m[0].length - (m[1] ?? "").length) + "x")?.[1]?.toLowerCase();
      add(name, surface.get(name) ?? name);
      if (head) addHead(head, surface.get(name) ?? name);
    }
    // "Richard Tice, deputy leader of Reform", "president and CEO of Air Canada".
    for (const m of text.matchAll(LEADER_OF)) {
      // "head of Zelenskyy’s office": a possessive names the owner, not the organisation.
      if (/[’']s\b/u.test((m[1] ?? "").split(/\s/u)[0] ?? "")) continue;
      const words = (m[1] ?? "").split(/\s/u);
      while (words.length > 1 && !/^\p{Lu}/u.test(words[words.length - 1] ?? "")) words.pop();
      const name = words.join(" ").replace(/[’']s$/u, "");
      if (!isNameWord(words[0] ?? "") || NAME_INDEX.has(name) || TITLE_WORDS.has(name)) continue;
      add(name, surface.get(name) ?? name);
    }
    // "Air Canada", "Air France": a name word fused with a country's name, written mid-sentence.
    for (const m of text.matchAll(FUSED_NAME)) {
      const first = m[1] ?? "";
      const place = m[2] ?? "";
      if (!isNameWord(first) || ORG_STOP.test(first) || NAME_INDEX.get(place)?.entry.kind !== "country") continue;
      fused.set(`${first} ${place}`, (fused.get(`${first} ${place}`) ?? 0) + 1);
    }
    for (const m of text.matchAll(PLURAL_GROUP_AT)) {
      const w = m[1] ?? "";
      if (isNameWord(w) && !ORG_HEAD.test(w)) plural.set(w, (plural.get(w) ?? 0) + 1);
    }
    for (const m of HAS_APPOS_CLAUSE.test(text) ? text.matchAll(ORG_APPOS) : []) {
      const name = m[1] ?? "";
      if (!name.split(/\s/u).every(isNameWord)) continue;
      add(name, surface.get(name) ?? name);
    }
  }
  for (const [name, n] of fused) if (n >= FUSED_NAME_MIN) add(name, surface.get(name) ?? name);
  // A shorter name that opens a longer one is the same organisation ("International Association of
  // Machinists" … "and Aerospace Workers"; "International Longshoremen" … "’s Association").
  // One organisation written several ways: "U.S. Maritime Alliance", "US Maritime Alliance", "United
  // States Maritime Alliance", "Maritime Alliance" (its name without the country); "Longshoremen’s"
  // and "Longshoremen's".
  const byKey = new Map<string, string>();
  for (const c of [...new Set(surface.values())].sort((a, b) => b.length - a.length)) {
    const key = orgKey(c);
    const same = byKey.get(key) ?? [...byKey].find(([k]) => k.endsWith(` ${key}`) && countryPrefix(k, key))?.[1];
    if (same) for (const [name, v] of surface) if (v === c) surface.set(name, same);
    if (!byKey.has(key)) byKey.set(key, same ?? c);
  }
  const canon = [...new Set(surface.values())].sort((a, b) => b.length - a.length);
  for (const [name, c] of surface) {
    const longer = canon.find(
      (o) => o !== c && o.length > c.length && o.startsWith(c) && /^[\s’']/u.test(o.slice(c.length)),
    );
    if (longer) surface.set(name, longer);
  }
  for (const [set] of [[headOf]] as const)
    for (const [head, names] of set) headOf.set(head, new Set([...names].map((x) => surface.get(x) ?? x)));
  // "Machinists voted 59 % in favour": a plural that is a word of an organisation's name stands
  // for it; any other recurring one ("Republicans") names a group of its own.
  for (const [w, n] of plural) {
    if (n < PLURAL_GROUP_MIN || surface.has(w)) continue;
    const owner = canon.find((o) => o.split(/\s+/u).some((x) => x.replace(/[’']s$/u, "") === w));
    add(w, owner ? (surface.get(owner) ?? owner) : w);
  }
  const heads = new Map<string, string>();
  for (const [head, set] of headOf) if (set.size === 1) heads.set(head, [...set][0] ?? "");
  const names = [...surface.keys()].sort((a, b) => b.length - a.length);
  const surfaceRe = names.length
    ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escape).join("|")})(?![\\p{L}\\p{N}])`, "gu")
    : undefined;
  const hs = [...heads.keys()];
  const aliasRe = hs.length
    ? new RegExp(
        `\\b(?:(?:[Tt]he|[Ii]ts|[Tt]heir)\\s+(${hs.map(escape).join("|")})(?![\\p{L}-])|(${hs.map(escape).join("|")})(?=\\s+(?:${ORG_ROLE})\\b))`,
        "gu",
      )
    : undefined;
  return { surface, heads, surfaceRe, aliasRe };
}

function organisationMention(m: RegExpMatchArray, party: Mention["party"]): Mention {
  const start = m.index ?? 0;
  return { start, end: start + m[0].length, text: m[0], party, kind: "organisation", asPlace: false };
}

export function orgRegistryMentions(reg: OrgRegistry, text: string): Mention[] {
  const out: Mention[] = [];
  if (reg.surfaceRe)
    for (const m of text.matchAll(reg.surfaceRe)) {
      const party = reg.surface.get(m[0]);
      if (party) out.push(organisationMention(m, party));
    }
  if (reg.aliasRe)
    for (const m of text.matchAll(reg.aliasRe)) {
      const head = m[1] ?? m[2] ?? "";
      const party = reg.heads.get(head);
      if (party) out.push(organisationMention(m, party));
    }
  return out;
}
