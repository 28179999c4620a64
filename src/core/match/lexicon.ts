/**
 * Approach B's paraphrase lexicon: words that news reports use interchangeably for one fact, folded to
 * one key after stemming. General newsroom vocabulary, not phrases of any one story.
 */
import { stem } from './stem';

const CLASSES: string[][] = [
  ['troop', 'soldier', 'force', 'personnel', 'unit', 'contingent', 'reinforcement', 'servicemen', 'serviceman', 'army', 'military'],
  ['send', 'deploy', 'dispatch', 'deployment', 'dispatched', 'mobilize', 'mobilise', 'station'],
  ['fight', 'combat', 'battle', 'engage', 'clash', 'fighting', 'hostility', 'fought', 'firefight', 'skirmish', 'gunfight'],
  ['supply', 'provide', 'give', 'deliver', 'furnish'],
  ['confirm', 'announce', 'acknowledge', 'state', 'declare'],
  ['concern', 'worry', 'alarm'],
  ['drone', 'uav', 'unmanned'],
  ['treaty', 'pact', 'agreement', 'accord', 'alliance'],
  ['defense', 'defence', 'security'],
  ['sign', 'conclude', 'ink'],
  ['ratify', 'ratification'],
  ['warn', 'caution', 'threaten'],
  ['kill', 'die', 'casualty', 'dead', 'death'],
  ['start', 'begin', 'launch'],
  ['retake', 'recapture', 'reclaim', 'regain', 'liberate', 'liberation', 'free'],
  // Not "capture": in war news it takes prisoners as often as ground ("captured two soldiers").
  ['seize', 'occupy', 'occupation', 'incursion', 'invade', 'invasion', 'advance', 'offensive'],
  ['question', 'comment', 'query'],
  ['evade', 'dodge', 'decline', 'refer', 'deflect'],
  ['region', 'oblast', 'province', 'territory', 'area'],
  ['train', 'training', 'teach', 'taught', 'instruct', 'skill', 'drill'],
  ['help', 'assist', 'aid', 'support'],
  ['spokesperson', 'spokesman', 'spokeswoman', 'press secretary'],
  ['minister', 'secretary'],
  ['visit', 'trip', 'travel'],
  ['success', 'succeed', 'effective'],
  ['integrate', 'integration'],
  ['language', 'linguistic'],
  ['meeting', 'summit', 'talk'],
  ['withdraw', 'cease', 'stop', 'halt', 'pull', 'leave', 'abandon', 'quit'],
  ['mediator', 'go-between', 'intermediary', 'broker'],
  ['thank', 'gratitude', 'grateful', 'appreciation'],
  ['footage', 'clip', 'video'],
  ['complete', 'finalize', 'finalise', 'finish'],
  ['barrier', 'obstacle', 'hurdle', 'gap', 'challenge', 'problem', 'difficulty', 'struggle'],
  ['hamper', 'hinder', 'impede', 'friction', 'hobble', 'bedevil'],
  ['coordination', 'coordinate', 'interoperability', 'interoperable'],
  ['mainly', 'primarily', 'predominantly'],
  ['mass', 'amass', 'gather', 'assemble', 'concentrate', 'muster'],
  ['role', 'capacity', 'function'],
  ['monitor', 'watch'],
  ['consider', 'mull', 'ponder'],
  ['reward', 'award', 'decorate', 'decoration', 'medal', 'honour', 'honor'],
];

const FOLD = new Map<string, string>();
for (const cls of CLASSES) {
  const head = '~' + stem(cls[0]!);
  for (const w of cls) FOLD.set(stem(w), head);
}

/** The paraphrase class of a key (stem), or the key itself. */
export function foldSynonym(key: string): string {
  return FOLD.get(key) ?? key;
}
