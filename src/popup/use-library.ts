/**
 * The library page's state: the listing, and what remove, export and import did. Export hands the
 * file to the browser as a download from a blob URL; import reads the chosen file and lets the
 * background check it whole.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { LibraryEntry, LibraryListing } from '../messages/protocol';
import { MAX_IMPORT_CHARS } from '../messages/protocol';
import type { LibraryClient } from './library-client';
import type { LibraryNote } from './LibraryView';

/** Saves text as a file through `<a download>`; injected so tests need not download. */
export type SaveFile = (fileName: string, content: string) => void;

export const saveWithDownloadLink: SaveFile = (fileName, content) => {
  const url = URL.createObjectURL(new Blob([content], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL; give it a moment before the blob is let go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

export function useLibrary(client: LibraryClient, save: SaveFile = saveWithDownloadLink) {
  const [listing, setListing] = useState<LibraryListing | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<LibraryNote | null>(null);
  const [busy, setBusy] = useState(false);

  const reload = useCallback(async () => {
    const answer = await client.list();
    if (answer.ok) {
      setListing(answer.value);
      setError(null);
    } else setError(`Your library could not be read: ${answer.failure.message}`);
  }, [client]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return {
    listing,
    error,
    note,
    busy,
    async remove(entry: LibraryEntry) {
      const answer = await client.remove(entry.id);
      setNote(answer.ok ? { tone: 'ok', text: `Removed “${entry.title ?? entry.outlet}”.` } : { tone: 'error', text: answer.failure.message });
      await reload();
    },
    async exportLibrary() {
      setBusy(true);
      const answer = await client.exportFile();
      setBusy(false);
      if (!answer.ok) return setNote({ tone: 'error', text: `The library could not be exported: ${answer.failure.message}` });
      save(answer.value.fileName, answer.value.content);
      setNote({ tone: 'ok', text: `Exported ${plural(listing?.count ?? 0, 'article', 'articles')} to ${answer.value.fileName}.` });
    },
    async importLibrary(file: File) {
      // A file's size in bytes is at least its length in characters: a larger one cannot be a library.
      if (file.size > MAX_IMPORT_CHARS) {
        return setNote({ tone: 'error', text: `Nothing was imported: the file is larger than ${MAX_IMPORT_CHARS / 1_000_000} MB, more than a library export can be.` });
      }
      setBusy(true);
      let content: string;
      try {
        content = await file.text();
      } catch {
        setBusy(false);
        return setNote({ tone: 'error', text: 'Nothing was imported: the file could not be read.' });
      }
      const answer = await client.importFile(content);
      setBusy(false);
      if (!answer.ok) return setNote({ tone: 'error', text: `Nothing was imported. ${answer.failure.message}` });
      const { added, skipped } = answer.value;
      setNote({
        tone: 'ok',
        text: `Imported ${plural(added, 'article', 'articles')}${skipped ? `; ${plural(skipped, 'was', 'were')} already in your library` : ''}.`,
      });
      await reload();
    },
  };
}
