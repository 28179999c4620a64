/**
 * A general gazetteer: countries, their demonyms, capitals, seats of government used as metonyms,
 * national intelligence and security services ("HUR", "NIS", "FSB") and
 * official abbreviations, folded to one code. It is about the world, not about any one story.
 */
const GAZETTEER: Record<string, string[]> = {
  // Headline abbreviations too: "N. Korean troops", "S. Korea's spy agency".
  PRK: ['north korea', 'north korean', 'north koreans', 'n korea', 'n korean', 'n koreans', 'dprk', 'pyongyang', "democratic people's republic of korea"],
  KOR: ['south korea', 'south korean', 'south koreans', 's korea', 's korean', 's koreans', 'seoul', 'republic of korea', 'rok', 'nis'],
  // Regions that contain "America" are not the United States.
  AMERICAS: ['south america', 'latin america', 'central america', 'north america', 'south american', 'latin american', 'central american', 'north american'],
  USA: ['united states', 'u.s', 'u.s.a', 'usa', 'us', 'america', 'american', 'americans', 'washington', 'white house', 'pentagon', 'united states of america', 'cia'],
  RUS: ['russia', 'russian', 'russians', 'moscow', 'kremlin', 'russian federation', 'fsb', 'gru'],
  UKR: ['ukraine', 'ukrainian', 'ukrainians', 'kyiv', 'kiev', 'hur', 'gur', 'sbu'],
  CHN: ['china', 'chinese', 'beijing', 'prc'],
  GBR: ['britain', 'british', 'united kingdom', 'uk', 'u.k', 'london', 'downing street'],
  FRA: ['france', 'french', 'paris', 'elysee', 'élysée'],
  DEU: ['germany', 'german', 'germans', 'berlin'],
  JPN: ['japan', 'japanese', 'tokyo'],
  IRN: ['iran', 'iranian', 'iranians', 'tehran'],
  ISR: ['israel', 'israeli', 'israelis', 'jerusalem'],
  IND: ['india', 'indian', 'indians', 'new delhi'],
  TUR: ['turkey', 'turkish', 'ankara', 'turkiye', 'türkiye'],
  BLR: ['belarus', 'belarusian', 'minsk'],
  POL: ['poland', 'polish', 'warsaw'],
  SYR: ['syria', 'syrian', 'syrians', 'damascus'],
  EU: ['european union', 'eu', 'brussels'],
  NATO: ['nato', 'north atlantic treaty organization', 'north atlantic treaty organisation'],
  // More countries; capitals that name treaties and conventions ("the Ottawa treaty", "the Treaty of
  // Rome", "the Hague convention", "the Doha round") are left out, so a treaty's name stays a name.
  PAK: ['pakistan', 'pakistani', 'pakistanis', 'islamabad'],
  AFG: ['afghanistan', 'afghan', 'afghans', 'kabul'],
  SAU: ['saudi arabia', 'saudi', 'saudis', 'riyadh'],
  EGY: ['egypt', 'egyptian', 'egyptians', 'cairo'],
  IRQ: ['iraq', 'iraqi', 'iraqis', 'baghdad'],
  LBN: ['lebanon', 'lebanese', 'beirut'],
  QAT: ['qatar', 'qatari'],
  YEM: ['yemen', 'yemeni', 'yemenis', 'sanaa'],
  SDN: ['sudan', 'sudanese', 'khartoum'],
  ITA: ['italy', 'italian', 'italians'],
  ESP: ['spain', 'spanish', 'madrid'],
  NLD: ['netherlands', 'dutch'],
  SWE: ['sweden', 'swedish', 'swedes', 'stockholm'],
  FIN: ['finland', 'finnish', 'finns', 'helsinki'],
  NOR: ['norway', 'norwegian', 'norwegians', 'oslo'],
  DNK: ['denmark', 'danish', 'danes', 'copenhagen'],
  HUN: ['hungary', 'hungarian', 'hungarians', 'budapest'],
  ROU: ['romania', 'romanian', 'romanians', 'bucharest'],
  GRC: ['greece', 'greek', 'greeks', 'athens'],
  ARM: ['armenia', 'armenian', 'armenians', 'yerevan'],
  AZE: ['azerbaijan', 'azerbaijani', 'azerbaijanis', 'baku'],
  CAN: ['canada', 'canadian', 'canadians'],
  MEX: ['mexico', 'mexican', 'mexicans'],
  BRA: ['brazil', 'brazilian', 'brazilians', 'brasilia'],
  AUS: ['australia', 'australian', 'australians', 'canberra'],
  VNM: ['vietnam', 'vietnamese', 'hanoi'],
  ETH: ['ethiopia', 'ethiopian', 'ethiopians', 'addis ababa'],
  ERI: ['eritrea', 'eritrean', 'eritreans', 'asmara'],
  SOM: ['somalia', 'somali', 'somalis', 'mogadishu'],
  PHL: ['philippines', 'philippine', 'filipino', 'filipinos', 'manila'],
  TWN: ['taiwan', 'taiwanese', 'taipei'],
  CUB: ['cuba', 'cuban', 'cubans'],
  VEN: ['venezuela', 'venezuelan', 'venezuelans', 'caracas'],
  KEN: ['kenya', 'kenyan', 'kenyans', 'nairobi'],
  NGA: ['nigeria', 'nigerian', 'nigerians', 'abuja'],
  COL: ['colombia', 'colombian', 'colombians', 'bogota', 'bogotá'],
  THA: ['thailand', 'thai', 'thais', 'bangkok'],
  MMR: ['myanmar', 'burmese', 'burma', 'naypyidaw'],
  HTI: ['haiti', 'haitian', 'haitians', 'port-au-prince'],
  MKD: ['north macedonia', 'skopje'],
  IDN: ['indonesia', 'indonesian', 'indonesians', 'jakarta'],
  SGP: ['singapore', 'singaporean', 'singaporeans'],
  ARG: ['argentina', 'argentine', 'argentinian', 'argentines', 'buenos aires'],
  ZAF: ['south africa', 'south african', 'south africans', 'pretoria'],
  ARE: ['united arab emirates', 'uae', 'emirati', 'emiratis', 'abu dhabi'],
  MLI: ['mali', 'malian', 'malians', 'bamako'],
  RWA: ['rwanda', 'rwandan', 'rwandans', 'kigali'],
  LBY: ['libya', 'libyan', 'libyans', 'tripoli'],
  TUN: ['tunisia', 'tunisian', 'tunisians', 'tunis'],
  UN: ['united nations', 'un', 'u.n'],
};

