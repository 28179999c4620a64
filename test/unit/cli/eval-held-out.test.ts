import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');
const tsx = resolve(root, 'node_modules/.bin/tsx');
const cli = resolve(root, 'src/cli/eval.ts');

// An article written for this test, labelled against the bundled corpus, the way a held-out set is.
const ARTICLE = [
  'World | Asia',
  'Washington says North Korean troops now in combat',
  '',
  'The United States confirmed on Tuesday that North Korean troops have begun engaging in combat operations against Ukrainian forces in Russia\'s Kursk region.',
  '',
  'A new footbridge over the Han River in Seoul opened to walkers on Sunday after three years of work, city officials said.',
].join('\n');

describe('npm run eval -- --gold (a held-out labelled set)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-eval-'));
  writeFileSync(join(dir, 'h1.txt'), ARTICLE);
  const gold = {
    documents: [{ id: 'h1', file: 'h1.txt', published: '2024-11-13' }],
    pairs: [
      {
        id: 't1',
        a: { doc: 'h1', quote: 'The United States confirmed on Tuesday that North Korean troops have begun engaging in combat operations' },
        b: { doc: '001', quote: 'The United States confirmed Tuesday that North Korean troops' },
        label: 'corroborates',
        kind: 'same-fact',
      },
    ],
    unique: [{ doc: 'h1', quote: 'A new footbridge over the Han River in Seoul opened to walkers on Sunday' }],
  };
  writeFileSync(join(dir, 'gold.json'), JSON.stringify(gold));

  it('analyses the pages the corpus does not hold against the whole corpus, and scores only their direction', () => {
    const run = spawnSync(tsx, [cli, '--gold', join(dir, 'gold.json'), '--json'], { cwd: root, encoding: 'utf8', timeout: 120_000 });
    expect(run.status, run.stderr).toBe(0);
    const score = JSON.parse(run.stdout);
    expect(score.corroborates.tp).toBe(1);
    expect(score.corroborates.fn).toBe(0);
    expect(score.unique).toMatchObject({ correct: 1, total: 1 });
  });

  it('says what is wrong with a labelled set it cannot use', () => {
    writeFileSync(join(dir, 'broken.json'), '{ "pairs": [');
    const broken = spawnSync(tsx, [cli, '--gold', join(dir, 'broken.json')], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/is not a labelled set/);
    writeFileSync(join(dir, 'corpus-only.json'), JSON.stringify({ documents: [{ id: '001', file: '001.txt' }], pairs: [], unique: [] }));
    const none = spawnSync(tsx, [cli, '--gold', join(dir, 'corpus-only.json')], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/no document outside the corpus/);
  });
});
