// The hub reports the version in package.json; read once, at start.
import { readFile } from 'node:fs/promises';

/** The `version` field of the repository's package.json. */
export async function packageVersion(): Promise<string> {
  const text = await readFile(new URL('../../../package.json', import.meta.url), 'utf8');
  const { version } = JSON.parse(text) as { version?: unknown };
  return typeof version === 'string' ? version : '0.0.0';
}
