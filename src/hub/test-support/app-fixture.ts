// Put state in place for app tests: built-app folders on disk and the demo site's config.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SiteConfig } from '../../protocol/config/site';
import { loadKioskConfig } from '../config/load-config';

/** The repository's kiosk-config folder. */
export const KIOSK_CONFIG_DIR = fileURLToPath(new URL('../../../kiosk-config/', import.meta.url));

/** The first site in kiosk-config, as the hub would serve it. */
export async function demoSite(): Promise<SiteConfig> {
  const config = await loadKioskConfig(KIOSK_CONFIG_DIR);
  const site = config.sites[0];
  if (!site) throw new Error('kiosk-config has no site');
  return site;
}

/** A temporary folder; `write` adds files by relative path, `remove` deletes it all. */
export interface TempFolder {
  path: string;
  write(relativePath: string, content: string | Uint8Array): Promise<void>;
  remove(): Promise<void>;
}

/** Makes a temporary folder for a fake build, a data dir or a config copy. */
export async function tempFolder(prefix: string): Promise<TempFolder> {
  const path = await mkdtemp(join(tmpdir(), `dvc-${prefix}-`));
  return {
    path,
    async write(relativePath, content) {
      const file = join(path, relativePath);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, content);
    },
    remove: () => rm(path, { recursive: true, force: true }),
  };
}
