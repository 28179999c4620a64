import { useRef } from 'preact/hooks';
import type { LibraryEntry, LibraryListing } from '../messages/protocol';
import { formatDate } from '../ui/labels';
import { safeHttpUrl } from './safe-url';
import './library.css';

/** A line under the import and export buttons: what the last one did. */
export type LibraryNote = { tone: 'ok' | 'error'; text: string };

/** Props of {@link LibraryView}. */
export type LibraryViewProps = {
  /** The kept articles by story; null while they load. */
  listing: LibraryListing | null;
  /** Why the library could not be read, if it could not. */
  error: string | null;
  /** The outcome of the last import, export or removal. */
  note: LibraryNote | null;
  /** An import or export is running. */
  busy: boolean;
  onRemove: (entry: LibraryEntry) => void;
  onExport: () => void;
  onImport: (file: File) => void;
};

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
const nameOf = (a: LibraryEntry) => a.title ?? a.url ?? a.outlet;

function Entry({ entry, onRemove }: { entry: LibraryEntry; onRemove: (entry: LibraryEntry) => void }) {
  const url = safeHttpUrl(entry.url);
  return (
    <li class="kept" data-library-id={entry.id}>
      <div class="kept__text">
        <p class="kept__meta">
          <span class="kept__outlet">{entry.outlet}</span> · {formatDate(entry.published)}
        </p>
        <p class="kept__title">
          {url ? (
            <a href={url} target="_blank" rel="noopener noreferrer">
              {entry.title ?? url}
            </a>
          ) : (
            (entry.title ?? 'Untitled article')
          )}
        </p>
        <p class="kept__added">Kept {formatDate(entry.addedAt)}</p>
      </div>
      <button type="button" class="button button--quiet kept__remove" onClick={() => onRemove(entry)}>
        Remove<span class="visually-hidden"> {nameOf(entry)} from your library</span>
      </button>
    </li>
  );
}

/** The reader's library: kept articles grouped by story, each removable, and the whole exportable. */
export function LibraryView({ listing, error, note, busy, onRemove, onExport, onImport }: LibraryViewProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <section class="library" aria-labelledby="library-title" aria-busy={listing === null && !error}>
      <header class="library__head">
        <h1 id="library-title" class="library__title">
          Your library
        </h1>
        <p class="library__intro">
          Articles you keep are checked against every article you open next, alongside the reports that come with Corroborate. They stay in this browser
          and go nowhere else.
        </p>
        <div class="library__actions">
          <button type="button" class="button" onClick={onExport} disabled={busy || !listing?.count}>
            Export library
          </button>
          <label class="button button--quiet library__import">
            Import a library file
            <input
              ref={input}
              type="file"
              accept="application/json,.json"
              class="visually-hidden"
              disabled={busy}
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                // Cleared so that choosing the same file again (after fixing it) imports again.
                e.currentTarget.value = '';
                if (file) onImport(file);
              }}
            />
          </label>
        </div>
        <p class={`library__note${note?.tone === 'error' ? ' library__note--error' : ''}`} role="status">
          {note?.text ?? ''}
        </p>
      </header>
      {error ? (
        <p class="library__note library__note--error" role="alert">
          {error}
        </p>
      ) : listing === null ? (
        <p class="library__empty">Loading your library…</p>
      ) : listing.count === 0 ? (
        <p class="library__empty">Your library is empty. Open a news article, click Corroborate, and choose “Keep this article”.</p>
      ) : (
        <>
          <p class="library__count">
            {plural(listing.count, 'article', 'articles')} in {plural(listing.stories.length, 'story', 'stories')}
          </p>
          {listing.stories.map((story, i) => (
            <section key={story.articles[0]!.id} class="story" aria-labelledby={`story-${i}`}>
              <h2 id={`story-${i}`} class="story__title">
                {nameOf(story.articles.at(-1)!)}
                <span class="story__count"> · {plural(story.articles.length, 'article', 'articles')}</span>
              </h2>
              <ul class="story__list">
                {story.articles.map((a) => (
                  <Entry key={a.id} entry={a} onRemove={onRemove} />
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </section>
  );
}
