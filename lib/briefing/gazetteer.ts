// A general gazetteer: countries with their names, capitals used as metonyms, demonyms and
// seats of government, plus international organisations and armed groups that recur in news.
// It is world knowledge, not knowledge of any one story.

export type PartyKind = "country" | "organisation" | "group";

export interface GazetteerEntry {
  canonical: string;
  kind: PartyKind;
  /** Names that denote the party wherever they stand. */
  names: string[];
  /** Capitals and seats: a party only when not the object of a place preposition ("talks in Doha"). */
  metonyms: string[];
  /** Adjectives/nouns of nationality: "Israeli official", "Ukrainian negotiators". */
  demonyms: string[];
}

// canonical | names | capitals & seats of power | demonyms
const COUNTRIES = `
United States|United States;U.S.;US;USA;U.S.A.;America;the Americans;Trump administration;Biden administration;United States European Command;EUCOM|Washington;White House;State Department;Pentagon;Treasury Department;Capitol Hill|American;Americans
United Kingdom|United Kingdom;U.K.;UK;Britain;Great Britain|London;Downing Street;Whitehall;Foreign Office|British;Briton;Britons
Russia|Russia;Russian Federation|Moscow;Kremlin;the Kremlin|Russian;Russians
Ukraine|Ukraine|Kyiv;Kiev|Ukrainian;Ukrainians
Israel|Israel;IDF;Israel Defense Forces;Israeli military;Israeli government|Jerusalem;Knesset|Israeli;Israelis
Palestinians|Palestinian Authority;PA;Palestine|Ramallah|Palestinian;Palestinians
Qatar|Qatar|Doha|Qatari;Qataris
Egypt|Egypt|Cairo|Egyptian;Egyptians
Saudi Arabia|Saudi Arabia|Riyadh|Saudi;Saudis
United Arab Emirates|United Arab Emirates;UAE;Emirates|Abu Dhabi|Emirati;Emiratis
Iran|Iran;Islamic Republic|Tehran|Iranian;Iranians
Iraq|Iraq|Baghdad|Iraqi;Iraqis
Syria|Syria|Damascus|Syrian;Syrians
Lebanon|Lebanon|Beirut|Lebanese
Jordan|Jordan|Amman|Jordanian;Jordanians
Turkey|Turkey;Türkiye|Ankara|Turkish;Turks
China|China;People's Republic of China;PRC|Beijing|Chinese
Taiwan|Taiwan|Taipei|Taiwanese
Japan|Japan|Tokyo|Japanese
South Korea|South Korea;Republic of Korea|Seoul|South Korean;South Koreans
North Korea|North Korea;DPRK|Pyongyang|North Korean;North Koreans
India|India|New Delhi;Delhi|Indian;Indians
Pakistan|Pakistan|Islamabad|Pakistani;Pakistanis
Afghanistan|Afghanistan|Kabul|Afghan;Afghans
France|France|Paris;Elysee;Élysée|French
Germany|Germany|Berlin|German;Germans
Italy|Italy|Rome|Italian;Italians
Spain|Spain|Madrid|Spanish
Poland|Poland|Warsaw|Polish;Poles
Belarus|Belarus|Minsk|Belarusian;Belarusians
Hungary|Hungary|Budapest|Hungarian;Hungarians
Netherlands|Netherlands;Holland|The Hague;Amsterdam|Dutch
Belgium|Belgium||Belgian;Belgians
Sweden|Sweden|Stockholm|Swedish;Swedes
Norway|Norway|Oslo|Norwegian;Norwegians
Finland|Finland|Helsinki|Finnish;Finns
Denmark|Denmark|Copenhagen|Danish;Danes
Greece|Greece|Athens|Greek;Greeks
Canada|Canada|Ottawa|Canadian;Canadians
Mexico|Mexico|Mexico City|Mexican;Mexicans
Brazil|Brazil|Brasilia;Brasília|Brazilian;Brazilians
Argentina|Argentina|Buenos Aires|Argentine;Argentinian;Argentinians
Venezuela|Venezuela|Caracas|Venezuelan;Venezuelans
Colombia|Colombia|Bogota;Bogotá|Colombian;Colombians
Australia|Australia|Canberra|Australian;Australians
New Zealand|New Zealand|Wellington|New Zealander;New Zealanders
South Africa|South Africa|Pretoria|South African;South Africans
Nigeria|Nigeria|Abuja|Nigerian;Nigerians
Kenya|Kenya|Nairobi|Kenyan;Kenyans
Ethiopia|Ethiopia|Addis Ababa|Ethiopian;Ethiopians
Sudan|Sudan|Khartoum|Sudanese
Libya|Libya|Tripoli|Libyan;Libyans
Yemen|Yemen|Sanaa|Yemeni;Yemenis
Armenia|Armenia|Yerevan|Armenian;Armenians
Azerbaijan|Azerbaijan|Baku|Azerbaijani;Azerbaijanis
Georgia|Georgia|Tbilisi|Georgian;Georgians
Serbia|Serbia|Belgrade|Serbian;Serbs
Kosovo|Kosovo|Pristina|Kosovar;Kosovars
Switzerland|Switzerland|Bern|Swiss
Austria|Austria|Vienna|Austrian;Austrians
Ireland|Ireland|Dublin|Irish
Portugal|Portugal|Lisbon|Portuguese
Indonesia|Indonesia|Jakarta|Indonesian;Indonesians
Philippines|Philippines|Manila|Filipino;Filipinos
Vietnam|Vietnam|Hanoi|Vietnamese
Thailand|Thailand|Bangkok|Thai
Myanmar|Myanmar;Burma|Naypyidaw|Burmese
Bangladesh|Bangladesh|Dhaka|Bangladeshi;Bangladeshis
Cambodia|Cambodia|Phnom Penh|Cambodian;Cambodians
Malaysia|Malaysia|Kuala Lumpur;Putrajaya|Malaysian;Malaysians
Singapore|Singapore||Singaporean;Singaporeans
Laos|Laos|Vientiane|Laotian;Lao
Sri Lanka|Sri Lanka|Colombo|Sri Lankan;Sri Lankans
Nepal|Nepal|Kathmandu|Nepali;Nepalese
Kazakhstan|Kazakhstan|Astana|Kazakh;Kazakhs
Uzbekistan|Uzbekistan|Tashkent|Uzbek;Uzbeks
Mongolia|Mongolia|Ulaanbaatar|Mongolian;Mongolians
Marshall Islands|Marshall Islands|Majuro|Marshallese
Maldives|Maldives||Maldivian;Maldivians
Fiji|Fiji|Suva|Fijian;Fijians
Tuvalu|Tuvalu||Tuvaluan
Vanuatu|Vanuatu||
Papua New Guinea|Papua New Guinea|Port Moresby|
Sierra Leone|Sierra Leone|Freetown|Sierra Leonean;Sierra Leoneans
Ghana|Ghana|Accra|Ghanaian;Ghanaians
Senegal|Senegal|Dakar|Senegalese
Tanzania|Tanzania|Dodoma|Tanzanian;Tanzanians
Uganda|Uganda|Kampala|Ugandan;Ugandans
Rwanda|Rwanda|Kigali|Rwandan;Rwandans
Democratic Republic of Congo|Democratic Republic of Congo;Democratic Republic of the Congo;DR Congo;DRC|Kinshasa|Congolese
Somalia|Somalia|Mogadishu|Somali;Somalis
Morocco|Morocco|Rabat|Moroccan;Moroccans
Algeria|Algeria|Algiers|Algerian;Algerians
Tunisia|Tunisia|Tunis|Tunisian;Tunisians
Zimbabwe|Zimbabwe|Harare|Zimbabwean;Zimbabweans
Mozambique|Mozambique|Maputo|Mozambican;Mozambicans
Bolivia|Bolivia|La Paz|Bolivian;Bolivians
Peru|Peru|Lima|Peruvian;Peruvians
Chile|Chile||Chilean;Chileans
Ecuador|Ecuador|Quito|Ecuadorian;Ecuadorians
Cuba|Cuba|Havana|Cuban;Cubans
Panama|Panama|Panama City|Panamanian;Panamanians
Barbados|Barbados|Bridgetown|Barbadian;Barbadians
Haiti|Haiti|Port-au-Prince|Haitian;Haitians
Oman|Oman|Muscat|Omani;Omanis
Kuwait|Kuwait|Kuwait City|Kuwaiti;Kuwaitis
Bahrain|Bahrain|Manama|Bahraini;Bahrainis
Cyprus|Cyprus|Nicosia|Cypriot;Cypriots
Romania|Romania|Bucharest|Romanian;Romanians
Bulgaria|Bulgaria||Bulgarian;Bulgarians
Czech Republic|Czech Republic;Czechia|Prague|Czech;Czechs
Slovakia|Slovakia|Bratislava|Slovak;Slovaks
Croatia|Croatia|Zagreb|Croatian;Croatians
Moldova|Moldova|Chisinau|Moldovan;Moldovans
Lithuania|Lithuania|Vilnius|Lithuanian;Lithuanians
Latvia|Latvia|Riga|Latvian;Latvians
Estonia|Estonia|Tallinn|Estonian;Estonians
Iceland|Iceland|Reykjavik|Icelandic
Luxembourg|Luxembourg||
`;

