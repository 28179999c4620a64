/**
 * A small suffix-stripping stemmer. Porter's full algorithm over-conflates proper nouns; this one only
 * folds the inflections that make two reports of one fact look different ("trained"/"training",
 * "soldiers"/"soldier", "liberated"/"liberate").
 */
import { toAmerican } from './spelling';

const IRREGULAR: Record<string, string> = {
  began: 'begin', begun: 'begin', begins: 'begin', beginning: 'begin',
  fought: 'fight', sent: 'send', said: 'say', says: 'say', told: 'tell', took: 'take', taken: 'take',
  gave: 'give', given: 'give', seen: 'see', saw: 'see', held: 'hold', led: 'lead', made: 'make',
  killed: 'kill', died: 'die', dead: 'die', death: 'die', deaths: 'die', men: 'man', women: 'woman',
  children: 'child', people: 'people', news: 'news', has: 'have', had: 'have', was: 'be', were: 'be',
  is: 'be', are: 'be', been: 'be', being: 'be', am: 'be', did: 'do', does: 'do', done: 'do',
  went: 'go', gone: 'go', won: 'win', lost: 'lose', left: 'leave', met: 'meet', struck: 'strike',
  brought: 'bring', thought: 'think', caught: 'catch', bought: 'buy', spoke: 'speak', spoken: 'speak',
};

/** Verbs (and their nouns) that end in -ply: the adverb rule must leave them whole. */
const LY_VERBS = /^(supply|apply|reply|comply|imply|multiply)$/;

export function stem(word: string): string {
  let w = toAmerican(word);
  const irregular = IRREGULAR[w];
  if (irregular) return irregular;
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2);
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('es') && /(ch|sh|x|ss|zz)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w) && w.length > 3) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ied') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('ed') && w.length > 4) w = undouble(w.slice(0, -2));
  // Adverbs ("largely", "sharply"); "supply", "apply", "reply" are verbs whose -ly is their own.
  else if (w.endsWith('ly') && w.length > 5 && !LY_VERBS.test(w)) w = w.slice(0, -2);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

function undouble(w: string): string {
  return /([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|zz)$/.test(w) ? w.slice(0, -1) : w;
}
