import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');
const tsx = resolve(root, 'node_modules/.bin/tsx');
const cli = resolve(root, 'src/cli/analyze.ts');

function run(args: string[]) {
  return spawnSync(tsx, [cli, ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
}

describe('analyze CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-cli-'));

  it('prints exactly one parseable JSON report with --json', () => {
    const file = join(dir, 'story.txt');
    writeFileSync(
      file,
      'https://example.org/news/1\nNorth Korean troops fight in Kursk\n\nThe United States confirmed on Tuesday that North Korean troops have begun engaging in combat operations against Ukrainian forces in Russia\'s Kursk region.\n\nState Department spokesperson Vedant Patel said more than 10,000 North Korean soldiers have been sent to Russia.\n',
    );
    const out = execFileSync(tsx, [cli, file, '--json', '--published', '2024-11-13'], { cwd: root, encoding: 'utf8' });
    const report = JSON.parse(out);
    expect(report.article.url).toBe('https://example.org/news/1');
    expect(report.article.published).toBe('2024-11-13');
    expect(Array.isArray(report.claims)).toBe(true);
    expect(report.sources.length).toBeGreaterThan(0);
    expect(report.claims.some((c: { status: string }) => c.status !== 'unique')).toBe(true);
  });

  it('reads the date of a .txt from its dateline when --published is not given, and says where it came from', () => {
    const file = join(dir, 'dated.txt');
    writeFileSync(
      file,
      'World\nNorth Korean troops fight in Kursk\nPublished: 13 Nov. 2024, 09:12\n\nThe United States confirmed on Tuesday that North Korean troops have begun engaging in combat operations against Ukrainian forces in Russia\'s Kursk region.\n',
    );
    const report = JSON.parse(execFileSync(tsx, [cli, file, '--json'], { cwd: root, encoding: 'utf8' }));
    expect(report.article.published).toBe('2024-11-13');
    expect(report.article.dateline).toBe('Published: 13 Nov. 2024, 09:12');
    const text = execFileSync(tsx, [cli, file], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(text).toContain('13 Nov 2024 (read from "Published: 13 Nov. 2024, 09:12")');
  });

  it('reads an .html page through Readability, with its title, canonical URL and date from the metadata', () => {
    const file = join(dir, 'story.html');
    const para = (t: string) => `<p>${t}</p>`;
    writeFileSync(
      file,
      `<!doctype html><html><head><title>North Korean troops fight in Kursk - Example News</title>
      <link rel="canonical" href="https://example.org/news/kursk">
      <meta property="article:published_time" content="2024-11-13T09:12:00Z"></head><body>
      <nav><a href="/">Home</a> <a href="/world">World</a></nav>
      <article><h1>North Korean troops fight in Kursk</h1>
      ${para("The United States confirmed on Tuesday that North Korean troops have begun engaging in combat operations against Ukrainian forces in Russia's Kursk region.")}
      ${para('State Department spokesperson Vedant Patel said more than 10,000 North Korean soldiers have been sent to Russia, and most of them have moved to the Kursk region.')}
      ${para('Patel said Russia has been training the North Korean soldiers in artillery, drones and basic infantry operations, including trench clearing.')}
      </article></body></html>`,
    );
    const report = JSON.parse(execFileSync(tsx, [cli, file, '--json'], { cwd: root, encoding: 'utf8' }));
    expect(report.article.url).toBe('https://example.org/news/kursk');
    expect(report.article.published).toBe('2024-11-13');
    expect(report.article.title).toMatch(/North Korean troops fight in Kursk/);
    expect(report.claims.map((c: { text: string }) => c.text).join(' ')).not.toMatch(/Home|World/);
    expect(report.claims.some((c: { status: string }) => c.status !== 'unique')).toBe(true);
  });

  it("gives an unrelated text the notice 'unrelated' and no claims", () => {
    const file = join(dir, 'bread.txt');
    writeFileSync(
      file,
      'Knead the dough for ten minutes until it is smooth and elastic, then leave it to rise in a warm kitchen.\n\nBake the loaf at 220 degrees for thirty-five minutes, until the crust sounds hollow when tapped.\n',
    );
    const report = JSON.parse(execFileSync(tsx, [cli, file, '--json'], { cwd: root, encoding: 'utf8' }));
    expect(report.notice?.kind).toBe('unrelated');
    expect(report.claims).toEqual([]);
  });

  it('exits with code 2 and a clear message for a missing file', () => {
    const r = run([join(dir, 'nope.txt'), '--json']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/No such file/);
    expect(r.stdout).toBe('');
  });

  it('exits with code 2 for a malformed --published date', () => {
    const file = join(dir, 'x.txt');
    writeFileSync(file, 'Some text about nothing in particular for the test.');
    const r = run([file, '--published', '2024-13-45']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/YYYY-MM-DD/);
  });
});
