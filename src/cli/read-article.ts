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

/**
 * The headline of a plain-text article, which a scraped page does not mark: among the first lines,
 * the first one shaped like a headline (3 to 30 words, not ending as a sentence does) a third of
 * whose words the article goes on to use. A menu line ("Skip to main content", "Text size") shares nothing with the body, a
 * section name ("World") is too short, and the first sentence of the body ends with a full stop.
 */
export function guessHeadline(text: string): string | null {
  const lines = text.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const head = lines.slice(0, HEADLINE_LINES);
  const words = (l: string) => (l.toLowerCase().match(/\p{L}{4,}/gu) ?? []);
  for (const [i, line] of head.entries()) {
    const n = line.split(' ').length;
    if (n < 3 || n > 30 || line.length > 200 || /[.,;:]["”’']?$/.test(line)) continue;
    const own = [...new Set(words(line))];
    if (!own.length) continue;
    const body = new Set(lines.slice(i + 1).flatMap(words));
    // The first such line: the byline and the subheadings come after the headline.
    if (own.filter((w) => body.has(w)).length / own.length >= 1 / 3) return line;
  }
  return null;
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
