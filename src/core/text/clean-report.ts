/**
 * The article body of a raw scraped report. Scraped pages carry menus, breadcrumbs, related-headline
 * lists, comment and share widgets, copyright lines and photo captions that repeat the body. They are
 * removed by general rules about a line's shape, its position relative to the prose, repetition and the
 * vocabulary every news site uses for its widgets; nothing here names a particular site.
 *
 * The rules, in order:
 * 1. a line is "prose" when it reads like running text: enough words, a sentence end, not Title Case;
 * 2. everything before the first prose line and after the last one is page furniture (position);
 * 3. inside the body, widget prompts, breadcrumbs, copyright and credit lines, e-mail/counter lines,
 *    lines in another script, lines of one or two words and runs of headline-like lines are dropped;
 * 4. a caption (a line ending in a photo credit) and a line repeated elsewhere (a caption repeated as
 *    body text, a headline list printed twice) are dropped; so is the title repeated in the body.
 * Lines keep their exact characters so quotes taken from the cleaned text are verbatim from the source.
 */

import { withoutFootnoteMarks } from './split-sentences';

type Line = { text: string; words: number; prose: boolean; widget: boolean; drop: boolean };

/** Short function words that stay lowercase in Title Case headlines. */
const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from',
  'as', 'into', 'onto', 'over', 'via', 'vs', 'per', 'up', 'off', 'out', 'than', 'amid', 'after',
  'about', 'is', 'are', 'be',
]);

/** Prompts of comment, share, subscription and login widgets, and navigation aids. */
const WIDGET_PROMPT = new RegExp(
  [
    String.raw`\b(log|sign)[\s-]?(in|on|up|out)\b`,
    String.raw`\bsubscribe\b`,
    String.raw`\bnewsletters?\b`,
    String.raw`\b(leave|write|post|add|view|show|load|read|see)\s+(a\s+|the\s+|your\s+|all\s+)?(comments?|reply|replies|responses?)\b`,
    String.raw`\bcomments?\s*\(?\d*\)?\s*$`,
    String.raw`^\s*(comments?|replies|reply)\b`,
    String.raw`\b(share|follow|join|like|find)\s+(us|this|it|on)\b`,
    String.raw`\bshare\s+(this|on|via|article|story)\b`,
    String.raw`\b(read|see|show|load|view)\s+more\b`,
    String.raw`\bcontinue\s+reading\b`,
    String.raw`\bback\s+to\s+top\b`,
    String.raw`\bskip\s+to\b`,
    String.raw`\b(main|direct)\s+(page|content|contents|navigation|menu)\b`,
    String.raw`\b(text|font)\s+size\b`,
    String.raw`\bcookies?\b.*\b(accept|consent|policy|settings)\b`,
    String.raw`\b(accept|manage)\s+cookies?\b`,
    String.raw`\badvertisement\b`,
    String.raw`\bdownload\s+(our|the)\s+app\b`,
    String.raw`\bclick\s+here\b`,
    String.raw`\bsocial\s+(media|networking|comments?)\b`,
    String.raw`\bon\s+(facebook|twitter|x|instagram|telegram|whatsapp|youtube|linkedin)\b`,
    String.raw`\b(twitter|facebook)\s+(or|and)\s+(twitter|facebook)\b`,
    String.raw`\bfull\s+archive\b`,
    String.raw`\bdiscover\s+more\b`,
    String.raw`\bmore\s+from\b`,
    String.raw`\bprint\b.*\bprint\b`,
    String.raw`^\s*(this\s+(page|article|story)\s+was\s+)?last\s+(edited|updated|modified)\s*(:|on\b|at\b)`,
  ].join('|'),
  'i',
);

