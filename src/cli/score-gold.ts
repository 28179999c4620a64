/**
 * Scores engine reports against hand-labelled pairs exactly as ../shared/gold/README.md says: each
 * report in turn is the page; a labelled pair is found when a statement holding at least 70% of the
 * page quote's words has evidence from the right report with the same verdict. Pairs count in both
 * directions (each side's report is the page once). Pure: reports in, figures out.
 */
import type { EvidenceKind, Report, Verdict } from '../core/types.ts';

export type GoldPair = {
  id: string;
  a: { doc: string; quote: string };
  b: { doc: string; quote: string };
  label: Verdict;
  kind: EvidenceKind;
  note?: string;
};
export type GoldUnique = { doc: string; quote: string; note?: string };
export type Gold = { pairs: GoldPair[]; unique: GoldUnique[]; boilerplate?: { doc: string; quote: string }[] };

export type Prf = { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number };
export type Miss = { pair: string; page: string; other: string; label: Verdict; kind: EvidenceKind; quote: string; got: string; note?: string };
export type FalseTriple = { page: string; other: string; verdict: Verdict; kind: EvidenceKind; statement: string; quote: string; reason: string };

export type Score = {
  corroborates: Prf;
  conflicts: Prf;
  /** gold kind → engine outcome ("same-fact", "number", …, or "none") → count, per direction. */
  confusion: Record<string, Record<string, number>>;
  misses: Miss[];
  falseConflicts: FalseTriple[];
  falseCorroborations: FalseTriple[];
  unique: { correct: number; total: number; accuracy: number; wrong: { doc: string; quote: string; got: string }[] };
  /** Of the pairs found, how many cite the labelled sentence of the other report. */
  quoteMatch: { same: number; found: number };
  boilerplateLeaked: string[];
};

export function words(s: string): string[] {
  return (s.toLowerCase().replace(/[’‘]/g, "'").match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? []);
}

/** Whether `statement` holds at least `share` of the distinct words of `quote`. */
export function contains(statement: string, quote: string, share = 0.7): boolean {
  const q = [...new Set(words(quote))];
  if (!q.length) return false;
  const s = new Set(words(statement));
  return q.filter((w) => s.has(w)).length / q.length >= share;
}

function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, tp, fp, fn };
}

export function scoreReports(gold: Gold, reports: Map<string, Report>): Score {
  // A pair counts in each direction whose page was analysed (a held-out set analyses only its new pages).
  const directed = gold.pairs
    .flatMap((p) => [
      { p, page: p.a, other: p.b },
      { p, page: p.b, other: p.a },
    ])
    .filter(({ page }) => reports.has(page.doc));
  const counts = { corroborates: { tp: 0, fn: 0, fp: 0 }, conflicts: { tp: 0, fn: 0, fp: 0 } };
  const confusion: Score['confusion'] = {};
  const misses: Miss[] = [];
  const quoteMatch = { same: 0, found: 0 };
  for (const { p, page, other } of directed) {
    const report = reports.get(page.doc);
    const claims = report?.claims.filter((c) => contains(c.text, page.quote)) ?? [];
    const evidence = claims.flatMap((c) => c.evidence.filter((e) => e.source === other.doc));
    const hit = evidence.find((e) => e.verdict === p.label);
    const outcome = hit ? hit.kind : evidence[0] ? `${evidence[0].verdict}:${evidence[0].kind}` : claims.length ? 'none' : 'statement-missing';
    (confusion[p.kind] ??= {})[hit ? hit.kind : outcome] = ((confusion[p.kind] ??= {})[hit ? hit.kind : outcome] ?? 0) + 1;
    if (hit) {
      counts[p.label].tp++;
      quoteMatch.found++;
      if (contains(hit.quote, other.quote)) quoteMatch.same++;
    } else {
      counts[p.label].fn++;
      misses.push({ pair: p.id, page: page.doc, other: other.doc, label: p.label, kind: p.kind, quote: page.quote, got: outcome, ...(p.note ? { note: p.note } : {}) });
    }
  }
  const falseConflicts: FalseTriple[] = [];
  const falseCorroborations: FalseTriple[] = [];
  for (const [page, report] of reports) {
    for (const c of report.claims) {
      for (const e of c.evidence) {
        const ok = directed.some(({ p, page: pg, other }) => pg.doc === page && other.doc === e.source && p.label === e.verdict && contains(c.text, pg.quote));
        if (ok) continue;
        counts[e.verdict].fp++;
        const t = { page, other: e.source, verdict: e.verdict, kind: e.kind, statement: c.text, quote: e.quote, reason: e.reason };
        (e.verdict === 'conflicts' ? falseConflicts : falseCorroborations).push(t);
      }
    }
  }
  // An engine triple matching a pair is one true positive, however many labelled pairs it meets;
  // precision counts engine triples, recall counts labelled pairs.
  const engineTriples = (v: Verdict) => [...reports.values()].reduce((n, r) => n + r.claims.reduce((m, c) => m + c.evidence.filter((e) => e.verdict === v).length, 0), 0);
  const result = (v: Verdict): Prf => {
    const total = engineTriples(v);
    const good = total - counts[v].fp;
    const precision = total ? good / total : 1;
    const recall = counts[v].tp + counts[v].fn ? counts[v].tp / (counts[v].tp + counts[v].fn) : 1;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { ...prf(good, counts[v].fp, counts[v].fn), precision, recall, f1, tp: counts[v].tp };
  };
  const uniqueWrong: Score['unique']['wrong'] = [];
  let correct = 0;
  const uniques = gold.unique.filter((u) => reports.has(u.doc));
  for (const u of uniques) {
    const claims = reports.get(u.doc)?.claims.filter((c) => contains(c.text, u.quote)) ?? [];
    if (claims.length && claims.every((c) => c.status === 'unique')) correct++;
    else uniqueWrong.push({ doc: u.doc, quote: u.quote, got: claims.length ? claims.map((c) => c.status + ' ' + c.evidence.map((e) => `${e.source}:${e.verdict}:${e.kind}`).join(',')).join('; ') : 'statement-missing' });
  }
  const boilerplateLeaked = (gold.boilerplate ?? [])
    .filter((b) => reports.get(b.doc)?.claims.some((c) => c.text.includes(b.quote.trim())))
    .map((b) => `${b.doc}: ${b.quote}`);
  const order = (m: Miss) => (m.label === 'conflicts' ? 0 : 1);
  return {
    corroborates: result('corroborates'),
    conflicts: result('conflicts'),
    confusion,
    misses: misses.sort((x, y) => order(x) - order(y)),
    falseConflicts,
    falseCorroborations,
    unique: { correct, total: uniques.length, accuracy: uniques.length ? correct / uniques.length : 1, wrong: uniqueWrong },
    quoteMatch,
    boilerplateLeaked,
  };
}
