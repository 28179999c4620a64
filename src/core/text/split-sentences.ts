import type { Sentence } from '../types';

/**
 * Sentence splitting on top of Intl.Segmenter (UAX #29): it is built into every browser we target and
 * into Node, so the content script pays zero bytes for it. UAX #29 knows nothing about abbreviations,
 * so it breaks after "U.S." in "the U.S. State Department" and after "Maj." in "Maj. Gen. Pat Ryder";
 * those false breaks are merged back here. It also breaks at every newline, which is right for
 * paragraphs and headlines but wrong for hard-wrapped prose, so a single newline inside a running
 * sentence is merged too.
 */

/** Abbreviations that are never the last word of a sentence in news copy (titles, ranks, "vs."). */
const ALWAYS_JOIN = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'maj', 'lt', 'col', 'capt', 'cmdr', 'cmdt', 'sgt', 'adm',
  'brig', 'cpl', 'pvt', 'sen', 'rep', 'reps', 'gov', 'pres', 'rev', 'hon', 'amb', 'supt', 'insp', 'mt',
  'ft', 'vs', 'approx', 'cf', 'eg', 'ie', 'fig', 'figs', 'vol', 'vols', 'art', 'ch', 'pp', 'dept',
  'govt', 'atty', 'secy', 'messrs', 'mme', 'mlle',
]);

/**
 * Abbreviations that can end a sentence ("...a rally in Nov."), joined only when what follows does
 * not look like the start of a new sentence.
 */
const MAYBE_JOIN = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'no', 'nos', 'inc', 'corp', 'ltd', 'co', 'bros', 'est', 'etc', 'al', 'mon', 'tue', 'tues', 'wed',
  'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'univ', 'intl', 'sr', 'jr', 'st', 'ave', 'blvd', 'sec',
]);

/** Capitalised words that usually open a sentence rather than continue a name ("U.S. The ..."). */
const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i',
  'you', 'his', 'her', 'their', 'our', 'my', 'your', 'but', 'and', 'or', 'so', 'yet', 'in', 'on',
  'at', 'for', 'with', 'after', 'before', 'as', 'if', 'when', 'while', 'although', 'though',
  'however', 'meanwhile', 'still', 'there', 'here', 'what', 'why', 'how', 'who', 'where', 'which',
  'some', 'many', 'most', 'no', 'not', 'one', 'two', 'three', 'according', 'also', 'since', 'both',
  'all', 'each', 'other', 'others', 'such', 'then', 'now', 'today', 'yesterday', 'earlier', 'later',
  'during', 'despite', 'under', 'by', 'from', 'to', 'of', 'instead', 'officials', 'experts',
]);

const TERMINAL_END = /[.!?…:;"”’)\]]$/;

type Span = { start: number; end: number };

let segmenter: Intl.Segmenter | null | undefined;

function getSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    try {
      segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('en', { granularity: 'sentence' }) : null;
    } catch {
      segmenter = null;
    }
  }
  return segmenter;
}

/**
 * V8's segmenter slows down sharply on long strings (a 900 kB text took minutes in Node 20, while
 * 1 kB pieces take microseconds), so it only ever sees one line, cut into pieces of at most this
 * many characters at a likely sentence end. A cut in the wrong place is a candidate break like any
 * other and is merged back by the abbreviation rules.
 */
const MAX_PIECE = 1000;

/** A sentence terminator with something after it on the same line: the only lines worth segmenting. */
const INNER_TERMINAL = /[.!?…。！？؟।۔‼⁇⁈⁉][^]*?\S/;

/** Raw candidate spans: UAX #29 breaks, or a punctuation/newline fallback where Intl.Segmenter is missing. */
function candidateSpans(text: string): Span[] {
  const out: Span[] = [];
  const seg = getSegmenter();
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    for (let a = lineStart; a < lineEnd; ) {
      const b = lineEnd - a <= MAX_PIECE ? lineEnd : cutPoint(text, a, a + MAX_PIECE);
      const piece = text.slice(a, b);
      if (!INNER_TERMINAL.test(piece)) {
        // Most lines of a page (headlines, menu items, one-sentence paragraphs) have no inner sentence
        // end; skipping the segmenter for them saves its fixed cost per call.
        pushTrimmed(text, a, b, out);
      } else if (seg) {
        for (const s of seg.segment(piece)) pushTrimmed(text, a + s.index, a + s.index + s.segment.length, out);
      } else {
        regexSpans(text, a, b, out);
      }
      a = b;
    }
    lineStart = lineEnd + 1;
  }
  return splitAtEllipses(text, out);
}

