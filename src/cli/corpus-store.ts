/**
 * The bundled corpus on disk (corpus/sources.json plus one text file a report), for the maintainer's
 * `npm run corpus` tool: read, validate, add. Every expected failure is a value with a message that says
 * what to fix.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileCorpus } from '../core/corpus/compile-corpus.ts';
import { cleanReport } from '../core/text/clean-report.ts';
import type { Result } from '../core/types.ts';
import { isIsoDate } from './parse-args.ts';
import { readArticle } from './read-article.ts';

export type SourceEntry = {
  id: string;
  file: string;
  outlet: string;
  site?: string | null;
  title: string | null;
  published: string | null;
  url: string | null;
  language?: string;
  note?: string;
};

export type SourcesFile = { story?: string; reports: SourceEntry[] };

export type Problem = { id: string | null; message: string };

export function readSources(dir: string): Result<SourcesFile> {
  const path = join(dir, 'sources.json');
  if (!existsSync(path)) return { ok: false, error: `${path} does not exist. Is --dir the corpus folder?` };
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as SourcesFile;
    if (!parsed || !Array.isArray(parsed.reports)) return { ok: false, error: `${path} has no "reports" list.` };
    return { ok: true, value: parsed };
  } catch (error) {
    return { ok: false, error: `${path} is not valid JSON: ${(error as Error).message}` };
  }
}

/** Metadata problems, missing files, exact duplicates and wire copies, each with the report it concerns. */
export function checkCorpus(dir: string, sources: SourcesFile): Problem[] {
  const problems: Problem[] = [];
  const ids = new Set<string>();
  const texts = new Map<string, string>();
  const readable: { entry: SourceEntry; text: string }[] = [];
  for (const entry of sources.reports) {
    const id = typeof entry.id === 'string' ? entry.id : null;
    const say = (message: string) => problems.push({ id, message });
    if (!id || !/^\d{3,}$/.test(id)) say(`id ${JSON.stringify(entry.id)} is not a number of at least three digits ("005").`);
    else if (ids.has(id)) say(`id ${id} is used twice.`);
    else ids.add(id);
    if (typeof entry.outlet !== 'string' || !entry.outlet.trim()) say('has no outlet.');
    if (entry.published === null || entry.published === undefined) say('has no publication date; every temporal judgement needs one.');
    else if (typeof entry.published !== 'string' || !isIsoDate(entry.published)) say(`published ${JSON.stringify(entry.published)} is not a date as YYYY-MM-DD.`);
    if (entry.title !== null && typeof entry.title !== 'string') say('title must be a string or null.');
    if (entry.url !== null && entry.url !== undefined && !isHttpUrl(entry.url)) say(`url ${JSON.stringify(entry.url)} is not an http(s) URL.`);
    if (typeof entry.file !== 'string' || !entry.file || entry.file.includes('/') || entry.file.includes('\\')) {
      say(`file ${JSON.stringify(entry.file)} must be a plain file name inside the corpus folder.`);
      continue;
    }
    const path = join(dir, entry.file);
    if (!existsSync(path)) {
      say(`file ${entry.file} is missing.`);
      continue;
    }
    const text = readFileSync(path, 'utf8');
    const body = cleanReport(text, { title: entry.title }).replace(/\s+/g, ' ').trim();
    if (body.length < 200) say(`file ${entry.file} has almost no article text after cleaning (${body.length} characters).`);
    const same = texts.get(body);
    if (same) say(`is an exact duplicate of ${same}.`);
    else texts.set(body, id ?? entry.file);
    readable.push({ entry, text });
  }
  problems.push(...findWireCopies(readable));
  return problems;
}

/** Near-identical reports (wire copies), found the same way the engine groups them when counting sources. */
function findWireCopies(reports: { entry: SourceEntry; text: string }[]): Problem[] {
  const index = compileCorpus(
    reports.map(({ entry, text }) => ({
      id: entry.id, outlet: entry.outlet, title: entry.title, published: entry.published, url: entry.url ?? null, text,
    })),
  );
  const groups = new Map<number, string[]>();
  for (const rep of index.reports) groups.set(rep.group, [...(groups.get(rep.group) ?? []), rep.id]);
  return [...groups.values()]
    .filter((ids) => ids.length > 1)
    .map((ids) => ({ id: ids[0]!, message: `is a near-identical copy of ${ids.slice(1).join(', ')} (wire copy); keep one, or note why both belong.` }));
}

export type AddOptions = { outlet?: string; title?: string; published?: string; url?: string };

/** Extracts a saved page (Readability for HTML, the boilerplate cleaner for text) into the corpus. */
export function addReport(dir: string, sources: SourcesFile, file: string, options: AddOptions): Result<SourceEntry> {
  const read = readArticle(file, options.published ?? null);
  if (!read.ok) return read;
  const article = read.value;
  const outlet = options.outlet ?? article.siteName ?? null;
  if (!outlet) return { ok: false, error: `${file}: the outlet is not in the page. Give it with --outlet "Name".` };
  const published = options.published ?? (article.published ? article.published.slice(0, 10) : null);
  if (!published) return { ok: false, error: `${file}: the publication date is not in the page. Give it with --published YYYY-MM-DD.` };
  if (!isIsoDate(published)) return { ok: false, error: `${file}: the publication date "${published}" is not a date as YYYY-MM-DD.` };
  const url = options.url ?? article.url;
  if (url && !isHttpUrl(url)) return { ok: false, error: `${file}: --url "${url}" is not an http(s) URL.` };
  const text = /\.html?$/i.test(file) ? article.text : cleanReport(article.text, { title: options.title ?? article.title });
  if (text.trim().length < 200) return { ok: false, error: `${file}: almost no article text could be extracted (${text.trim().length} characters).` };
  const next = Math.max(-1, ...sources.reports.map((r) => Number.parseInt(r.id, 10)).filter(Number.isFinite)) + 1;
  const id = String(next).padStart(3, '0');
  const entry: SourceEntry = { id, file: `${id}.txt`, outlet, title: options.title ?? article.title, published, url: url ?? null, language: 'en' };
  writeFileSync(join(dir, entry.file), text.trim() + '\n');
  sources.reports.push(entry);
  writeFileSync(join(dir, 'sources.json'), JSON.stringify(sources, null, 2) + '\n');
  return { ok: true, value: entry };
}

function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const u = new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}
