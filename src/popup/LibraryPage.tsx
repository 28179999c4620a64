import { Brand } from './AnalysisView';
import type { LibraryClient } from './library-client';
import { LibraryView } from './LibraryView';
import { useLibrary, type SaveFile } from './use-library';

/** Props of {@link LibraryPage}. */
export type LibraryPageProps = {
  /** The link to the extension; tests pass a fake. */
  client: LibraryClient;
  /** How an export is saved; tests pass a recorder. */
  save?: SaveFile;
};

/** The library page (library.html, also the extension's options page): wires the client to the view. */
export function LibraryPage({ client, save }: LibraryPageProps) {
  const lib = useLibrary(client, save);
  return (
    <div class="app app--report" data-state="library">
      <div class="bar">
        <Brand />
      </div>
      <main class="content">
        <LibraryView
          listing={lib.listing}
          error={lib.error}
          note={lib.note}
          busy={lib.busy}
          onRemove={(entry) => void lib.remove(entry)}
          onExport={() => void lib.exportLibrary()}
          onImport={(file) => void lib.importLibrary(file)}
        />
      </main>
    </div>
  );
}
