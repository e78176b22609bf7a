import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readSavedSiteConfig } from './site-db';
import { loadSiteConfig, refreshSiteConfig, siteConfig, siteIdleTiming } from './site-store';

const site = {
  id: 'nvh-test',
  name: { vi: 'Nhà văn hoá thử', en: 'Test cultural house' },
  ward: { name: { vi: 'Phường A', en: 'A Ward' }, province: { vi: 'Hà Nội', en: 'Hà Nội' } },
  address: { vi: 'Số 1', en: 'No. 1' },
  hotlines: [{ label: { vi: 'Phường', en: 'Ward' }, phone: '024 3823 4567' }],
  openingHours: [{ days: { vi: 'Thứ Hai', en: 'Monday' }, hours: '07:30–11:30' }],
  languages: ['vi', 'en'],
  idle: { warnAfterSeconds: 60, countdownSeconds: 15 },
  procedures: 'all',
};

function hubAnswers(body: unknown, status = 200) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify(body), { status })),
  );
}

function hubUnreachable() {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    }),
  );
}

/** A fresh start of the kiosk page: nothing in memory, whatever is in IndexedDB. */
function restartPage() {
  siteConfig.value = undefined;
}

describe('site store', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('knows nothing before the hub ever answered', async () => {
    hubUnreachable();
    await loadSiteConfig();
    expect(siteConfig.value).toBeUndefined();
    expect(siteIdleTiming.value).toEqual({ warnAfterSeconds: 90, countdownSeconds: 20 });
  });

  it('takes a valid config from the hub and saves it', async () => {
    hubAnswers(site);
    await loadSiteConfig();
    expect(siteConfig.value?.name.vi).toBe('Nhà văn hoá thử');
    expect(siteIdleTiming.value).toEqual({ warnAfterSeconds: 60, countdownSeconds: 15 });
    expect(await readSavedSiteConfig()).toMatchObject({ id: 'nvh-test' });
  });

  it('starts offline with the saved copy', async () => {
    restartPage();
    hubUnreachable();
    await loadSiteConfig();
    expect(siteConfig.value?.id).toBe('nvh-test');
  });

  it('keeps the last good copy when the hub sends something invalid or fails', async () => {
    hubAnswers({ ...site, id: 'Not Valid!', name: { vi: 'Khác', en: 'Other' } });
    await refreshSiteConfig();
    hubAnswers({ error: 'oops' }, 500);
    await refreshSiteConfig();
    expect(siteConfig.value?.name.vi).toBe('Nhà văn hoá thử');
    expect(await readSavedSiteConfig()).toMatchObject({ id: 'nvh-test' });
  });
});