/** Where to cut an over-long line: after the last sentence end, else the last space, else anywhere. */
function cutPoint(text: string, from: number, limit: number): number {
  const chunk = text.slice(from, limit);
  let best = -1;
  const re = /[.!?…]["'”’)\]]*\s/g;
  for (let m = re.exec(chunk); m; m = re.exec(chunk)) best = m.index + m[0].length;
  if (best < chunk.length / 4) best = chunk.lastIndexOf(' ') + 1;
  if (best < chunk.length / 4) best = chunk.length;
  return from + best;
}

function regexSpans(text: string, from: number, to: number, out: Span[]): void {
  const piece = text.slice(from, to);
  const re = /[.!?]+["'”’)\]]*\s+/g;
  let at = 0;
  for (let m = re.exec(piece); m; m = re.exec(piece)) {
    const cut = m.index + m[0].length;
    pushTrimmed(text, from + at, from + cut, out);
    at = cut;
  }
  pushTrimmed(text, from + at, to, out);
}

function isSpace(code: number): boolean {
  // Whitespace as String.prototype.trim understands it, without allocating a substring.
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a)
    || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start, end });
}

/**
 * UAX #29 does not treat "…" as a sentence terminator. A bare ellipsis followed by a capitalised word
 * ends a sentence; a bracketed one "(…)" marks words left out of a quote and never does.
 */
