import { describe, expect, it } from 'vitest';
import { chooseSite } from '../config/choose-site';
import { demoSite } from '../test-support/app-fixture';
import { listeningUrl, readHubSettings, SettingsError } from './settings';

describe('readHubSettings', () => {
  it('defaults to the local demo: loopback, port 8080, PGlite in ./data', () => {
    const settings = readHubSettings({});
    expect(settings).toMatchObject({ port: 8080, host: '127.0.0.1', production: false });
    expect(settings.databaseUrl).toBeUndefined();
    expect(settings.dataDir).toMatch(/[/\\]data$/);
  });

  it('takes OPENER_THREADS as a whole number, unset by default, and refuses anything else', () => {
    expect(readHubSettings({}).openerThreads).toBeUndefined();
    expect(readHubSettings({ OPENER_THREADS: '0' }).openerThreads).toBe(0);
    expect(readHubSettings({ OPENER_THREADS: '3' }).openerThreads).toBe(3);
    for (const OPENER_THREADS of ['two', '-1', '1.5', '65']) {
      expect(() => readHubSettings({ OPENER_THREADS })).toThrow(/OPENER_THREADS must be/);
    }
  });

  it('takes PORT=0 and refuses a port that is not a number', () => {
    expect(readHubSettings({ PORT: '0' }).port).toBe(0);
    for (const PORT of ['abc', '-1', '70000', '80.5']) {
      expect(() => readHubSettings({ PORT })).toThrow(SettingsError);
    }
  });

  it('prints IPv6 hosts in brackets', () => {
    expect(listeningUrl('0.0.0.0', 8080)).toBe('http://0.0.0.0:8080');
    expect(listeningUrl('::', 8080)).toBe('http://[::]:8080');
  });
});

describe('chooseSite', () => {
  it('takes SITE_ID, else the first site, and names the sites when SITE_ID is unknown', async () => {
    const site = await demoSite();
    const sites = [site];
    expect(chooseSite(sites, 'kiosk-config')).toBe(site);
    expect(chooseSite(sites, 'kiosk-config', site.id)).toBe(site);
    expect(() => chooseSite(sites, 'kiosk-config', 'nope')).toThrow(/SITE_ID must be one of/);
  });
});