// canonical | names | - | demonym-like adjectives
const ORGANISATIONS = `
organisation|NATO|NATO;Nato;North Atlantic Treaty Organization;the alliance|Brussels headquarters|
organisation|European Union|European Union;EU;European Commission;European Council;Council of the EU;the bloc;Brussels||
organisation|United Nations|United Nations;UN;U.N.;UN Security Council;Security Council;UN General Assembly;UNFCCC||
organisation|ASEAN|ASEAN;Asean;Association of Southeast Asian Nations||
organisation|UNRWA|UNRWA||
organisation|International Monetary Fund|International Monetary Fund;IMF||
organisation|World Bank|World Bank||
organisation|World Health Organization|World Health Organization;WHO||
organisation|International Criminal Court|International Criminal Court;ICC||
organisation|International Court of Justice|International Court of Justice;ICJ||
organisation|Red Cross|Red Cross;ICRC;Red Crescent||
organisation|African Union|African Union;AU||
organisation|OPEC|OPEC;OPEC+||
organisation|World Trade Organization|World Trade Organization;WTO||
organisation|IAEA|IAEA;International Atomic Energy Agency||
group|Hamas|Hamas||
group|Hezbollah|Hezbollah;Hizbollah||
group|Houthis|Houthis;Houthi;Ansar Allah||
group|Islamic Jihad|Islamic Jihad;Palestinian Islamic Jihad||
group|Taliban|Taliban||
group|Islamic State|Islamic State;ISIS;ISIL;Daesh||
group|PKK|PKK;Kurdistan Workers' Party||
group|al-Shabab|al-Shabab;Al-Shabaab||
group|Wagner|Wagner Group;Wagner||
`;

