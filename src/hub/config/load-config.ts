// Reads and validates kiosk-config/ at build time and at hub start; a bad file stops both.
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import * as v from 'valibot';
import { Procedure } from '../../protocol/config/procedure';
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

/** Everything in kiosk-config/: the sites and the procedure catalogue (in file-name order). */
export interface KioskConfig {
  sites: SiteConfig[];
  procedures: Procedure[];
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

/** Loads every site and procedure under `dir`; file names must match the ids inside. */
export async function loadKioskConfig(dir: string): Promise<KioskConfig> {
  const procedures = await loadProcedures(join(dir, 'procedures'));
  const known = new Set(procedures.map((p) => p.id));
  const sites: SiteConfig[] = [];
  for (const file of await jsonFiles(join(dir, 'sites'))) {
    const site = await readConfigFile(file, SiteConfig);
    expectIdMatchesFile(file, site.id);
    if (site.procedures !== 'all') {
      site.procedures.forEach((id, i) => {
        if (!known.has(id)) {
          throw new ConfigError(
            file,
            `procedures.${i}`,
            `a procedure in kiosk-config/procedures ("${id}" is not there)`,
          );
        }
      });
    }
    sites.push(site);
  }
  if (sites.length === 0) {
    throw new ConfigError(join(dir, 'sites'), '(folder)', 'at least one site file');
  }
  return { sites, procedures };
}

async function loadProcedures(dir: string): Promise<Procedure[]> {
  const procedures: Procedure[] = [];
  const codes = new Map<string, string>();
  for (const file of await jsonFiles(dir)) {
    const procedure = await readConfigFile(file, Procedure);
    expectIdMatchesFile(file, procedure.id);
    // Two files with one national code are almost always a copy left half-edited.
    const code = procedure.nationalCode;
    if (code !== undefined) {
      const other = codes.get(code);
      if (other) throw new ConfigError(file, 'nationalCode', `a code not already used by ${other}`);
      codes.set(code, procedure.id);
    }
    procedures.push(procedure);
  }
  return procedures;
}

function expectIdMatchesFile(file: string, id: string): void {
  if (basename(file) !== `${id}.json`) {
    throw new ConfigError(file, 'id', `"${id}" to match the file name`);
  }
}
