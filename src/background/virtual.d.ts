/** The bundled corpus, compiled at build time by vite.config.ts (see `corpusIndex()` there). */
declare module 'virtual:corpus-index' {
  const index: import('../core/corpus/pack-index').PackedIndex;
  export default index;
}

/** True only in the test build (dist-test/), so test hooks are dropped from the shipped build. */
declare const __CORROBORATE_TEST_BUILD__: boolean;
