// Stage 3: who is speaking, and for which side.
// Mentions come from the gazetteer (countries, capitals-as-metonyms, demonyms, organisations),
// from capitalised organisation phrases ("… Media Office") and from person names. A person takes
// the side named next to them ("U.S. Special Envoy Steve Witkoff", "Rustem Umerov, Ukraine's
// chief negotiator"), voted over every mention in every source, and keeps it when later named
// by surname alone.

import {
  GAZETTEER,
  GROUP_ANAPHORA,
  NAME_INDEX,
  NAME_LIST,
  ORG_HEAD,
  ORG_NOUN,
  OUTLET_HEAD,
  STATE_HEAD,
  TITLE_HOME,
  type PartyKind,
} from "./gazetteer";
import { REPORTING, STANCE } from "./lexicon";

export interface Mention {
  start: number;
  end: number;
  text: string;
  party: string;
  kind: PartyKind | "person";
  /** The capital/seat stands after a place preposition: a location, not a party. */
  asPlace: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const NAME_RE = new RegExp(
  `(?<![\\p{L}\\p{N}.])(?:${NAME_LIST.map(escape).join("|")})(?![\\p{L}\\p{N}]|\\.[\\p{L}])`,
  "gu",
);
const NAME_TEST = new RegExp(NAME_RE.source, "u");
const PLACE_PREP =
  /\b(in|from|to|at|into|near|outside|inside|across|via|toward|towards|around|between|through|of|for)\s+(the\s+)?$/iu;

/** Capitalised words that start a title, not a name. */
const TITLE_WORDS = new Set(
  (
    "President Vice Prime Minister Foreign Defence Defense Secretary State Special Envoy Ambassador Spokesman Spokeswoman " +
    "Spokesperson Chief General Director Head Deputy Senior Senator Representative Governor Mayor Judge Justice King Queen " +
    "Prince Sheikh Emir Chancellor Commander Colonel Lt Gen Dr Mr Mrs Ms Prof Professor Sir Lord Lady Dame Pope Leader " +
    "Speaker Attorney Treasury Interior Finance Energy National Security Council Adviser Advisor Negotiator Official CEO " +
    "Chairman Chairwoman Chair Founder Minister's Peace Missions Mideast Middle East For Of The A An And In On At By " +
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September " +
    "October November December Story Full Source Summary Key Background Current Reactions Despite However Although While " +
    "Meanwhile Earlier Later After Before Since Under Over Amid Speaking Asked Among Both Neither Such This That These " +
    "Those Also Secretary-General Director-General Photograph Read Share Sign Skip Item Trump's Several Many Other " +
    "Israeli Ukrainian Russian American Palestinian Arab Western Eastern Southern Northern European Soviet-era " +
    "Labor Labour Commerce Trade Health Education Transport Transportation Agriculture Environment Business " +
    "Executive Operations Officer Vice Vice-President Taoiseach Premier"
  ).split(" "),
);

/** Lowercase words allowed between a side and the person it qualifies ("U.S. special envoy, …"). */
const ROLE_WORDS = new Set(
  (
    "special envoy president prime minister secretary general chief negotiator negotiators spokesman spokeswoman spokesperson " +
    "official officials head director ambassador adviser advisor foreign defence defense interior finance state " +
    "deputy senior top investment former leader commander mayor governor ceo chairman presidential peace mideast " +
    "the of for to a an 's chief's team delegation military intelligence security national council media office " +
    "representative envoy's formerly now serving as current acting new veteran longtime executive boss lawyer attorney " +
    "founder owner manager member members organiser organizer coordinator campaigner activist candidate judge justice " +
    "president's leader's general-secretary secretary-general union's party's company's and vice vice-president " +
    "executive operations operating officer financial commercial lead climate environment environmental trade " +
    "labor labour economy economic energy health justice education transport agriculture business commerce " +
    "industry affairs delegation's chief-negotiator top-level"
  ).split(" "),
);

/** Words that make a capitalised phrase a place or thing, not a person. */
const PLACE_WORDS =
  /^(Strip|Bank|Sea|River|Region|Province|Oblast|City|Island|Islands|Street|Square|Plant|Station|Valley|Mountains?|Gulf|Ocean|Peninsula|Airport|Border|Talks|Options|Summit|Accord|Agreement|Deal|War|Day|Week|House|Hall|Palace|Forum|Plan|Act|Law|Force|Forces|Studies|Staff|Service|Services|Command|Ministry|Office|Council|District|Districts|County|Coast|Northwest|Northeast|Southwest|Southeast|Midwest|Channel|Rates|Bonus|Contract|Plan|Scheme|Understanding)$/u;

/** First words of place names ("New York", "Los Angeles", "Fort Worth"). */
const PLACE_LEAD = /^(New|Los|Las|San|Santa|Port|Fort|Saint|St|Mount|Lake|Cape|Puerto|Rio)$/u;

export interface PersonRecord {
  key: string;
  display: string;
  votes: Map<string, number>;
}

export interface PartyResolver {
  mentions(text: string, base?: number): Mention[];
  personParty(surname: string): string | undefined;
  persons: Map<string, PersonRecord>;
  dominantGroup?: string;
  mediators?: { name: string; members: string[] };
  partyCounts: Map<string, number>;
  orgs: OrgRegistry;
}

const PERSON_RE =
  /(?:\p{Lu}\p{Ll}+)(?:[ \u00a0](?:(?:al|el|bin|ibn|de|van|von|der|den|da|di|du|le|la)[- ]){0,2}\p{Lu}[\p{L}’'-]*\p{Ll}[\p{L}’'-]*)+/gu;

interface PersonHit {
  start: number;
  end: number;
  full: string;
  surname: string;
}

function personsIn(text: string, base: number): PersonHit[] {
  const out: PersonHit[] = [];
  for (const m of text.matchAll(PERSON_RE)) {
    const words = m[0].split(/[ \u00a0]/u);
    // "Nigel Farage’s Reform": a possessive ends the name.
    const poss = words.findIndex((w, k) => k < words.length - 1 && /[’']s$/u.test(w));
    if (poss >= 0) words.splice(poss + 1);
    let offset = m.index ?? 0;
    // Strip leading titles and sides: "Special Envoy Steve Witkoff" -> "Steve Witkoff".
    while (words.length > 0) {
      const w = (words[0] ?? "").replace(/[’']s$/u, "").replace(/\.$/u, "");
      if (TITLE_WORDS.has(w) || NAME_INDEX.has(w) || NAME_INDEX.has(words[0] ?? "")) {
        offset += (words[0] ?? "").length + 1;
        words.shift();
      } else break;
    }
    // Trailing title-like words are not part of the name ("Netanyahu Office").
    while (words.length > 0 && TITLE_WORDS.has((words[words.length - 1] ?? "").replace(/[’']s$/u, ""))) words.pop();
    if (words.length < 2 || words.length > 4) continue;
    // "New York", "San Diego", "Port Said": place names, not people.
    if (PLACE_LEAD.test(words[0] ?? "")) continue;
    if (words.some((w) => NAME_INDEX.has(w.replace(/[’']s$/u, "")) || TITLE_WORDS.has(w.replace(/[’']s$/u, ""))))
      continue;
    if (NAME_TEST.test(words.join(" "))) continue;
    if (words.some((w) => PLACE_WORDS.test(w))) continue;
    const last = (words[words.length - 1] ?? "").replace(/[’']s$/u, "");
    if (ORG_HEAD.test(last) || OUTLET_HEAD.test(words.join(" "))) continue;
    const full = words.join(" ").replace(/[’']s$/u, "");
    out.push({ start: base + offset, end: base + offset + full.length, full, surname: surnameKey(last) });
  }
  return out;
}

export function surnameKey(word: string): string {
  return word.replace(/^(al|el)-/iu, "").toLowerCase();
}

/** Surnames spelt two ways by different outlets (Zelenskyy/Zelenskiy, a typo) still meet. */
function sameSurname(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 5 || b.length < 5) return false;
  if (Math.abs(a.length - b.length) > 1) return false;
  const p = Math.min(a.length, b.length) - 2;
  return a.slice(0, Math.max(4, p)) === b.slice(0, Math.max(4, p));
}

const ORG_STOP =
  /^(President|Director|General|Minister|Secretary|Chief|Head|Spokesman|Spokeswoman|Spokesperson|Dr|Mr|Mrs|Ms|The|A|An|In|On|At|By|For|Of|And|But|While|After|Before|Despite|However|Meanwhile|Deputy|Senior|Former|Acting|Prime|Foreign|Special|Envoy|Chairman|CEO)$/u;

/**
 * ORG_HEAD without its anchors: a text with no word equal to an organisation head has no match
 * here either, so most sentences skip listing their words.
 */
const ANY_ORG_HEAD = new RegExp(ORG_HEAD.source.replace(/^\^|\$$/gu, ""), "u");

/** Capitalised phrases headed by an organisation noun: "Gaza Government Media Office". */
function orgPhrases(text: string, base: number): Mention[] {
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
      const connector = /^(and|of|for)$/u.test(prev[0]) && /^\p{Lu}/u.test(words[first - 2]?.[0] ?? "");
      if ((!/^\p{Lu}/u.test(prev[0]) && !connector) || ORG_STOP.test(prev[0].replace(/\.$/u, ""))) break;
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
    const inner = [...phrase.matchAll(NAME_RE)];
    const hit = inner[0];
    const e = hit ? NAME_INDEX.get(hit[0]) : undefined;
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
const ORG_APPOS =
  /(?<![\p{L}’'])(\p{Lu}[\p{L}&'’-]*\p{L}(?:\s\p{Lu}[\p{L}&'’-]*\p{L}){0,3}),\s+(?:which|that)\s+(?:represents|runs|operates|owns|organi[sz]ed|called|manages|employs)\b/gu;
/** Roles that follow a generic organisation noun: "union leader Marleen de Vries". */
const ORG_ROLE =
  "leader|leaders|chief|president|head|boss|spokes(?:man|woman|person)|official|officials|representative|secretary|chair(?:man|woman)?|lawyer|lawyers|negotiator|negotiators|members?|director|executive|ceo|judge|justices?";
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
function namesGroup(full: string, orgs: OrgRegistry): boolean {
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
  return name
    .replace(/^the\s+/iu, "")
    .replace(/[’']/gu, "'")
    .replace(NAME_RE, (m) => `@${NAME_INDEX.get(m)?.entry.canonical ?? m}`)
    .toLowerCase();
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

function isNameWord(w: string): boolean {
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
      const tail = new RegExp(
        `^\\s+(${ORG_NOUN})\\b(?!\\s+(?:${ORG_ROLE}|workers|employees|contract|deal|vote|dues|jobs|labou?r|rules)\\b)`,
        "u",
      ).exec(text.slice(m.end));
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
    for (const m of text.matchAll(ORG_APPOS)) {
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

function orgRegistryMentions(reg: OrgRegistry, text: string): Mention[] {
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

function gazetteerMentions(text: string, base: number): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(NAME_RE)) {
    const e = NAME_INDEX.get(m[0]);
    if (!e) continue;
    const at = m.index ?? 0;
    const before = text.slice(Math.max(0, at - 20), at);
    const after = text.slice(at + m[0].length, at + m[0].length + 12);
    // "Jerusalem Post", "Washington-based think tank": part of another name.
    if (/^\s+(Post|Times|Journal|Free Beacon|Herald|Institute)\b/u.test(after) || /^-based\b/u.test(after)) continue;
    const asPlace = e.type === "metonym" && PLACE_PREP.test(before);
    out.push({
      start: base + at,
      end: base + at + m[0].length,
      text: m[0],
      party: e.entry.canonical,
      kind: e.entry.kind,
      asPlace,
    });
  }
  return out;
}

export function createResolver(texts: string[]): PartyResolver {
  const persons = new Map<string, PersonRecord>();
  const partyCounts = new Map<string, number>();
  const groupCounts = new Map<string, number>();
  const mediatorCounts = new Map<string, number>();

  // Fuzzy surname lookup goes through a prefix index so it stays cheap with thousands of names.
  const byPrefix = new Map<string, PersonRecord[]>();
  const findPerson = (surname: string): PersonRecord | undefined => {
    const exact = persons.get(surname);
    if (exact) return exact;
    for (const p of byPrefix.get(surname.slice(0, 4)) ?? []) if (sameSurname(p.key, surname)) return p;
    return undefined;
  };

  // First names are looked up only after every person is known (mentions are read later): one index.
  let firstNames: Map<string, PersonRecord | null> | undefined;
  const byFirstName = (first: string): PersonRecord | undefined => {
    if (!firstNames) {
      firstNames = new Map();
      for (const p of persons.values()) {
        const f = p.display.split(" ")[0] ?? "";
        firstNames.set(f, firstNames.has(f) ? null : p);
      }
    }
    return firstNames.get(first) ?? undefined;
  };
  const phrases = texts.map((t) => orgPhrases(t, 0));
  const orgs = buildOrgRegistry(texts, phrases);
  const orgNames = new Set(orgs.surface.values());
  for (const [ti, text] of texts.entries()) {
    const gm = gazetteerMentions(text, 0).filter((m) => !m.asPlace);
    const om = [...(phrases[ti] ?? []), ...orgRegistryMentions(orgs, text)];
    for (const m of om) if (orgNames.has(m.party)) partyCounts.set(m.party, (partyCounts.get(m.party) ?? 0) + 1);
    for (const m of gm) {
      partyCounts.set(m.party, (partyCounts.get(m.party) ?? 0) + 1);
      if (m.kind === "group") groupCounts.set(m.party, (groupCounts.get(m.party) ?? 0) + 1);
    }
    // Nested mentions give way to the longer one: "Canada" inside "Air Canada" is not a side.
    // (Sorted by start, longer first: a mention ending inside an earlier one is nested in it.)
    let reach = -1;
    const sides = [...gm, ...om]
      .sort((a, b) => a.start - b.start || b.end - a.end)
      .filter((m) => {
        const nested = m.end <= reach;
        reach = Math.max(reach, m.end);
        return !nested;
      });
    for (const p of personsIn(text, 0)) {
      if (orgs.surface.has(p.full) || namesGroup(p.full, orgs)) continue;
      let rec = findPerson(p.surname);
      if (!rec) {
        rec = { key: p.surname, display: p.full, votes: new Map() };
        persons.set(p.surname, rec);
        const list = byPrefix.get(p.surname.slice(0, 4)) ?? [];
        list.push(rec);
        byPrefix.set(p.surname.slice(0, 4), list);
      }
      const side = sideNear(text, p, sides, orgs);
      if (side) rec.votes.set(side, (rec.votes.get(side) ?? 0) + 1);
      else {
        const home = TITLE_HOME.find(([rx]) => rx.test(text.slice(Math.max(0, p.start - 40), p.start)));
        if (home) rec.votes.set(home[1], (rec.votes.get(home[1]) ?? 0) + 0.5);
        // "Justice Helen Park", "Chief executive Ingrid Solberg": a judge speaks for the story's one
        // court, an executive for its one company.
        const lead = text.slice(Math.max(0, p.start - 24), p.start);
        const court = orgs.heads.get("court");
        const company =
          orgs.heads.get("company") ??
          orgs.heads.get("motors") ??
          orgs.heads.get("holdings") ??
          orgs.heads.get("industries");
        if (!home && court && /\b(Judge|Justice|Chief Justice|Magistrate)\s+$/u.test(lead))
          rec.votes.set(court, (rec.votes.get(court) ?? 0) + 0.5);
        else if (
          !home &&
          company &&
          /\b([Cc]hief [Ee]xecutive|CEO|[Cc]hief [Ff]inancial [Oo]fficer|CFO|[Cc]hair(?:man|woman)?|[Ff]ounder)\s+$/u.test(
            lead,
          )
        )
          rec.votes.set(company, (rec.votes.get(company) ?? 0) + 0.5);
      }
    }
    // Mediators: parties named in the same clause as the noun "mediator(s)"/"intermediary".
    for (const clause of text.split(/[.;\n]/u)) {
      if (!/\b(mediators?|intermediar(y|ies))\b/iu.test(clause)) continue;
      for (const m of gazetteerMentions(clause, 0)) {
        if (m.kind === "country") mediatorCounts.set(m.party, (mediatorCounts.get(m.party) ?? 0) + 1);
      }
    }
  }

  // A mediator is named as one more often than it acts as a side of its own.
  const mediatorMembers = [...mediatorCounts.entries()]
    .filter(([party, n]) => n >= 2 || n / Math.max(1, partyCounts.get(party) ?? 1) >= 0.3)
    .filter(([party]) => (partyCounts.get(party) ?? 0) <= 3 * (mediatorCounts.get(party) ?? 0))
    .sort((a, b) => b[1] - a[1])
    .map(([p]) => p);
  const mediators =
    mediatorMembers.length > 0
      ? {
          name: `${mediatorMembers.join(" and ")} (mediator${mediatorMembers.length > 1 ? "s" : ""})`,
          members: mediatorMembers,
        }
      : undefined;

  const dominantGroup = [...groupCounts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];

  // A person tied to no side who is named more than once (a candidate, a claimant, a CEO whose
  // company is never named) speaks for themself.
  const ownParty = new Set<string>();
  const unsided = new Map<string, PersonRecord>();
  for (const rec of persons.values()) {
    if (rec.votes.size > 0 || rec.display.split(" ").length < 2) continue;
    const last = rec.display.split(" ").pop() ?? "";
    if (last.length >= 3) unsided.set(last, rec);
  }
  if (unsided.size > 0) {
    // One pass over the texts for all of them.
    const rx = new RegExp(`(?<![\\p{L}])(?:${[...unsided.keys()].map(escape).join("|")})(?![\\p{L}])`, "gu");
    const seen = new Map<string, number>();
    for (const t of texts) for (const m of t.matchAll(rx)) seen.set(m[0], (seen.get(m[0]) ?? 0) + 1);
    for (const [last, n] of seen) if (n >= 2) ownParty.add(unsided.get(last)?.key ?? "");
  }
  const partyCache = new Map<string, string | undefined>();
  const personParty = (surname: string): string | undefined => {
    const key = surnameKey(surname);
    if (partyCache.has(key)) return partyCache.get(key);
    const rec = findPerson(key);
    const best = rec ? [...rec.votes.entries()].sort((a, b) => b[1] - a[1])[0] : undefined;
    const party = best?.[0] ?? (rec && ownParty.has(rec.key) ? rec.display : undefined);
    partyCache.set(key, party);
    return party;
  };

  // The same sentence is analysed more than once (quote attribution, then the sentence itself).
  const mentionCache = new Map<string, Mention[]>();
  const mentions = (text: string, base = 0): Mention[] => {
    let kept = mentionCache.get(text);
    if (!kept) {
      kept = mentionsAt0(text);
      mentionCache.set(text, kept);
    }
    return kept.map((m) => ({ ...m, start: m.start + base, end: m.end + base }));
  };
  const mentionsAt0 = (text: string): Mention[] => {
    // "the alliance" is NATO only when the story names no alliance of its own.
    const gaz = gazetteerMentions(text, 0).filter((m) => {
      const generic = /^the (\p{Ll}+)$/u.exec(m.text)?.[1];
      return !generic || !orgs.heads.has(generic);
    });
    const out: Mention[] = [...gaz, ...orgPhrases(text, 0), ...orgRegistryMentions(orgs, text)];
    for (const p of personsIn(text, 0)) {
      if (orgs.surface.has(p.full) || namesGroup(p.full, orgs)) continue;
      const party = personParty(p.surname);
      if (party) out.push({ start: p.start, end: p.end, text: p.full, party, kind: "person", asPlace: false });
    }
    // Surname alone ("Witkoff said"), including variant spellings; a knight by first name ("Sir Keir").
    for (const m of text.matchAll(/\p{Lu}[\p{L}’'-]+/gu)) {
      const w = m[0].replace(/[’']s$/u, "");
      if (w.length < 4 || TITLE_WORDS.has(w) || NAME_INDEX.has(w) || orgs.surface.has(w)) continue;
      const knight = /\b(?:Sir|Dame)\s$/u.test(text.slice(Math.max(0, (m.index ?? 0) - 5), m.index ?? 0));
      // "Anwar said": a person known by the first word of their name, when nobody has it as a surname.
      const speaksNext = /^\s+(\p{Ll}+)/u.exec(text.slice((m.index ?? 0) + m[0].length))?.[1] ?? "";
      const rec = knight
        ? byFirstName(w)
        : (findPerson(surnameKey(w)) ??
          (REPORTING.has(speaksNext) || STANCE.has(speaksNext) ? byFirstName(w) : undefined));
      const byFirst = rec !== undefined && rec.display.split(" ")[0] === w;
      if (!rec || (byFirst && !knight && !(REPORTING.has(speaksNext) || STANCE.has(speaksNext)))) continue;
      const party = personParty(rec.key);
      if (!party) continue;
      const at = m.index ?? 0;
      if (out.some((o) => o.start <= at && o.end >= at + w.length)) continue;
      out.push({ start: at, end: at + w.length, text: w, party, kind: "person", asPlace: false });
    }
    // Longer mentions win over mentions nested inside them ("Russian Defense Ministry" over "Russian").
    out.sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: Mention[] = [];
    for (const m of out) {
      const last = kept[kept.length - 1];
      if (last && m.start < last.end) continue;
      kept.push(m);
    }
    return kept;
  };

  return { mentions, personParty, persons, dominantGroup, mediators, partyCounts, orgs };
}

/** The side written next to a person: just before ("Israeli PM X") or in an appositive after. */
function sideNear(text: string, p: PersonHit, sides: Mention[], orgs: OrgRegistry): string | undefined {
  // Before: walk back over role words only.
  const before = text.slice(Math.max(0, p.start - 90), p.start);
  const words = before.split(/(?=[\s,])/u);
  let reach = p.start;
  for (let i = words.length - 1; i >= 0; i--) {
    const raw = words[i] ?? "";
    const w = raw
      .replace(/^[\s,]+/u, "")
      .replace(/[’']s$/u, "")
      .replace(/\.$/u, "");
    if (
      w === "" ||
      ROLE_WORDS.has(w.toLowerCase()) ||
      orgs.heads.has(w) ||
      /^\p{Lu}/u.test(w) ||
      /^(U\.S|U\.K|U\.N)$/u.test(w)
    ) {
      if (/[.;:!?"“”()]/u.test(raw.trim().replace(/^(U\.S\.|U\.K\.|U\.N\.|Dr\.|Mr\.|Mrs\.|Ms\.|Gen\.)$/u, ""))) break;
      reach -= raw.length;
      continue;
    }
    break;
  }
  // "the Progressive Party, led by Tomas Berg": the organisation the person leads.
  if (/,?\s+(?:led|headed|chaired|run|founded|represented)\s+by\s+$/u.test(before)) {
    const at =
      p.start - (/,?\s+(?:led|headed|chaired|run|founded|represented)\s+by\s+$/u.exec(before)?.[0].length ?? 0);
    const owner = sides.filter((s) => s.end <= at && s.end >= at - 2).pop();
    if (owner) return owner.party;
  }
  const pre = sides.filter((s) => s.start >= reach && s.end <= p.start);
  const nearest = pre[pre.length - 1];
  if (nearest) return nearest.party;
  // After: ", Ukraine's chief negotiator", ", Director General of the Gaza Government Media Office,".
  const after = text.slice(p.end, p.end + 120);
  if (/^[’']s\b/u.test(after)) return undefined;
  // "Labour minister Eva Dahl of Norway": the side right after "of".
  const ofSide = /^\s+of\s+(?:the\s+)?/u.exec(after);
  if (ofSide) {
    const at = p.end + ofSide[0].length;
    const side = sides.find((s) => s.start === at);
    if (side) return side.party;
  }
  const appos = /^,\s*([^,.;:"“”]{0,100})/u.exec(after);
  if (appos?.[1] && !/\b(said|says|told|wrote|added)\b/u.test(appos[1])) {
    const limit = p.end + 1 + appos[0].length;
    const post = sides.filter((s) => s.start > p.end && s.end <= limit);
    const org = post.find((s) => s.kind === "organisation" && s.party.split(" ").length > 1);
    return (org ?? post[0])?.party;
  }
  return undefined;
}

export { GROUP_ANAPHORA, GAZETTEER };
