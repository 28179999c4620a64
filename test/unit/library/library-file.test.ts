import { describe, expect, it } from 'vitest';
import { LIMITS, libraryId, newArticles, parseLibraryFile, serialiseLibrary, type LibraryArticle } from '../../../src/core/library/library-file.ts';

const article = (over: Partial<LibraryArticle> = {}): LibraryArticle => ({
  id: libraryId(over.url ?? 'https://news.example/a', over.text ?? 'Officials said 40 people were rescued on Monday.'),
  url: 'https://news.example/a',
  outlet: 'Example News',
  title: 'Rescue on the river',
  published: '2025-02-03',
  text: 'Officials said 40 people were rescued on Monday.',
  addedAt: '2025-02-04T10:00:00.000Z',
  ...over,
});

const file = (articles: unknown[], over: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'corroborate-library', version: 1, exportedAt: '2025-02-05T00:00:00.000Z', articles, ...over });

function refused(content: string): string {
  const parsed = parseLibraryFile(content);
  if (parsed.ok) throw new Error('expected the file to be refused');
  return parsed.error;
}

describe('the library file', () => {
  it('reads back what it exported', () => {
    const articles = [article(), article({ url: null, id: libraryId(null, 'Another text about the flood.'), text: 'Another text about the flood.' })];
    expect(parseLibraryFile(serialiseLibrary(articles, new Date('2025-02-05T00:00:00Z')))).toEqual({ ok: true, value: articles });
  });

  it('refuses text that is not JSON', () => {
    expect(refused('this is not json')).toMatch(/not valid JSON/);
  });

  it('refuses a truncated file and says it is cut short', () => {
    const whole = file([article()]);
    expect(refused(whole.slice(0, whole.length / 2))).toMatch(/cut short/);
  });

  it('refuses a file of another format', () => {
    expect(refused(JSON.stringify({ hello: 'world' }))).toMatch(/format/);
    expect(refused(file([], { version: 2 }))).toMatch(/version/);
  });

  it('names the entry and field of a wrong type', () => {
    expect(refused(file([article(), { ...article(), title: 42 }]))).toBe('Article 2: field "title" should be string but is 42.');
  });

  it('refuses HTML or script in a field', () => {
    expect(refused(file([article({ outlet: '<img src=x onerror=alert(1)>' })]))).toMatch(/Article 1: field "outlet" contains HTML or script/);
    expect(refused(file([article({ text: 'Hello <script>alert(1)</script>' })]))).toMatch(/field "text" contains HTML or script/);
    expect(refused(file([article({ url: 'javascript:alert(1)' })]))).toMatch(/field "url" is not an http\(s\) address/);
  });

  it('refuses unknown fields, which a real export never has', () => {
    expect(refused(file([{ ...article(), extra: true }]))).toMatch(/Article 1/);
  });

  it('refuses a file with a million entries before looking at any of them', () => {
    const many = `{"format":"corroborate-library","version":1,"exportedAt":"2025-02-05T00:00:00.000Z","articles":[${'0,'.repeat(999_999)}0]}`;
    expect(refused(many)).toBe(`The file: field "articles" has more than ${LIMITS.articles.toLocaleString('en')} articles.`);
  });

  it('refuses an oversized file without parsing it', () => {
    expect(refused(' '.repeat(LIMITS.fileChars + 1))).toMatch(/larger than/);
  });

  it('merges without duplicates by id, URL or identical text', () => {
    const kept = [article()];
    const incoming = [
      article(),
      article({ id: 'lib-other', url: 'https://news.example/a' }),
      article({ id: 'lib-copy', url: 'https://mirror.example/a' }),
      article({ id: 'lib-new', url: 'https://news.example/b', text: 'A different report.' }),
      article({ id: 'lib-new-again', url: 'https://news.example/b', text: 'A different report.' }),
    ];
    expect(newArticles(kept, incoming).map((a) => a.id)).toEqual(['lib-new']);
  });

  it('gives the same page the same id, ignoring the fragment', () => {
    expect(libraryId('https://x.example/p#top', 'a')).toBe(libraryId('https://x.example/p', 'b'));
    expect(libraryId(null, 'one text')).not.toBe(libraryId(null, 'another text'));
  });
});
