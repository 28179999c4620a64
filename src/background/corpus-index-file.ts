/** Where the build puts the packed bundled index (vite.config.ts), relative to the extension's root. */
export const CORPUS_INDEX_FILE = 'corpus-index.json';
