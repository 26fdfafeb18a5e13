// Stage 3: who is speaking, and for which side.
// Mentions come from the gazetteer (countries, capitals-as-metonyms, demonyms, organisations),
// from capitalised organisation phrases ("… Media Office") and from person names. A person takes
// the side named next to them ("U.S. Special Envoy Steve Witkoff", "Rustem Umerov, Ukraine's
// chief negotiator"), voted over every mention in every source, and keeps it when later named
// by surname alone.

import { GAZETTEER, GROUP_ANAPHORA, NAME_INDEX, ORG_HEAD, OUTLET_HEAD, TITLE_HOME, type PartyKind } from "./gazetteer";
import { REPORTING, STANCE } from "./lexicon";
import { escape, gazetteerNames, hasGazetteerName, TITLE_WORDS } from "./name-words";
import { buildOrgRegistry, namesGroup, orgPhrases, orgRegistryMentions, type OrgRegistry } from "./org-registry";
import { isCapitalised } from "./text";

export { buildOrgRegistry, type OrgRegistry } from "./org-registry";

export interface Mention {
  start: number;
  end: number;
  text: string;
  party: string;
  kind: PartyKind | "person";
  /** The capital/seat stands after a place preposition: a location, not a party. */
  asPlace: boolean;
}

const PLACE_PREP =
  /\b(in|from|to|at|into|near|outside|inside|across|via|toward|towards|around|between|through|of|for)\s+(the\s+)?$/i;

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

/** A home country is named at least this often, and this many times more than any other country. */
const HOME_MIN = 3;
const HOME_DOMINANCE = 3;

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
  /** The one country a story is about, when it dominates every other (a domestic story). */
  homeCountry?: string;
  mediators?: { name: string; members: string[] };
  partyCounts: Map<string, number>;
  orgs: OrgRegistry;
}

const PERSON_RE =
  /(?:\p{Lu}\p{Ll}+)(?:[ \u00a0](?:(?:al|el|bin|ibn|de|van|von|der|den|da|di|du|le|la)[- ]){0,2}\p{Lu}[\p{L}’'-]*\p{Ll}[\p{L}’'-]*)+/gu;

/** Particles a surname keeps ("von der Leyen", "al-Thani", "da Silva"), at the end of the given names. */
const NAME_PARTICLES = /(?:(?:al|el|bin|ibn|de|van|von|der|den|da|di|du|le|la)[ -]){1,2}$/i;

/**
 * "von der Leyen said": where a surname alone starts, with the particles that stand before it in
 * the text and in the person's full name (`given`, the full name without the surname).
 */
export function withParticles(text: string, at: number, given: string): number {
  const particles = NAME_PARTICLES.exec(given)?.[0] ?? "";
  if (!particles) return at;
  const before = text.slice(Math.max(0, at - particles.length), at);
  return before.toLowerCase() === particles.toLowerCase() ? at - particles.length : at;
}

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
    if (hasGazetteerName(words.join(" "))) continue;
    if (words.some((w) => PLACE_WORDS.test(w))) continue;
    const last = (words[words.length - 1] ?? "").replace(/[’']s$/u, "");
    if (ORG_HEAD.test(last) || OUTLET_HEAD.test(words.join(" "))) continue;
    const full = words.join(" ").replace(/[’']s$/u, "");
    out.push({ start: base + offset, end: base + offset + full.length, full, surname: surnameKey(last) });
  }
  return out;
}

export function surnameKey(word: string): string {
  return word.replace(/^(al|el)-/i, "").toLowerCase();
}

/** Surnames spelt two ways by different outlets (Zelenskyy/Zelenskiy, a typo) still meet. */
function sameSurname(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 5 || b.length < 5) return false;
  if (Math.abs(a.length - b.length) > 1) return false;
  const p = Math.min(a.length, b.length) - 2;
  return a.slice(0, Math.max(4, p)) === b.slice(0, Math.max(4, p));
}

function gazetteerMentions(text: string, base: number): Mention[] {
  const out: Mention[] = [];
  for (const { index: at, name } of gazetteerNames(text)) {
    const e = NAME_INDEX.get(name);
    if (!e) continue;
    const before = text.slice(Math.max(0, at - 20), at);
    const after = text.slice(at + name.length, at + name.length + 12);
    // "Jerusalem Post", "Washington-based think tank": part of another name.
    if (/^\s+(Post|Times|Journal|Free Beacon|Herald|Institute)\b/u.test(after) || /^-based\b/u.test(after)) continue;
    const asPlace = e.type === "metonym" && PLACE_PREP.test(before);
    out.push({
      start: base + at,
      end: base + at + name.length,
      text: name,
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
      if (!/\b(mediators?|intermediar(y|ies))\b/i.test(clause)) continue;
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
    // Pushed into a literal, not mapped: a `map` result's elements kind differs between an empty
    // and a filled list, and an empty one met late threw the readers' optimised code away.
    const out: Mention[] = [];
    for (const m of kept)
      out.push({
        start: m.start + base,
        end: m.end + base,
        text: m.text,
        party: m.party,
        kind: m.kind,
        asPlace: m.asPlace,
      });
    return out;
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
      let at = m.index ?? 0;
      if (out.some((o) => o.start <= at && o.end >= at + w.length)) continue;
      at = withParticles(text, at, rec.display.slice(0, rec.display.length - w.length));
      const end = (m.index ?? 0) + w.length;
      out.push({ start: at, end, text: text.slice(at, end), party, kind: "person", asPlace: false });
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

  // "the Government insists …" in a story about one country's politics: that country's government.
  const countries = [...partyCounts]
    .filter(([p]) => GAZETTEER.some((g) => g.canonical === p && g.kind === "country"))
    .sort((a, b) => b[1] - a[1]);
  const [top, second] = countries;
  const homeCountry = top && top[1] >= HOME_MIN && top[1] >= HOME_DOMINANCE * (second?.[1] ?? 0) ? top[0] : undefined;
  return { mentions, personParty, persons, dominantGroup, homeCountry, mediators, partyCounts, orgs };
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
      isCapitalised(w) ||
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
