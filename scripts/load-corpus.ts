/** Reads corpus/ (sources.json plus one text file a report) into RawReports. Node only. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawReport } from '../src/core/corpus/raw-report.ts';

type SourcesFile = {
  story?: string;
  reports: { id: string; file: string; outlet: string; title: string | null; published: string | null; url: string | null }[];
};

export function loadBundledCorpus(dir: string): RawReport[] {
  const sources = JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8')) as SourcesFile;
  return sources.reports.map((r) => ({
    id: r.id,
    outlet: r.outlet,
    title: r.title,
    published: r.published,
    url: r.url,
    text: readFileSync(join(dir, r.file), 'utf8'),
    origin: 'bundled' as const,
  }));
}
