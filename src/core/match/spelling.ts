/**
 * British and Commonwealth spellings folded to American ones before stemming, so that a report from a
 * London or Sydney outlet meets a report from Washington: "mobilised" / "mobilized", "defence" /
 * "defense", "neighbouring" / "neighboring", "centre" / "center", "travelled" / "traveled". The rules
 * are the regular spelling patterns; a word that only looks like one ("devour" → "devor") maps to a
 * key no American word has, so the folding can merge two spellings of one word but not two words.
 */
const WORDS: Record<string, string> = {
  defence: 'defense', offence: 'offense', licence: 'license', pretence: 'pretense',
  programme: 'program', programmes: 'programs', grey: 'gray', plough: 'plow', mould: 'mold',
  manoeuvre: 'maneuver', manoeuvres: 'maneuvers', manoeuvred: 'maneuvered', sceptic: 'skeptic',
  sceptical: 'skeptical', scepticism: 'skepticism', ageing: 'aging', judgement: 'judgment',
  acknowledgement: 'acknowledgment', kerb: 'curb', storey: 'story', whilst: 'while', amongst: 'among',
  // Not the British spelling of anything: "timber" is another word.
  timbre: 'timbre',
};

/**
 * Bases whose final l is doubled before a suffix: by Britain only ("travelled", "fuelling"), or by
 * both ("controlled", "patrolled"). Either way the base ends in one l, which the stemmer, keeping the
 * ll of "filled" and "called", cannot tell.
 */
const SINGLE_L = /^(travel|cancel|label|model|fuel|signal|level|counsel|marshal|channel|tunnel|quarrel|equal|dial|total|jewel|duel|shovel|devil|bedevil|pencil|rival|panel|funnel|marvel|unravel|grovel|libel|refuel|initial|snorkel|chisel|control|patrol|compel|expel|propel|rebel|excel|repel|dispel|annul|extol|instil|distil|fulfil|enrol)l(ed|ing|er|ers)$/;

export function toAmerican(word: string): string {
  const w = word.toLowerCase();
  const known = WORDS[w];
  if (known) return known;
  let m = SINGLE_L.exec(w);
  if (m) return m[1]! + m[2]!;
  // neighbour, behaviour, labourers, favourite, honourable, rumoured (not four, tour, your, hour).
  m = /^([a-z]{2,}[^aeiou]|[a-z]{2,}i)our(s|ed|ing|ite|ites|able|ably|ful|hood|hoods|less|er|ers)?$/.exec(w);
  if (m && w.length >= 6) return m[1]! + 'or' + (m[2] ?? '');
  // mobilise, recognised, organising, organisation(s), criticiser; analyse, paralysed. The stem before
  // "-is" decides, so every form of one word folds alike ("praise", "praised", "praising"), and short
  // ones stay ("raise", "arise", "noise").
  m = /^([a-z]{3,})(is|ys)(e|es|ed|ing|ation|ations|er|ers)$/.exec(w);
  if (m) return m[1]! + (m[2] === 'is' ? 'iz' : 'yz') + m[3]!;
  // centre, theatre, metres, centred, fibre, calibre, sombre (not genre, acre, ogre).
  m = /^([a-z]{2,})(t|b)re(s|d)?$/.exec(w);
  if (m) return m[1]! + m[2]! + 'er' + (m[3] === 'd' ? 'ed' : (m[3] ?? ''));
  return w;
}
