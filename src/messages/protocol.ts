/**
 * The one contract between the content script, the background and the popup.
 *
 * Message maps are named by direction (sender → receiver). Every incoming message is
 * checked against its schema before a handler sees it (`parse*` below), and the
 * receiver trusts a sender only by `sender.id` / `sender.tab`, never by `sender.url`.
 * Failures travel as values (`Result`), never as thrown `Error`s.
 */
import * as v from 'valibot';
import type { Report, Result } from '../core/types';
import type { LibraryArticle } from '../core/library/library-file';

/** Why an analysis could not run, for the popup to say plainly. */
export type FailureKind =
  /** The browser refuses to let extensions into this page (chrome://, about:, the web store). */
  | 'restricted'
  /** The page has no article that Readability can find. */
  | 'not-article'
  /** There is no tab to analyse (the popup lost its tab). */
  | 'no-tab'
  /** Anything else; the message says what. */
  | 'internal';

export type Failure = { kind: FailureKind; message: string };
export type Outcome<T> = { ok: true; value: T } | { ok: false; failure: Failure };

/** What the content script extracts from the page. */
export type ExtractedArticle = {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  published: string | null;
  url: string | null;
  lang: string | null;
  /** Plain text of the article, paragraphs separated by blank lines. */
  text: string;
  /** Characters of text the page had before any limit was applied. */
  fullLength: number;
};

/** Where each claim of a report ended up on the page. */
export type AnchorSummary = {
  /** Claim indices (into `report.claims`) that were highlighted. */
  anchored: number[];
  /** Claim indices that could not be found on the page. */
  orphans: number[];
};

/** Steps of an analysis, in order, for the popup's progress display. */
export const STAGES = ['injecting', 'extracting', 'matching', 'highlighting', 'done'] as const;
export type Stage = (typeof STAGES)[number];

/** The whole outcome the popup renders. */
export type Analysis = {
  tabId: number;
  article: ExtractedArticle;
  report: Report;
  anchors: AnchorSummary;
  /** Milliseconds spent, for the curious and for the bench. */
  timings: { extract: number; match: number; highlight: number };
};

// ---------------------------------------------------------------------------
// Popup (or full-report page) → background
// ---------------------------------------------------------------------------
export type PopupToBackgroundCalls = {
  /** Analyse the tab (or return the cached analysis, unless `force`). */
  analyze: { args: { tabId: number; force?: boolean }; result: Outcome<Analysis> };
  /** The cached analysis of a tab, or null; never starts work. */
  getAnalysis: { args: { tabId: number }; result: Outcome<Analysis | null> };
  /** Keep the article of the tab's cached analysis in the reader's library. */
  keepArticle: { args: { tabId: number }; result: Outcome<KeepResult> };
  /** Whether the article of the tab's cached analysis is in the library; never starts work. */
  keptState: { args: { tabId: number }; result: Outcome<{ kept: boolean }> };
  /** The kept articles, grouped by story. */
  listLibrary: { args: Record<string, never>; result: Outcome<LibraryListing> };
  removeFromLibrary: { args: { id: string }; result: Outcome<{ removed: boolean }> };
  /** The whole library as the text of a file (src/core/library/library-file.ts). */
  exportLibrary: { args: Record<string, never>; result: Outcome<{ fileName: string; content: string }> };
  /** Merge a library file; refused whole, with the reason as the failure's message, when any of it is wrong. */
  importLibrary: { args: { content: string }; result: Outcome<{ added: number; skipped: number }> };
};

/** A kept article as the library view lists it: everything but its text. */
export type LibraryEntry = Omit<LibraryArticle, 'text'>;

/** Kept articles about one story: each is related to at least one other in the group. */
export type LibraryStory = { articles: LibraryEntry[] };

export type LibraryListing = { stories: LibraryStory[]; count: number };

export type KeepResult = { id: string; alreadyKept: boolean };

/**
 * The largest import message accepted: the largest library file (LIMITS.fileChars in
 * library-file.ts, checked equal by a test), no more. Written out rather than imported so that the
 * content script, which also reads this module, does not carry the library file's schemas.
 */