/**
 * Heads of state and government, and the ministers and spokespeople who speak for them, by full name
 * (and a surname that is unambiguous in world news): who they speak for is world knowledge, like a
 * capital. "Peskov declined to comment" is the Kremlin declining to comment.
 */
const PEOPLE: Record<string, string[]> = {
  RUS: ['vladimir putin', 'putin', 'dmitry peskov', 'peskov', 'sergei lavrov', 'lavrov', 'sergei shoigu', 'shoigu', 'valery gerasimov', 'gerasimov', 'andrei belousov', 'maria zakharova', 'zakharova', 'mikhail mishustin'],
  UKR: ['volodymyr zelensky', 'volodymyr zelenskyy', 'zelensky', 'zelenskyy', 'oleksandr syrskyi', 'syrskyi', 'rustem umerov', 'andrii sybiha', 'denys shmyhal', 'dmytro kuleba', 'kuleba'],
  PRK: ['kim jong un', 'kim jong-un', 'choe son hui', 'kim yo jong', 'kim yo-jong'],
  KOR: ['yoon suk yeol', 'yoon suk-yeol', 'lee jae-myung', 'lee jae myung', 'han duck-soo'],
  USA: ['joe biden', 'biden', 'donald trump', 'trump', 'antony blinken', 'blinken', 'marco rubio', 'rubio', 'lloyd austin', 'pete hegseth', 'hegseth', 'jake sullivan', 'john kirby', 'kamala harris'],
  CHN: ['xi jinping', 'wang yi', 'li qiang'],
  GBR: ['keir starmer', 'starmer', 'rishi sunak', 'david lammy'],
  FRA: ['emmanuel macron', 'macron'],
  DEU: ['olaf scholz', 'scholz', 'friedrich merz'],
  NATO: ['mark rutte', 'jens stoltenberg', 'stoltenberg'],
  // Heads of state and government often in the news, by full name only: a surname alone may be a relative's or a rival's ("Bilal Erdogan", "Erdogan's rival").
  TUR: ['recep tayyip erdogan', 'recep tayyip erdoğan', 'hakan fidan'],
  HUN: ['viktor orban', 'viktor orbán'],
  ISR: ['benjamin netanyahu', 'isaac herzog'],
  IND: ['narendra modi', 'subrahmanyam jaishankar'],
  JPN: ['fumio kishida', 'shigeru ishiba'],
  IRN: ['masoud pezeshkian', 'ali khamenei', 'abbas araghchi'],
  AZE: ['ilham aliyev'],
  ARM: ['nikol pashinyan'],
  BLR: ['alexander lukashenko', 'alexander lukashenka'],
  POL: ['andrzej duda', 'donald tusk'],
  ITA: ['giorgia meloni'],
  ESP: ['pedro sánchez', 'pedro sanchez'],
  BRA: ['lula da silva'],
  ARG: ['javier milei'],
  MEX: ['claudia sheinbaum', 'lópez obrador', 'lopez obrador'],
  CAN: ['justin trudeau', 'mark carney'],
  AUS: ['anthony albanese'],
  VEN: ['nicolás maduro', 'nicolas maduro'],
  SAU: ['mohammed bin salman'],
  EGY: ['abdel fattah el-sisi', 'abdel fattah al-sisi'],
  SYR: ['bashar al-assad', 'ahmed al-sharaa'],
  ETH: ['abiy ahmed'],
  KEN: ['william ruto'],
  RWA: ['paul kagame'],
  ZAF: ['cyril ramaphosa'],
  SWE: ['ulf kristersson'],
  FIN: ['petteri orpo', 'alexander stubb', 'sauli niinistö', 'sauli niinisto'],
};

