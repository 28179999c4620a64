/**
 * The shipped form of a compiled index, about half the size of the index as JSON. What it leaves out
 * is rebuilt on load in one linear pass:
 * - postings (folded key → sentence ids) are derived from each sentence's keys, as appendReports
 *   builds them;
 * - keys and names are numbers into one vocabulary, most frequent first (short numbers);
 * - a sentence's entities are its "@" keys, so they are not stored;
 * - empty lists and null fields of a sentence's features are left out and restored as empty/null;
 * - figures and dates are tuples instead of objects with repeated field names.
 * `unpackIndex(packIndex(index))` equals `index`; the unit tests hold it to that on the corpus.
 */
import type { CorpusIndex, IndexedReport, IndexedSentence, IndexVocab } from './compile-corpus';
import type { DateSpan, Figure, SentenceFeatures } from '../match/sentence-features';
import { foldSynonym } from '../match/lexicon';

/** [text, low, high, value, unit, scope, event?, bound?]: bound keys are vocabulary numbers. */
type PackedFigure = [string, number, number | null, number, string | null, string | null, (string | null)?, number[]?];
/** [text, from, to, kind (0 point, 1 since), start]. */
type PackedDate = [string, string, string, 0 | 1, number];

/** Features other than keys and entities, each present only when not empty/null. */
type PackedFeatures = {
  n?: number[];
  fi?: PackedFigure[];
  d?: PackedDate[];
  fr?: SentenceFeatures['frames'];
  st?: SentenceFeatures['stances'];
  c?: NonNullable<SentenceFeatures['control']>;
  o?: NonNullable<SentenceFeatures['onset']>;
  sp?: string;
  ng?: string[];
};

/** [report position, text, key numbers, other features when any]. */
type PackedSentence = [number, string, number[], PackedFeatures?];

export type PackedIndex = {
  version: 3;
  reports: IndexedReport[];
  vocab: string[];
  sentences: PackedSentence[];
  avgKeys: number;
};

export function packIndex(index: CorpusIndex): PackedIndex {
  const counts = new Map<string, number>();
  const count = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
  for (const s of index.sentences) {
    for (const k of s.f.keys) count(k);
    for (const k of s.f.names) count(k);
    for (const fig of s.f.figures) for (const k of fig.bound ?? []) count(k);
  }
  const vocab = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k]) => k);
  const id = new Map(vocab.map((k, i) => [k, i]));
  const ids = (keys: string[]) => keys.map((k) => id.get(k)!);
  const sentences = index.sentences.map((s): PackedSentence => {
    const f = s.f;
    const p: PackedFeatures = {};
    if (f.names.length) p.n = ids(f.names);
    if (f.figures.length) p.fi = f.figures.map(packFigure(ids));
    if (f.dates.length) p.d = f.dates.map((d) => [d.text, d.from, d.to, d.kind === 'since' ? 1 : 0, d.start]);
    if (f.frames.length) p.fr = f.frames;
    if (f.stances.length) p.st = f.stances;
    if (f.control) p.c = f.control;
    if (f.onset) p.o = f.onset;
    if (f.speaker !== null) p.sp = f.speaker;
    if (f.negated?.length) p.ng = f.negated;
    return Object.keys(p).length ? [s.r, s.text, ids(f.keys), p] : [s.r, s.text, ids(f.keys)];
  });
  return { version: 3, reports: index.reports, vocab, sentences, avgKeys: index.avgKeys };
}

function packFigure(ids: (keys: string[]) => number[]) {
  return (x: Figure): PackedFigure => {
    const out: PackedFigure = [x.text, x.low, x.high, x.value, x.unit, x.scope];
    if (x.event !== undefined || x.bound) out.push(x.event ?? null);
    if (x.bound) out.push(ids(x.bound));
    return out;
  };
}

/**
 * The index analyze() and update-index.ts work on, from its packed form. Sentences stay packed in
 * memory: a sentence's keys and features are made from its packed form when asked for, so the heap
 * holds each sentence's text, its key numbers in one shared typed array, its sparse features as one
 * short JSON string, and one small object, instead of eleven fields and their arrays per sentence.
 * Callers that need only keys ask `sentenceKeys` (or read `keyIds` with `index.vocab`), which does
 * not build the rest; analyze() builds full features only for the sentences it compares.
 */
