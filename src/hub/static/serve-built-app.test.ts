// The built kiosk and console through injected requests: caching, types, fallback, traversal.
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import type { Database } from '../storage/database';
import { demoSite, tempFolder, type TempFolder } from '../test-support/app-fixture';
import { kioskIntakeStandIns } from '../test-support/kiosk-fixture';

// Serving files never touches the database.
const noDatabase: Database = {
  kind: 'pglite',
  query: () => Promise.reject(new Error('not used')),
  exec: () => Promise.reject(new Error('not used')),
  transaction: () => Promise.reject(new Error('not used')),
  close: async () => undefined,
};

let kiosk: TempFolder;
let consoleDist: TempFolder;
let outside: TempFolder;
let app: Hono;

beforeAll(async () => {
  kiosk = await tempFolder('kiosk-dist');
  consoleDist = await tempFolder('console-dist');
  outside = await tempFolder('outside');
  await kiosk.write('index.html', '<!doctype html><title>Ki-ốt</title>');
  await kiosk.write('sw.js', 'self.addEventListener("install", () => {});');
  await kiosk.write('manifest.webmanifest', '{"name":"Ki-ốt dịch vụ công"}');
  await kiosk.write('assets/index-AbC123.js', 'console.log(1)');
  await kiosk.write('assets/index-AbC123.css', 'body{}');
  await kiosk.write('assets/be-vietnam-pro-vietnamese-400-normal-X1.woff2', new Uint8Array(8));
  await kiosk.write('assets/logo-Q9.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await kiosk.write('icons/icon-192.png', new Uint8Array([137, 80, 78, 71]));
  await kiosk.write('.env', 'SECRET=1');
  await consoleDist.write('index.html', '<!doctype html><title>Console</title>');
  await consoleDist.write('assets/main-Zz9.js', 'console.log(2)');
  await outside.write('secret.txt', 'do not serve');
  app = createApp({
    database: noDatabase,
    site: await demoSite(),
    version: '0.0.0',
    kioskDist: kiosk.path,
    consoleDist: consoleDist.path,
    ...(await kioskIntakeStandIns()),
  });
});
afterAll(async () => {
  await Promise.all([kiosk.remove(), consoleDist.remove(), outside.remove()]);
});

describe('the kiosk at /', () => {
  it.each([
    ['/', 'text/html; charset=utf-8', 'no-cache'],
    ['/index.html', 'text/html; charset=utf-8', 'no-cache'],
    ['/sw.js', 'text/javascript; charset=utf-8', 'no-cache'],
    ['/manifest.webmanifest', 'application/manifest+json; charset=utf-8', 'no-cache'],
    ['/icons/icon-192.png', 'image/png', 'no-cache'],
    [
      '/assets/index-AbC123.js',
      'text/javascript; charset=utf-8',
      'public, max-age=31536000, immutable',
    ],
    ['/assets/index-AbC123.css', 'text/css; charset=utf-8', 'public, max-age=31536000, immutable'],
    [
      '/assets/be-vietnam-pro-vietnamese-400-normal-X1.woff2',
      'font/woff2',
      'public, max-age=31536000, immutable',
    ],
    ['/assets/logo-Q9.svg', 'image/svg+xml', 'public, max-age=31536000, immutable'],
  ])('serves %s as %s with %s', async (path, type, cache) => {
    const res = await app.request(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe(type);
    expect(res.headers.get('Cache-Control')).toBe(cache);
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('answers kiosk routes with index.html', async () => {
    for (const path of ['/thu-tuc', '/thu-tuc/cap-ban-sao-giay-khai-sinh', '/tra-cuu']) {
      const res = await app.request(path);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<title>Ki-ốt</title>');
      expect(res.headers.get('Cache-Control')).toBe('no-cache');
    }
  });

  it('gives a 404, not index.html, for a missing file', async () => {
    for (const path of ['/assets/index-Old999.js', '/assets/gone', '/favicon.ico']) {
      expect((await app.request(path)).status).toBe(404);
    }
  });

  it('leaves /api/ and /s/ to their routes', async () => {
    expect((await app.request('/api/v1/nothing')).headers.get('Content-Type')).toMatch(/json/);
    expect((await app.request('/s/ABC-123')).status).toBe(404);
  });

  it('revalidates with an ETag', async () => {
    const first = await app.request('/sw.js');
    const etag = first.headers.get('ETag');
    expect(etag).toBeTruthy();
    const again = await app.request('/sw.js', { headers: { 'If-None-Match': etag ?? '' } });
    expect(again.status).toBe(304);
  });

  it('answers HEAD with headers and no body', async () => {
    const res = await app.request('/assets/index-AbC123.js', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Length')).toBe('14');
    expect(await res.text()).toBe('');
  });

  it('never serves a file outside the folder, or a hidden one', async () => {
    const name = outside.path.split('/').at(-1) ?? '';
    for (const path of [
      `/..%2f${name}%2fsecret.txt`,
      `/%2e%2e/${name}/secret.txt`,
      `/assets/..%2f..%2f${name}%2fsecret.txt`,
      `/..%5c${name}%5csecret.txt`,
      `/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd`,
      '/.env',
      '/assets/%00.js',
      '/%E0%A4%A',
    ]) {
      const res = await app.request(path);
      expect(res.status, path).toBe(404);
      expect(await res.text()).not.toMatch(/do not serve|SECRET|root:/);
    }
  });
});

describe('the console at /console/', () => {
  it('redirects /console to /console/', async () => {
    const res = await app.request('/console');
    expect(res.status).toBe(308);
    expect(res.headers.get('Location')).toBe('/console/');
  });

  it('serves its own index, assets and routes', async () => {
    expect(await (await app.request('/console/')).text()).toContain('<title>Console</title>');
    expect(await (await app.request('/console/ho-so')).text()).toContain('<title>Console</title>');
    const asset = await app.request('/console/assets/main-Zz9.js');
    expect(asset.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect((await app.request('/console/assets/index-AbC123.js')).status).toBe(404);
  });
});

describe('a folder that has not been built', () => {
  it('answers 503 saying to run npm run build', async () => {
    const unbuilt = createApp({
      database: noDatabase,
      site: await demoSite(),
      version: '0.0.0',
      kioskDist: `${outside.path}/missing-kiosk`,
      consoleDist: `${outside.path}/missing-console`,
      ...(await kioskIntakeStandIns()),
    });
    for (const path of ['/', '/console/']) {
      const res = await unbuilt.request(path);
      expect(res.status).toBe(503);
      expect(await res.text()).toMatch(/has not been built yet\. Run `npm run build`/);
    }
  });
});
