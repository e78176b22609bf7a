// Reads and validates kiosk-config/ at build time and at hub start; a bad file stops both.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as v from 'valibot';
import { SiteConfig } from '../../protocol/config/site';

/** A configuration file that cannot be used, with the file, the field and what was expected. */
export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
  constructor(
    readonly file: string,
    readonly field: string,
    readonly expected: string,
  ) {
    super(`${file}: field "${field}": ${expected}`);
    this.name = 'ConfigError';
  }
}

export interface KioskConfig {
  sites: SiteConfig[];
}

/** Parses one JSON file against a schema; throws ConfigError naming the first bad field. */
export async function readConfigFile<S extends v.GenericSchema>(
  path: string,
  schema: S,
): Promise<v.InferOutput<S>> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new ConfigError(path, '(file)', `valid JSON (${(error as Error).message})`);
  }
  const result = v.safeParse(schema, raw);
  if (!result.success) {
    const issue = result.issues[0];
    const field = issue ? (v.getDotPath(issue) ?? '(root)') : '(root)';
    const received = issue?.received ? `, got ${issue.received}` : '';
    throw new ConfigError(path, field, `${issue?.message ?? 'invalid'}${received}`);
  }
  return result.output;
}

async function jsonFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((n) => join(dir, n));
}

/** Loads every site in `<dir>/sites`; file names must match the ids inside. */
export async function loadKioskConfig(dir: string): Promise<KioskConfig> {
  const sites: SiteConfig[] = [];
  for (const file of await jsonFiles(join(dir, 'sites'))) {
    const site = await readConfigFile(file, SiteConfig);
    if (!file.endsWith(`/${site.id}.json`)) {
      throw new ConfigError(file, 'id', `"${site.id}" to match the file name`);
    }
    sites.push(site);
  }
  if (sites.length === 0) {
    throw new ConfigError(join(dir, 'sites'), '(folder)', 'at least one site file');
  }
  return { sites };
}