const LOOKUP = new Map<string, string>();
for (const [code, names] of Object.entries(GAZETTEER)) for (const n of names) LOOKUP.set(n, code);
const PERSON = new Map<string, string>();
for (const [code, names] of Object.entries(PEOPLE)) for (const n of names) PERSON.set(n, code);

/**
 * Whom a named person speaks for, from the words ending at `end` (exclusive): "Dmitry Peskov" or
 * "Peskov" → "RUS". People are not folded into the country when words are compared: "Putin" and
 * "Russia" say different things about who acted. They only tell whose stance a sentence reports.
 */
export function personEntity(words: string[], end: number): string | null {
  for (const n of [3, 2, 1]) {
    if (end - n < 0) continue;
    const code = PERSON.get(words.slice(end - n, end).join(' ').toLowerCase().replace(/[’']s$/, ''));
    if (code) return code;
  }
  return null;
}

/** Whom a full name or unambiguous surname speaks for, exactly as written ("Vladimir Putin" → "RUS"); null otherwise. */
/** The full names (two words or more) of the people whose party is known, lower-case. */
export function fullPersonNames(): string[] {
  return [...PERSON.keys()].filter((n) => n.includes(' '));
}

export function personCode(name: string): string | null {
  return PERSON.get(name.toLowerCase().replace(/[’']s$/, '')) ?? null;
}

/** Abbreviations that are also ordinary words ("us", "un") count only when written in capitals. */
const CAPS_ONLY = new Set(['us', 'un', 'uk', 'eu', 'rok', 'prc', 'usa', 'dprk', 'nato', 'nis', 'hur', 'gur', 'gru', 'fsb', 'sbu', 'cia']);

/** First words of every alias, so most words are ruled out with one lookup. */
const FIRST_WORDS = new Set([...LOOKUP.keys()].map((n) => n.split(' ')[0]!));

/** Whether a word can open an entity name; tokenising asks this before trying longer runs. */
export function mayOpenEntity(word: string): boolean {
  return FIRST_WORDS.has(word.replace(/’/g, "'").replace(/'s$/i, '').replace(/\.$/, '').toLowerCase());
}

/** The entity code for a run of words, or null. */
export function entityOf(words: string[]): string | null {
  const joined = words.map((w) => w.replace(/’/g, "'").replace(/'s$/i, '').replace(/\.$/, '')).join(' ');
  const key = joined.toLowerCase();
  const code = LOOKUP.get(key);
  if (!code) return null;
  if (CAPS_ONLY.has(key) && joined !== joined.toUpperCase()) return null;
  return code;
}

/** Display name of an entity code. */
export function entityName(code: string): string {
  const names: Record<string, string> = {
    PRK: 'North Korea', KOR: 'South Korea', USA: 'the United States', RUS: 'Russia', UKR: 'Ukraine', CHN: 'China',
    GBR: 'Britain', FRA: 'France', DEU: 'Germany', JPN: 'Japan', IRN: 'Iran', ISR: 'Israel', IND: 'India', TUR: 'Turkey',
    BLR: 'Belarus', POL: 'Poland', SYR: 'Syria', EU: 'the EU', NATO: 'NATO', UN: 'the UN',
    PAK: 'Pakistan', AFG: 'Afghanistan', SAU: 'Saudi Arabia', EGY: 'Egypt', IRQ: 'Iraq', LBN: 'Lebanon', QAT: 'Qatar', YEM: 'Yemen',
    SDN: 'Sudan', ITA: 'Italy', ESP: 'Spain', NLD: 'the Netherlands', SWE: 'Sweden', FIN: 'Finland', NOR: 'Norway', DNK: 'Denmark',
    HUN: 'Hungary', ROU: 'Romania', GRC: 'Greece', ARM: 'Armenia', AZE: 'Azerbaijan', CAN: 'Canada', MEX: 'Mexico', BRA: 'Brazil',
    AUS: 'Australia', VNM: 'Vietnam', PHL: 'the Philippines', TWN: 'Taiwan', CUB: 'Cuba', VEN: 'Venezuela', AMERICAS: 'the Americas', ETH: 'Ethiopia', ERI: 'Eritrea', SOM: 'Somalia',
  };
  return names[code.replace(/^@/, '')] ?? code;
}
