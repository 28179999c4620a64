import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { addReport, checkCorpus, readSources } from '../../../src/cli/corpus-store.ts';

const root = resolve(import.meta.dirname, '../../..');
let dir: string;
let work: string;

const ARTICLE = `Officials in the coastal province said on Thursday that 1,200 residents had been evacuated after the river burst its banks.
The regional governor told reporters that rescue teams had reached every flooded village by nightfall.
Emergency services reported that two bridges had collapsed and that the main highway would stay closed for at least a week.
Forecasters expect more rain over the weekend, the national weather agency said in a statement.`;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'corpus-tool-'));
  dir = join(work, 'corpus');
  cpSync(join(root, 'corpus'), dir, { recursive: true });
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

function sources() {
  const read = readSources(dir);
  if (!read.ok) throw new Error(read.error);
  return read.value;
}

describe('the corpus tool', () => {
  it('finds no problem in the bundled corpus', () => {
    expect(checkCorpus(dir, sources())).toEqual([]);
  });

  it('adds a text report with its metadata under the next id', () => {
    const file = join(work, 'flood.txt');
    writeFileSync(file, ARTICLE);
    const added = addReport(dir, sources(), file, { outlet: 'Example Times', published: '2025-03-06', title: 'Floods force evacuations' });
    expect(added.ok && added.value.id).toBe('005');
    const entry = sources().reports.find((r) => r.id === '005');
    expect(entry).toMatchObject({ outlet: 'Example Times', published: '2025-03-06', file: '005.txt' });
    expect(readFileSync(join(dir, '005.txt'), 'utf8')).toContain('1,200 residents');
    expect(checkCorpus(dir, sources())).toEqual([]);
  });

  it('asks for a missing publication date instead of guessing one', () => {
    const file = join(work, 'flood.txt');
    writeFileSync(file, ARTICLE);
    const added = addReport(dir, sources(), file, { outlet: 'Example Times' });
    expect(added).toEqual({ ok: false, error: expect.stringContaining('--published YYYY-MM-DD') });
    expect(sources().reports).toHaveLength(5);
  });

  it('asks for a missing outlet', () => {
    const file = join(work, 'flood.txt');
    writeFileSync(file, ARTICLE);
    const added = addReport(dir, sources(), file, { published: '2025-03-06' });
    expect(added).toEqual({ ok: false, error: expect.stringContaining('--outlet') });
  });

  it('reports a wire copy added under another outlet', () => {
    const copy = join(work, 'copy.txt');
    writeFileSync(copy, readFileSync(join(dir, '001.txt'), 'utf8'));
    const added = addReport(dir, sources(), copy, { outlet: 'Another Paper', published: '2024-11-13' });
    expect(added.ok).toBe(true);
    const problems = checkCorpus(dir, sources());
    expect(problems.map((p) => p.message).join('\n')).toMatch(/duplicate|wire copy/);
  });

  it('reports bad metadata: a reused id, a bad date and a missing file', () => {
    const s = sources();
    s.reports.push({ ...s.reports[0]!, published: '2024-13-45' });
    s.reports.push({ id: '009', file: 'missing.txt', outlet: 'X', title: null, published: '2024-01-01', url: 'javascript:alert(1)' });
    const messages = checkCorpus(dir, s).map((p) => `${p.id}: ${p.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining('used twice'),
        expect.stringContaining('not a date'),
        expect.stringContaining('missing.txt is missing'),
        expect.stringContaining('not an http(s) URL'),
      ]),
    );
  });

  it('exits non-zero from the command line when check finds a problem', () => {
    writeFileSync(join(dir, 'sources.json'), '{"reports": [{"id": "1"}');
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/corpus.ts'), 'check', '--dir', dir], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('not valid JSON');
  });
});
