/**
 * Prints the size of each entry point of the built extension (its own file plus every chunk it
 * imports, raw and gzip), and fails when the content script is over its budget: it is injected into
 * the reader's page on every click, so it must stay small. Run after `npm run build`: npm run size
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = resolve(import.meta.dirname, '..', process.argv[2] ?? 'dist');
/** Budget for the injected content script, gzip. */
const CONTENT_BUDGET = 60 * 1024;

if (!existsSync(join(dist, 'manifest.json'))) {
  console.error(`${dist} is missing: run \`npm run build\` first.`);
  process.exit(1);
}

/** The file and every file it imports, transitively (ES module imports and HTML script/link tags). */
function closure(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    const refs = file.endsWith('.html')
      ? [...text.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1])
      : [...text.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)].map((m) => m[1]);
    for (const ref of refs) visit(ref.startsWith('/') ? join(dist, ref) : resolve(dirname(file), ref));
  };
  visit(entry);
  return [...seen];
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const entries = ['background.js', 'content.js', 'popup.html', 'report.html'];
const rows = entries.map((entry) => {
  const files = closure(join(dist, entry)).filter((f) => !f.endsWith('.html'));
  const raw = files.reduce((n, f) => n + readFileSync(f).length, 0);
  const gzip = files.reduce((n, f) => n + gzipSync(readFileSync(f), { level: 9 }).length, 0);
  return { entry, files: files.length, raw, gzip };
});

console.log(`Bundle sizes (${dist}); each entry point with the chunks it loads:`);
console.log('entry point    files      raw     gzip');
for (const r of rows) console.log(`${r.entry.padEnd(14)} ${String(r.files).padStart(5)} ${kb(r.raw).padStart(9)} ${kb(r.gzip).padStart(8)}`);
const indexFile = join(dist, 'corpus-index.json');
if (existsSync(indexFile)) {
  const bytes = readFileSync(indexFile);
  console.log(`corpus-index.json (fetched by the background at its first analysis): ${kb(bytes.length)}, gzip ${kb(gzipSync(bytes, { level: 9 }).length)}`);
}

const content = rows.find((r) => r.entry === 'content.js');
if (content.gzip > CONTENT_BUDGET) {
  console.error(`content.js is ${kb(content.gzip)} gzip, over its ${kb(CONTENT_BUDGET)} budget.`);
  process.exit(1);
}
