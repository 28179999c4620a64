/** Small builders for background tests: an article, a report, an analysis. */
import type { Claim, Report } from '../../../src/core/types';
import type { Analysis, ExtractedArticle } from '../../../src/messages/protocol';

export const article = (url = 'https://news.example/story'): ExtractedArticle => ({
  title: 'A story',
  byline: null,
  siteName: 'Example News',
  published: '2024-11-13',
  url,
  lang: 'en',
  text: 'One thing happened. Another thing followed.',
  fullLength: 43,
});

export const claim = (status: Claim['status'], text = 'One thing happened.'): Claim => ({ text, start: 0, end: text.length, status, evidence: [] });

export const report = (claims: Claim[] = [claim('unique')]): Report => ({
  article: { title: 'A story', url: 'https://news.example/story', published: '2024-11-13', sentences: claims.length },
  sources: [],
  claims,
  notice: null,
});

export const analysis = (tabId: number, url?: string): Analysis => ({
  tabId,
  article: article(url),
  report: report(),
  anchors: { anchored: [0], orphans: [] },
  timings: { extract: 1, match: 1, highlight: 1 },
});