/** Headings of headline lists; matched only on short lines. */
const LIST_HEADING = /\b(related|latest|popular|most\s+(read|viewed|popular)|recommended|trending|top\s+stories|must[\s-]reads?|you\s+may\s+(also\s+)?like|more\s+stories|special\s+coverage|editor'?s?\s+picks?|in\s+case\s+you\s+missed)\b/i;

/** A photo or video credit at the end of a caption. */
const CAPTION_CREDIT = new RegExp(
  [
    String.raw`\b[Pp]hoto(graph)?s?\s*(by|from|courtesy|credit|:)[^.!?]{0,80}$`,
    String.raw`\b([Ii]mage|[Pp]icture|[Vv]ideo|[Gg]raphic|[Ii]llustration)s?\s*(by|courtesy|credit|:)[^.!?]{0,80}$`,
    String.raw`\b[Cc]redits?:\s*[^.!?]{0,80}$`,
    String.raw`\[[A-Z][A-Z0-9 .,'/&-]{2,40}\]\s*$`,
    String.raw`\s/\s*[A-Z][\w.&' -]{1,40}$`,
    String.raw`\b(AP|AFP|Reuters|Getty Images|EPA|Shutterstock|Yonhap|Xinhua)(\s*(photo|images?|news))?\s*$`,
  ].join('|'),
);

const COPYRIGHT = /©|\(c\)\s*\d{4}|\bcopyright\b|\ball rights reserved\b|^(text|content) is available under\b|\blicen[cs]ed under (the |a )?creative commons\b/i;
const ATTRIBUTION = /\b(said|says|told|according to|stated|announced|reported)\b/i;
const EMAIL = /^[\w.+-]+@[\w-]+(\.[\w-]+)+$/;
const BREADCRUMB = /\S\s+[>›»|]\s+\S.*\s[>›»|]\s+\S|^\s*(home|news)\s*[>›»/|]/i;
const COUNTER = /\(\s*\d+\s*\/\s*\d+\s*\S*\)/;
/**
 * An entry of a reference list: a footnote's back-link mark ("^", "↑", "^ a b") before a cited title, or
 * a quoted title followed by its publisher and a year ("\"Title\". Publisher. 12 May 2024.").
 */
const CITATION = /^(\d+\.\s*)?[\^↑](\s+[a-z]\b)*\s*\S|^["“][^"”]{8,240}(\.["”]|["”]\.)\s+((\p{Lu}[\p{L}\d&'’-]*|of|the|and|for|on)\.?\s+){0,7}(\p{Lu}[\p{L}\d&'’-]*)\.\s+(\d{1,2}\s+\p{Lu}\p{Ll}+\s+|\p{Lu}\p{Ll}+\.?\s+\d{1,2},\s+)?(1[89]|20)\d\d\.(\s+(Retrieved|Accessed|Archived)\b[^"“”]{0,60})?$/u;

function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** Title Case with no lowercase content word: how headlines and link lists look, not sentences. */
function isTitleCase(words: string[]): boolean {
  let capital = 0;
  for (const raw of words) {
    const w = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (!w) continue;
    if (/^\p{Ll}/u.test(w)) {
      if (!FUNCTION_WORDS.has(w.toLowerCase())) return false;
    } else if (/^\p{Lu}/u.test(w)) capital++;
  }
  return capital >= 3;
}

/**
 * The script family of a letter, by code-point range: a regex per character was the slowest part of
 * cleaning a 5 MB page. Non-letters (digits, punctuation, emoji) return null and do not count.
 */
function scriptOf(code: number, ch: string): string | null {
  if (code < 0x80) return (code | 32) >= 97 && (code | 32) <= 122 ? 'Latin' : null;
  if (code < 0x250 || (code >= 0x1e00 && code <= 0x1eff)) return code === 0xd7 || code === 0xf7 || code < 0xc0 ? null : 'Latin';
  if (code >= 0x370 && code <= 0x3ff) return 'Greek';
  if (code >= 0x400 && code <= 0x52f) return 'Cyrillic';
  if (code >= 0x590 && code <= 0x5ff) return 'Hebrew';
  if ((code >= 0x600 && code <= 0x6ff) || (code >= 0x750 && code <= 0x77f) || (code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfeff)) return 'Arabic';
  if ((code >= 0xac00 && code <= 0xd7af) || (code >= 0x1100 && code <= 0x11ff) || (code >= 0x3130 && code <= 0x318f)) return 'Hangul';
  if ((code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff)) return 'CJK';
  return /\p{L}/u.test(ch) ? 'Other' : null;
}

function scriptCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const s = scriptOf(code, code < 0x80 ? '' : text[i]!);
    if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return counts;
}

function dominantScript(counts: Map<string, number>): string | null {
  let best: string | null = null;
  let n = 0;
  for (const [s, c] of counts) if (c > n) { best = s; n = c; }
  return best;
}

function isForeignScript(text: string, dominant: string | null): boolean {
  if (!dominant) return false;
  const counts = scriptCounts(text);
  let total = 0;
  for (const c of counts.values()) total += c;
  return total > 0 && (counts.get(dominant) ?? 0) / total < 0.5;
}

/** Normalised form for repetition checks: case, quote style, escapes and spacing do not count. */
function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/\\(['"])/g, '$1')
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/[^\p{L}\p{N}'"]+/gu, ' ')
    .trim();
}

function isProse(line: string, words: string[]): boolean {
  if (words.length < 8) return false;
  // A sentence's footnote marks do not hide its full stop ("… into Kursk Oblast.[20]").
  const text = withoutFootnoteMarks(line);
  if (!/[.!?…"”’)]$/.test(text) && !/[.!?]["”’)]?\s+\S/.test(text)) return false;
  if (isTitleCase(words)) return false;
  return true;
}

function isWidget(text: string, words: string[]): boolean {
  if (words.length <= 25 && WIDGET_PROMPT.test(text) && !ATTRIBUTION.test(text)) return true;
  if (words.length <= 6 && LIST_HEADING.test(text)) return true;
  if (words.length <= 30 && COPYRIGHT.test(text)) return true;
  if (EMAIL.test(text) || COUNTER.test(text) || BREADCRUMB.test(text) || CITATION.test(text)) return true;
  if (!/\p{L}/u.test(text)) return true;
  return false;
}

/**
 * Removes page furniture from a raw scraped report and returns the article body, paragraphs separated
 * by blank lines. `title`, when known, is dropped where the body repeats it. Never throws.
 */
export function cleanReport(raw: string, meta: { title?: string | null } = {}): string {
  if (typeof raw !== 'string' || !raw.trim()) return '';
  try {
    return clean(raw, meta.title ?? null);
  } catch {
    return raw.trim();
  }
}

function clean(raw: string, title: string | null): string {
  const lines: Line[] = raw
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .map((text) => {
      const words = wordsOf(text);
      const widget = isWidget(text, words);
      return { text, words: words.length, prose: !widget && isProse(text, words), widget, drop: false };
    });
  if (lines.length === 0) return '';

  const dominant = dominantScript(scriptCounts(lines.filter((l) => l.prose).map((l) => l.text).join(' ') || raw));
  const normTitle = title ? normalize(title) : null;
  const norms = lines.map((l) => normalize(l.text));
  const counts = new Map<string, number>();
  for (const n of norms) counts.set(n, (counts.get(n) ?? 0) + 1);

  const first = lines.findIndex((l) => l.prose && !CAPTION_CREDIT.test(l.text));
  let last = -1;
  for (let i = lines.length - 1; i >= 0; i--) if (lines[i]!.prose && !CAPTION_CREDIT.test(lines[i]!.text)) { last = i; break; }
  // A page with no prose at all (a list of short facts, a bare transcript) is kept minus its widgets.
  const hasBody = first >= 0;

  lines.forEach((line, i) => {
    const norm = norms[i]!;
    if (hasBody && (i < first || i > last)) line.drop = true;
    else if (line.widget) line.drop = true;
    else if (isForeignScript(line.text, dominant)) line.drop = true;
    else if (line.words <= 2 && !/[.!?]$/.test(line.text)) line.drop = true;
    else if (normTitle && norm === normTitle) line.drop = true;
    else if (line.words <= 80 && CAPTION_CREDIT.test(line.text)) line.drop = true;
    else if ((counts.get(norm) ?? 0) > 1 && !line.prose) line.drop = true;
  });

  dropRepeats(lines, norms);
  dropHeadlineRuns(lines);
  dropListedAfterHeading(lines);

  return lines.filter((l) => !l.drop).map((l) => l.text).join('\n\n');
}

/**
 * A line repeated verbatim keeps only its last copy (captions and pull quotes come before the paragraph
 * they repeat); a line contained in a longer kept line (a caption that is the paragraph's first
 * sentence) goes.
 */
function dropRepeats(lines: Line[], norms: string[]): void {
  const lastIndex = new Map<string, number>();
  norms.forEach((n, i) => { if (!lines[i]!.drop) lastIndex.set(n, i); });
  lines.forEach((line, i) => {
    if (!line.drop && lastIndex.get(norms[i]!) !== i) line.drop = true;
  });
  const kept = lines.map((l, i) => ({ l, n: norms[i]! })).filter((x) => !x.l.drop);
  // Candidates come from a word-trigram index (rarest trigram of the shorter line), so a 5 MB page
  // does not cost a comparison of every line with every other.
  const gramsOf = (n: string) => {
    const w = n.split(' ');
    const out: string[] = [];
    for (let i = 0; i + 2 < w.length; i++) out.push(`${w[i]} ${w[i + 1]} ${w[i + 2]}`);
    return out;
  };
  const index = new Map<string, number[]>();
  kept.forEach((x, k) => {
    for (const g of new Set(gramsOf(x.n))) {
      const list = index.get(g);
      if (list) list.push(k);
      else index.set(g, [k]);
    }
  });
  kept.forEach((a) => {
    if (a.l.words < 6) return;
    let best: number[] | undefined;
    for (const g of gramsOf(a.n)) {
      const list = index.get(g);
      if (list && (!best || list.length < best.length)) best = list;
    }
    for (const k of best ?? []) {
      const b = kept[k]!;
      if (b !== a && !b.l.drop && b.n.length > a.n.length && b.n.includes(a.n)) {
        a.l.drop = true;
        break;
      }
    }
  });
}

/** A list item's mark: a bullet, or a number with a dot or bracket. */
const LIST_ITEM = /^(?:[·•▪▸▶►‣◦∙*–-]|\d{1,2}[.)])\s+\S/;
/** Items this long or shorter under a list heading are headlines, not the article's own points. */
const LIST_ITEM_WORDS = 25;

/**
 * The items right under a headline list's heading ("Related articles", "Most read"), each with a list mark
 * ("· North Korea ratified treaty with Russia... (2024.11.12)"): headlines of other pages, however
 * sentence-like, down to the first line that is not such an item.
 */
function dropListedAfterHeading(lines: Line[]): void {
  let under = false;
  for (const line of lines) {
    if (line.widget && line.words <= 6 && LIST_HEADING.test(line.text)) under = true;
    else if (under && LIST_ITEM.test(line.text) && line.words <= LIST_ITEM_WORDS) line.drop = true;
    else under = false;
  }
}

/** Three or more consecutive short non-prose lines inside the body are a link list, not subheads. */
function dropHeadlineRuns(lines: Line[]): void {
  let run: Line[] = [];
  const flush = () => {
    if (run.length >= 3) for (const l of run) l.drop = true;
    run = [];
  };
  for (const line of lines) {
    if (line.drop) continue;
    if (!line.prose && line.words <= 20) run.push(line);
    else flush();
  }
  flush();
}
