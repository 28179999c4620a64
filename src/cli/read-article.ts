/**
 * A file on disk → ArticleInput, for the CLI. HTML goes through Readability over linkedom (the same
 * extractor the content script uses); a .txt may carry its URL on the first line.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { ArticleInput, Result } from '../core/types.ts';

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td';

export function readArticle(path: string, published: string | null = null): Result<ArticleInput> {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, error: code === 'ENOENT' ? `No such file: ${path}` : `Cannot read ${path}: ${(error as Error).message}` };
  }
  const ext = extname(path).toLowerCase();
  if (ext === '.html' || ext === '.htm' || /^\s*<(!doctype|html)/i.test(raw)) return articleFromHtml(raw, published);
  return { ok: true, value: articleFromText(raw, published) };
}

export function articleFromText(raw: string, published: string | null): ArticleInput {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  let url: string | null = null;
  if (/^\s*https?:\/\/\S+\s*$/.test(lines[0] ?? '')) url = lines.shift()!.trim();
  const text = lines.join('\n').trim();
  return { title: guessHeadline(text), byline: null, siteName: null, published, url, text };
}

/** Lines from the top of a text file where its headline may stand, after menus and section names. */
const HEADLINE_LINES = 15;
/** Characters of the body read to judge the candidates: the article's opening is enough. */
const BODY_CHARS = 100_000;

/**
 * The headline of a plain-text article, which a scraped page does not mark: among the first lines,
 * the one shaped like a headline (3 to 30 words, not ending as a sentence does) that shares the most
 * words with the article's sentences, at least two and a third of its own. A menu line ("Skip to main
 * content", even when the footer repeats it) shares nothing with the sentences, a kicker ("War in
 * Ukraine") shares less than the headline below it, a section name ("World") is too short, and the
 * first sentence of the body ends with a full stop.
 */
export function guessHeadline(text: string): string | null {
  const lines = text.slice(0, BODY_CHARS).split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const words = (l: string) => l.toLowerCase().match(/\p{L}{4,}/gu) ?? [];
  const sentence = (l: string) => l.split(' ').length >= 8 && /[.!?]["”’']?$/.test(l);
  const body = new Set(lines.filter(sentence).flatMap(words));
  let best: { line: string; shared: number } | null = null;
  for (const line of lines.slice(0, HEADLINE_LINES)) {
    const n = line.split(' ').length;
    if (n < 3 || n > 30 || line.length > 200 || /[.,;:]["”’']?$/.test(line)) continue;
    const own = [...new Set(words(line))];
    const shared = own.filter((w) => body.has(w)).length;
    if (shared >= 2 && shared >= own.length / 3 && (!best || shared > best.shared)) best = { line, shared };
  }
  return best?.line ?? null;
}

export function articleFromHtml(html: string, published: string | null): Result<ArticleInput> {
  try {
    const { document } = parseHTML(html);
    const url = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? document.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? null;
    const metaDate =
      document.querySelector('meta[property="article:published_time"]')?.getAttribute('content') ??
      document.querySelector('time[datetime]')?.getAttribute('datetime') ??
      null;
    // Readability mutates the document it is given.
    const parsed = new Readability(document as unknown as Document).parse();
    if (!parsed || !parsed.content) return { ok: false, error: 'No article could be extracted from this HTML page.' };
    const { document: content } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
    const blocks = [...content.querySelectorAll(BLOCKS)]
      .filter((el) => !el.querySelector(BLOCKS))
      .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    const text = blocks.length ? blocks.join('\n\n') : (parsed.textContent ?? '').trim();
    return {
      ok: true,
      value: {
        title: parsed.title ?? null,
        byline: parsed.byline ?? null,
        siteName: parsed.siteName ?? null,
        published: published ?? parsed.publishedTime ?? metaDate,
        url,
        text,
      },
    };
  } catch (error) {
    return { ok: false, error: `Could not read this HTML page: ${(error as Error).message}` };
  }
}
