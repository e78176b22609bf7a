// Put state in place: the scan harness page (scan-harness.html) built by Vite from the real
// kiosk modules into a temporary folder and served on a free loopback port. Built, not run
// through Vite's dev server, so the scanner arrives as the lazy chunk a kiosk would load.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { build } from 'vite';

const ROOT = resolve(import.meta.dirname, '../../..');
const PAGE = 'tests/e2e/support/scan-harness.html';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export interface ScanHarness {
  /** The page's address. */
  url: string;
  close(): Promise<void>;
}

/** Builds the harness page and serves it; close() stops the server and removes the build. */
export async function startScanHarness(): Promise<ScanHarness> {
  const outDir = mkdtempSync(join(tmpdir(), 'dvc-scan-harness-'));
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    define: { __APP_VERSION__: JSON.stringify('scan-harness') },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      rollupOptions: { input: join(ROOT, PAGE) },
    },
  });
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    try {
      const body = readFileSync(join(outDir, path));
      response.writeHead(200, {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/${PAGE}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => {
          rmSync(outDir, { recursive: true, force: true });
          done();
        });
      }),
  };
}