export const MAX_IMPORT_CHARS = 50_000_000;

// ---------------------------------------------------------------------------
// Background or popup → content script
// ---------------------------------------------------------------------------
export type ExtensionToContentCalls = {
  /** Run Readability on a clone of the document. */
  extract: { args: Record<string, never>; result: Outcome<ExtractedArticle> };
  /** Anchor the report's claims in the live page and highlight them (or only anchor if !visible). */
  highlight: { args: { report: Report; visible: boolean }; result: Outcome<AnchorSummary> };
  /** Show or hide the existing highlights without re-anchoring. */
  setVisible: { args: { visible: boolean }; result: Outcome<null> };
  /** Scroll to a claim's highlight and flash it. */
  focusClaim: { args: { index: number }; result: Outcome<boolean> };
  /** Remove every highlight and restore the page's DOM. */
  clear: { args: Record<string, never>; result: Outcome<null> };
};

// ---------------------------------------------------------------------------
// Content script → background (one event; the tab is the sender's, never the message's)
// ---------------------------------------------------------------------------
export type ContentToBackgroundEvents = {
  /** Re-anchoring after the page changed moved claims between highlighted and not found. */
  anchorsChanged: AnchorSummary;
};

// ---------------------------------------------------------------------------
// Background → popup (broadcast; the popup filters by tabId)
// ---------------------------------------------------------------------------
export type BackgroundToPopupEvents = {
  progress: { tabId: number; stage: Stage };
  /** Where the claims stand on the page now, after the page changed. */
  anchors: { tabId: number; anchors: AnchorSummary };
};

/** A message on the wire: `{ to, type, args }`. */
export type Message<Map extends Record<string, { args: unknown }>, K extends keyof Map = keyof Map> = {
  [P in K]: { to: string; type: P; args: Map[P]['args'] };
}[K];

export type PopupToBackgroundMessage = Message<PopupToBackgroundCalls>;
export type ExtensionToContentMessage = Message<ExtensionToContentCalls>;
export type ContentToBackgroundMessage = {
  [P in keyof ContentToBackgroundEvents]: { to: 'background'; type: P; args: ContentToBackgroundEvents[P] };
}[keyof ContentToBackgroundEvents];
export type BackgroundToPopupMessage = {
  [P in keyof BackgroundToPopupEvents]: { to: 'popup'; type: P; args: BackgroundToPopupEvents[P] };
}[keyof BackgroundToPopupEvents];

// ---------------------------------------------------------------------------
// Schemas: every incoming message is parsed before a handler sees it.
// ---------------------------------------------------------------------------
const tabId = v.pipe(v.number(), v.integer(), v.minValue(0));
const empty = v.strictObject({});

const verdict = v.picklist(['corroborates', 'conflicts']);
const kind = v.picklist(['same-fact', 'compatible-figure', 'number', 'date', 'actor-role', 'negation', 'superseded', 'other']);
const nullableString = v.nullable(v.string());
const evidenceSchema = v.object({
  source: v.string(),
  quote: v.string(),
  verdict,
  kind,
  reason: v.string(),
  claimSpan: v.optional(v.string()),
  quoteSpan: v.optional(v.string()),
  newer: v.optional(v.picklist(['claim', 'source'])),
});
const claimSchema = v.object({
  text: v.string(),
  start: v.number(),
  end: v.number(),
  status: v.picklist(['corroborated', 'conflicting', 'mixed', 'unique']),
  evidence: v.array(evidenceSchema),
});
export const reportSchema = v.object({
  article: v.object({ title: nullableString, url: nullableString, published: nullableString, sentences: v.number() }),
  sources: v.array(
    v.object({
      id: v.string(),
      outlet: v.string(),
      title: nullableString,
      published: nullableString,
      url: nullableString,
      relatedness: v.number(),
      origin: v.optional(v.picklist(['bundled', 'library'])),
    }),
  ),
  claims: v.array(claimSchema),
  notice: v.nullable(v.object({ kind: v.picklist(['unrelated', 'no-statements', 'truncated', 'self-only']), message: v.string() })),
});

const popupToBackgroundSchema = v.variant('type', [
  v.object({ to: v.literal('background'), type: v.literal('analyze'), args: v.object({ tabId, force: v.optional(v.boolean()) }) }),
  v.object({ to: v.literal('background'), type: v.literal('getAnalysis'), args: v.object({ tabId }) }),
  v.object({ to: v.literal('background'), type: v.literal('keepArticle'), args: v.object({ tabId }) }),
  v.object({ to: v.literal('background'), type: v.literal('keptState'), args: v.object({ tabId }) }),
  v.object({ to: v.literal('background'), type: v.literal('listLibrary'), args: empty }),
  v.object({ to: v.literal('background'), type: v.literal('removeFromLibrary'), args: v.object({ id: v.pipe(v.string(), v.maxLength(100)) }) }),
  v.object({ to: v.literal('background'), type: v.literal('exportLibrary'), args: empty }),
  v.object({
    to: v.literal('background'),
    type: v.literal('importLibrary'),
    args: v.object({ content: v.pipe(v.string(), v.maxLength(MAX_IMPORT_CHARS, `The file is larger than ${MAX_IMPORT_CHARS / 1_000_000} MB, more than a library export can be.`)) }),
  }),
]);

const extensionToContentSchema = v.variant('type', [
  v.object({ to: v.literal('content'), type: v.literal('extract'), args: empty }),
  v.object({ to: v.literal('content'), type: v.literal('highlight'), args: v.object({ report: reportSchema, visible: v.boolean() }) }),
  v.object({ to: v.literal('content'), type: v.literal('setVisible'), args: v.object({ visible: v.boolean() }) }),
  v.object({ to: v.literal('content'), type: v.literal('focusClaim'), args: v.object({ index: v.pipe(v.number(), v.integer(), v.minValue(0)) }) }),
  v.object({ to: v.literal('content'), type: v.literal('clear'), args: empty }),
]);

const claimIndices = v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(0))), v.maxLength(100_000));
const anchorSummarySchema = v.strictObject({ anchored: claimIndices, orphans: claimIndices });

const contentToBackgroundSchema = v.variant('type', [
  v.strictObject({ to: v.literal('background'), type: v.literal('anchorsChanged'), args: anchorSummarySchema }),
]);

const backgroundToPopupSchema = v.variant('type', [
  v.object({ to: v.literal('popup'), type: v.literal('progress'), args: v.object({ tabId, stage: v.picklist(STAGES) }) }),
  v.object({ to: v.literal('popup'), type: v.literal('anchors'), args: v.object({ tabId, anchors: anchorSummarySchema }) }),
]);

function parseWith<T>(schema: v.GenericSchema<unknown, T>, raw: unknown): Result<T> {
  const parsed = v.safeParse(schema, raw);
  if (parsed.success) return { ok: true, value: parsed.output };
  return { ok: false, error: v.summarize(parsed.issues) };
}

/** A message addressed to the background, or why it is not one. */
export const parsePopupToBackground = (raw: unknown): Result<PopupToBackgroundMessage> =>
  parseWith(popupToBackgroundSchema, raw) as Result<PopupToBackgroundMessage>;

/** A message addressed to the content script, or why it is not one. */
export const parseExtensionToContent = (raw: unknown): Result<ExtensionToContentMessage> =>
  parseWith(extensionToContentSchema, raw) as Result<ExtensionToContentMessage>;

/** An event from our content script, or why it is not one. */
export const parseContentToBackground = (raw: unknown): Result<ContentToBackgroundMessage> =>
  parseWith(contentToBackgroundSchema, raw) as Result<ContentToBackgroundMessage>;

/** A message addressed to the popup, or why it is not one. */
export const parseBackgroundToPopup = (raw: unknown): Result<BackgroundToPopupMessage> =>
  parseWith(backgroundToPopupSchema, raw) as Result<BackgroundToPopupMessage>;

/** Build a failure value. */
export const fail = (kind: FailureKind, message: string): { ok: false; failure: Failure } => ({
  ok: false,
  failure: { kind, message },
});
