// Placeholder until the engine lands: the real compiler cleans and indexes the reports.
import type { RawReport } from './raw-report';
export type CorpusIndex = { reports: RawReport[] };
export function compileCorpus(reports: RawReport[]): CorpusIndex {
  return { reports };
}
