/**
 * The benchmark's local site on 127.0.0.1: article pages and readability test pages from memory or
 * disk, the harness, and the synthetic indexes. Nothing leaves the machine; the browser context
 * aborts every request to another origin.
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';

export type BenchServer = {
  origin: string;
  /** Serves `body` (or the file at `file`) at `path`. */
  put(path: string, entry: { body?: string; file?: string; type: string }): string;
  close(): Promise<void>;
};

export async function startBenchServer(): Promise<BenchServer> {
  const routes = new Map<string, { body?: string; file?: string; type: string }>();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const entry = routes.get(path);
    if (!entry || (entry.file && !existsSync(entry.file))) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const headers = { 'content-type': entry.type, 'cache-control': 'no-store' };
    if (entry.file) {
      res.writeHead(200, { ...headers, 'content-length': statSync(entry.file).size });
      createReadStream(entry.file).pipe(res);
    } else {
      res.writeHead(200, headers).end(entry.body);
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    put(path, entry) {
      routes.set(path, entry);
      return origin + path;
    },
    close: () => new Promise((done) => { server.closeAllConnections(); server.close(() => done()); }),
  };
}
