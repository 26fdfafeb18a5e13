// How a side is named in the positions section. In a story between one country's own bodies (a
// union and a company, a government and its opposition), the country as a side is its government:
// "US government", "Canadian government", not "United States" beside "Conservative Party".

import { GAZETTEER } from "./gazetteer";

/** A country that acts in at least this many sentences is a side of the story, not a passing mention. */
export const COUNTRY_SIDE_MIN = 1;

/** A short all-caps form ("US", "UK", "UAE") names a government better than the long name. */
const SHORT_FORM = /^[A-Z]{2,4}$/u;

export function governmentLabel(country: string): string {
  const e = GAZETTEER.find((g) => g.canonical === country && g.kind === "country");
  if (!e) return country;
  const short = e.names.find((n) => SHORT_FORM.test(n));
  const demonym = e.demonyms.find((d) => !/s$/u.test(d) || /ss$/u.test(d)) ?? e.demonyms[0];
  return `${short ?? demonym ?? country} government`;
}

/**
 * The display name of each side: countries become "<country> government" when only one country
 * acts in the story (a domestic story); otherwise every name is kept as it is. `actorCounts`: how
 * many sentences each side acts in (a joint actor "X and Y" counts for both).
 */
export function sideLabeller(actorCounts: Map<string, number>): (side: string) => string {
  const countries = new Set(GAZETTEER.filter((g) => g.kind === "country").map((g) => g.canonical));
  const sides = [...actorCounts].filter(([p, n]) => countries.has(p) && n >= COUNTRY_SIDE_MIN).map(([p]) => p);
  if (sides.length !== 1) return (side) => side;
  const only = sides[0] ?? "";
  const label = governmentLabel(only);
  return (side) => (side === only ? label : side);
}

/** A long name is one of at least this many words, hard to read when repeated ("International Association of Machinists and Aerospace Workers"); a short name ("Coastal Rivers Alliance") reads better than its acronym. */
export const LONG_NAME_WORDS = 5;

/**
 * The short form the sources themselves give a long name in brackets ("United Federation of Kiln
 * Workers (UFKW)"): an all-caps form whose first letter is the name's. A side is shown by it.
 */
export function bracketShortForm(name: string, texts: string[]): string | undefined {
  if (name.split(/\s+/u).length < LONG_NAME_WORDS) return undefined;
  const esc = name.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&").replace(/['’]/gu, "['’]");
  const rx = new RegExp(`${esc}\\s+\\(([A-Z][A-Z0-9]{1,6})\\)`, "u");
  for (const t of texts) {
    const m = rx.exec(t);
    if (m?.[1] && m[1][0] === name[0]) return m[1];
  }
  return undefined;
}
