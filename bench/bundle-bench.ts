/**
 * Part 3, bundle: the bytes each entry point makes the browser load (its file plus the chunks it
 * imports statically, and the popup's stylesheet), minified as built and gzipped (level 9), and the
 * check that the manifest declares no content script, so a page never analysed pays nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export type BundleEntry = { name: string; files: string[]; bytes: number; gzipBytes: number };
export type BundleResult = { entries: BundleEntry[]; contentScriptsDeclared: boolean; manifestNote: string };

/** A file and every chunk it imports statically (`from"./x.js"`, `import"./x.js"`), each once. */
function closure(file: string, seen = new Set<string>()): string[] {
  if (seen.has(file) || !existsSync(file)) return [...seen];
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) closure(resolve(dirname(file), m[1]!), seen);
  return [...seen];
}

function entry(dist: string, name: string, files: string[]): BundleEntry {
  const buffers = files.map((f) => readFileSync(f));
  // gzip of the concatenation: what one stream of these bytes compresses to; per-file gzip differs by a few hundred bytes.
  const all = Buffer.concat(buffers);
  return { name, files: files.map((f) => relative(dist, f)), bytes: all.length, gzipBytes: gzipSync(all, { level: 9 }).length };
}

export function runBundleBench(dist: string): BundleResult {
  const entries: BundleEntry[] = [entry(dist, 'content script', [join(dist, 'content.js')]), entry(dist, 'background', closure(join(dist, 'background.js')))];
  const popupHtml = readFileSync(join(dist, 'popup.html'), 'utf8');
  const popupFiles: string[] = [];
  for (const m of popupHtml.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) popupFiles.push(...closure(join(dist, m[1]!)));
  for (const m of popupHtml.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)) popupFiles.push(join(dist, m[1]!));
  entries.push(entry(dist, 'popup', [...new Set(popupFiles)]));
  // Fetched by the background at its first analysis, not part of its script.
  if (existsSync(join(dist, 'corpus-index.json'))) entries.push(entry(dist, 'corpus index (lazy asset)', [join(dist, 'corpus-index.json')]));
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  const declared = Array.isArray(manifest.content_scripts) && manifest.content_scripts.length > 0;
  const hostPermissions = (manifest.host_permissions as unknown[] | undefined)?.length ?? 0;
  return {
    entries,
    contentScriptsDeclared: declared,
    manifestNote: declared
      ? 'manifest declares content_scripts: every matching page loads the content script'
      : `no content_scripts in the manifest; ${hostPermissions ? `${hostPermissions} host permission(s)` : 'no host permissions'}; the content script is injected on a click only`,
  };
}
