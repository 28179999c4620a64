/**
 * What the Keep button and the library page need from the extension. The real implementation
 * (browser-library-client.ts) asks the background; component tests pass a fake.
 */
import type { KeepResult, LibraryListing, Outcome } from '../messages/protocol';

export type LibraryClient = {
  /** Whether the article of the tab's analysis is already kept. */
  keptState(tabId: number): Promise<Outcome<{ kept: boolean }>>;
  /** Keep the article of the tab's analysis. */
  keep(tabId: number): Promise<Outcome<KeepResult>>;
  list(): Promise<Outcome<LibraryListing>>;
  remove(id: string): Promise<Outcome<{ removed: boolean }>>;
  exportFile(): Promise<Outcome<{ fileName: string; content: string }>>;
  importFile(content: string): Promise<Outcome<{ added: number; skipped: number }>>;
  /** Open the library page in a tab. */
  openLibrary(): Promise<void>;
};
