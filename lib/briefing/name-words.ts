// Name words shared by the party resolver and the organisation registry: the gazetteer's names
// as one pattern, and the capitalised words that start a title rather than a name.

import { NAME_LIST } from "./gazetteer";

export const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
export const NAME_RE = new RegExp(
  `(?<![\\p{L}\\p{N}.])(?:${NAME_LIST.map(escape).join("|")})(?![\\p{L}\\p{N}]|\\.[\\p{L}])`,
  "gu",
);
export const NAME_TEST = new RegExp(NAME_RE.source, "u");
/** Capitalised words that start a title, not a name. */
export const TITLE_WORDS = new Set(
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