function parseTable(table: string, kindOf: (cols: string[]) => PartyKind, offset: number): GazetteerEntry[] {
  const out: GazetteerEntry[] = [];
  for (const line of table.split("\n")) {
    if (!line.trim()) continue;
    const cols = line.split("|");
    const list = (i: number) =>
      (cols[i + offset] ?? "")
        .split(";")
        .map((s) => s.trim())
        .filter(Boolean);
    out.push({
      canonical: (cols[offset] ?? "").trim(),
      kind: kindOf(cols),
      names: list(1),
      metonyms: list(2),
      demonyms: list(3),
    });
  }
  return out;
}

export const GAZETTEER: GazetteerEntry[] = [
  ...parseTable(COUNTRIES, () => "country", 0),
  ...parseTable(ORGANISATIONS, (c) => (c[0] === "group" ? "group" : "organisation"), 1),
];

/** Titles that, in international copy, belong to one government unless a country is named. */
export const TITLE_HOME: Array<[RegExp, string]> = [
  [/\bsecretary of state\b/i, "United States"],
  [/\b(treasury|defen[cs]e|commerce|homeland security) secretary\b/i, "United States"],
];

/** Generic nouns for an armed group: "the terror group", "the militants". */
export const GROUP_ANAPHORA =
  /^(?:the\s+)?(?:(?:terror|terrorist|militant|armed|islamist|palestinian|rebel|extremist|jihadist)\s+)?(?:group|organi[sz]ation|movement|militants|faction)$/i;

