/** Bundles bench/harness.ts into one classic script with vite (a declared dependency), in memory. */
import { build } from 'vite';
import { resolve } from 'node:path';

export async function buildHarness(root: string): Promise<string> {
  const out = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    define: { __CORROBORATE_TEST_BUILD__: 'false' },
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: { entry: resolve(root, 'bench/harness.ts'), formats: ['iife'], name: 'corroborateBenchHarness', fileName: () => 'harness.js' },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as Array<{ output?: Array<{ type: string; code?: string }> }>;
  const chunk = outputs.flatMap((o) => o.output ?? []).find((o) => o.type === 'chunk');
  if (!chunk?.code) throw new Error('the harness bundle came out empty');
  return chunk.code;
}
