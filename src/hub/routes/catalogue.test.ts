// The catalogue route through injected requests: the site's procedures, a version that is the
// SHA-256 of their canonical JSON, and an ETag a kiosk can ask with.
import * as v from 'valibot';
import { beforeAll, describe, expect, it } from 'vitest';
import { CatalogueResponse, catalogueVersion } from '../../protocol/config/catalogue';
import type { Procedure } from '../../protocol/config/procedure';
import type { SiteConfig } from '../../protocol/config/site';
import { loadKioskConfig } from '../config/load-config';
import { KIOSK_CONFIG_DIR } from '../test-support/app-fixture';
import { catalogueRoutes } from './catalogue';

let site: SiteConfig;
let procedures: Procedure[];

beforeAll(async () => {
  const config = await loadKioskConfig(KIOSK_CONFIG_DIR);
  site = config.sites[0]!;
  procedures = config.procedures;
});

describe('GET /api/v1/catalogue', () => {
  it('serves every procedure of a site that enables all, with its version', async () => {
    const res = await catalogueRoutes({ site, procedures }).request('/api/v1/catalogue');
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('no-cache');
    const body = v.parse(CatalogueResponse, await res.json());
    expect(body.procedures.map((p) => p.id)).toEqual(procedures.map((p) => p.id));
    expect(body.version).toBe(await catalogueVersion(procedures));
    expect(res.headers.get('ETag')).toBe(`"${body.version}"`);
  });

  it("serves only the procedures the site's config lists", async () => {
    const some = { ...site, procedures: ['tam-tru', 'khai-sinh'] };
    const res = await catalogueRoutes({ site: some, procedures }).request('/api/v1/catalogue');
    const body = v.parse(CatalogueResponse, await res.json());
    expect(body.procedures.map((p) => p.id)).toEqual(['khai-sinh', 'tam-tru']);
    expect(body.version).toBe(await catalogueVersion(body.procedures));
  });

  it('answers 304 with no body when the kiosk already has this version', async () => {
    const routes = catalogueRoutes({ site, procedures });
    const etag = (await routes.request('/api/v1/catalogue')).headers.get('ETag')!;
    const again = await routes.request('/api/v1/catalogue', { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const other = await routes.request('/api/v1/catalogue', {
      headers: { 'If-None-Match': '"0000"' },
    });
    expect(other.status).toBe(200);
  });

  it('gives a new version when a procedure changes', async () => {
    const renamed = structuredClone(procedures);
    renamed[0]!.name.vi = 'Tên mới';
    const a = await catalogueRoutes({ site, procedures }).request('/api/v1/catalogue');
    const b = await catalogueRoutes({ site, procedures: renamed }).request('/api/v1/catalogue');
    expect(a.headers.get('ETag')).not.toBe(b.headers.get('ETag'));
  });
});