/** Words that make a capitalised phrase a newspaper or broadcaster, never a party. */
export const OUTLET_HEAD =
  /\b(Post|Times|News|Journal|Herald|Tribune|Guardian|Telegraph|Beacon|Gazette|Agency|Press|Reuters|Tass|TASS|Xinhua|Al Jazeera|CNN|BBC|NPR|ABC|CBS|NBC|Fox|Axios|Politico|Bloomberg|AFP|Associated Press|Channel \d+|Kan|Ynet|Haaretz)\b/u;

/** Head nouns that make a capitalised phrase an organisation ("Gaza Government Media Office"). */
export const ORG_HEAD =
  /^(Office|Ministry|Department|Foundation|Agency|Council|Command|Committee|Commission|Authority|Service|Services|Fund|Bank|Party|Union|Court|Tribunal|Parliament|Assembly|Senate|Corporation|Corp\.?|Inc\.?|Ltd\.?|Plc|LLC|Company|Co\.|Institute|Center|Centre|Association|Federation|Front|Movement|Brigades?|Army|Forces|Police|Board|Bureau|Organi[sz]ation|Group|University|Hospital|League|Coalition|Alliance|Network|Airlines?|Airways|Society|Trust|Confederation|Syndicate|Guild|Chamber|Motors|Holdings|Industries|Technologies|Pharmaceuticals|Logistics|Workers|Caucus)$/u;

/** Organisation heads of state bodies: a country named inside makes them that country's ("Russian Defense Ministry"). */
export const STATE_HEAD =
  /^(Office|Fund|Bank|Court|Ministry|Department|Agency|Council|Command|Committee|Commission|Authority|Service|Services|Parliament|Assembly|Senate|Army|Forces|Police|Board|Bureau|Guard)$/u;

/**
 * Lowercase nouns that introduce or stand for an organisation ("the union FNV Havens", "the
 * employers' association Deltalinqs"; later "the union" when the story names only one union).
 */
export const ORG_NOUN =
  "union|association|federation|confederation|company|firm|group|party|court|tribunal|ministry|department|agency|council|committee|commission|authority|regulator|watchdog|airline|carrier|bank|lender|insurer|operator|manufacturer|carmaker|automaker|retailer|broadcaster|charity|organi[sz]ation|coalition|alliance|league|movement|network|chain|startup|utility|developer|contractor|supplier|university|hospital|board|club|syndicate|guild|consortium|conglomerate|giant|police|army|militia";

export interface NameIndexEntry {
  entry: GazetteerEntry;
  type: "name" | "metonym" | "demonym";
}

/** Lookup by exact surface form (case-sensitive for short acronyms so "US" ≠ "us"). */
export function buildNameIndex(): Map<string, NameIndexEntry> {
  const m = new Map<string, NameIndexEntry>();
  for (const entry of GAZETTEER) {
    for (const n of entry.names) m.set(n, { entry, type: "name" });
    for (const n of entry.metonyms) m.set(n, { entry, type: "metonym" });
    for (const n of entry.demonyms) m.set(n, { entry, type: "demonym" });
  }
  return m;
}

export const NAME_INDEX = buildNameIndex();
/** Longest names first so "United Arab Emirates" wins over "United". */
export const NAME_LIST = [...NAME_INDEX.keys()].sort((a, b) => b.length - a.length);
