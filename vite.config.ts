/**
 * Entry points of the extension. Two builds share this file:
 * - `vite build`: the popup, the full-report page and the background (ES modules);
 * - `vite build --mode content`: the content script as one classic script, because
 *   `scripting.executeScript({ files })` runs classic scripts, not modules.
 * `CORROBORATE_TARGET=test` writes a test variant to dist-test/ whose manifest adds
 * `http://127.0.0.1/*` to host_permissions (a programmatically opened popup has no
 * activeTab grant); the shipped build in dist/ never has it.
 */
import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadBundledCorpus } from './scripts/load-corpus.ts';
import { compileCorpus } from './src/core/corpus/compile-corpus.ts';
import { packIndex } from './src/core/corpus/pack-index.ts';
import { CORPUS_INDEX_FILE } from './src/background/corpus-index-file.ts';

const root = import.meta.dirname;
const isTest = process.env.CORROBORATE_TARGET === 'test';
const outDir = resolve(root, isTest ? 'dist-test' : 'dist');
/** Build-time constant: test hooks (src/background/test-hooks.ts) are compiled out of the shipped build. */
const define = { __CORROBORATE_TEST_BUILD__: JSON.stringify(isTest) };

/** Emits manifest.json, adding the test-only host permission for the test variant. */
function manifest(): Plugin {
  return {
    name: 'corroborate-manifest',
    generateBundle() {
      const json = JSON.parse(readFileSync(resolve(root, 'manifest.json'), 'utf8'));
      if (isTest) json.host_permissions = ['http://127.0.0.1/*'];
      this.emitFile({ type: 'asset', fileName: 'manifest.json', source: JSON.stringify(json, null, 2) });
    },
  };
}

/**
 * `corpus-index.json`: the bundled corpus, cleaned and indexed at build time, in its packed form
 * (pack-index.ts). A separate asset, not a module of background.js: the background fetches it at its
 * first analysis (run-engine.ts), so starting the worker parses none of it, and a parsed-then-dropped
 * JSON text leaves less on the heap than a module that keeps its source alive (bench/README.md).
 */
function corpusIndex(): Plugin {
  return {
    name: 'corroborate-corpus-index',
    generateBundle() {
      const index = compileCorpus(loadBundledCorpus(resolve(root, 'corpus')));
      this.emitFile({ type: 'asset', fileName: CORPUS_INDEX_FILE, source: JSON.stringify(packIndex(index)) });
    },
  };
}

export default defineConfig(({ mode }) =>
  mode === 'content'
    ? {
        publicDir: false,
        define,
        build: {
          outDir,
          emptyOutDir: false,
          target: 'es2022',
          lib: { entry: resolve(root, 'src/content/index.ts'), formats: ['iife'], name: 'corroborateContent', fileName: () => 'content.js' },
        },
      }
    : {
        plugins: [preact(), manifest(), corpusIndex()],
        define,
        build: {
          outDir,
          emptyOutDir: true,
          target: 'es2022',
          modulePreload: false,
          rollupOptions: {
            input: {
              popup: resolve(root, 'popup.html'),
              report: resolve(root, 'report.html'),
              library: resolve(root, 'library.html'),
              background: resolve(root, 'src/background/index.ts'),
            },
            output: { entryFileNames: (chunk) => (chunk.name === 'background' ? 'background.js' : 'assets/[name]-[hash].js') },
          },
        },
      },
);
