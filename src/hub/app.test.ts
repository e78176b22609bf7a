// The API through injected requests: health, site, error shapes, caps and headers.
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SiteConfig } from '../protocol/config/site';
import { createApp } from './app';
import { readJsonBody } from './http/read-json';
import type { RequestLogEntry } from './http/request-log';
import type { Database } from './storage/database';
import { loadMigrations, migrate } from './storage/migrations';
import { openPglite } from './storage/pglite';
import { demoSite } from './test-support/app-fixture';
import { kioskIntakeStandIns } from './test-support/kiosk-fixture';

let database: Database;
let site: SiteConfig;
let app: Hono;
const requests: RequestLogEntry[] = [];
const failures: unknown[] = [];

beforeAll(async () => {
  database = await openPglite();
  await migrate(database);
  site = await demoSite();
  app = createApp({
    database,
    site,
    version: '9.9.9',
    kioskDist: 'no-such-kiosk-dist',
    consoleDist: 'no-such-console-dist',
    onRequest: (entry) => requests.push(entry),
    onError: (error) => failures.push(error),
    ...(await kioskIntakeStandIns()),
  });
  // Stand-ins for routes later issues add: one reads JSON, one fails.
  app.post('/api/v1/test/echo', async (c) => c.json({ got: await readJsonBody(c) }));
  app.get('/api/v1/test/boom', () => {
    throw new Error('secret detail at /srv/hub/x.ts:12');
  });
});
afterAll(() => database.close());

function expectApiError(body: unknown, code: string): void {
  expect(body).toEqual({ error: { code, message: expect.stringMatching(/^[A-Z].+\.$/) } });
}

describe('GET /api/v1/health', () => {
  it('reports the version, the database kind and the applied migrations', async () => {
    const res = await app.request('/api/v1/health');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    expect(await res.json()).toEqual({
      status: 'ok',
      version: '9.9.9',
      database: 'pglite',
      migrations: (await loadMigrations()).map((m) => m.version),
    });
  });
});

describe('GET /api/v1/site', () => {
  it('returns the site config, revalidated on every use', async () => {
    const res = await app.request('/api/v1/site');
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('no-cache');
    const body = (await res.json()) as SiteConfig;
    expect(body).toEqual(site);
    expect(body.ward.name.vi).toBe('Phường Điện Biên');
  });
});

describe('errors', () => {
  it('answers an unknown API route with a 404 in the error shape', async () => {
    for (const [method, path] of [
      ['GET', '/api/v1/nope'],
      ['POST', '/api/v1/health'],
      ['GET', '/api'],
    ] as const) {
      const res = await app.request(path, { method });
      expect(res.status).toBe(404);
      expectApiError(await res.json(), 'NOT_FOUND');
    }
  });

  it('refuses a body over 64 KB with 413, with or without Content-Length', async () => {
    const big = JSON.stringify({ text: 'ă'.repeat(40 * 1024) });
    const declared = await app.request('/api/v1/test/echo', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Content-Length': String(Buffer.byteLength(big)),
      },
      body: big,
    });
    expect(declared.status).toBe(413);
    expectApiError(await declared.json(), 'PAYLOAD_TOO_LARGE');

    const streamed = await app.request('/api/v1/test/echo', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: new Blob([big]).stream(),
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expectApiError(await streamed.json(), 'PAYLOAD_TOO_LARGE');
  });

  it('accepts a body under the cap', async () => {
    const res = await app.request('/api/v1/test/echo', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Trần Văn Bình' }),
    });
    expect(await res.json()).toEqual({ got: { name: 'Trần Văn Bình' } });
  });

  it('answers malformed JSON with 400', async () => {
    const res = await app.request('/api/v1/test/echo', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"name": "Trần',
    });
    expect(res.status).toBe(400);
    expectApiError(await res.json(), 'MALFORMED_JSON');
  });

  it('answers a failing route with a 500 that shows no detail, and reports it', async () => {
    const res = await app.request('/api/v1/test/boom');
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toMatch(/secret|\/srv|\.ts|at /);
    expectApiError(JSON.parse(text), 'INTERNAL_ERROR');
    expect(failures.at(-1)).toBeInstanceOf(Error);
  });
});

describe('every response', () => {
  it('carries the security headers, errors included', async () => {
    for (const path of ['/api/v1/health', '/api/v1/nope', '/api/v1/test/boom', '/']) {
      const res = await app.request(path);
      expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect(res.headers.get('Referrer-Policy')).toBe('no-referrer');
      expect(res.headers.get('Permissions-Policy')).toBe('camera=(self), microphone=()');
      const csp = res.headers.get('Content-Security-Policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("img-src 'self' data: blob:");
    }
  });

  it('is logged by method, path and status, without the query string', async () => {
    await app.request('/api/v1/site?cccd=001203004567');
    expect(requests.at(-1)).toEqual({
      method: 'GET',
      path: '/api/v1/site',
      status: 200,
      ms: expect.any(Number),
    });
  });
});
