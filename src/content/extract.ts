/**
 * Article extraction: Mozilla Readability on a clone of the page, then plain text taken from
 * Readability's content DOM block by block, so that each paragraph of the text is the text of one
 * block of the page and a sentence's offsets can later be found again in the live DOM.
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { fail, type ExtractedArticle, type Outcome } from '../messages/protocol';
import { yieldToPage } from './yield-to-page';

/**
 * Longest text sent to the engine. A long read is ~50,000 characters; 1,000,000 keeps the worst
 * page's message and matching bounded while never cutting a real article. `fullLength` says how much
 * there was.
 */
export const MAX_TEXT_LENGTH = 1_000_000;

/**
 * Readability runs in one synchronous task and its cost grows with the page: on a 5 MB live blog it froze
 * the tab for over a second. Past this much text, the clone is cut before Readability sees it, so the
 * freeze is bounded by what the engine would read anyway (`MAX_TEXT_LENGTH`), with room for boilerplate.
 */
export const PARSE_BUDGET = 2 * MAX_TEXT_LENGTH;

/** Below this many characters of text, what Readability found is a fragment, not an article. */
const MIN_ARTICLE_LENGTH = 250;

/**
 * When the page does not look readerable, accept it only with this much prose. Readability always
 * returns *something* (a search page's result list, a login form's help text); prose paragraphs that
 * are mostly not links are what tell an article apart.
 */
const MIN_PROSE_LENGTH = 600;
const MIN_PROSE_PARAGRAPHS = 3;
const MAX_LINK_DENSITY = 0.5;

/** Elements whose start and end break the text into paragraphs. Anything else is inline. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP',
  'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH',
  'THEAD', 'TR', 'UL',
]);
/** Elements whose text is never article text. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'BUTTON', 'SELECT', 'TEXTAREA']);

/** A paragraph of the content and how much of it is link text. */
type Block = { text: string; linkChars: number };

/**
 * The blocks of a content tree, in document order. Whitespace runs become one space, as a browser
 * renders them; that is the normalisation the anchoring side applies to the live DOM as well.
 */
export function blocksOf(root: Node): Block[] {
  const blocks: Block[] = [];
  let parts: string[] = [];
  let linkChars = 0;
  const flush = () => {
    const text = parts.join('').replace(/\s+/g, ' ').trim();
    if (text) blocks.push({ text, linkChars: Math.min(linkChars, text.length) });
    parts = [];
    linkChars = 0;
  };
  const walk = (node: Node, inLink: boolean) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3 /* TEXT_NODE */) {
        const data = (child as Text).data;
        parts.push(data);
        if (inLink) linkChars += data.replace(/\s+/g, ' ').length;
      } else if (child.nodeType === 1 /* ELEMENT_NODE */) {
        const name = (child as Element).nodeName.toUpperCase();
        if (SKIPPED.has(name)) continue;
        const block = BLOCKS.has(name);
        if (block) flush();
        walk(child, inLink || name === 'A');
        if (block) flush();
      }
    }
  };
  walk(root, false);
  flush();
  return blocks;
}

/** The article's plain text: paragraphs separated by blank lines. */
export function textOf(blocks: Block[]): string {
  return blocks.map((b) => b.text).join('\n\n');
}

/** Cuts at the last paragraph break before the limit, so no paragraph is sent half-finished. */
function capText(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.lastIndexOf('\n\n', limit);
  return cut > 0 ? text.slice(0, cut) : text.slice(0, limit);
}

