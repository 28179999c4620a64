/**
 * The one contract between the engine, the popup, the highlighter and the CLI.
 * Verdicts are data; prose for a person is made from them at the edge.
 */

/** A sentence of the page, with its offsets in the article text it was split from. */
export type Sentence = {
  text: string;
  /** Offset of the first character in the article's plain text. */
  start: number;
  /** Offset one past the last character. */
  end: number;
};

/** What the content script extracts from a page (or the CLI from a file). */
export type ArticleInput = {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  /** ISO date (YYYY-MM-DD) or full ISO timestamp, when the page states one. */
  published: string | null;
  url: string | null;
  /** The article's plain text, paragraphs separated by blank lines. */
  text: string;
};

export type Verdict = 'corroborates' | 'conflicts';

export type EvidenceKind =
  | 'same-fact'
  | 'compatible-figure'
  | 'number'
  | 'date'
  | 'actor-role'
  | 'negation'
  | 'superseded'
  | 'other';

export type ClaimStatus = 'corroborated' | 'conflicting' | 'mixed' | 'unique';

export type Evidence = {
  /** Id of the other report, as in corpus/sources.json. */
  source: string;
  /** The other report's sentence, verbatim. */
  quote: string;
  verdict: Verdict;
  kind: EvidenceKind;
  /** One plain sentence a reader understands. */
  reason: string;
  /**
   * The parts that differ or agree, for emphasis in the UI: substrings of the
   * claim text (`claimSpan`) and of the quote (`quoteSpan`). Optional.
   */
  claimSpan?: string;
  quoteSpan?: string;
  /** For `superseded`: which side is newer. */
  newer?: 'claim' | 'source';
};

export type Claim = {
  /** The statement as it stands in the article. */
  text: string;
  /** Offsets of the statement in `ArticleInput.text`. */
  start: number;
  end: number;
  status: ClaimStatus;
  evidence: Evidence[];
  /**
   * How many independent reports corroborate the statement: near-identical wire copies count once.
   * Absent when nothing corroborates it.
   */
  independentSources?: number;
};

export type SourceRef = {
  id: string;
  outlet: string;
  title: string | null;
  published: string | null;
  url: string | null;
  /** 0..1: how strongly this report is about the same story as the article. */
  relatedness: number;
  /** Where the report comes from: the bundled corpus or the reader's library. */
  origin?: 'bundled' | 'library';
};

export type Report = {
  article: {
    title: string | null;
    url: string | null;
    published: string | null;
    sentences: number;
    /** When the page's metadata gave no date: the line of its text that `published` was read from. */
    dateline?: string;
  };
  sources: SourceRef[];
  claims: Claim[];
  /** Why the report is empty or limited, for the UI to say plainly; null when all is well. */
  notice: null | { kind: 'unrelated' | 'no-statements' | 'truncated' | 'self-only'; message: string };
};

/** A result that carries an expected failure as a value. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };
