/**
 * The reader's library as a file: what "Export" writes and "Import" reads. Import is all or nothing:
 * the whole file is checked before anything is written, and the first problem found is named, with the
 * entry and the field, so the reader knows what is wrong.
 */
import * as v from 'valibot';
import type { Result } from '../types';

/** An article the reader chose to keep. */
export type LibraryArticle = {
  /** Stable id: derived from the URL when known, else from the text. */
  id: string;
  url: string | null;
  outlet: string;
  title: string | null;
  /** YYYY-MM-DD, or null when the page gave no date. */
  published: string | null;
  text: string;
  /** ISO timestamp of when the reader kept it. */
  addedAt: string;
};

export type LibraryFile = { format: 'corroborate-library'; version: 1; exportedAt: string; articles: LibraryArticle[] };

/** Limits that keep a hostile or broken file from filling the reader's storage or freezing the reader's browser tab. */
export const LIMITS = {
  fileChars: 50_000_000,
  articles: 5_000,
  textChars: 1_000_000,
  fieldChars: 1_000,
} as const;

const MARKUP = /<\s*\/?\s*[a-z!][^>]*>|javascript:|\bon[a-z]+\s*=/i;
const noMarkup = v.check((s: string) => !MARKUP.test(s), 'contains HTML or script, which a kept article never has');
const field = v.pipe(v.string(), v.maxLength(LIMITS.fieldChars, `is longer than ${LIMITS.fieldChars} characters`), noMarkup);
const isoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'is not a date as YYYY-MM-DD'));
const httpUrl = v.pipe(
  v.string(),
  v.maxLength(LIMITS.fieldChars, `is longer than ${LIMITS.fieldChars} characters`),
  v.check((s) => /^https?:\/\/[^\s<>"]+$/i.test(s), 'is not an http(s) address'),
);

const articleSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,80}$/, 'is not a library id')),
  url: v.nullable(httpUrl),
  outlet: v.pipe(field, v.minLength(1, 'is empty')),
  title: v.nullable(field),
  published: v.nullable(isoDate),
  text: v.pipe(
    v.string(),
    v.minLength(1, 'is empty'),
    v.maxLength(LIMITS.textChars, `is longer than ${LIMITS.textChars.toLocaleString('en')} characters`),
    v.check((s) => !/<\s*(script|iframe|img|svg|object|embed|style)\b/i.test(s), 'contains HTML or script, which a kept article never has'),
  ),
  addedAt: v.pipe(v.string(), v.isoTimestamp('is not a timestamp')),
});

const fileSchema = v.strictObject({
  format: v.literal('corroborate-library', 'is not "corroborate-library"'),
  version: v.literal(1, 'is not a version this extension reads (1)'),
  exportedAt: v.pipe(v.string(), v.isoTimestamp('is not a timestamp')),
  articles: v.pipe(v.array(v.unknown(), 'is not a list'), v.maxLength(LIMITS.articles, `has more than ${LIMITS.articles.toLocaleString('en')} articles`)),
});

/** Reads an exported library file, or says plainly what is wrong with it. Never throws. */
export function parseLibraryFile(content: string): Result<LibraryArticle[]> {
  if (typeof content !== 'string') return { ok: false, error: 'The file could not be read as text.' };
  if (content.length > LIMITS.fileChars) return { ok: false, error: `The file is larger than ${LIMITS.fileChars / 1_000_000} MB, more than a library export can be.` };
  let raw: unknown;
  try {
    raw = JSON.parse(content);
  } catch (error) {
    const truncated = /end of (JSON )?input|Unterminated|Unexpected end/i.test(String(error));
    return { ok: false, error: truncated ? 'The file is cut short: it ends in the middle of the data.' : 'The file is not a Corroborate library export (it is not valid JSON).' };
  }
  const file = v.safeParse(fileSchema, raw);
  if (!file.success) return { ok: false, error: describe('The file', file.issues[0]) };
  const articles: LibraryArticle[] = [];
  for (const [i, entry] of file.output.articles.entries()) {
    const parsed = v.safeParse(articleSchema, entry);
    if (!parsed.success) return { ok: false, error: describe(`Article ${i + 1}`, parsed.issues[0]) };
    articles.push(parsed.output);
  }
  return { ok: true, value: articles };
}

function describe(what: string, issue: v.BaseIssue<unknown> | undefined): string {
  if (!issue) return `${what} is not valid.`;
  const path = issue.path?.map((p) => String(p.key)).join('.');
  const wrongType = issue.kind === 'schema' && issue.expected && issue.received && issue.type !== 'literal' && !issue.message.startsWith('is ');
  const message = wrongType ? `should be ${issue.expected} but is ${issue.received}` : issue.message;
  return `${what}${path ? `: field "${path}"` : ''} ${message}.`;
}

/** The file a library exports. */
export function serialiseLibrary(articles: LibraryArticle[], now: Date): string {
  const file: LibraryFile = { format: 'corroborate-library', version: 1, exportedAt: now.toISOString(), articles };
  return JSON.stringify(file, null, 1);
}

/** The articles of `incoming` that `existing` does not already hold (by id, URL or identical text). */
export function newArticles(existing: LibraryArticle[], incoming: LibraryArticle[]): LibraryArticle[] {
  const ids = new Set(existing.map((a) => a.id));
  const urls = new Set(existing.flatMap((a) => (a.url ? [a.url] : [])));
  const texts = new Set(existing.map((a) => a.text));
  const fresh: LibraryArticle[] = [];
  for (const a of incoming) {
    if (ids.has(a.id) || (a.url && urls.has(a.url)) || texts.has(a.text)) continue;
    ids.add(a.id);
    if (a.url) urls.add(a.url);
    texts.add(a.text);
    fresh.push(a);
  }
  return fresh;
}

/** A stable id for an article: the same page kept twice gets the same id. */
export function libraryId(url: string | null, text: string): string {
  const key = url ? url.split('#')[0]! : text;
  // FNV-1a, twice with different seeds: collisions only need to be rare among one reader's articles.
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ key.length;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return `lib-${(a >>> 0).toString(36)}${(b >>> 0).toString(36)}`;
}