/** A paragraph of prose: long enough to hold a sentence, ends like one, and is not mostly a link. */
function isProse(block: Block): boolean {
  return block.text.length >= 80 && /[.!?"'”’)]$/.test(block.text) && !/(\.\.\.|…)$/.test(block.text) && block.linkChars / block.text.length < 0.3;
}

/** Why the content is not an article, or null when it is one. */
function notArticleReason(blocks: Block[], text: string, readerable: boolean): string | null {
  if (text.length < MIN_ARTICLE_LENGTH) return 'This page has too little text to be an article.';
  const links = blocks.reduce((n, b) => n + b.linkChars, 0);
  if (links / text.length > MAX_LINK_DENSITY) return 'This page is mostly links, like an index or a search page, not an article.';
  if (!readerable) {
    const prose = blocks.filter(isProse);
    const proseLength = prose.reduce((n, b) => n + b.text.length, 0);
    if (prose.length < MIN_PROSE_PARAGRAPHS || proseLength < MIN_PROSE_LENGTH) {
      return 'This page does not look like an article: it has no run of paragraphs to read.';
    }
  }
  return null;
}

/** "2024-11-13T09:00:00+09:00" stays as it is; "November 13, 2024" becomes "2024-11-13"; junk becomes null. */
export function normalisePublished(raw: string | null | undefined): string | null {
  const value = raw?.trim();
  if (!value) return null;
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return value;
  const time = Date.parse(value);
  if (Number.isNaN(time)) return null;
  // Date.parse reads a date without a zone as local time; format in local time to keep the same day.
  const d = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * Cuts a (cloned) tree after `budget` characters of text, keeping whole subtrees while they fit and
 * descending only into the one that crosses the budget. Returns whether anything was removed.
 */
export function pruneAfter(root: Node, budget: number): boolean {
  let used = 0;
  let pruned = false;
  const visit = (node: Node) => {
    for (let child = node.firstChild; child; ) {
      const next = child.nextSibling;
      const length = child.textContent?.length ?? 0;
      if (used >= budget) {
        child.parentNode!.removeChild(child);
        pruned = true;
      } else if (used + length <= budget || child.nodeType !== 1 /* ELEMENT_NODE */) {
        used += length;
      } else {
        visit(child);
      }
      child = next;
    }
  };
  visit(root);
  return pruned;
}

/** Readability finds meta tags and JSON-LD; many pages state the date only in a `<time>` element. */
function publishedFromTime(doc: Document): string | null {
  const scope = doc.querySelector('article') ?? doc;
  const el = scope.querySelector('time[datetime][itemprop="datePublished"], time[datetime][pubdate], time[datetime]');
  return el?.getAttribute('datetime') ?? null;
}

const emptyToNull = (s: string | null | undefined): string | null => (s && s.trim() ? s.trim() : null);

/**
 * What extraction has before Readability runs: the page's clone, cut when huge, and what it reads of
 * the live page itself (its address, title, date and language), all taken at the click, so that a page
 * that changes during the pauses (a single-page app moving on) cannot mix two pages into one article.
 */
type Prepared = {
  clone: Document;
  readerable: boolean;
  pageLength: number;
  pruned: boolean;
  page: { url: string | null; title: string | null; published: string | null; lang: string | null };
};
type Parsed = NonNullable<ReturnType<Readability<Node>['parse']>>;

/** Step 1, ours: whether the page looks readerable, and a deep clone (Readability rewrites the DOM it is given). */
export function prepareExtraction(doc: Document): Prepared {
  let readerable = false;
  try {
    readerable = isProbablyReaderable(doc);
  } catch {
    // A hint only; a page that breaks the heuristic still gets a full parse.
  }
  const clone = doc.cloneNode(true) as Document;
  const pageLength = clone.body?.textContent?.length ?? 0;
  const pruned = pageLength > PARSE_BUDGET && !!clone.body && pruneAfter(clone.body, PARSE_BUDGET);
  const page = { url: doc.URL || null, title: emptyToNull(doc.title), published: normalisePublished(publishedFromTime(doc)), lang: emptyToNull(doc.documentElement?.lang) };
  return { clone, readerable, pageLength, pruned, page };
}

/** Step 2, Readability's parse of the clone: one synchronous task, the floor of the whole path. */
export function parseWithReadability(prepared: Prepared): Outcome<Parsed> {
  let parsed: ReturnType<Readability<Node>['parse']>;
  try {
    parsed = new Readability<Node>(prepared.clone, { serializer: (node) => node }).parse();
  } catch (error) {
    return fail('not-article', `Could not read an article on this page (${error instanceof Error ? error.message : String(error)}).`);
  }
  if (!parsed?.content) return fail('not-article', 'This page does not look like an article.');
  return { ok: true, value: parsed };
}

/** Step 3, ours: the article's plain text block by block, whether it is an article at all, and its metadata. */
export function finishExtraction(prepared: Prepared, parsed: Parsed, limit = MAX_TEXT_LENGTH): Outcome<ExtractedArticle> {
  const { page } = prepared;
  const blocks = blocksOf(parsed.content as Node);
  const full = textOf(blocks);
  const reason = notArticleReason(blocks, full, prepared.readerable);
  if (reason) return fail('not-article', reason);
  const text = capText(full, limit);
  return {
    ok: true,
    value: {
      title: emptyToNull(parsed.title) ?? page.title,
      byline: emptyToNull(parsed.byline),
      siteName: emptyToNull(parsed.siteName),
      published: normalisePublished(parsed.publishedTime) ?? page.published,
      url: page.url,
      lang: emptyToNull(parsed.lang) ?? page.lang,
      text,
      // A cut page says how long it really was, so the reader is told what was left out.
      fullLength: prepared.pruned ? Math.max(full.length, prepared.pageLength) : full.length,
    },
  };
}

/**
 * The article of a document, or a `not-article` failure, in one synchronous call. Never modifies
 * `doc`: Readability runs on a deep clone.
 */
export function extractArticle(doc: Document, limit = MAX_TEXT_LENGTH): Outcome<ExtractedArticle> {
  const prepared = prepareExtraction(doc);
  const parsed = parseWithReadability(prepared);
  return parsed.ok ? finishExtraction(prepared, parsed.value, limit) : parsed;
}

/**
 * The same, as the content script runs it: each step in a task of its own, the page getting a turn
 * between them, so that the page is never blocked by our steps and Readability's together, and the
 * clone taken before the pause is what Readability reads.
 */
export async function extractArticleInTasks(doc: Document, limit = MAX_TEXT_LENGTH, pause: () => Promise<void> = yieldToPage): Promise<Outcome<ExtractedArticle>> {
  const prepared = prepareExtraction(doc);
  await pause();
  const parsed = parseWithReadability(prepared);
  if (!parsed.ok) return parsed;
  await pause();
  return finishExtraction(prepared, parsed.value, limit);
}
