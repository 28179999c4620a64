/**
 * The shipped form of a compiled index, well under half the size of the index as JSON. What it leaves
 * out is rebuilt on load, or when asked for:
 * - postings (folded key → sentence ids) are derived from each sentence's keys, as appendReports
 *   builds them, in one linear pass, and the long lists kept compact (posting-lists.ts);
 * - keys are numbers into one vocabulary, most frequent first (short numbers);
 * - a sentence's other features (names, figures, dates, frames, stances, ...) are a pure function of
 *   its text and its report's date (`sentenceFeatures`), so they are not stored at all: they are made
 *   again for the few sentences an analysis compares. Storing them took a third of the index's memory.
 * `unpackIndex(packIndex(index))` equals `index`; the unit tests hold it to that on the corpus.
 */
import type { CorpusIndex, IndexedReport, IndexedSentence, IndexVocab, PostingList } from './compile-corpus';
import { compactLists } from './posting-lists';
import { sentenceFeatures, type SentenceFeatures } from '../match/sentence-features';
import { foldSynonym } from '../match/lexicon';

/** [report position, text, key numbers]. */
type PackedSentence = [number, string, number[]];

export type PackedIndex = {
  version: 4;
  reports: IndexedReport[];
  vocab: string[];
  sentences: PackedSentence[];
  avgKeys: number;
};

export function packIndex(index: CorpusIndex): PackedIndex {
  const counts = new Map<string, number>();
  for (const s of index.sentences) for (const k of s.f.keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  const vocab = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k]) => k);
  const id = new Map(vocab.map((k, i) => [k, i]));
  const sentences = index.sentences.map((s): PackedSentence => [s.r, s.text, s.f.keys.map((k) => id.get(k)!)]);
  return { version: 4, reports: index.reports, vocab, sentences, avgKeys: index.avgKeys };
}

/** How many sentences' features an unpacked index keeps made (under 1 KB each; an analysis compares a few hundred). */
export const RECENT_FEATURES = 1000;

/**
 * The index analyze() and update-index.ts work on, from its packed form. Sentences stay packed in
 * memory: the heap holds each sentence's text, its key numbers in one shared typed array, and one
 * small object, instead of eleven fields and their arrays per sentence. Callers that need only keys
 * ask `sentenceKeys` (or read `keyIds` with `index.vocab`), which does not build the rest; analyze()
 * asks for full features (`f`, made again from the text) only for the sentences it compares.
 */
export function unpackIndex(packed: PackedIndex): CorpusIndex {
  const { vocab } = packed;
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

  const PackedSentence = packedSentenceClass(vocab, allKeys, starts, packed.reports.map((r) => r.published));

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
  const sentences: IndexedSentence[] = packed.sentences.map(([r, text, keyIds], sid) => {
    for (const n of keyIds) {
      const k = fold[n]!;
      if (seen[k] === sid) continue;
      seen[k] = sid;
      lists[k]![filled[k]!++] = sid;
    }
    return new PackedSentence(r, text, sid);
  });
  const postings = Object.create(null) as Record<string, PostingList>;
  for (const [k, list] of compactLists(lists).entries()) if (list.length) postings[foldedNames[k]!] = list;
  const index: CorpusIndex = { version: 2, reports: packed.reports.map((r) => ({ ...r })), sentences, postings, avgKeys: packed.avgKeys };
  // Not enumerable: the unpacked index still serialises, and compares, as the compiled one.
  const vocabulary: IndexVocab = { keys: vocab, folded: fold, foldedKeys: foldedNames, foldedId };
  Object.defineProperty(index, 'vocab', { value: vocabulary, enumerable: false });
  return index;
}

/**
 * The class of an unpacked index's sentences. Made in a function of its own, so that its methods
 * keep alive only what they use: closures made inside unpackIndex would share, and keep, that
 * function's whole scope, the parsed packed index included.
 */
function packedSentenceClass(vocab: string[], allKeys: Uint16Array | Uint32Array, starts: Uint32Array, published: (string | null)[]) {
  const keysOf = (ns: ArrayLike<number>) => Array.from(ns, (n) => vocab[n]!);
  // The features last made, most recent last: analyses of one story compare mostly the same
  // sentences, so they are made once, while the cache stays a few megabytes at most. Features are
  // never modified by their users (a compiled index shares its feature objects the same way).
  const recent = new Map<number, SentenceFeatures>();

  return class PackedSentence implements IndexedSentence {
    constructor(
      readonly r: number,
      readonly text: string,
      private readonly sid: number,
    ) {}

    get keyIds(): ArrayLike<number> {
      return allKeys.subarray(starts[this.sid]!, starts[this.sid + 1]!);
    }

    get keys(): string[] {
      return keysOf(this.keyIds);
    }

    /** Made again from the text, exactly as compileCorpus made them (a pure function of text and date). */
    get f(): SentenceFeatures {
      let f = recent.get(this.sid);
      if (f) recent.delete(this.sid);
      else f = sentenceFeatures(this.text, published[this.r] ?? null);
      recent.set(this.sid, f);
      if (recent.size > RECENT_FEATURES) recent.delete(recent.keys().next().value!);
      return f;
    }

    /** As a compiled sentence, so an unpacked index serialises like the index it came from. */
    toJSON(): { r: number; text: string; f: SentenceFeatures } {
      return { r: this.r, text: this.text, f: this.f };
    }
  };
}
