/**
 * A local news site for the end-to-end tests: serves test/fixtures/<slug>/source.html at
 * http://127.0.0.1:<ephemeral port>/<slug>.html and records every request it gets.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

const fixtures = resolve(import.meta.dirname, '../fixtures');

export type PageServer = {
  origin: string;
  /** URL of a fixture page, e.g. `url('kursk-demo')`. */
  url(slug: string): string;
  /** Paths requested so far, in order. */
  requests: string[];
  close(): Promise<void>;
};

/** `root` holds one folder per page, `<slug>/source.html`; the fixtures by default. */
export async function startPageServer(root = fixtures): Promise<PageServer> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(path);
    const slug = /^\/([a-z0-9-]+)\.html$/.exec(path)?.[1];
    const file = slug ? resolve(root, slug, 'source.html') : null;
    if (!file || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (slug) => `${origin}/${slug}.html`,
    requests,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
