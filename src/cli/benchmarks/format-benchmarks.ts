/** The benchmark figures as a table for a person, each next to the published reference points. */
import type { MsrpResult } from './run-msrp.ts';
import type { FncResult } from './run-fnc.ts';
import type { ContradictionResult } from './run-contradiction.ts';
import { FNC_LABELS } from './read-fnc.ts';
import type { FncScore } from './score-fnc.ts';

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);

export function formatMsrp(results: MsrpResult[], testPairs: number, allPositive: number): string {
  const out = [
    `\n== MSRP test split (${testPairs} pairs): the engine's "same fact" decision ==`,
    'verdict    = compareStatements returns a corroborates judgement of any kind',
    'same-event = the pair similarity reaches the threshold, whatever the verdict',
    'approach  decision    threshold  chosen on        test acc    P      R     F1   | train acc  F1',
  ];
  for (const r of results) {
    for (const row of r.rows) {
      out.push(`${r.approach.padEnd(9)} ${row.decision.padEnd(11)} ${row.threshold.toFixed(2).padStart(9)}  ${row.chosenOn.padEnd(15)} ${pct(row.test.accuracy)}   ${pct(row.test.precision)}  ${pct(row.test.recall)}  ${pct(row.test.f1)}  |   ${pct(row.train.accuracy)}  ${pct(row.train.f1)}`);
    }
  }
  out.push(`published: all-positive ${pct(allPositive).trim()} (computed here; README 66.5) · unsupervised lexical 70-73 · fine-tuned transformers ~90`);
  for (const r of results) {
    const c = r.testConflicts;
    out.push(`${r.approach}: conflicts called on ${c.total} test pairs, ${c.onParaphrases} of them labelled paraphrases (${Object.entries(c.byKind).map(([k, n]) => `${k}:${n}`).join(' ') || 'none'})`);
    for (const e of c.examples.slice(0, 3)) out.push(`   false conflict [${e.kind}] "${e.a.slice(0, 90)}" / "${e.b.slice(0, 90)}"`);
  }
  return out.join('\n');
}

function fncBlock(name: string, s: FncScore): string[] {
  const head = '             ' + FNC_LABELS.map((l) => l.padStart(10)).join('');
  return [
    `${name}: weighted ${pct(s.relative / 100)}% of max (${s.score.toFixed(2)} / ${s.max.toFixed(2)}; all-unrelated ${((100 * s.null) / s.max).toFixed(1)}%)  macro-F1 ${pct(s.macroF1)}  accuracy ${pct(s.accuracy)}`,
    `  per class    ${FNC_LABELS.map((l) => `${l} P ${pct(s.perClass[l].precision)} R ${pct(s.perClass[l].recall)} F1 ${pct(s.perClass[l].f1)}`).join(' | ')}`,
    '  confusion (rows gold, columns predicted)',
    head,
    ...FNC_LABELS.map((l, i) => `  ${l.padEnd(11)}${s.confusion[i]!.map((n) => String(n).padStart(10)).join('')}`),
  ];
}

export function formatFnc(results: FncResult[], testPairs: number): string {
  const out = [`\n== FNC-1 competition test (${testPairs} pairs): stance from aggregated statement verdicts ==`];
  for (const r of results) {
    out.push(`\n-- approach ${r.approach}: thresholds chosen on train: unrelated below ${r.thresholds.unrelated}, agree at ${r.thresholds.agree} --`);
    out.push(...fncBlock('test ', r.test));
    out.push(`test, related all called discuss (same relatedness): weighted ${pct(r.testRelatedAsDiscuss.relative / 100)}%  macro-F1 ${pct(r.testRelatedAsDiscuss.macroF1)}`);
    out.push(`train (fitted): weighted ${pct(r.train.relative / 100)}%  macro-F1 ${pct(r.train.macroF1)}`);
    out.push(`pairs with a conflict, by kind: ${Object.entries(r.testConflictKinds).map(([k, n]) => `${k}:${n}`).join(' ') || 'none'}`);
  }
  out.push('\npublished (weighted, % of max): official baseline ~75.2 on this test · winners 82.02 (SOLAT in the SWEN), 81.97 (Athene), 81.72 (UCL)');
  return out.join('\n');
}

export function formatContradiction(name: string, results: ContradictionResult[]): string {
  const out = [`\n== ${name}: the conflict detector (conflicts verdict = contradiction), engine defaults ==`];
  for (const r of results) {
    out.push(`${r.approach.padEnd(8)} ${r.pairs} pairs, ${r.contradictions} contradictions: predicted ${r.score.tp + r.score.fp}, precision ${r.score.tp + r.score.fp ? pct(r.score.precision) : '  n/a (no conflict called)'}, recall ${pct(r.score.recall)}, F1 ${pct(r.score.f1)}  by kind ${Object.entries(r.byKind).map(([k, v]) => `${k}:${v.correct}/${v.predicted}`).join(' ') || 'none'}`);
    for (const e of r.falseExamples.slice(0, 3)) out.push(`   false conflict [${e.kind}] "${e.premise.slice(0, 80)}" / "${e.hypothesis.slice(0, 80)}"`);
  }
  return out.join('\n');
}