function splitAtEllipses(text: string, spans: Span[]): Span[] {
  return splitAfter(text, spans, '…', /…["'”’]*(?=\s+["“‘']?[A-Z])/g, (at) => !(at > 0 && text[at - 1] === '('));
}

/**
 * Each span cut after every match of `re` (global) in it, where `cuts(at)` allows one starting at
 * text offset `at`; spans without `mark` are passed over unread.
 */
function splitAfter(text: string, spans: Span[], mark: string, re: RegExp, cuts: (at: number) => boolean = () => true): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const piece = text.slice(span.start, span.end);
    if (!piece.includes(mark)) { out.push(span); continue; }
    let from = span.start;
    re.lastIndex = 0;
    for (let m = re.exec(piece); m; m = re.exec(piece)) {
      const at = span.start + m.index;
      if (at > span.start && !cuts(at)) continue;
      pushTrimmed(text, from, at + m[0].length, out);
      from = at + m[0].length;
    }
    pushTrimmed(text, from, span.end, out);
  }
  return out;
}

/** Whether the break between `prev` and `next` (same line) is a false one after an abbreviation or initial. */
function isFalseBreak(prev: string, next: string): boolean {
  if (!prev.endsWith('.')) return false;
  const m = /(?:^|[\s(“"‘'[])([\p{L}.'’]+)\.$/u.exec(prev);
  if (!m) return false;
  const word = m[1]!;
  if (word.includes('..')) return false;
  const key = word.toLowerCase().replace(/\./g, '');
  const first = /^["“‘'(]*(\S+)/.exec(next)?.[1] ?? '';
  const startsLower = /^\p{Ll}/u.test(first);
  const startsDigit = /^\d/.test(first);
  const opener = SENTENCE_OPENERS.has(first.replace(/[^\p{L}]/gu, '').toLowerCase());
  if (ALWAYS_JOIN.has(key) && !word.includes('.')) return true;
  const dotted = /^(\p{L}\.)+\p{L}$/u.test(word); // U.S, U.N, a.m, p.m, e.g
  const initial = /^\p{Lu}$/u.test(word); // John F. Kennedy
  if (dotted || initial || MAYBE_JOIN.has(key)) {
    if (startsLower || startsDigit) return true;
    return !opener && /^\p{Lu}/u.test(first);
  }
  return false;
}

/** Whether a single newline between two pieces is a hard wrap inside a running sentence. */
function isWrappedLine(prev: string, next: string): boolean {
  return prev.length >= 40 && !TERMINAL_END.test(prev) && /^\p{Ll}/u.test(next);
}

function fallbackSplit(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^\n.!?]+[.!?]*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const span: Span[] = [];
    pushTrimmed(text, m.index, m.index + m[0].length, span);
    for (const s of span) out.push({ text: text.slice(s.start, s.end), start: s.start, end: s.end });
  }
  return out;
}

/**
 * A footnote mark after a sentence's end ("…a supplier.[1][2] In the autumn…") belongs to the sentence
 * it cites. UAX #29 breaks inside the first bracket ("supplier.[" / "1][2] In the autumn…") or before
 * it; the marks go back to the sentence before, and a piece made of marks alone is no sentence.
 */
const FOOTNOTE_TAIL = /^(?:\[?(?:\d{1,3}|[a-z])\])(?:\[(?:\d{1,3}|[a-z])\])*/;

/** A sentence without its footnote marks ("intelligence[7] put", "a supplier.[1][2]"), for reading it. */
export function withoutFootnoteMarks(sentence: string): string {
  // Glued to the word before and not to a word after: "[t]he state" and "section [2]" are text.
  return sentence.includes(']') ? sentence.replace(/(?<=\S)\[(?:\d{1,3}|[a-z]|edit|citation needed|note \d{1,3}|n \d{1,3})\](?![\p{L}\d])/gu, '') : sentence;
}

/** A sentence end, its footnote marks, and a capitalised word after them: a break UAX #29 does not make. */
const MARKED_END = /[.!?…]["”’)]?(?:\[(?:\d{1,3}|[a-z]|citation needed|note \d{1,3})\])+(?=\s+["“‘]?\p{Lu})/gu;

function keepFootnoteMarks(text: string, merged: Span[]): Span[] {
  const spans = splitAfter(text, merged, ']', MARKED_END);
  const out: Span[] = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    const head = text.slice(span.start, Math.min(span.end, span.start + 40));
    const m = prev && FOOTNOTE_TAIL.exec(head);
    const opened = m && (m[0].startsWith('[') ? /[.!?…"”’)]$/.test(text.slice(prev.start, prev.end)) : text[prev.end - 1] === '[');
    if (prev && m && opened && !/\n/.test(text.slice(prev.end, span.start))) {
      prev.end = span.start + m[0].length;
      const rest: Span[] = [];
      pushTrimmed(text, prev.end, span.end, rest);
      out.push(...rest);
      continue;
    }
    out.push(span);
  }
  return out;
}

/**
 * Sentences of a text with exact offsets: `text.slice(s.start, s.end) === s.text`, and `s.text` is trimmed.
 * Paragraph breaks (blank lines) and newlines always end a sentence, so a headline line without a
 * period stands alone. Never throws on any string.
 */
export function splitSentences(text: string): Sentence[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  try {
    const spans = candidateSpans(text);
    const merged: Span[] = [];
    for (const span of spans) {
      const prev = merged[merged.length - 1];
      if (prev) {
        const gap = text.slice(prev.end, span.start);
        const newlines = gap.split('\n').length - 1;
        // Only the edges of each piece matter for the decision; bounded slices keep this linear on huge pieces.
        const prevTail = text.slice(Math.max(prev.start, prev.end - 80), prev.end);
        const nextHead = text.slice(span.start, Math.min(span.end, span.start + 80));
        const join = newlines === 0 ? isFalseBreak(prevTail, nextHead) : newlines === 1 && isWrappedLine(text.slice(Math.max(prev.start, prev.end - 200), prev.end).split('\n').pop()!, nextHead);
        if (join) {
          prev.end = span.end;
          continue;
        }
      }
      merged.push({ start: span.start, end: span.end });
    }
    return keepFootnoteMarks(text, merged).map((s) => ({ text: text.slice(s.start, s.end), start: s.start, end: s.end }));
  } catch {
    return fallbackSplit(text);
  }
}