export function unpackIndex(packed: PackedIndex): CorpusIndex {
  const { vocab } = packed;
  const keysOf = (ns: ArrayLike<number>) => Array.from(ns, (n) => vocab[n]!);
  // Every sentence's key numbers in one typed array (two bytes a key while the vocabulary allows),
  // instead of an array object per sentence.
  let total = 0;
  for (const s of packed.sentences) total += s[2].length;
  const allKeys = vocab.length <= 0x10000 ? new Uint16Array(total) : new Uint32Array(total);
  const starts = new Uint32Array(packed.sentences.length + 1);
  let at = 0;
  for (const [sid, s] of packed.sentences.entries()) {
    starts[sid] = at;
    allKeys.set(s[2], at);
    at += s[2].length;
  }
  starts[packed.sentences.length] = at;

  class PackedSentence implements IndexedSentence {
    constructor(
      readonly r: number,
      readonly text: string,
      private readonly sid: number,
      /** The packed features as JSON text: one short string takes a third of the objects and arrays JSON.parse made of them. */
      private readonly p: string | undefined,
    ) {}

    get keyIds(): ArrayLike<number> {
      return allKeys.subarray(starts[this.sid]!, starts[this.sid + 1]!);
    }

    get keys(): string[] {
      return keysOf(this.keyIds);
    }

    get f(): SentenceFeatures {
      const p = this.p ? (JSON.parse(this.p) as PackedFeatures) : {};
      const keys = keysOf(this.keyIds);
      const f: SentenceFeatures = {
        keys,
        entities: keys.filter((k) => k.startsWith('@')).map((k) => k.slice(1)),
        names: p.n ? keysOf(p.n) : [],
        figures: (p.fi ?? []).map(([t, low, high, value, unit, scope, event, bound]) => {
          const fig: Figure = { text: t, low, high, value, unit, scope };
          if (event !== undefined && event !== null) fig.event = event;
          if (bound) fig.bound = keysOf(bound);
          return fig;
        }),
        dates: (p.d ?? []).map(([t, from, to, kind, start]): DateSpan => ({ text: t, from, to, kind: kind ? 'since' : 'point', start })),
        frames: p.fr ?? [],
        stances: p.st ?? [],
        control: p.c ?? null,
        onset: p.o ?? null,
        speaker: p.sp ?? null,
      };
      if (p.ng) f.negated = p.ng;
      return f;
    }

    /** As a compiled sentence, so an unpacked index serialises like the index it came from. */
    toJSON(): { r: number; text: string; f: SentenceFeatures } {
      return { r: this.r, text: this.text, f: this.f };
    }
  }

  // Postings by folded key number, each sentence counted once per folded key (`seen` holds the last
  // sentence counted for a key). Lists are counted first and allocated at their exact length: lists
  // grown by push keep spare capacity, which on a large corpus is most of their memory.
  const foldedNames: string[] = [];
  const foldedId = new Map<string, number>();
  const fold = new Int32Array(vocab.length);
  for (const [i, k] of vocab.entries()) {
    const folded = foldSynonym(k);
    let id = foldedId.get(folded);
    if (id === undefined) {
      id = foldedNames.length;
      foldedNames.push(folded);
      foldedId.set(folded, id);
    }
    fold[i] = id;
  }
  const seen = new Int32Array(foldedNames.length).fill(-1);
  const lengths = new Int32Array(foldedNames.length);
  for (const [sid, [, , keyIds]] of packed.sentences.entries()) {
    for (const n of keyIds) {
      const k = fold[n]!;
      if (seen[k] !== sid) lengths[k]!++;
      seen[k] = sid;
    }
  }
  // V8 stores an array created longer than about 100,000 as a dictionary; such lists grow instead.
  const lists: number[][] = Array.from(lengths, (n) => (n <= 50_000 ? new Array<number>(n) : []));
  const filled = new Int32Array(foldedNames.length);
  seen.fill(-1);
  const sentences: IndexedSentence[] = packed.sentences.map(([r, text, keyIds, p], sid) => {
    for (const n of keyIds) {
      const k = fold[n]!;
      if (seen[k] === sid) continue;
      seen[k] = sid;
      lists[k]![filled[k]!++] = sid;
    }
    return new PackedSentence(r, text, sid, p ? JSON.stringify(p) : undefined);
  });
  const postings = Object.create(null) as Record<string, number[]>;
  for (const [k, list] of lists.entries()) if (list.length) postings[foldedNames[k]!] = list;
  const index: CorpusIndex = { version: 2, reports: packed.reports.map((r) => ({ ...r })), sentences, postings, avgKeys: packed.avgKeys };
  // Not enumerable: the unpacked index still serialises, and compares, as the compiled one.
  const vocabulary: IndexVocab = { keys: vocab, folded: fold, foldedKeys: foldedNames, foldedId };
  Object.defineProperty(index, 'vocab', { value: vocabulary, enumerable: false });
  return index;
}
