/**
 * A report as a plain article page: title in an h1, the cleaned text as paragraphs, the outlet and
 * date as metadata, with a little site chrome (navigation, footer) around it as a real page has.
 */
import type { RawReport } from '../src/core/corpus/raw-report.ts';
import { cleanReport } from '../src/core/text/clean-report.ts';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function articlePage(report: RawReport): string {
  const paragraphs = cleanReport(report.text, { title: report.title }).split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const title = report.title ?? paragraphs[0]?.slice(0, 90) ?? report.id;
  const date = report.published ?? '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)} - ${escapeHtml(report.outlet)}</title>
<meta property="og:site_name" content="${escapeHtml(report.outlet)}">
<meta property="og:title" content="${escapeHtml(title)}">
<meta property="og:type" content="article">
${date ? `<meta property="article:published_time" content="${date}">` : ''}
<style>body { font: 17px/1.6 Georgia, serif; max-width: 720px; margin: 0 auto; padding: 24px; }</style>
</head>
<body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a> <a href="/business">Business</a></nav></header>
<main>
<article>
<h1>${escapeHtml(title)}</h1>
<p class="byline">${escapeHtml(report.outlet)}${date ? ` · <time datetime="${date}">${date}</time>` : ''}</p>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</article>
</main>
<footer><p>© ${escapeHtml(report.outlet)}. All rights reserved.</p><a href="/about">About</a> <a href="/contact">Contact</a></footer>
</body>
</html>
`;
}
