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
