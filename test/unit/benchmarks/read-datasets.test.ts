import { describe, expect, it } from 'vitest';
import { parseFncBodies, parseFncStances } from '../../../src/cli/benchmarks/read-fnc.ts';
import { parseMsrp } from '../../../src/cli/benchmarks/read-msrp.ts';
import { parseRte3, parseSick } from '../../../src/cli/benchmarks/read-nli.ts';
import { parseBenchmarkArgs } from '../../../src/cli/benchmarks/parse-benchmark-args.ts';

describe('FNC-1 CSV loading', () => {
  it('keeps a quoted multi-line body with commas and doubled quotes as one body', () => {
    const csv = '\uFEFFBody ID,articleBody\n7,"First line, with a comma.\n\nSecond paragraph says ""hello""."\n8,Short body.\n';
    const r = parseFncBodies(csv);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.size).toBe(2);
    expect(r.value.get('7')).toBe('First line, with a comma.\n\nSecond paragraph says "hello".');
    expect(r.value.get('8')).toBe('Short body.');
  });

  it('reads stances in file order and rejects an unknown stance with a message', () => {
    const ok = parseFncStances('Headline,Body ID,Stance\n"Mayor quits, aides say",7,agree\nOther story,8,unrelated\n');
    expect(ok).toEqual({ ok: true, value: [
      { headline: 'Mayor quits, aides say', bodyId: '7', stance: 'agree' },
      { headline: 'Other story', bodyId: '8', stance: 'unrelated' },
    ] });
    const bad = parseFncStances('Headline,Body ID,Stance\nX,1,maybe\n');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toMatch(/unknown stance "maybe"/);
  });

  it('reports missing columns and unterminated quotes as values', () => {
    const wrong = parseFncBodies('id,text\n1,x\n');
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.error).toMatch(/Body ID, articleBody/);
    expect(parseFncBodies('Body ID,articleBody\n1,"never closed\n').ok).toBe(false);
  });
});

describe('MSRP, RTE-3 and SICK loading', () => {
  it('reads MSRP pairs with bare quotes and a BOM', () => {
    const text = '\uFEFFQuality\t#1 ID\t#2 ID\t#1 String\t#2 String\n1\t1\t2\tHe said "yes" today.\tHe agreed today.\n0\t3\t4\tA.\tB.\n';
    expect(parseMsrp(text)).toEqual({ ok: true, value: [
      { label: true, a: 'He said "yes" today.', b: 'He agreed today.' },
      { label: false, a: 'A.', b: 'B.' },
    ] });
    expect(parseMsrp('a,b,c\n').ok).toBe(false);
  });

  it('marks only CONTRADICTION pairs as contradictions in RTE-3 and SICK', () => {
    const rte = parseRte3('id\ttask\tlength\ttext\thypothesis\tlabel_2way_pascal\tlabel_3way\tnote\n1\tIE\tshort\tT1\tH1\tNO\tCONTRADICTION\t\n2\tIE\tshort\tT2\tH2\tNO\tUNKNOWN\t\n', 'test');
    expect(rte.ok && rte.value.map((p) => p.contradiction)).toEqual([true, false]);
    const sick = parseSick('pair_ID\tsentence_A\tsentence_B\tentailment_label\tSemEval_set\n1\tA dog runs\tNo dog runs\tCONTRADICTION\tTEST\r\n');
    expect(sick.ok && sick.value[0]).toEqual({ premise: 'A dog runs', hypothesis: 'No dog runs', contradiction: true, split: 'TEST' });
  });
});

describe('eval:benchmarks arguments', () => {
  it('runs every benchmark with the three approaches by default, and narrows with --only and --approach', () => {
    expect(parseBenchmarkArgs([])).toEqual({ ok: true, value: { json: false, only: ['msrp', 'fnc1', 'rte3', 'sick'], approaches: ['lexical', 'lexicon', 'vectors'], datasets: null } });
    expect(parseBenchmarkArgs(['--only', 'fnc1', '--approach=lexical', '--json'])).toEqual({ ok: true, value: { json: true, only: ['fnc1'], approaches: ['lexical'], datasets: null } });
    expect(parseBenchmarkArgs(['--approach', 'lexicon,vectors'])).toMatchObject({ ok: true, value: { approaches: ['lexicon', 'vectors'] } });
    expect(parseBenchmarkArgs(['--approach', 'bert']).ok).toBe(false);
  });

  it('explains an unknown benchmark or option', () => {
    const r = parseBenchmarkArgs(['--only', 'glue']);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/msrp\|fnc1/);
    expect(parseBenchmarkArgs(['--fast']).ok).toBe(false);
  });
});
