// The procedure catalogue as the hub sends it to kiosks (GET /api/v1/catalogue): the procedures
// a site offers and a version that is the SHA-256 of their canonical JSON, so a kiosk can tell a
// changed catalogue from the one it has and a damaged one from a whole one.
import * as v from 'valibot';
import { Procedure } from './procedure';

/** Where kiosks fetch the catalogue from. */
export const CATALOGUE_PATH = '/api/v1/catalogue';

/** The hub's answer: a version and the procedures, ids unique. */
export const CatalogueResponse = v.strictObject({
  version: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'a SHA-256 in hex')),
  procedures: v.pipe(
    v.array(Procedure),
    v.check((list) => new Set(list.map((p) => p.id)).size === list.length, 'unique procedure ids'),
  ),
});
export type CatalogueResponse = v.InferOutput<typeof CatalogueResponse>;

/** JSON with object keys sorted at every level, so equal data always gives equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The catalogue's version: SHA-256 (hex) of the procedures' canonical JSON. */
export async function catalogueVersion(procedures: readonly Procedure[]): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalJson(procedures));
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The procedures a site offers, in catalogue order: all, or those its config lists. */
export function proceduresForSite(
  procedures: readonly Procedure[],
  enabled: 'all' | readonly string[],
): Procedure[] {
  if (enabled === 'all') return [...procedures];
  const wanted = new Set(enabled);
  return procedures.filter((p) => wanted.has(p.id));
}
