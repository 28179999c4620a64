/**
 * One analysis of one tab, start to finish: inject the content script, extract the article, run the
 * engine, highlight. Every step's failure comes back as a value; the steps arrive as dependencies so
 * the sequence can be tested in Node with fakes.
 */
import type { Report } from '../core/types';
import { fail, type AnchorSummary, type Analysis, type ExtractedArticle, type Outcome, type Stage } from '../messages/protocol';

export type AnalyzeTabDeps = {
  inject(tabId: number): Promise<Outcome<null>>;
  extract(tabId: number): Promise<Outcome<ExtractedArticle>>;
  runEngine(article: ExtractedArticle): Promise<Report>;
  highlight(tabId: number, report: Report, visible: boolean): Promise<Outcome<AnchorSummary>>;
  highlightsVisible(): Promise<boolean>;
  progress(tabId: number, stage: Stage): void;
  now(): number;
};

const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));

export async function analyzeTab(tabId: number, deps: AnalyzeTabDeps): Promise<Outcome<Analysis>> {
  deps.progress(tabId, 'injecting');
  const injected = await deps.inject(tabId);
  if (!injected.ok) return injected;

  deps.progress(tabId, 'extracting');
  const t0 = deps.now();
  const extracted = await deps.extract(tabId);
  if (!extracted.ok) return extracted;
  const article = extracted.value;

  deps.progress(tabId, 'matching');
  const t1 = deps.now();
  let report: Report;
  try {
    report = await deps.runEngine(article);
  } catch (error) {
    return fail('internal', `The analysis stopped with an error: ${errorMessage(error)}`);
  }

  deps.progress(tabId, 'highlighting');
  const t2 = deps.now();
  const visible = await deps.highlightsVisible();
  const highlighted = await deps.highlight(tabId, report, visible);
  // Highlighting is a convenience on top of the report: if the page refuses it, the popup still
  // lists every statement, each marked as not found on the page.
  const anchors: AnchorSummary = highlighted.ok ? highlighted.value : { anchored: [], orphans: report.claims.map((_, i) => i) };
  const t3 = deps.now();

  deps.progress(tabId, 'done');
  return {
    ok: true,
    value: { tabId, article, report, anchors, timings: { extract: t1 - t0, match: t2 - t1, highlight: t3 - t2 } },
  };
}
